#include "models/MetricReviewer.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/MetricStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

// Each review action leaves exactly one decision per figure, stored apart from machine output.
class TestMetricReviewer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<MetricStore> m_metrics;
    qint64 m_article = 0;

    ReviewedMetric figure(int index) { return m_metrics->reviewedMetrics(m_article).at(index); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_db.openSqlite(m_dir.filePath(QStringLiteral("review.sqlite"))));
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
        m_article = ArticleStore(m_db).insert(article).id;
        QVERIFY(m_article > 0);
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
        Database other;
        QVERIFY(other.openSqlite(m_dir.filePath(QStringLiteral("review.sqlite"))));
        QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA busy_timeout = 10"));
        const int reviewsBefore = int(m_metrics->reviews(m_article).size());
        const ReviewedMetric before = figure(0);
        QVERIFY(other.beginWrite());
        MetricReviewer reviewer(*m_metrics, QStringLiteral("张三"));
        QString error;
        QVERIFY(!reviewer.add(m_article, before.metric, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(other.connection().commit());
        QCOMPARE(int(m_metrics->reviews(m_article).size()), reviewsBefore);
        QCOMPARE(int(figure(0).status), int(before.status));
        QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
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
};

QTEST_GUILESS_MAIN(TestMetricReviewer)
#include "tst_metricreviewer.moc"
