#include "Commands.h"

#include "annotations/AnnotationEditor.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "util/AppInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>

namespace rs::cli {
namespace {

int usageError(CommandContext& context, const QString& message)
{
    context.err << "regionscope-cli annotate: " << message << '\n'
                << tr("usage: regionscope-cli [--db FILE] annotate --article ID --quote TEXT --tag PATH"
                      " [--note TEXT] [--author NAME]")
                << '\n';
    return UsageError;
}

} // namespace

int annotateCommand(CommandContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption articleOption(QStringLiteral("article"), tr("the report's id"),
                                           QStringLiteral("ID"));
    const QCommandLineOption quoteOption(QStringLiteral("quote"), tr("the passage, exactly as in the report"),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption tagOption(QStringLiteral("tag"),
                                       tr("tag path like 政策/人才补贴 (created when missing)"),
                                       QStringLiteral("PATH"));
    const QCommandLineOption noteOption(QStringLiteral("note"), tr("a note"), QStringLiteral("TEXT"));
    const QCommandLineOption authorOption(
        QStringLiteral("author"), tr("author (default: the name in Settings)"), QStringLiteral("NAME"));
    parser.addOptions({articleOption, quoteOption, tagOption, noteOption, authorOption});
    if (!parser.parse(QStringList{QStringLiteral("annotate")} + context.arguments))
        return usageError(context, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(context, tr("unexpected argument %1").arg(parser.positionalArguments().first()));
    bool idOk = false;
    const qint64 articleId = parser.value(articleOption).toLongLong(&idOk);
    if (!idOk || articleId <= 0)
        return usageError(context, tr("--article needs a report id"));
    const QString quote = parser.value(quoteOption);
    if (quote.trimmed().isEmpty())
        return usageError(context, tr("--quote needs the passage's text"));
    if (parser.value(tagOption).trimmed().isEmpty())
        return usageError(context, tr("--tag needs a tag path"));

    Database database;
    if (!openDatabase(context, database))
        return SomeFailed;
    StoredArticle article;
    if (!ArticleStore(database).load(articleId, &article)) {
        context.err << "regionscope-cli annotate: " << tr("no report with id %1").arg(articleId) << '\n';
        return SomeFailed;
    }
    const int start = int(article.body.indexOf(quote));
    if (start < 0) {
        context.err << "regionscope-cli annotate: "
                    << tr("report %1 does not contain the quote “%2”").arg(articleId).arg(quote) << '\n';
        return SomeFailed;
    }
    AnnotationStore store(database);
    AnnotationEditor editor(store);
    editor.setAuthor(parser.isSet(authorOption) ? parser.value(authorOption)
                                                : QSettings().value(AppInfo::authorSettingsKey()).toString());
    const qint64 tagId = editor.ensureTagPath(parser.value(tagOption));
    const qint64 id = tagId > 0 ? editor.annotate(articleId, article.body, start, start + int(quote.size()),
                                                  {tagId}, parser.value(noteOption))
                                : 0;
    if (id == 0) {
        context.err << "regionscope-cli annotate: " << editor.lastError() << '\n';
        return SomeFailed;
    }
    context.out << id << '\n';
    return Success;
}

} // namespace rs::cli
