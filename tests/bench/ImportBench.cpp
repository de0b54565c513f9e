#include "ImportBench.h"

#include "ingest/ImportPipeline.h"
#include "ingest/ReportImporter.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "util/ImportTimings.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

namespace rs {
namespace {

using Stage = ImportTimings::Stage;

bool isWriterStage(Stage stage)
{
    return stage >= Stage::Wait;
}

// The queries each index is there for, as the stores run them.
QString queryOf(const QString& index)
{
    static const QHash<QString, QString> queries = {
        {QStringLiteral("articles_published_on"),
         QStringLiteral("report table sorted by date (ORDER BY published_on NULLS LAST, id); "
                        "MIN/MAX(published_on)")},
        {QStringLiteral("articles_region_code"),
         QStringLiteral("none of its own: articles_filter starts with region_code")},
        {QStringLiteral("articles_region_sort"),
         QStringLiteral("report table sorted by region (ORDER BY region_sort_key NULLS LAST, id)")},
        {QStringLiteral("articles_filter"),
         QStringLiteral("region scope (region_code >= ? AND < ?), counts per region (GROUP BY region_code),"
                        " search filters and Compare Metrics (region_code, published_on)")},
        {QStringLiteral("articles_source"),
         QStringLiteral("report table sorted by source; search filtered by source")},
        {QStringLiteral("metrics_compare"),
         QStringLiteral("a report's figures (WHERE article_id = ?) and Compare Metrics' figures of its"
                        " reports, covered")},
        {QStringLiteral("metrics_key_article"),
         QStringLiteral("metric list (COUNT(DISTINCT article_id) GROUP BY metric_key); search by metric")},
        {QStringLiteral("article_search"), QStringLiteral("search: MATCH on title and body")},
        {QStringLiteral("article_title_search"),
         QStringLiteral("search: the newest title hits of a common phrase")},
    };
    return queries.value(index, QStringLiteral("(not listed)"));
}

// Seconds to store the articles into a new database without the index (or search trigger) named
// without; -1 on failure.
double storeSeconds(const QString& path, const QVector<NewArticle>& articles, const QString& without)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    Database database;
    if (!database.openSqlite(path))
        return -1;
    if (!without.isEmpty()) {
        QSqlQuery drop(database.connection());
        // A search index is replaced by a plain table with its columns: the import still writes its rows
        // (per batch, see ArticleStore::commitBatch), so the difference is what indexing them costs.
        bool dropped = false;
        if (without == QLatin1String("article_search"))
            dropped = drop.exec(QStringLiteral("DROP TABLE article_search")) &&
                      drop.exec(QStringLiteral("CREATE TABLE article_search (title, body)"));
        else if (without == QLatin1String("article_title_search"))
            dropped = drop.exec(QStringLiteral("DROP TABLE article_title_search")) &&
                      drop.exec(QStringLiteral("CREATE TABLE article_title_search (title)"));
        else
            dropped = drop.exec(QStringLiteral("DROP INDEX %1").arg(without));
        if (!dropped)
            return -1;
    }
    ArticleStore store(database);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < articles.size(); ++i) {
        if (i % 256 == 0 && !store.beginBatch())
            return -1;
        store.insert(articles.at(i));
        if ((i % 256 == 255 || i + 1 == articles.size()) && !store.commitBatch())
            return -1;
    }
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

void printImportStages(const BenchRow& row, const ImportTimings& timings, int reports, double wallSeconds)
{
    double writerSeconds = 0;
    for (int i = 0; i < int(Stage::Count); ++i) {
        const auto stage = Stage(i);
        const double seconds = timings.nanoseconds(stage) / 1e9;
        if (isWriterStage(stage))
            writerSeconds += seconds;
        row(QStringLiteral("import stage: %1").arg(ImportTimings::name(stage)),
            QStringLiteral("%1 ms/report").arg(seconds * 1000 / reports, 0, 'f', 3),
            QStringLiteral("%1% of the import's time; %2")
                .arg(100 * seconds / wallSeconds, 0, 'f', 0)
                .arg(isWriterStage(stage) ? QStringLiteral("writer thread")
                                          : QStringLiteral("preparing threads, summed")));
    }
    const double other = qMax(0.0, wallSeconds - writerSeconds);
    row(QStringLiteral("import stage: writer, the rest"),
        QStringLiteral("%1 ms/report").arg(other * 1000 / reports, 0, 'f', 3),
        QStringLiteral("%1% of the import's time; outcomes, batching, file list")
            .arg(100 * other / wallSeconds, 0, 'f', 0));
}

bool benchPostgresImport(const BenchRow& row, ImportPipeline& pipeline, const QString& folder,
                         const QString& url, int reports, double sqliteSeconds)
{
    Database database;
    if (!database.open(url) || !database.isPostgres()) {
        QTextStream(stderr) << "regionscope-bench --postgres: "
                            << (database.error().isEmpty() ? QStringLiteral("not a postgresql:// URL")
                                                           : database.error())
                            << '\n';
        return false;
    }
    ArticleStore store(database);
    ReportImporter importer(store, pipeline);
    ImportTimings timings;
    pipeline.setTimings(&timings);
    importer.setTimings(&timings);
    ImportSummary summary;
    QElapsedTimer timer;
    timer.start();
    const ReportImporter::Plan plan = ReportImporter::plan({folder});
    importer.importFiles(
        plan.files, [](int) { return true; }, [&](const ImportOutcome& outcome) { summary.add(outcome); });
    const double seconds = timer.nsecsElapsed() / 1e9;
    pipeline.setTimings(nullptr);
    row(QStringLiteral("import into PostgreSQL (the same files, --postgres)"),
        QStringLiteral("%1 reports/s").arg(reports / seconds, 0, 'f', 0),
        QStringLiteral("%1× the SQLite import's time; %2 imported, %3 duplicates, %4 failed")
            .arg(seconds / sqliteSeconds, 0, 'f', 1)
            .arg(summary.imported)
            .arg(summary.duplicates)
            .arg(summary.failed));
    for (int i = 0; i < int(Stage::Count); ++i) {
        const auto stage = Stage(i);
        if (!isWriterStage(stage))
            continue;
        const double stageSeconds = timings.nanoseconds(stage) / 1e9;
        row(QStringLiteral("PostgreSQL import stage: %1").arg(ImportTimings::name(stage)),
            QStringLiteral("%1 ms/report").arg(stageSeconds * 1000 / reports, 0, 'f', 3),
            QStringLiteral("%1% of the import's time; writer thread")
                .arg(100 * stageSeconds / seconds, 0, 'f', 0));
    }
    return summary.failed == 0;
}

void benchIndexCosts(const BenchRow& row, const ImportPipeline& pipeline, const QVector<QByteArray>& contents,
                     const QString& folder)
{
    const int sample = int(qMin<qsizetype>(contents.size(), 1000));
    QVector<NewArticle> articles;
    for (int i = 0; i < sample; ++i) {
        const ImportPipeline::Result prepared =
            pipeline.prepareBytes(contents.at(i), QStringLiteral("report-%1.txt").arg(i));
        if (prepared.ok)
            articles.append(prepared.article);
    }
    const QString path = QDir(folder).filePath(QStringLiteral("indexes.sqlite"));
    // Which indexes the schema has: a migration may have dropped some.
    QStringList indexes;
    {
        Database database;
        if (!database.openSqlite(path))
            return;
        QSqlQuery query(database.connection());
        query.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                           " AND tbl_name IN ('articles', 'article_originals', 'paragraphs', 'metrics')"
                           " ORDER BY tbl_name, name"));
        while (query.next())
            indexes << query.value(0).toString();
    }
    indexes << QStringLiteral("article_search") << QStringLiteral("article_title_search");
    auto best = [&](const QString& without) {
        const double first = storeSeconds(path, articles, without);
        const double second = storeSeconds(path, articles, without);
        return std::min(first, second);
    };
    const double all = best(QString());
    if (all <= 0 || articles.isEmpty())
        return;
    row(QStringLiteral("store prepared reports, every index"),
        QStringLiteral("%1 ms/report").arg(all * 1000 / articles.size(), 0, 'f', 3),
        QStringLiteral("%1 reports, one thread, batches of 256; best of two").arg(articles.size()));
    for (const QString& index : std::as_const(indexes)) {
        const double without = best(index);
        if (without <= 0)
            continue;
        row(QStringLiteral("index %1").arg(index),
            QStringLiteral("%1 ms/report").arg((all - without) * 1000 / articles.size(), 0, 'f', 3),
            QStringLiteral("%1% of storing; for %2")
                .arg(100 * (all - without) / all, 0, 'f', 0)
                .arg(queryOf(index)));
    }
}

} // namespace rs
