#include "SearchBench.h"

#include "CorpusGenerator.h"
#include "gazetteer/Gazetteer.h"
#include "ingest/ReportParser.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

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

} // namespace

int runSearchBenchmark(QTextStream& out, int reportCount, quint32 seed)
{
    QTemporaryDir dir;
    Database database;
    if (!database.openSqlite(dir.filePath(QStringLiteral("search.sqlite")))) {
        out << database.error() << '\n';
        return 1;
    }
    ArticleStore store(database);
    CorpusGenerator generator(Gazetteer::builtin(), seed);
    generator.duplicateEvery = 0;
    const ReportParser parser;
    QElapsedTimer timer;
    timer.start();
    int stored = 0;
    for (int i = 0; i < reportCount; ++i) {
        const CorpusGenerator::Report report = generator.report(i);
        NewArticle article;
        article.report = parser.parse(report.text.toUtf8(), report.fileName).report;
        article.filePath = report.fileName;
        if (store.insert(article).status == ArticleStore::InsertStatus::Inserted)
            ++stored;
    }
    const double storeSeconds = timer.nsecsElapsed() / 1e9;
    row(out, QStringLiteral("store + index (one transaction per report)"),
        QStringLiteral("%1 reports/s").arg(stored / storeSeconds, 0, 'f', 0),
        QStringLiteral("%1 reports in %2 s; database %3 MB")
            .arg(stored)
            .arg(storeSeconds, 0, 'f', 1)
            .arg(QFileInfo(database.path()).size() / 1048576.0, 0, 'f', 0));

    SearchIndex index(database);
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
    for (const bool optimized : {false, true}) {
        if (optimized) {
            timer.restart();
            index.optimize();
            row(out, QStringLiteral("optimize the index"),
                QStringLiteral("%1 s").arg(timer.nsecsElapsed() / 1e9, 0, 'f', 1),
                QStringLiteral("database %1 MB")
                    .arg(QFileInfo(database.path()).size() / 1048576.0, 0, 'f', 0));
        }
        const QString state = optimized ? QStringLiteral("optimized") : QStringLiteral("as imported");
        for (const Group& group : groups) {
            // What the CLI and the result list do (top 50 with snippets), and what filters the report table
            // (every hit's id, ranked).
            QVector<double> top;
            QVector<double> all;
            qint64 hits = 0;
            for (int round = 0; round < rounds; ++round) {
                for (const QString& query : group.queries) {
                    SearchOptions options;
                    options.limit = 50;
                    timer.restart();
                    index.search(query, options);
                    top.append(timer.nsecsElapsed() / 1e6);
                    timer.restart();
                    hits += index.rankedIds(query).size();
                    all.append(timer.nsecsElapsed() / 1e6);
                }
            }
            const Latency topLatency = percentiles(top);
            const Latency allLatency = percentiles(all);
            row(out, QStringLiteral("search %1, top 50 + snippets, %2").arg(group.name, state),
                QStringLiteral("p50 %1 ms").arg(topLatency.p50, 0, 'f', 1),
                QStringLiteral("p95 %1 ms, max %2 ms")
                    .arg(topLatency.p95, 0, 'f', 1)
                    .arg(topLatency.max, 0, 'f', 1));
            row(out, QStringLiteral("search %1, all ranked ids, %2").arg(group.name, state),
                QStringLiteral("p50 %1 ms").arg(allLatency.p50, 0, 'f', 1),
                QStringLiteral("p95 %1 ms, max %2 ms; %3 hits per query on average")
                    .arg(allLatency.p95, 0, 'f', 1)
                    .arg(allLatency.max, 0, 'f', 1)
                    .arg(hits / (rounds * group.queries.size())));
        }
    }
    return 0;
}

} // namespace rs
