#include "export/XlsxSheetNames.h"

#include <QTest>

using namespace rs;

class TestXlsxSheetNames : public QObject
{
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<QString>("expected");
        QTest::newRow("chinese") << QStringLiteral("人才政策补贴 (2022)")
                                 << QStringLiteral("人才政策补贴 (2022)");
        QTest::newRow("forbidden") << QStringLiteral("补贴[万元]: 2022/2023?*\\")
                                   << QStringLiteral("补贴_万元__ 2022_2023___");
        QTest::newRow("apostrophes") << QStringLiteral("'引用'") << QStringLiteral("引用");
        QTest::newRow("empty") << QString() << QStringLiteral("Sheet");
        QTest::newRow("only apostrophe") << QStringLiteral("'") << QStringLiteral("Sheet");
        QTest::newRow("reserved") << QStringLiteral("history") << QStringLiteral("history_");
        QTest::newRow("control") << QStringLiteral("a\tb") << QStringLiteral("a_b");
    }

    void valid()
    {
        QFETCH(QString, wanted);
        QFETCH(QString, expected);
        QCOMPARE(XlsxSheetNames::valid(wanted), expected);
    }

    void longNamesAreCut()
    {
        const QString wanted =
            QStringLiteral("广东省珠海市金湾区人才政策补贴与干部培训人次对比二零二二年度数据汇总表");
        const QString name = XlsxSheetNames::valid(wanted);
        QCOMPARE(name.size(), 31);
        QVERIFY(wanted.startsWith(name));
        // A character outside the BMP counts as one and is never split.
        const QString emoji = QString(30, QLatin1Char('a')) + QStringLiteral("😀😀");
        QCOMPARE(XlsxSheetNames::valid(emoji), QString(30, QLatin1Char('a')) + QStringLiteral("😀"));
    }

    void uniqueIgnoringCase()
    {
        XlsxSheetNames names;
        QCOMPARE(names.add(QStringLiteral("Data")), QStringLiteral("Data"));
        QCOMPARE(names.add(QStringLiteral("data")), QStringLiteral("data (2)"));
        QCOMPARE(names.add(QStringLiteral("DATA")), QStringLiteral("DATA (3)"));
        const QString longName(40, QChar(u'补'));
        const QString first = names.add(longName);
        const QString second = names.add(longName);
        QCOMPARE(first.size(), 31);
        QCOMPARE(second.size(), 31);
        QVERIFY(second.endsWith(QStringLiteral(" (2)")));
        QVERIFY(first != second);
    }
};

QTEST_GUILESS_MAIN(TestXlsxSheetNames)
#include "tst_xlsxsheetnames.moc"
