#include "Commands.h"

#include "gazetteer/Gazetteer.h"
#include "storage/AnnotationStore.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rs::cli {
namespace {

// "2023", "2023-03" or "2023-03-24"; a partial date means its first day (--from) or last day (--to).
QDate parseDate(const QString& text, bool last)
{
    if (text.size() == 4) {
        const QDate first = QDate::fromString(text + QStringLiteral("-01-01"), Qt::ISODate);
        return last && first.isValid() ? first.addYears(1).addDays(-1) : first;
    }
    if (text.size() == 7) {
        const QDate first = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
        return last && first.isValid() ? first.addMonths(1).addDays(-1) : first;
    }
    return QDate::fromString(text, Qt::ISODate);
}

int usageError(CommandContext& context, const QString& message)
{
    context.err
        << "regionscope-cli search: " << message << '\n'
        << tr("usage: regionscope-cli [--db FILE] search QUERY [--region CODE] [--from DATE] [--to DATE]"
              " [--tag PATH] [--metric KEY] [--format tsv|json]")
        << '\n';
    return UsageError;
}

} // namespace

int searchCommand(CommandContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption regionOption(
        QStringLiteral("region"), tr("only this region and the regions under it"), QStringLiteral("CODE"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("published on or after (YYYY[-MM[-DD]])"),
                                        QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("published on or before (YYYY[-MM[-DD]])"),
                                      QStringLiteral("DATE"));
    const QCommandLineOption tagOption(QStringLiteral("tag"),
                                       tr("only reports with a passage tagged PATH or one of its sub-tags"),
                                       QStringLiteral("PATH"));
    const QCommandLineOption metricOption(
        QStringLiteral("metric"), tr("only reports with a figure of this key"), QStringLiteral("KEY"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("tsv or json"),
                                          QStringLiteral("FORMAT"), QStringLiteral("tsv"));
    parser.addOptions({regionOption, fromOption, toOption, tagOption, metricOption, formatOption});
    if (!parser.parse(QStringList{QStringLiteral("search")} + context.arguments))
        return usageError(context, parser.errorText());
    // Several words are several terms, exactly as when quoted as one argument.
    const QString queryText = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (queryText.isEmpty())
        return usageError(context, tr("give a query"));
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("tsv") && format != QLatin1String("json"))
        return usageError(context, tr("--format must be tsv or json"));

    SearchOptions options;
    if (parser.isSet(regionOption)) {
        const Region region = Gazetteer::builtin().region(parser.value(regionOption));
        if (!region.isValid())
            return usageError(context, tr("unknown region code %1").arg(parser.value(regionOption)));
        options.regionCode = region.code;
    }
    if (parser.isSet(fromOption)) {
        options.from = parseDate(parser.value(fromOption), false);
        if (!options.from.isValid())
            return usageError(context, tr("--from needs a date like 2023-03-24"));
    }
    if (parser.isSet(toOption)) {
        options.to = parseDate(parser.value(toOption), true);
        if (!options.to.isValid())
            return usageError(context, tr("--to needs a date like 2023-03-24"));
    }

    Database database;
    if (!openDatabase(context, database))
        return SomeFailed;
    options.metricKey = parser.value(metricOption);
    if (parser.isSet(tagOption)) {
        const AnnotationStore annotations(database);
        const qint64 tag = annotations.tagByPath(parser.value(tagOption));
        if (tag == 0) {
            context.err << "regionscope-cli search: " << tr("no tag %1").arg(parser.value(tagOption)) << '\n';
            return SomeFailed;
        }
        options.tagIds = annotations.subtree(tag);
    }
    const SearchIndex index(database);
    const QVector<SearchHit> hits = index.search(queryText, options);
    if (!index.lastError().isEmpty()) {
        context.err << "regionscope-cli search: " << index.lastError() << '\n';
        return SomeFailed;
    }

    const QString open = QStringLiteral("[");
    const QString close = QStringLiteral("]");
    if (format == QLatin1String("tsv")) {
        context.out << "id\ttitle\tdate\tregion_code\tscore\tsnippet\n";
        for (const SearchHit& hit : hits) {
            context.out << tsvRow({QString::number(hit.id), hit.title, hit.publishedOn.toString(Qt::ISODate),
                                   hit.regionCode, QString::number(hit.score, 'g', 6),
                                   SearchIndex::highlighted(hit.snippet, open, close)})
                        << '\n';
        }
        return Success;
    }
    QJsonArray rows;
    for (const SearchHit& hit : hits) {
        rows.append(
            QJsonObject{{QStringLiteral("id"), hit.id},
                        {QStringLiteral("title"), hit.title},
                        {QStringLiteral("date"), hit.publishedOn.toString(Qt::ISODate)},
                        {QStringLiteral("region_code"), hit.regionCode},
                        {QStringLiteral("score"), hit.score},
                        {QStringLiteral("snippet"), SearchIndex::highlighted(hit.snippet, open, close)}});
    }
    context.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    return Success;
}

} // namespace rs::cli
