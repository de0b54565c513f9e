#include "Commands.h"

#include "annotations/AnnotationEditor.h"
#include "annotations/AutoCoder.h"
#include "storage/AnnotationStore.h"
#include "storage/Database.h"
#include "util/AppInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>

namespace rs::cli {

CommandSyntax autocodeSyntax()
{
    return CommandSyntax(QStringLiteral("autocode"))
        .option({QStringLiteral("query"), tr("search text; every word must occur"), QStringLiteral("TEXT")},
                true)
        .option({QStringLiteral("tag"), tr("tag path (created when missing)"), QStringLiteral("PATH")}, true)
        .option({QStringLiteral("dry-run"), tr("only list the passages, tag nothing")});
}

int autocodeCommand(CommandContext& context)
{
    const CommandSyntax syntax = autocodeSyntax();
    QCommandLineParser parser;
    if (!syntax.parse(parser, context.arguments))
        return usageError(context, syntax, parser.errorText());
    const QString query = parser.value(QStringLiteral("query")).trimmed();
    if (query.isEmpty())
        return usageError(context, syntax, tr("--query needs search text"));
    const QString tagPath = parser.value(QStringLiteral("tag")).trimmed();
    if (tagPath.isEmpty() && !parser.isSet(QStringLiteral("dry-run")))
        return usageError(context, syntax, tr("--tag needs a tag path"));

    Database database;
    if (!openDatabase(context, database))
        return SomeFailed;
    const QVector<AutoCodeProposal> proposals = AutoCoder(database).propose(query);
    // The preview: what would be (or was) tagged, one passage per line.
    context.out << "article_id\tstart\tend\tquote\n";
    for (const AutoCodeProposal& proposal : proposals) {
        const TextAnchor& anchor = proposal.passage.anchor;
        context.out << tsvRow({QString::number(proposal.passage.articleId), QString::number(anchor.start),
                               QString::number(anchor.end), anchor.quote})
                    << '\n';
    }
    if (parser.isSet(QStringLiteral("dry-run")))
        return Success;

    AnnotationStore store(database);
    AnnotationEditor editor(store);
    editor.setAuthor(QSettings().value(AppInfo::authorSettingsKey()).toString());
    QString error;
    const qint64 tagId = editor.ensureTagPath(tagPath, &error);
    if (tagId == 0) {
        context.err << "regionscope-cli autocode: " << error << '\n';
        return SomeFailed;
    }
    const int created = editor.autocode(AutoCoder::passages(proposals), tagId, &error);
    if (!error.isEmpty()) {
        context.err << "regionscope-cli autocode: " << error << '\n';
        return SomeFailed;
    }
    context.err << tr("%1 passage(s) tagged “%2” (%3 found, the rest already had the tag)")
                       .arg(created)
                       .arg(tagPath)
                       .arg(proposals.size())
                << '\n';
    return Success;
}

} // namespace rs::cli
