#include "comparison/CompactNumber.h"

#include <QTest>

using namespace rs;

class TestCompactNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("yi") << 150000000.0 << QStringLiteral("1.5亿");
        QTest::newRow("wan with digits") << 134100.0 << QStringLiteral("13.41万");
        QTest::newRow("one wan") << 10000.0 << QStringLiteral("1万");
        QTest::newRow("below wan") << 4998.0 << QStringLiteral("4998");
        QTest::newRow("fraction") << 1.5 << QStringLiteral("1.5");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0");
        QTest::newRow("negative") << -25000.0 << QStringLiteral("-2.5万");
        QTest::newRow("wan yi") << 3.2e12 << QStringLiteral("3.2万亿");
    }
    void formats()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(CompactNumber::format(value), expected);
    }

    void precisionIsAdjustable()
    {
        QCOMPARE(CompactNumber::format(134100.0, 3), QStringLiteral("13.4万"));
        QCOMPARE(CompactNumber::format(123456.0, 5), QStringLiteral("12.346万"));
    }
};

QTEST_GUILESS_MAIN(TestCompactNumber)
#include "tst_compactnumber.moc"
