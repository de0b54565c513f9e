#include "Commands.h"

#include "gazetteer/Gazetteer.h"
#include "gazetteer/RegionNames.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rs::cli {

CommandSyntax listSyntax()
{
    return CommandSyntax(QStringLiteral("list"))
        .option({QStringLiteral("format"), tr("output format"), QStringLiteral("tsv|json"),
                 QStringLiteral("tsv")});
}

int listCommand(CommandContext& context)
{
    const CommandSyntax syntax = listSyntax();
    QCommandLineParser parser;
    if (const int parsed = parseOptionsOnly(context, syntax, parser, context.arguments); parsed != Success)
        return parsed;
    QString format;
    if (const int checked = tsvOrJson(context, syntax, parser, &format); checked != Success)
        return checked;

    Database database;
    if (!openDatabase(context, database))
        return SomeFailed;
    const ArticleStore store(database);
    const Gazetteer& gazetteer = Gazetteer::builtin();
    QString error;
    const QVector<ArticleSummary> articles = store.all(ArticleSort::Id, &error);
    if (!error.isEmpty()) {
        // A damaged file or another program's lock must not look like an empty corpus.
        context.err << "regionscope-cli: " << error << '\n';
        return SomeFailed;
    }

    if (format == QLatin1String("tsv")) {
        context.out << "id\ttitle\tdate\tsource\tprovince\tcity\tcounty\tregion_code\n";
        for (const ArticleSummary& a : articles) {
            const RegionNames names = RegionNames::of(gazetteer, a.regionCode);
            context.out << tsvRow({QString::number(a.id), a.title, a.publishedOn.toString(Qt::ISODate),
                                   a.source, names.province, names.city, names.county, a.regionCode})
                        << '\n';
        }
        return Success;
    }
    QJsonArray rows;
    for (const ArticleSummary& a : articles) {
        const RegionNames names = RegionNames::of(gazetteer, a.regionCode);
        rows.append(QJsonObject{{QStringLiteral("id"), a.id},
                                {QStringLiteral("title"), a.title},
                                {QStringLiteral("date"), a.publishedOn.toString(Qt::ISODate)},
                                {QStringLiteral("source"), a.source},
                                {QStringLiteral("province"), names.province},
                                {QStringLiteral("city"), names.city},
                                {QStringLiteral("county"), names.county},
                                {QStringLiteral("region_code"), a.regionCode}});
    }
    context.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    return Success;
}

} // namespace rs::cli
