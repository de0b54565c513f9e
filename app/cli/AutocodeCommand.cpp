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
namespace {

int usageError(CommandContext& context, const QString& message)
{
    context.err << "regionscope-cli autocode: " << message << '\n'
                << tr("usage: regionscope-cli [--db FILE] autocode --query TEXT --tag PATH [--dry-run]")
                << '\n';
    return UsageError;
}

} // namespace

int autocodeCommand(CommandContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption queryOption(QStringLiteral("query"), tr("search text; every term must appear"),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption tagOption(QStringLiteral("tag"), tr("tag path (created when missing)"),
                                       QStringLiteral("PATH"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("list the passages, tag nothing"));
    parser.addOptions({queryOption, tagOption, dryRunOption});
    if (!parser.parse(QStringList{QStringLiteral("autocode")} + context.arguments))
        return usageError(context, parser.errorText());
    const QString query = parser.value(queryOption).trimmed();
    if (query.isEmpty())
        return usageError(context, tr("--query needs search text"));
    const QString tagPath = parser.value(tagOption).trimmed();
    if (tagPath.isEmpty() && !parser.isSet(dryRunOption))
        return usageError(context, tr("--tag needs a tag path"));

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
    if (parser.isSet(dryRunOption))
        return Success;

    AnnotationStore store(database);
    AnnotationEditor editor(store);
    editor.setAuthor(QSettings().value(AppInfo::authorSettingsKey()).toString());
    const qint64 tagId = editor.ensureTagPath(tagPath);
    if (tagId == 0) {
        context.err << "regionscope-cli autocode: " << editor.lastError() << '\n';
        return SomeFailed;
    }
    const int created = editor.autocode(AutoCoder::passages(proposals), tagId);
    if (!editor.lastError().isEmpty()) {
        context.err << "regionscope-cli autocode: " << editor.lastError() << '\n';
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
