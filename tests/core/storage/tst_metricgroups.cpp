// The comparison's groups (metric_groups, migration 15) stay what a recomputation from the figures
// gives, through every kind of change an analyst or an import makes: an import batch, a decision
// and its withdrawal, a region or date edit, new figures from a re-extraction, a deleted report.
// Each write either refreshes the groups it touched or leaves them marked stale, never wrong.
#include "CorpusGenerator.h"
#include "SeedCorpus.h"
#include "domain/MetricReview.h"
#include "storage/ArticleDetailsStore.h"
#include "storage/ComparisonStore.h"
#include "storage/MetricStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

namespace {

// Every group row, in key order, as text.
QStringList groupRows(Database& database)
{
    QStringList rows;
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT metric_key, region_code, period, unit, targets, figures, capped,"
                                   " reports, lowest, highest, first_report, pick_report, pick_published,"
                                   " pick_value FROM metric_groups ORDER BY 1, 2, 3, 4, 5")))
        return {QStringLiteral("failed")};
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < 14; ++i)
            fields.append(query.value(i).toString());
        rows.append(fields.join(u'|'));
    }
    return rows;
}

int count(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

// The groups as recomputed from scratch: every group marked stale, then refreshed.
QStringList recomputed(Database& database)
{
    QSqlQuery mark(database.connection());
    if (!mark.exec(
            QStringLiteral("INSERT OR IGNORE INTO metric_groups_stale SELECT DISTINCT metric_key,"
                           " region_code, COALESCE(period, '') FROM metrics WHERE metric_key IS NOT NULL"
                           " UNION SELECT metric_key, region_code, period FROM metric_groups")))
        return {QStringLiteral("marking failed")};
    if (!ComparisonStore::refreshGroups(database))
        return {QStringLiteral("refresh failed")};
    return groupRows(database);
}

} // namespace

class TestMetricGroups : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_database;

    int stale() { return count(m_database, QStringLiteral("SELECT COUNT(*) FROM metric_groups_stale")); }

    // The groups as maintained equal the recomputed ones, and nothing is left stale.
    void verifyMaintained()
    {
        QCOMPARE(stale(), 0);
        const QStringList maintained = groupRows(m_database);
        QVERIFY(!maintained.isEmpty());
        QCOMPARE(recomputed(m_database), maintained);
    }

    qint64 firstArticleWithFigures()
    {
        return count(m_database,
                     QStringLiteral("SELECT MIN(article_id) FROM metrics WHERE metric_key IS NOT NULL"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_database.openSqlite(m_dir.filePath(QStringLiteral("groups.sqlite"))));
        QCOMPARE(importSeeds(m_database), 5);
    }

    // An import batch merges its reports into the groups the earlier batches made (same regions, so
    // sums, extremes and picks merge), and the result is what a recomputation gives.
    void batchesMergeIntoGroups()
    {
        Database database;
        QVERIFY(database.openSqlite(m_dir.filePath(QStringLiteral("batches.sqlite"))));
        ArticleStore store(database);
        CorpusGenerator generator(Gazetteer::builtin(), 3);
        generator.duplicateEvery = 0;
        const ImportPipeline pipeline(Gazetteer::builtin());
        for (int batch = 0; batch < 3; ++batch) {
            QVERIFY(store.beginBatch());
            for (int i = batch * 150; i < (batch + 1) * 150; ++i) {
                const CorpusGenerator::Report report = generator.report(i);
                ImportPipeline::Result prepared =
                    pipeline.prepareBytes(report.text.toUtf8(), report.fileName);
                QVERIFY(prepared.ok);
                // Four regions, so every batch adds to groups the earlier ones made.
                static const QStringList regions{QStringLiteral("440404"), QStringLiteral("445102"),
                                                 QStringLiteral("330782"), QStringLiteral("")};
                prepared.article.regionCode = regions.at(i % regions.size());
                QCOMPARE(store.insert(prepared.article).status, ArticleStore::InsertStatus::Inserted);
            }
            QVERIFY(store.commitBatch());
        }
        QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM metric_groups_stale")), 0);
        QVERIFY(count(database, QStringLiteral("SELECT MAX(reports) FROM metric_groups")) > 20);
        const QStringList merged = groupRows(database);
        QCOMPARE(recomputed(database), merged);
    }

    // The pick's ties and gaps, which a generated corpus rarely hits: equal dates and values (the
    // lower id is shown), a report whose only figure is a cap (counted, never picked), a report with
    // no date (older than any dated one), targets apart from achievements, and a later batch whose
    // report ties the stored pick. Every case merges to what a recomputation gives.
    void batchSumsFollowThePickRule()
    {
        Database database;
        QVERIFY(database.openSqlite(m_dir.filePath(QStringLiteral("ties.sqlite"))));
        ArticleStore store(database);
        CorpusGenerator generator(Gazetteer::builtin(), 11);
        generator.duplicateEvery = 0;
        const ImportPipeline pipeline(Gazetteer::builtin());
        int next = 0;
        const auto figure = [](double value, Qualifier qualifier, bool target) {
            Metric metric;
            metric.end = 3;
            metric.quote = QStringLiteral("100人");
            metric.value = value;
            metric.unit = QStringLiteral("人");
            metric.qualifier = qualifier;
            metric.key = QStringLiteral("talent_introduced");
            metric.period = QStringLiteral("2023");
            metric.isTarget = target;
            return metric;
        };
        const auto store1 = [&](const QDate& published, const QVector<Metric>& figures) {
            ImportPipeline::Result prepared =
                pipeline.prepareBytes(generator.report(next++).text.toUtf8(), QStringLiteral("tie.txt"));
            prepared.article.regionCode = QStringLiteral("440404");
            prepared.article.report.metadata.publishedOn = published;
            prepared.article.metrics = figures;
            return store.insert(prepared.article);
        };
        const QDate day(2023, 5, 1);
        QVERIFY(store.beginBatch());
        const ArticleStore::InsertResult tiedFirst = store1(day, {figure(100, Qualifier::Exact, false)});
        QCOMPARE(tiedFirst.status, ArticleStore::InsertStatus::Inserted);
        QCOMPARE(store1(day, {figure(100, Qualifier::Approx, false)}).status,
                 ArticleStore::InsertStatus::Inserted);
        QCOMPARE(store1(day.addDays(9), {figure(500, Qualifier::Max, false)}).status,
                 ArticleStore::InsertStatus::Inserted);
        QCOMPARE(store1(QDate(), {figure(900, Qualifier::Exact, false), figure(50, Qualifier::Exact, true)})
                     .status,
                 ArticleStore::InsertStatus::Inserted);
        QVERIFY(store.commitBatch());
        const QString both = QStringLiteral("SELECT %1 FROM metric_groups WHERE targets = 2");
        QCOMPARE(count(database, both.arg(QStringLiteral("pick_report"))), int(tiedFirst.id));
        QCOMPARE(count(database, both.arg(QStringLiteral("figures"))), 5);
        QCOMPARE(count(database, both.arg(QStringLiteral("capped"))), 1);
        QCOMPARE(count(database, both.arg(QStringLiteral("reports"))), 3);
        QCOMPARE(count(database, both.arg(QStringLiteral("highest"))), 900);
        QCOMPARE(recomputed(database), groupRows(database));

        // A later batch: one report ties the stored pick (higher id, so not shown), one only caps.
        QVERIFY(store.beginBatch());
        QCOMPARE(store1(day, {figure(100, Qualifier::Exact, false)}).status,
                 ArticleStore::InsertStatus::Inserted);
        QCOMPARE(store1(day.addDays(30), {figure(7, Qualifier::Max, true)}).status,
                 ArticleStore::InsertStatus::Inserted);
        QVERIFY(store.commitBatch());
        QCOMPARE(count(database, both.arg(QStringLiteral("pick_report"))), int(tiedFirst.id));
        QCOMPARE(count(database, QStringLiteral("SELECT reports FROM metric_groups WHERE targets = 1")), 1);
        QCOMPARE(recomputed(database), groupRows(database));
    }

    void importLeavesFreshGroups()
    {
        verifyMaintained();
        // Each group counts the machine figures of its key, region, period and unit.
        QCOMPARE(
            count(m_database, QStringLiteral("SELECT SUM(figures) FROM metric_groups WHERE targets = 2")),
            count(m_database, QStringLiteral("SELECT COUNT(*) FROM metrics WHERE metric_key IS NOT NULL")));
        QCOMPARE(
            count(m_database, QStringLiteral("SELECT SUM(figures) FROM metric_groups WHERE targets = 1")),
            count(m_database, QStringLiteral("SELECT COUNT(*) FROM metrics WHERE metric_key IS NOT NULL"
                                             " AND is_target = 1")));
    }

    void decisionTakesTheReportOut()
    {
        const qint64 article = firstArticleWithFigures();
        QVERIFY(article > 0);
        const int before =
            count(m_database, QStringLiteral("SELECT SUM(figures) FROM metric_groups WHERE targets = 2"));
        const int own =
            count(m_database, QStringLiteral("SELECT COUNT(*) FROM metrics WHERE metric_key IS NOT NULL"
                                             " AND article_id = %1")
                                  .arg(article));
        QVERIFY(own > 0);
        MetricStore metrics(m_database);
        const QVector<ReviewedMetric> figures = metrics.reviewedMetrics(article);
        QVERIFY(!figures.isEmpty());
        MetricReview review;
        review.articleId = article;
        review.decision = MetricReview::Decision::Confirmed;
        review.metric = figures.first().metric;
        const qint64 id = metrics.addReview(review);
        QVERIFY(id > 0);
        // Reviewed reports are read through the overlay, so their figures leave the groups.
        QCOMPARE(
            count(m_database, QStringLiteral("SELECT SUM(figures) FROM metric_groups WHERE targets = 2")),
            before - own);
        verifyMaintained();
        QVERIFY(metrics.removeReview(id));
        QCOMPARE(
            count(m_database, QStringLiteral("SELECT SUM(figures) FROM metric_groups WHERE targets = 2")),
            before);
        verifyMaintained();
    }

    void regionAndDateEditsMoveFigures()
    {
        const qint64 article = firstArticleWithFigures();
        ArticleStore articles(m_database);
        QVERIFY(articles.setRegion(article, QStringLiteral("330782"), QByteArray("zz")));
        QVERIFY(count(m_database,
                      QStringLiteral("SELECT COUNT(*) FROM metric_groups WHERE region_code = '330782'")) > 0);
        verifyMaintained();

        ArticleDetailsStore details(m_database);
        ReportDetails wanted;
        ReportDetails detected;
        QVERIFY(details.details(article, &wanted, &detected));
        wanted.publishedOn = QDate(2031, 2, 3);
        QVERIFY(details.setDetails(article, wanted, QStringLiteral("tester")));
        QVERIFY(count(m_database, QStringLiteral("SELECT COUNT(*) FROM metric_groups WHERE pick_published ="
                                                 " '2031-02-03'")) > 0);
        verifyMaintained();
    }

    void recleanedReportReplacesItsFigures()
    {
        const qint64 article = firstArticleWithFigures();
        CorpusGenerator generator(Gazetteer::builtin(), 5);
        const ImportPipeline pipeline(Gazetteer::builtin());
        const ImportPipeline::Result cleaned =
            pipeline.prepareBytes(generator.report(1).text.toUtf8(), QStringLiteral("recleaned.txt"));
        QVERIFY(cleaned.ok);
        QVERIFY(!cleaned.article.metrics.isEmpty());
        QVERIFY(m_database.beginWrite());
        QVERIFY(ArticleStore(m_database).replaceCleaned(article, cleaned.article));
        QVERIFY(m_database.connection().commit());
        verifyMaintained();
    }

    void newFiguresAndDeletedReports()
    {
        const qint64 article = firstArticleWithFigures();
        MetricStore metrics(m_database);
        QVector<Metric> figures;
        for (const ReviewedMetric& figure : metrics.reviewedMetrics(article))
            figures.append(figure.metric);
        QVERIFY(figures.size() > 1);
        // A figure the groups count as a report's value: it has a key and is no cap.
        const auto counted = std::find_if(figures.begin(), figures.end(), [](const Metric& figure) {
            return !figure.key.isEmpty() && figure.qualifier != Qualifier::Max;
        });
        QVERIFY(counted != figures.end());
        counted->value = 987654;
        figures.erase(counted + 1 == figures.end() ? figures.begin() : figures.end() - 1);
        QVERIFY(metrics.replaceMachineMetrics(article, figures));
        QVERIFY(stale() > 0); // a re-extraction refreshes after a run of reports
        QVERIFY(ComparisonStore::refreshGroups(m_database));
        QVERIFY(count(m_database,
                      QStringLiteral("SELECT COUNT(*) FROM metric_groups WHERE highest = 987654")) > 0);
        verifyMaintained();

        // A report deleted with its figures (ON DELETE CASCADE) leaves its groups stale, not wrong.
        QSqlQuery remove(m_database.connection());
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM articles WHERE id = %1").arg(article)));
        QVERIFY(stale() > 0);
        QVERIFY(ComparisonStore::refreshGroups(m_database));
        QCOMPARE(
            count(m_database, QStringLiteral("SELECT COUNT(*) FROM metric_groups WHERE highest = 987654")),
            0);
        verifyMaintained();
    }
};

QTEST_GUILESS_MAIN(TestMetricGroups)
#include "tst_metricgroups.moc"
