#include "Commands.h"

#include "gazetteer/Gazetteer.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QLocale>

namespace rs::cli {

CommandSyntax showSyntax()
{
    return CommandSyntax(QStringLiteral("show")).form(QStringLiteral("ID"));
}

int showCommand(CommandContext& context)
{
    bool isNumber = false;
    const qint64 id = context.arguments.size() == 1 ? context.arguments.first().toLongLong(&isNumber) : 0;
    if (!isNumber) {
        return usageError(context, showSyntax(), tr("give one article id (see `regionscope-cli list`)"));
    }
    Database database;
    if (!openDatabase(context, database))
        return SomeFailed;
    const ArticleStore store(database);
    StoredArticle article;
    QString error;
    if (!store.load(id, &article, &error)) {
        if (!error.isEmpty())
            context.err << "regionscope-cli: " << error << '\n';
        else
            context.err << tr("regionscope-cli show: no article with id %1").arg(id) << '\n';
        return SomeFailed;
    }
    const QString region = article.regionCode.isEmpty()
                               ? tr("unknown")
                               : QStringLiteral("%1 (%2)").arg(
                                     Gazetteer::builtin().namePath(article.regionCode).join(QLatin1Char(' ')),
                                     article.regionCode);
    auto field = [&](const char* label, const QString& value) {
        context.out << label << ": " << value << '\n';
    };
    field("id", QString::number(article.id));
    field("title", article.title);
    field("date", article.metadata.publishedOn.toString(Qt::ISODate));
    field("source", article.metadata.source);
    field("authors", article.metadata.authors.join(QStringLiteral(", ")));
    field("region", region);
    field("url", article.metadata.originalUrl);
    field("dateline", article.metadata.dateline);
    field("file", article.filePath);
    field("encoding", article.encoding);
    field("paragraphs", QString::number(article.paragraphs.size()));
    field("characters", QString::number(article.body.size()));
    context.out << '\n' << article.body << '\n';
    return Success;
}

} // namespace rs::cli
