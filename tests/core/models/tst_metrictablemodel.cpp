#include "metrics/Taxonomy.h"
#include "models/MetricTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace rs;

class TestMetricTableModel : public QObject
{
    Q_OBJECT

    static ReviewedMetric figure(const QString& quote, double value, const QString& key,
                                 ReviewedMetric::Status status)
    {
        ReviewedMetric r;
        r.metric.quote = quote;
        r.metric.start = 10;
        r.metric.end = 10 + int(quote.size());
        r.metric.value = value;
        r.metric.unit = QStringLiteral("元");
        r.metric.qualifier = Qualifier::AtMost;
        r.metric.key = key;
        r.metric.period = QStringLiteral("2022");
        r.status = status;
        return r;
    }

private Q_SLOTS:
    void passesModelTester()
    {
        MetricTableModel model(Taxonomy::builtin());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMetrics({figure(QStringLiteral("近1.5亿元"), 1.5e8, QStringLiteral("talent_subsidy_amount"),
                                 ReviewedMetric::Status::Machine)});
        model.setMetrics({});
    }

    void showsValuesKeysAndStatus()
    {
        MetricTableModel model(Taxonomy::builtin());
        ReviewedMetric range =
            figure(QStringLiteral("3-5万元"), 30000, QString(), ReviewedMetric::Status::Added);
        range.metric.qualifier = Qualifier::Range;
        range.metric.low = 30000;
        range.metric.high = 50000;
        model.setMetrics({figure(QStringLiteral("近1.5亿元"), 1.5e8, QStringLiteral("talent_subsidy_amount"),
                                 ReviewedMetric::Status::Rejected),
                          range});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, MetricTableModel::QuoteColumn).data().toString(),
                 QStringLiteral("近1.5亿元"));
        QCOMPARE(model.index(0, MetricTableModel::ValueColumn).data().toString().remove(QLatin1Char(',')),
                 QStringLiteral("150000000"));
        // The qualifier reads once, in words (not "≤ at most").
        QCOMPARE(model.index(0, MetricTableModel::QualifierColumn).data().toString(),
                 QStringLiteral("at most"));
        QCOMPARE(model.index(0, MetricTableModel::KeyColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("talent_subsidy_amount"));
        QVERIFY(!model.index(0, MetricTableModel::KeyColumn).data().toString().isEmpty());
        QCOMPARE(model.index(0, MetricTableModel::StatusColumn).data().toString(),
                 QStringLiteral("rejected"));
        QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().strikeOut());
        QCOMPARE(model.index(1, MetricTableModel::ValueColumn).data().toString().remove(QLatin1Char(',')),
                 QStringLiteral("30000–50000"));
        QCOMPARE(model.index(1, 0).data(MetricTableModel::StartRole).toInt(), 10);
    }
};

QTEST_GUILESS_MAIN(TestMetricTableModel)
#include "tst_metrictablemodel.moc"
