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

int listCommand(CommandContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QCoreApplication::translate("rs::cli::ListCommand", "tsv or json"),
                                          QStringLiteral("FORMAT"), QStringLiteral("tsv"));
    parser.addOption(formatOption);
    if (!parser.parse(QStringList{QStringLiteral("list")} + context.arguments) ||
        !parser.positionalArguments().isEmpty()) {
        context.err << "regionscope-cli list: "
                    << (parser.errorText().isEmpty()
                            ? QCoreApplication::translate("rs::cli::ListCommand", "unexpected argument")
                            : parser.errorText())
                    << '\n';
        return UsageError;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("tsv") && format != QLatin1String("json")) {
        context.err << QCoreApplication::translate("rs::cli::ListCommand",
                                                   "regionscope-cli list: --format must be tsv or json")
                    << '\n';
        return UsageError;
    }

    Database database;
    if (!openDatabase(context, database))
        return SomeFailed;
    const ArticleStore store(database);
    const Gazetteer& gazetteer = Gazetteer::builtin();
    const QVector<ArticleSummary> articles = store.all();
    if (!store.lastError().isEmpty()) {
        // A damaged file or another program's lock must not look like an empty corpus.
        context.err << "regionscope-cli: " << database.describeLastFailure(store.lastError()) << '\n';
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
