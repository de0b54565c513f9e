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

CommandSyntax annotateSyntax()
{
    return CommandSyntax(QStringLiteral("annotate"))
        .option({QStringLiteral("article"), tr("the report's id"), QStringLiteral("ID")}, true)
        .option(
            {QStringLiteral("quote"), tr("the passage, exactly as in the report"), QStringLiteral("TEXT")},
            true)
        .option({QStringLiteral("tag"), tr("tag path such as PARENT/CHILD (created when missing)"),
                 QStringLiteral("PATH")},
                true)
        .option({QStringLiteral("note"), tr("a note"), QStringLiteral("TEXT")})
        .option({QStringLiteral("author"),
                 tr("author (default: the name set in the app's Settings; on PostgreSQL, the login role)"),
                 QStringLiteral("NAME")});
}

int annotateCommand(CommandContext& context)
{
    const CommandSyntax syntax = annotateSyntax();
    QCommandLineParser parser;
    if (const int parsed = parseOptionsOnly(context, syntax, parser, context.arguments); parsed != Success)
        return parsed;
    bool idOk = false;
    const qint64 articleId = parser.value(QStringLiteral("article")).toLongLong(&idOk);
    if (!idOk || articleId <= 0)
        return usageError(context, syntax, tr("--article needs a report id"));
    const QString quote = parser.value(QStringLiteral("quote"));
    if (quote.trimmed().isEmpty())
        return usageError(context, syntax, tr("--quote needs the passage's text"));
    if (parser.value(QStringLiteral("tag")).trimmed().isEmpty())
        return usageError(context, syntax, tr("--tag needs a tag path"));

    Database database;
    if (!openDatabase(context, database))
        return SomeFailed;
    StoredArticle article;
    QString error;
    if (!ArticleStore(database).load(articleId, &article, &error)) {
        context.err << "regionscope-cli annotate: "
                    << (error.isEmpty() ? tr("no report with id %1").arg(articleId) : error) << '\n';
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
    // On PostgreSQL the analyst is the role they logged in as (team mode's row policies check it).
    editor.setAuthor(parser.isSet(QStringLiteral("author")) ? parser.value(QStringLiteral("author"))
                     : database.isPostgres()                ? database.loginRole()
                                             : QSettings().value(AppInfo::authorSettingsKey()).toString());
    const qint64 tagId = editor.ensureTagPath(parser.value(QStringLiteral("tag")), &error);
    const qint64 id = tagId > 0 ? editor.annotate(articleId, article.body, start, start + int(quote.size()),
                                                  {tagId}, parser.value(QStringLiteral("note")), &error)
                                : 0;
    if (id == 0) {
        context.err << "regionscope-cli annotate: " << error << '\n';
        return SomeFailed;
    }
    context.out << id << '\n';
    return Success;
}

} // namespace rs::cli
