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

} // namespace

CommandSyntax searchSyntax()
{
    return CommandSyntax(QStringLiteral("search"))
        .option({QStringLiteral("region"), tr("only this region and the regions under it"),
                 QStringLiteral("CODE")})
        .option({QStringLiteral("from"), tr("published on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)"),
                 QStringLiteral("DATE")})
        .option({QStringLiteral("to"), tr("published on or before DATE"), QStringLiteral("DATE")})
        .option({QStringLiteral("tag"), tr("only reports with a passage tagged PATH or a sub-tag"),
                 QStringLiteral("PATH")})
        .option(
            {QStringLiteral("metric"), tr("only reports with a figure of this key"), QStringLiteral("KEY")})
        .option({QStringLiteral("format"), tr("output format"), QStringLiteral("tsv|json"),
                 QStringLiteral("tsv")})
        .form(QStringLiteral("QUERY"));
}

int searchCommand(CommandContext& context)
{
    const CommandSyntax syntax = searchSyntax();
    QCommandLineParser parser;
    if (!syntax.parse(parser, context.arguments))
        return usageError(context, syntax, parser.errorText());
    // Several words are several terms, exactly as when quoted as one argument.
    const QString queryText = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (queryText.isEmpty())
        return usageError(context, syntax, tr("give a query"));
    QString format;
    if (const int checked = tsvOrJson(context, syntax, parser, &format); checked != Success)
        return checked;

    SearchOptions options;
    if (parser.isSet(QStringLiteral("region"))) {
        const Region region = Gazetteer::builtin().region(parser.value(QStringLiteral("region")));
        if (!region.isValid())
            return usageError(context, syntax,
                              tr("unknown region code %1").arg(parser.value(QStringLiteral("region"))));
        options.regionCode = region.code;
    }
    if (parser.isSet(QStringLiteral("from"))) {
        options.from = parseDate(parser.value(QStringLiteral("from")), false);
        if (!options.from.isValid())
            return usageError(context, syntax, tr("--from needs a date like 2023-03-24"));
    }
    if (parser.isSet(QStringLiteral("to"))) {
        options.to = parseDate(parser.value(QStringLiteral("to")), true);
        if (!options.to.isValid())
            return usageError(context, syntax, tr("--to needs a date like 2023-03-24"));
    }

    Database database;
    if (!openDatabase(context, database))
        return SomeFailed;
    options.metricKey = parser.value(QStringLiteral("metric"));
    if (parser.isSet(QStringLiteral("tag"))) {
        const AnnotationStore annotations(database);
        const qint64 tag = annotations.tagByPath(parser.value(QStringLiteral("tag")));
        if (tag == 0) {
            context.err << "regionscope-cli search: "
                        << tr("no tag %1").arg(parser.value(QStringLiteral("tag"))) << '\n';
            return SomeFailed;
        }
        options.tagIds = annotations.subtree(tag);
    }
    const SearchIndex index(database);
    QString error;
    const QVector<SearchHit> hits = index.search(queryText, options, &error);
    if (!error.isEmpty()) {
        context.err << "regionscope-cli search: " << error << '\n';
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
