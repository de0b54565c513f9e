#include "metrics/ReviewOverlay.h"

#include <QTest>

using namespace rs;

namespace {

Metric metricAt(int start, const QString& quote, double value)
{
    Metric m;
    m.start = start;
    m.end = start + int(quote.size());
    m.quote = quote;
    m.value = value;
    m.unit = QStringLiteral("人");
    m.qualifier = Qualifier::Exact;
    return m;
}

MetricReview decide(MetricReview::Decision decision, const Metric& metric, qint64 id)
{
    MetricReview review;
    review.id = id;
    review.articleId = 1;
    review.decision = decision;
    review.metric = metric;
    return review;
}

} // namespace

class TestReviewOverlay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unreviewedRowsAreMachineOutput()
    {
        const auto result = ReviewOverlay::apply(1, {{10, metricAt(5, QStringLiteral("45人"), 45)}}, {});
        QCOMPARE(result.size(), 1);
        QCOMPARE(int(result.first().status), int(ReviewedMetric::Status::Machine));
        QCOMPARE(result.first().machineId, qint64(10));
        QVERIFY(result.first().counts());
    }

    void decisionsApplyToTheirFigure()
    {
        const QVector<ReviewOverlay::MachineRow> machine = {{1, metricAt(5, QStringLiteral("45人"), 45)},
                                                            {2, metricAt(20, QStringLiteral("8场"), 8)},
                                                            {3, metricAt(40, QStringLiteral("3个"), 3)}};
        Metric corrected = machine.at(1).metric;
        corrected.value = 80;
        corrected.unit = QStringLiteral("场次");
        const QVector<MetricReview> reviews = {
            decide(MetricReview::Decision::Confirmed, machine.at(0).metric, 100),
            decide(MetricReview::Decision::Corrected, corrected, 101),
            decide(MetricReview::Decision::Rejected, machine.at(2).metric, 102),
            decide(MetricReview::Decision::Added, metricAt(30, QStringLiteral("近千件"), 1000), 103)};
        const auto result = ReviewOverlay::apply(1, machine, reviews);
        QCOMPARE(result.size(), 4);
        // Ordered by position: 45人 (5), 8场 (20), 近千件 (30), 3个 (40).
        QCOMPARE(int(result.at(0).status), int(ReviewedMetric::Status::Confirmed));
        QCOMPARE(int(result.at(1).status), int(ReviewedMetric::Status::Corrected));
        QCOMPARE(result.at(1).metric.value, 80.0);
        QCOMPARE(result.at(1).metric.unit, QStringLiteral("场次"));
        QCOMPARE(result.at(1).machineId, qint64(2));
        QCOMPARE(int(result.at(2).status), int(ReviewedMetric::Status::Added));
        QCOMPARE(result.at(2).machineId, qint64(0));
        QCOMPARE(int(result.at(3).status), int(ReviewedMetric::Status::Rejected));
        QVERIFY(!result.at(3).counts());
    }

    void decisionFollowsItsQuoteWhenOffsetsMove()
    {
        // The body gained a paragraph before the figure: same quote, new position.
        const QVector<ReviewOverlay::MachineRow> machine = {{7, metricAt(2, QStringLiteral("45人"), 45)},
                                                            {8, metricAt(120, QStringLiteral("45人"), 45)}};
        const auto result = ReviewOverlay::apply(
            1, machine,
            {decide(MetricReview::Decision::Rejected, metricAt(100, QStringLiteral("45人"), 45), 1)});
        QCOMPARE(result.size(), 2);
        QCOMPARE(int(result.at(0).status), int(ReviewedMetric::Status::Machine));
        QCOMPARE(int(result.at(1).status), int(ReviewedMetric::Status::Rejected)); // the nearer one
    }

    void decisionWithoutMachineFigureStaysVisible()
    {
        const Metric gone = metricAt(50, QStringLiteral("99名"), 99);
        const auto result = ReviewOverlay::apply(1, {}, {decide(MetricReview::Decision::Confirmed, gone, 5)});
        QCOMPARE(result.size(), 1);
        QCOMPARE(int(result.first().status), int(ReviewedMetric::Status::Confirmed));
        QCOMPARE(result.first().metric.value, 99.0);
        QCOMPARE(result.first().reviewId, qint64(5));
    }
};

QTEST_GUILESS_MAIN(TestReviewOverlay)
#include "tst_reviewoverlay.moc"
