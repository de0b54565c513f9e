#include "FigureReports.h"
#include "models/MetricReviewer.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/MetricStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

// Each review action leaves exactly one decision per figure, stored apart from machine output. Runs on
// SQLite and, as tst_metricreviewer_postgresql, on PostgreSQL.
class TestMetricReviewer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresTestServer m_server;
    QString m_location;
    Database m_db;
    std::unique_ptr<MetricStore> m_metrics;
    qint64 m_article = 0;

    ReviewedMetric figure(int index) { return m_metrics->reviewedMetrics(m_article).at(index); }

private Q_SLOTS:
    void initTestCase()
    {
        m_location = m_dir.filePath(QStringLiteral("review.sqlite"));
        if (PostgresTestServer::wanted()) {
            if (!PostgresTestServer::skipReason().isEmpty())
                QSKIP(qPrintable(PostgresTestServer::skipReason()));
            QString error;
            m_location = m_server.createDatabase(&error);
            QVERIFY2(!m_location.isEmpty(), qPrintable(error));
        }
        QVERIFY2(m_db.open(m_location), qPrintable(m_db.error()));
        QCOMPARE(m_db.isPostgres(), PostgresTestServer::wanted());
        NewArticle article;
        article.report.body = QStringLiteral("引进博士45人,发放人才政策补贴近1.5亿元。");
        article.report.metadata.title = QStringLiteral("t");
        Metric doctors;
        doctors.start = 4;
        doctors.end = 7;
        doctors.quote = QStringLiteral("45人");
        doctors.value = 45;
        doctors.unit = QStringLiteral("人");
        Metric subsidy;
        subsidy.start = 16;
        subsidy.end = 22;
        subsidy.quote = QStringLiteral("近1.5亿元");
        subsidy.value = 1.5e8;
        subsidy.unit = QStringLiteral("元");
        article.metrics = {doctors, subsidy};
        QString error;
        m_article = storeReportWithFigures(m_db, article, &error);
        QVERIFY2(m_article > 0, qPrintable(error));
        m_metrics = std::make_unique<MetricStore>(m_db);
    }

    void actionsReplaceTheDecision()
    {
        MetricReviewer reviewer(*m_metrics, QStringLiteral("张三"));
        QVERIFY(reviewer.confirm(figure(0)));
        QCOMPARE(int(figure(0).status), int(ReviewedMetric::Status::Confirmed));
        QCOMPARE(m_metrics->reviews(m_article).size(), 1);
        QCOMPARE(m_metrics->reviews(m_article).first().reviewer, QStringLiteral("张三"));

        QVERIFY(reviewer.reject(figure(0)));
        QCOMPARE(int(figure(0).status), int(ReviewedMetric::Status::Rejected));
        QCOMPARE(m_metrics->reviews(m_article).size(), 1);

        Metric corrected = figure(1).metric;
        corrected.value = 1.4e8;
        corrected.key = QStringLiteral("talent_subsidy_amount");
        corrected.start = 0; // the span is the figure's, whatever the editor sent
        QVERIFY(reviewer.correct(figure(1), corrected));
        QCOMPARE(int(figure(1).status), int(ReviewedMetric::Status::Corrected));
        QCOMPARE(figure(1).metric.value, 1.4e8);
        QCOMPARE(figure(1).metric.start, 16);
        QCOMPARE(m_metrics->reviews(m_article).size(), 2);

        QVERIFY(reviewer.clearDecision(figure(0)));
        QCOMPARE(int(figure(0).status), int(ReviewedMetric::Status::Machine));
        // Machine output itself was never touched.
        QCOMPARE(m_metrics->machineRows(m_article).size(), 2);
        QCOMPARE(m_metrics->machineRows(m_article).at(1).metric.value, 1.5e8);
    }

    // A decision the database cannot store comes back false with the reason in the error out-parameter,
    // and the figure keeps the decision it had.
    void aRefusedDecisionSaysWhy()
    {
        // Another program holds the decisions' lock longer than this connection waits for it.
        const bool postgres = m_db.isPostgres();
        Database other;
        QVERIFY(other.open(m_location));
        QVERIFY(QSqlQuery(m_db.connection())
                    .exec(postgres ? QStringLiteral("SET lock_timeout = '10ms'")
                                   : QStringLiteral("PRAGMA busy_timeout = 10")));
        const int reviewsBefore = int(m_metrics->reviews(m_article).size());
        const ReviewedMetric before = figure(0);
        QVERIFY(other.beginWrite());
        if (postgres)
            QVERIFY(QSqlQuery(other.connection())
                        .exec(QStringLiteral("LOCK TABLE metric_reviews IN EXCLUSIVE MODE")));
        MetricReviewer reviewer(*m_metrics, QStringLiteral("张三"));
        QString error;
        QVERIFY(!reviewer.add(m_article, before.metric, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(other.connection().commit());
        QCOMPARE(int(m_metrics->reviews(m_article).size()), reviewsBefore);
        QCOMPARE(int(figure(0).status), int(before.status));
        QVERIFY(QSqlQuery(m_db.connection())
                    .exec(postgres ? QStringLiteral("SET lock_timeout = '5s'")
                                   : QStringLiteral("PRAGMA busy_timeout = 5000")));
    }

    void addedFiguresStayAddedWhenEdited()
    {
        MetricReviewer reviewer(*m_metrics, QString());
        Metric added;
        added.start = 0;
        added.end = 2;
        added.quote = QStringLiteral("引进");
        added.value = 1;
        QVERIFY(reviewer.add(m_article, added));
        const ReviewedMetric first = figure(0);
        QCOMPARE(int(first.status), int(ReviewedMetric::Status::Added));
        Metric edited = first.metric;
        edited.value = 2;
        QVERIFY(reviewer.correct(first, edited));
        QCOMPARE(int(figure(0).status), int(ReviewedMetric::Status::Added));
        QCOMPARE(figure(0).metric.value, 2.0);
        QVERIFY(!MetricReviewer::defaultReviewerName().isEmpty());
    }

    void cleanupTestCase()
    {
        m_metrics.reset();
        m_db.close();
        m_server.dropDatabases();
    }
};

QTEST_GUILESS_MAIN(TestMetricReviewer)
#include "tst_metricreviewer.moc"
