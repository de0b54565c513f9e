// Compare Metrics' store (ComparisonStore) gives the same rows on both engines for the same figures: the
// summaries per key and region (latest year, one year, each year), the coverage, the drill-down and the
// figures left out, read from fresh groups and from stale ones alike; and after a report moves to another
// region or date, and after decisions on its figures (confirmed, corrected, rejected). Runs on SQLite and,
// as tst_comparisonstore_postgresql, on PostgreSQL: both runs assert the same rows.
#include "PostgresTestServer.h"
#include "domain/MetricReview.h"
#include "storage/ArticleStore.h"
#include "storage/ComparisonSql.h"
#include "storage/ComparisonStore.h"
#include "storage/Database.h"
#include "storage/MetricStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;
using namespace Qt::StringLiterals;

namespace {

const QHash<QString, QString> usualUnits{{u"gdp"_s, u"亿元"_s}, {u"firms"_s, u"家"_s}};

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

QStringList summaryRows(const QVector<RegionFigureSummary>& summaries)
{
    QStringList rows;
    for (const RegionFigureSummary& s : summaries) {
        const ReviewedMetric& f = s.shown.figure;
        rows.append(QStringList{s.key, s.regionCode, QString::number(s.figures),
                                QString::number(s.candidates), QString::number(s.reports), number(s.lowest),
                                number(s.highest), QString::number(f.articleId), number(f.metric.value),
                                f.metric.unit, f.metric.period, ReviewedMetric::statusName(f.status),
                                QString::number(s.exclusion), s.shown.published.toString(Qt::ISODate)}
                        .join(u'|'));
    }
    return rows;
}

struct Figure
{
    QString key;
    double value;
    QString unit;
    QString period;
    bool cap = false;
    bool target = false;
};

} // namespace

class TestComparisonStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresTestServer m_server;
    Database m_database;
    QHash<QString, qint64> m_reports; // by title

    // A report with its figures, stored with SQL both engines take (the import is not the subject).
    void addReport(const QString& title, const QString& region, const QDate& published,
                   const QVector<Figure>& figures)
    {
        NewArticle article;
        QString body = title + u"。"_s;
        for (const Figure& figure : figures)
            body += u"%1%2。"_s.arg(number(figure.value), figure.unit);
        article.report.body = body;
        article.report.metadata.title = title;
        article.report.metadata.publishedOn = published;
        article.regionCode = region;
        QString error;
        const qint64 id = PostgresTestServer::insertReport(m_database, article, &error);
        QVERIFY2(id > 0, qPrintable(error));
        m_reports.insert(title, id);
        QSqlQuery insert(m_database.connection());
        QVERIFY(insert.prepare(
            u"INSERT INTO metrics (article_id, start_offset, end_offset, quote, value, unit, qualifier,"
            " metric_key, period, is_target, region_code, published_on) SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " COALESCE(region_code, ''), COALESCE(published_on, '') FROM articles WHERE id = ?"_s));
        int start = int(title.size()) + 1;
        for (const Figure& figure : figures) {
            const QString quote = number(figure.value) + figure.unit;
            insert.addBindValue(start);
            insert.addBindValue(start + int(quote.size()));
            insert.addBindValue(quote);
            insert.addBindValue(figure.value);
            insert.addBindValue(figure.unit);
            insert.addBindValue(figure.cap ? u"max"_s : u"exact"_s);
            insert.addBindValue(figure.key);
            insert.addBindValue(figure.period.isEmpty() ? QVariant() : QVariant(figure.period));
            insert.addBindValue(figure.target ? 1 : 0);
            insert.addBindValue(id);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            start += int(quote.size()) + 1;
        }
    }

    int count(const QString& sql)
    {
        QSqlQuery query(m_database.connection());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

    QStringList summaries(const FigureScope& scope, const QString& period)
    {
        QString error;
        const QVector<RegionFigureSummary> rows =
            ComparisonStore(m_database).summaries(scope, period, usualUnits, &error);
        if (!error.isEmpty())
            return {error};
        return summaryRows(rows);
    }

    QStringList byPeriod(const FigureScope& scope)
    {
        QString error;
        const QVector<RegionFigureSummary> rows =
            ComparisonStore(m_database).summariesByPeriod(scope, usualUnits, &error);
        if (!error.isEmpty())
            return {error};
        return summaryRows(rows);
    }

    QStringList coverage(const FigureScope& scope)
    {
        QString error;
        const ComparisonStore::Coverage covered = ComparisonStore(m_database).coverage(scope, &error);
        QStringList rows;
        if (!error.isEmpty())
            rows.append(error);
        for (const ComparisonStore::PeriodCoverage& period : covered.periods)
            rows.append(u"period %1 %2"_s.arg(period.period).arg(period.regions));
        for (const ComparisonStore::UnitCount& unit : covered.units)
            rows.append(u"unit %1 %2 %3"_s.arg(unit.key, unit.unit).arg(unit.figures));
        return rows;
    }

    QStringList drillDown(const FigureScope& scope, const QString& period)
    {
        QString error;
        QStringList rows;
        for (const ScopedFigure& f : ComparisonStore(m_database).figures(scope, period, &error)) {
            rows.append(QStringList{QString::number(f.figure.articleId), f.regionCode, f.reportTitle,
                                    f.figure.metric.key, number(f.figure.metric.value), f.figure.metric.unit,
                                    f.figure.metric.period, ReviewedMetric::statusName(f.figure.status)}
                            .join(u'|'));
        }
        if (!error.isEmpty())
            rows.append(error);
        return rows;
    }

    QStringList leftOut(const FigureScope& scope, const QString& period)
    {
        QString error;
        const QHash<QString, FiguresLeftOut> counts =
            ComparisonStore(m_database).leftOut(scope, period, usualUnits, &error);
        QStringList rows;
        if (!error.isEmpty())
            rows.append(error);
        QStringList keys = counts.keys();
        keys.sort();
        for (const QString& key : keys) {
            const FiguresLeftOut& c = counts.value(key);
            rows.append(u"%1 %2 %3 %4 %5 %6"_s.arg(key)
                            .arg(c.noRegion)
                            .arg(c.noYear)
                            .arg(c.targets)
                            .arg(c.otherUnit)
                            .arg(c.otherPeriod));
        }
        return rows;
    }

    // Every read of the comparison, for the checks that the stale and fresh groups agree.
    QStringList everything()
    {
        FigureScope all;
        all.keys = QStringList{u"gdp"_s, u"firms"_s};
        FigureScope guangdong = all;
        guangdong.regionPrefixes = QStringList{u"44"_s};
        guangdong.includeTargets = true;
        return summaries(all, u"latest"_s) + summaries(all, u"2023"_s) + summaries(guangdong, u"2022"_s) +
               byPeriod(all) + coverage(all) + leftOut(all, u"latest"_s) + drillDown(guangdong, QString());
    }

    void verifyStaleAndFreshAgree()
    {
        const QStringList stale = everything();
        QVERIFY(ComparisonStore::refreshGroups(m_database));
        QCOMPARE(count(u"SELECT COUNT(*) FROM metric_groups_stale"_s), 0);
        QVERIFY(count(u"SELECT COUNT(*) FROM metric_groups"_s) > 0);
        QCOMPARE(everything(), stale);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString location = m_dir.filePath(u"compare.sqlite"_s);
        if (PostgresTestServer::wanted()) {
            if (!PostgresTestServer::skipReason().isEmpty())
                QSKIP(qPrintable(PostgresTestServer::skipReason()));
            QString error;
            location = m_server.createDatabase(&error);
            QVERIFY2(!location.isEmpty(), qPrintable(error));
        }
        QVERIFY2(m_database.open(location), qPrintable(m_database.error()));
        QCOMPARE(m_database.isPostgres(), PostgresTestServer::wanted());
        // Ties and gaps of the pick rule: equal dates (the larger value, then the lower id), a cap
        // (counted, never picked), another unit, a report without a date, targets, no region.
        addReport(u"金湾区2023年工作报告"_s, u"440404"_s, QDate(2023, 3, 1),
                  {{u"gdp"_s, 100, u"亿元"_s, u"2022"_s},
                   {u"gdp"_s, 120, u"亿元"_s, u"2022"_s, true},
                   {u"firms"_s, 30, u"家"_s, u"2022"_s}});
        addReport(u"金湾区2024年工作报告"_s, u"440404"_s, QDate(2024, 3, 1),
                  {{u"gdp"_s, 110, u"亿元"_s, u"2022"_s},
                   {u"gdp"_s, 130, u"亿元"_s, u"2023"_s},
                   {u"gdp"_s, 150, u"亿元"_s, u"2024"_s, false, true}});
        addReport(u"湘桥区2024年工作报告"_s, u"445102"_s, QDate(2024, 2, 1),
                  {{u"gdp"_s, 50, u"万元"_s, u"2023"_s}, {u"gdp"_s, 55, u"亿元"_s, u"2023"_s}});
        addReport(u"湘桥区通报"_s, u"445102"_s, QDate(2024, 2, 1),
                  {{u"gdp"_s, 57, u"亿元"_s, u"2023"_s}, {u"firms"_s, 12, u"家"_s, u"2023"_s, true}});
        addReport(u"兰溪市公报"_s, u"330782"_s, QDate(),
                  {{u"gdp"_s, 70, u"亿元"_s, u"2023"_s}, {u"gdp"_s, 65, u"亿元"_s, QString()}});
        addReport(u"无地区的报告"_s, QString(), QDate(2024, 1, 1), {{u"gdp"_s, 10, u"亿元"_s, u"2023"_s}});
        QVERIFY(count(u"SELECT COUNT(*) FROM metric_groups_stale"_s) > 0); // the insert triggers marked them
    }

    void cleanupTestCase()
    {
        m_database.close();
        m_server.dropDatabases();
    }

    void summariesOfTheLatestYear()
    {
        FigureScope scope;
        scope.keys = QStringList{u"gdp"_s, u"firms"_s};
        const QStringList expected{
            u"firms|440404|1|1|1|30|30|1|30|家|2022|machine|0|2023-03-01"_s,
            u"firms|445102|1|0|0|0|0|4|12|家|2023|machine|2|2024-02-01"_s, // a cap: shown, not charted
            u"gdp|330782|1|1|1|70|70|5|70|亿元|2023|machine|0|"_s,
            u"gdp|440404|1|1|1|130|130|2|130|亿元|2023|machine|0|2024-03-01"_s,
            u"gdp|445102|3|2|2|55|57|4|57|亿元|2023|machine|0|2024-02-01"_s,
        };
        QCOMPARE(summaries(scope, u"latest"_s), expected);
        verifyStaleAndFreshAgree();
        QCOMPARE(summaries(scope, u"latest"_s), expected);
    }

    void summariesOfOneYearWithTargets()
    {
        FigureScope scope;
        scope.keys = QStringList{u"gdp"_s};
        scope.regionPrefixes = QStringList{u"44"_s};
        scope.includeTargets = true;
        QCOMPARE(summaries(scope, u"2022"_s),
                 (QStringList{u"gdp|440404|3|2|2|100|110|2|110|亿元|2022|machine|0|2024-03-01"_s}));
        QCOMPARE(summaries(scope, u"2024"_s),
                 (QStringList{u"gdp|440404|1|1|1|150|150|2|150|亿元|2024|machine|0|2024-03-01"_s}));
    }

    void coverageAndLeftOut()
    {
        FigureScope scope;
        scope.keys = QStringList{u"gdp"_s, u"firms"_s};
        QCOMPARE(coverage(scope), (QStringList{u"period 2023 3"_s, u"period 2022 1"_s, u"unit firms 家 2"_s,
                                               u"unit gdp 万元 1"_s, u"unit gdp 亿元 8"_s}));
        QCOMPARE(leftOut(scope, u"latest"_s), (QStringList{u"firms 0 0 0 0 0"_s, u"gdp 1 1 1 1 0"_s}));
    }

    // A report moved to another region and date takes its figures along on both engines.
    void aReportMovesWithItsFigures()
    {
        const qint64 report = m_reports.value(u"兰溪市公报"_s);
        QSqlQuery move(m_database.connection());
        QVERIFY(move.prepare(u"UPDATE articles SET region_code = ?, published_on = ? WHERE id = ?"_s));
        move.addBindValue(u"440404"_s);
        move.addBindValue(u"2025-01-01"_s);
        move.addBindValue(report);
        QVERIFY2(move.exec(), qPrintable(move.lastError().text()));
        QCOMPARE(count(u"SELECT COUNT(*) FROM metrics WHERE article_id = %1 AND region_code = '440404'"
                       " AND published_on = '2025-01-01'"_s.arg(report)),
                 2);
        QVERIFY(count(u"SELECT COUNT(*) FROM metric_groups_stale"_s) > 0);
        FigureScope scope;
        scope.keys = QStringList{u"gdp"_s};
        const QStringList expected{
            u"gdp|440404|2|2|2|70|130|5|70|亿元|2023|machine|0|2025-01-01"_s,
            u"gdp|445102|3|2|2|55|57|4|57|亿元|2023|machine|0|2024-02-01"_s,
        };
        QCOMPARE(summaries(scope, u"latest"_s), expected);
        verifyStaleAndFreshAgree();
        QCOMPARE(summaries(scope, u"latest"_s), expected);
    }

    // Decisions: a confirmed figure is shown before any other, a corrected one with its new value, a
    // rejected one is gone; the groups leave the reviewed reports to the overlay.
    void decisionsOnFigures()
    {
        MetricStore store(m_database);
        const auto decide = [&](const QString& title, double value, MetricReview::Decision decision,
                                double corrected) {
            const qint64 report = m_reports.value(title);
            for (const ReviewedMetric& figure : store.reviewedMetrics(report)) {
                if (figure.metric.value != value)
                    continue;
                MetricReview review;
                review.articleId = report;
                review.decision = decision;
                review.metric = figure.metric;
                review.metric.value = corrected;
                review.reviewer = u"lead"_s;
                QString error;
                return store.addReview(review, &error) > 0 || (qWarning() << error, false);
            }
            return false;
        };
        QVERIFY(decide(u"湘桥区2024年工作报告"_s, 55, MetricReview::Decision::Confirmed, 55));
        QVERIFY(decide(u"湘桥区通报"_s, 57, MetricReview::Decision::Rejected, 57));
        QVERIFY(decide(u"金湾区2024年工作报告"_s, 130, MetricReview::Decision::Corrected, 135));
        FigureScope scope;
        scope.keys = QStringList{u"gdp"_s};
        const QStringList expected{
            u"gdp|440404|2|2|2|70|135|2|135|亿元|2023|corrected|0|2024-03-01"_s,
            u"gdp|445102|2|1|1|55|55|3|55|亿元|2023|confirmed|0|2024-02-01"_s,
        };
        QCOMPARE(summaries(scope, u"latest"_s), expected);
        QCOMPARE(drillDown(scope, u"2023"_s),
                 (QStringList{u"2|440404|金湾区2024年工作报告|gdp|135|亿元|2023|corrected"_s,
                              u"3|445102|湘桥区2024年工作报告|gdp|50|万元|2023|machine"_s,
                              u"3|445102|湘桥区2024年工作报告|gdp|55|亿元|2023|confirmed"_s,
                              u"5|440404|兰溪市公报|gdp|70|亿元|2023|machine"_s}));
        verifyStaleAndFreshAgree();
        QCOMPARE(summaries(scope, u"latest"_s), expected);
    }

    // An import batch's sums merge into a stored group (ComparisonSql::addToGroups, MetricGroupBatch):
    // counts add up, the extremes widen, the first report is the lower id, and the pick is the more
    // recent report (then the larger value, then the lower id).
    void batchSumsMergeIntoAGroup()
    {
        const auto add = [&](const QVariantList& row) {
            QSqlQuery insert(m_database.connection());
            if (!insert.prepare(ComparisonSql::addToGroups(1, m_database.isPostgres())))
                return insert.lastError().text();
            for (const QVariant& value : row)
                insert.addBindValue(value);
            return insert.exec() ? QString() : insert.lastError().text();
        };
        const QString key = u"batch_only"_s;
        QCOMPARE(add({key, u"440404"_s, u"2023"_s, u"亿元"_s, 0, 3, 1, 2, 10.0, 20.0, 7, 7, u"2024-01-01"_s,
                      20.0}),
                 QString());
        QCOMPARE(
            add({key, u"440404"_s, u"2023"_s, u"亿元"_s, 0, 2, 0, 1, 5.0, 5.0, 9, 9, u"2024-01-01"_s, 25.0}),
            QString());
        QCOMPARE(add({key, u"440404"_s, u"2023"_s, u"亿元"_s, 0, 1, 1, 0, QVariant(), QVariant(), 3,
                      QVariant(), QVariant(), QVariant()}),
                 QString());
        QSqlQuery query(m_database.connection());
        QVERIFY(
            query.exec(u"SELECT figures, capped, reports, lowest, highest, first_report, pick_report,"
                       " pick_published, pick_value FROM metric_groups WHERE metric_key = 'batch_only'"_s));
        QVERIFY(query.next());
        QStringList fields;
        for (int i = 0; i < 9; ++i)
            fields.append(query.value(i).toString());
        QCOMPARE(fields.join(u'|'), u"6|2|3|5|20|3|9|2024-01-01|25"_s);
        QVERIFY(!query.next());
    }
};

QTEST_GUILESS_MAIN(TestComparisonStore)
#include "tst_comparisonstore.moc"
