#include "SearchBench.h"

#include "CorpusGenerator.h"
#include "gazetteer/Gazetteer.h"
#include "ingest/ImportPipeline.h"
#include "ingest/ReportImporter.h"
#include "models/ReportTableModel.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/SearchIndex.h"
#include "util/ImportTimings.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <functional>
#include <mutex>

namespace rs {
namespace {

struct Latency
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;
};

Latency percentiles(QVector<double> milliseconds)
{
    std::sort(milliseconds.begin(), milliseconds.end());
    auto at = [&](double fraction) {
        return milliseconds.at(qMin(int(milliseconds.size()) - 1, int(fraction * milliseconds.size())));
    };
    return {at(0.50), at(0.95), milliseconds.last()};
}

void row(QTextStream& out, const QString& what, const QString& figure, const QString& detail)
{
    out << QStringLiteral("| %1 | %2 | %3 |").arg(what, -44).arg(figure, 16).arg(detail) << '\n';
    out.flush();
}

double databaseMegabytes(const QString& path)
{
    return (QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / 1048576.0;
}

} // namespace

int buildSearchCorpus(QTextStream& out, const QString& path, const SearchBenchOptions& options)
{
    Database database;
    if (!database.openSqlite(path)) {
        out << database.error() << '\n';
        return -1;
    }
    ArticleStore store(database);
    const int already = store.count();
    if (already >= options.reportCount)
        return 0;
    CorpusGenerator generator(Gazetteer::builtin(), options.seed);
    generator.duplicateEvery = 0;
    const ImportPipeline pipeline(Gazetteer::builtin());
    ImportTimings timings;
    ReportImporter importer(store, pipeline);
    importer.setTimings(&timings);
    QElapsedTimer timer;
    timer.start();
    std::atomic<qint64> bytes{0};
    int stored = 0;
    bool failed = false;
    std::mutex generating; // the generator reseeds one random engine per report
    // Report i of the generator is report i of the corpus, so an interrupted build resumes. The reports go
    // through the import itself: prepared on every core, stored in order by one thread.
    importer.importSources(
        options.reportCount - already,
        [&](int index, QByteArray* utf8, QString* fileName, ImportOutcome*) {
            CorpusGenerator::Report report;
            {
                const std::lock_guard<std::mutex> lock(generating);
                report = generator.report(already + index);
            }
            *utf8 = report.text.toUtf8();
            *fileName = report.fileName;
            bytes += utf8->size();
            return true;
        },
        [&](int) { return !failed; },
        [&](const ImportOutcome& outcome) {
            if (outcome.status == ImportOutcome::Status::Imported)
                ++stored;
            else if (outcome.status == ImportOutcome::Status::Failed && !failed) {
                out << outcome.path << ": " << outcome.reason << '\n';
                failed = true;
            }
        });
    if (failed)
        return -1;
    const double seconds = timer.nsecsElapsed() / 1e9;
    qint64 storeNanoseconds = 0;
    for (int stage = int(ImportTimings::Stage::Duplicate); stage < int(ImportTimings::Stage::Count); ++stage)
        storeNanoseconds += timings.nanoseconds(ImportTimings::Stage(stage));
    row(out, QStringLiteral("build corpus: the import, prepared in parallel"),
        QStringLiteral("%1 reports/s").arg(stored / seconds, 0, 'f', 0),
        QStringLiteral("%1 reports (%2 MB) in %3 s, %4 MB/s, %6% of it storing + indexing; database %5 MB")
            .arg(stored)
            .arg(bytes / 1048576.0, 0, 'f', 0)
            .arg(seconds, 0, 'f', 0)
            .arg(bytes / 1048576.0 / seconds, 0, 'f', 2)
            .arg(databaseMegabytes(path), 0, 'f', 0)
            .arg(100.0 * storeNanoseconds / 1e9 / seconds, 0, 'f', 0));
    return stored;
}

int measureSearches(QTextStream& out, Database& database, const QString& engine);

// The corpus copied into PostgreSQL (its search tokens written by the copy), the tokens written once
// more on their own, their size on disk, and the same searches there.
int measurePostgres(QTextStream& out, Database& sqlite, const QString& url)
{
    Database postgres;
    if (!postgres.open(url)) {
        out << postgres.error() << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    QVector<TableComparison> comparison;
    QString error;
    if (!DatabaseCopy(sqlite, postgres).copy(&comparison, &error)) {
        out << error << '\n';
        return 1;
    }
    const double copySeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    if (!SearchIndex(postgres).rebuild(&error)) {
        out << error << '\n';
        return 1;
    }
    const double rebuildSeconds = timer.nsecsElapsed() / 1e9;
    QSqlQuery size(postgres.connection());
    double tokensMegabytes = 0;
    double indexMegabytes = 0;
    if (size.exec(QStringLiteral("SELECT pg_total_relation_size('article_search_tokens'),"
                                 " pg_relation_size('article_search_tokens_gin')"
                                 " + pg_relation_size('article_search_tokens_title')")) &&
        size.next()) {
        tokensMegabytes = size.value(0).toDouble() / 1048576.0;
        indexMegabytes = size.value(1).toDouble() / 1048576.0;
    }
    ArticleStore store(sqlite);
    const int reports = store.count();
    row(out, QStringLiteral("PostgreSQL: copy the corpus (migrate) with search tokens"),
        QStringLiteral("%1 s").arg(copySeconds, 0, 'f', 1), QStringLiteral("%1 reports").arg(reports));
    row(out, QStringLiteral("PostgreSQL: search tokens written again (rebuild)"),
        QStringLiteral("%1 reports/s").arg(reports / rebuildSeconds, 0, 'f', 0),
        QStringLiteral("%1 s; tokens table %2 MB of which GIN indexes %3 MB")
            .arg(rebuildSeconds, 0, 'f', 1)
            .arg(tokensMegabytes, 0, 'f', 1)
            .arg(indexMegabytes, 0, 'f', 1));
    return measureSearches(out, postgres, QStringLiteral(" (PostgreSQL)"));
}

int runSearchBenchmark(QTextStream& out, const SearchBenchOptions& options)
{
    QTemporaryDir dir;
    const QString path =
        options.databasePath.isEmpty() ? dir.filePath(QStringLiteral("search.sqlite")) : options.databasePath;
    if (!options.keep && QFile::exists(path)) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    if (buildSearchCorpus(out, path, options) < 0)
        return 1;

    // What the GUI does on opening a corpus: connect (schema check), then the report list's first page
    // and total count.
    QElapsedTimer timer;
    timer.start();
    Database database;
    if (!database.openSqlite(path)) {
        out << database.error() << '\n';
        return 1;
    }
    ArticleStore store(database);
    const double connectMilliseconds = timer.nsecsElapsed() / 1e6;
    const ReportTableModel reports(store, Gazetteer::builtin());
    const double openMilliseconds = timer.nsecsElapsed() / 1e6;
    // The GUI thread's share of search as you type: the report table restricted to a common term's hits.
    {
        QVector<SearchHit> best;
        const QVector<qint64> ids = SearchIndex(database).rankedIds(QStringLiteral("人才"), {}, 200, &best);
        QHash<qint64, QString> snippets;
        for (const SearchHit& hit : std::as_const(best))
            snippets.insert(hit.id, hit.snippet);
        ReportTableModel table(store, Gazetteer::builtin());
        timer.restart();
        table.setSearchResults(ids, snippets);
        const double restrictMilliseconds = timer.nsecsElapsed() / 1e6;
        row(out, QStringLiteral("report table restricted to search hits"),
            QStringLiteral("%1 ms").arg(restrictMilliseconds, 0, 'f', 0),
            QStringLiteral("%1 hits of 人才, first page %2 rows (GUI thread)")
                .arg(table.totalCount())
                .arg(table.rowCount()));
    }
    row(out, QStringLiteral("open database + report table ready"),
        QStringLiteral("%1 ms").arg(openMilliseconds, 0, 'f', 0),
        QStringLiteral("%1 reports, first page %2 rows; connect %3 ms; target < 1 s")
            .arg(reports.totalCount())
            .arg(reports.rowCount())
            .arg(connectMilliseconds, 0, 'f', 0));

    if (measureSearches(out, database, QString()) != 0)
        return 1;
    return options.postgresUrl.isEmpty() ? 0 : measurePostgres(out, database, options.postgresUrl);
}

int measureSearches(QTextStream& out, Database& database, const QString& engine)
{
    QElapsedTimer timer;
    const SearchIndex index(database);
    struct Group
    {
        QString name;
        QStringList queries;
    };
    const QVector<Group> groups = {
        {QStringLiteral("1 character"),
         {QStringLiteral("人"), QStringLiteral("才"), QStringLiteral("党"), QStringLiteral("湾"),
          QStringLiteral("桥"), QStringLiteral("博"), QStringLiteral("驿"), QStringLiteral("镇")}},
        {QStringLiteral("2 characters"),
         {QStringLiteral("人才"), QStringLiteral("干部"), QStringLiteral("党建"), QStringLiteral("沙龙"),
          QStringLiteral("博士"), QStringLiteral("金湾"), QStringLiteral("驿站"), QStringLiteral("攻关")}},
        {QStringLiteral("3+ characters"),
         {QStringLiteral("人才驿站"), QStringLiteral("高质量发展"), QStringLiteral("党群服务中心"),
          QStringLiteral("红色技术攻关"), QStringLiteral("1.5万"), QStringLiteral("人才 干部"),
          QStringLiteral("湘桥区"), QStringLiteral("培训全区干部")}},
    };
    constexpr int rounds = 5;
    // run() is timed; hits() (untimed) gives the detail's hits per query.
    auto measure = [&](const Group& group, const QString& what,
                       const std::function<void(const QString&)>& run,
                       const std::function<qint64(const QString&)>& hits) {
        QVector<double> milliseconds;
        qint64 results = 0;
        for (int round = 0; round < rounds; ++round) {
            for (const QString& query : group.queries) {
                timer.restart();
                run(query);
                milliseconds.append(timer.nsecsElapsed() / 1e6);
                if (round == 0)
                    results += hits(query);
            }
        }
        const Latency latency = percentiles(milliseconds);
        row(out, QStringLiteral("search %1: %2%3").arg(group.name, what, engine),
            QStringLiteral("p50 %1 ms").arg(latency.p50, 0, 'f', 1),
            QStringLiteral("p95 %1 ms, max %2 ms; %3 hits per query on average; target p95 < 100 ms")
                .arg(latency.p95, 0, 'f', 1)
                .arg(latency.max, 0, 'f', 1)
                .arg(results / group.queries.size()));
    };
    const auto allHits = [&](const QString& query) { return qint64(index.count(query)); };
    for (const Group& group : groups) {
        // The CLI and the result list: the 50 best with snippets.
        measure(
            group, QStringLiteral("50 best + snippets"),
            [&](const QString& query) {
                SearchOptions best;
                best.limit = 50;
                index.search(query, best);
            },
            allHits);
    }
    for (const Group& group : groups) {
        // Search as you type (SearchWorker): every hit's id, best first, and 200 snippets.
        measure(
            group, QStringLiteral("all ids + 200 snippets (GUI)"),
            [&](const QString& query) {
                QVector<SearchHit> best;
                index.rankedIds(query, {}, 200, &best);
            },
            allHits);
    }
    // Filters combined with a search: a province and one year.
    SearchOptions filtered;
    filtered.regionCode = QStringLiteral("44");
    filtered.from = QDate(2023, 1, 1);
    filtered.to = QDate(2023, 6, 30);
    filtered.limit = 50;
    for (const Group& group : groups) {
        measure(
            group, QStringLiteral("50 best, Guangdong, 2023 H1"),
            [&](const QString& query) { index.search(query, filtered); },
            [&](const QString& query) { return qint64(index.count(query, filtered)); });
    }
    return 0;
}

} // namespace rs
