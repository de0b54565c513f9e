#include "comparison/ChartNumber.h"

#include <QTest>

using namespace rs;

class TestChartNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scaleFollowsTheLargestValue_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("largest");
        QTest::addColumn<double>("divisor");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("decimals");
        QTest::newRow("below 1万 stays plain")
            << QStringLiteral("人次") << 9116.0 << 1.0 << QStringLiteral("人次") << 0;
        QTest::newRow("1万 and above in 万")
            << QStringLiteral("人次") << 20900.0 << 1e4 << QStringLiteral("万人次") << 2;
        QTest::newRow("tens of 万 keep one place")
            << QStringLiteral("元") << 134100.0 << 1e4 << QStringLiteral("万元") << 1;
        QTest::newRow("hundreds of 万 none")
            << QStringLiteral("元") << 3170000.0 << 1e4 << QStringLiteral("万元") << 0;
        QTest::newRow("亿 from 1亿 on")
            << QStringLiteral("元") << 150000000.0 << 1e8 << QStringLiteral("亿元") << 2;
        QTest::newRow("a unit that says its scale")
            << QStringLiteral("万元") << 20900.0 << 1.0 << QStringLiteral("万元") << 0;
        QTest::newRow("shares") << QStringLiteral("%") << 98.5 << 1.0 << QStringLiteral("%") << 1;
        QTest::newRow("small values") << QStringLiteral("个") << 8.0 << 1.0 << QStringLiteral("个") << 2;
        QTest::newRow("negative by magnitude")
            << QStringLiteral("人") << -25000.0 << 1e4 << QStringLiteral("万人") << 2;
    }

    void scaleFollowsTheLargestValue()
    {
        QFETCH(QString, unit);
        QFETCH(double, largest);
        QFETCH(double, divisor);
        QFETCH(QString, label);
        QFETCH(int, decimals);
        const ChartNumber::Scale scale = ChartNumber::scaleFor(unit, largest);
        QCOMPARE(scale.divisor, divisor);
        QCOMPARE(scale.unitLabel, label);
        QCOMPARE(scale.decimals, decimals);
    }

    void labelsUseTheScaleAndItsDecimals()
    {
        const ChartNumber::Scale scale = ChartNumber::scaleFor(QStringLiteral("人次"), 20900.0);
        QCOMPARE(ChartNumber::format(20900.0, scale), QStringLiteral("2.09"));
        QCOMPARE(ChartNumber::format(9116.0, scale), QStringLiteral("0.91"));
        QCOMPARE(ChartNumber::format(12000.0, scale), QStringLiteral("1.20"));
        QCOMPARE(ChartNumber::format(-0.001, scale), QStringLiteral("0.00")); // never -0.00
        const ChartNumber::Scale plain = ChartNumber::scaleFor(QStringLiteral("人次"), 9116.0);
        QCOMPARE(ChartNumber::format(9116.0, plain), QStringLiteral("9116")); // no grouping, no 万
        QVERIFY(ChartNumber::format(qQNaN(), plain).isEmpty());
    }

    void ticksHaveTheDecimalsOfTheirStep()
    {
        const QVector<double> halves{0.0, 0.5, 1.0, 1.5};
        QCOMPARE(ChartNumber::tick(1.0, halves), QStringLiteral("1"));
        QCOMPARE(ChartNumber::tick(1.5, halves), QStringLiteral("1.5"));
        const QVector<double> thousands{0.0, 2000.0, 4000.0, 10000.0};
        QCOMPARE(ChartNumber::tick(10000.0, thousands), QStringLiteral("10000")); // never 1万 beside 8000
        const QVector<double> quarters{0.0, 0.25, 0.5};
        QCOMPARE(ChartNumber::tick(0.25, quarters), QStringLiteral("0.25"));
    }

    void formatCodesWriteWhatTheLabelsSay()
    {
        QCOMPARE(ChartNumber::formatCode(0), QStringLiteral("0"));
        QCOMPARE(ChartNumber::formatCode(1), QStringLiteral("0.0"));
        QCOMPARE(ChartNumber::formatCode(2), QStringLiteral("0.00"));
    }
};

QTEST_GUILESS_MAIN(TestChartNumber)
#include "tst_chartnumber.moc"
