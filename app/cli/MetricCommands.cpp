#include "Commands.h"
#include "MetricFormat.h"

#include "gazetteer/Gazetteer.h"
#include "ingest/ImportPipeline.h"
#include "metrics/Taxonomy.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/MetricStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTextStream>

namespace rs::cli {
namespace {

bool readFile(const QString& path, QByteArray* bytes, QString* error)
{
    QFile file(path);
    if (!file.exists()) {
        *error = tr("no such file");
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("the file cannot be read: %1").arg(file.errorString());
        return false;
    }
    *bytes = file.readAll();
    return true;
}

} // namespace

CommandSyntax extractSyntax()
{
    return CommandSyntax(QStringLiteral("extract"), false).form(QStringLiteral("FILE..."));
}

int extractCommand(CommandContext& context)
{
    if (context.arguments.isEmpty())
        return usageError(context, extractSyntax(), tr("give one or more report files"));
    const ImportPipeline pipeline(Gazetteer::builtin());
    context.out << tsvRow(QStringList{QStringLiteral("file")} + metricHeader()) << '\n';
    bool anyFailed = false;
    for (const QString& path : context.arguments) {
        QByteArray bytes;
        QString error;
        ImportPipeline::Result prepared;
        if (readFile(path, &bytes, &error)) {
            prepared = pipeline.prepareBytes(bytes, path);
            error = prepared.error;
        }
        if (!prepared.ok) {
            context.err << "failed " << path << ": " << error << '\n';
            anyFailed = true;
            continue;
        }
        for (const Metric& metric : std::as_const(prepared.article.metrics))
            context.out << tsvRow(QStringList{path} + metricFields(metric)) << '\n';
    }
    return anyFailed ? SomeFailed : Success;
}

// metrics --keys: every taxonomy key with its labels and unit family, and how many figures and regions
// of the corpus have it (keys found only in the corpus, from an older taxonomy, are listed too).
static int listKeys(Database& database, const QString& format, QTextStream& out)
{
    QHash<qint64, QString> regionOf;
    for (const ArticleSummary& article : ArticleStore(database).all())
        regionOf.insert(article.id, article.regionCode);
    QHash<QString, int> figures;
    QHash<QString, QSet<QString>> regions;
    for (const ReviewedMetric& reviewed : MetricStore(database).allReviewedMetrics()) {
        if (!reviewed.counts() || reviewed.metric.key.isEmpty())
            continue;
        ++figures[reviewed.metric.key];
        const QString region = regionOf.value(reviewed.articleId);
        if (!region.isEmpty())
            regions[reviewed.metric.key].insert(region);
    }
    QVector<Taxonomy::Entry> entries = Taxonomy::builtin().entries();
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        if (!Taxonomy::builtin().entry(it.key())) {
            Taxonomy::Entry unknown;
            unknown.key = it.key();
            entries.append(unknown);
        }
    }
    if (format == QLatin1String("tsv")) {
        out << tsvRow({QStringLiteral("key"), QStringLiteral("zh"), QStringLiteral("en"),
                       QStringLiteral("family"), QStringLiteral("figures"), QStringLiteral("regions")})
            << '\n';
        for (const Taxonomy::Entry& entry : std::as_const(entries))
            out << tsvRow({entry.key, entry.zh, entry.en, entry.family,
                           QString::number(figures.value(entry.key)),
                           QString::number(regions.value(entry.key).size())})
                << '\n';
        return Success;
    }
    QJsonArray rows;
    for (const Taxonomy::Entry& entry : std::as_const(entries))
        rows.append(QJsonObject{{QStringLiteral("key"), entry.key},
                                {QStringLiteral("zh"), entry.zh},
                                {QStringLiteral("en"), entry.en},
                                {QStringLiteral("family"), entry.family},
                                {QStringLiteral("figures"), figures.value(entry.key)},
                                {QStringLiteral("regions"), int(regions.value(entry.key).size())}});
    out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    return Success;
}

CommandSyntax metricsSyntax()
{
    return CommandSyntax(QStringLiteral("metrics"))
        .option({QStringLiteral("article"), tr("only the figures of this report"), QStringLiteral("ID")})
        .option({QStringLiteral("keys"),
                 tr("the metric keys instead: key, labels, unit family, number of figures and of regions")})
        .option({QStringLiteral("format"), tr("output format"), QStringLiteral("tsv|json"),
                 QStringLiteral("tsv")})
        .form(QString(), {QStringLiteral("article"), QStringLiteral("format")}, QString())
        .form(QStringLiteral("--keys"), {QStringLiteral("format")}, QString());
}

int metricsCommand(CommandContext& context)
{
    const CommandSyntax syntax = metricsSyntax();
    QCommandLineParser parser;
    const QString format =
        syntax.parse(parser, context.arguments) ? parser.value(QStringLiteral("format")) : QString();
    bool idOk = true;
    const qint64 articleId = parser.isSet(QStringLiteral("article"))
                                 ? parser.value(QStringLiteral("article")).toLongLong(&idOk)
                                 : 0;
    if ((format != QLatin1String("tsv") && format != QLatin1String("json")) || !idOk ||
        !parser.positionalArguments().isEmpty() ||
        (parser.isSet(QStringLiteral("keys")) && parser.isSet(QStringLiteral("article")))) {
        context.err << syntax.usage() << '\n';
        return UsageError;
    }
    Database database;
    if (!openDatabase(context, database))
        return SomeFailed;
    if (parser.isSet(QStringLiteral("keys")))
        return listKeys(database, format, context.out);
    const MetricStore store(database);
    if (articleId > 0) {
        StoredArticle article;
        if (!ArticleStore(database).load(articleId, &article)) {
            context.err << tr("regionscope-cli metrics: no article with id %1").arg(articleId) << '\n';
            return SomeFailed;
        }
    }
    const QVector<ReviewedMetric> metrics =
        articleId > 0 ? store.reviewedMetrics(articleId) : store.allReviewedMetrics();

    if (format == QLatin1String("tsv")) {
        context.out << tsvRow(QStringList{QStringLiteral("article")} + metricHeader()) << '\n';
        for (const ReviewedMetric& reviewed : metrics) {
            if (reviewed.counts())
                context.out << tsvRow(QStringList{QString::number(reviewed.articleId)} +
                                      metricFields(reviewed.metric))
                            << '\n';
        }
        return Success;
    }
    QJsonArray rows;
    for (const ReviewedMetric& reviewed : metrics) {
        if (!reviewed.counts())
            continue;
        QJsonObject row = metricJson(reviewed.metric);
        row.insert(QStringLiteral("article"), reviewed.articleId);
        row.insert(QStringLiteral("status"), ReviewedMetric::statusName(reviewed.status));
        rows.append(row);
    }
    context.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    return Success;
}

} // namespace rs::cli
