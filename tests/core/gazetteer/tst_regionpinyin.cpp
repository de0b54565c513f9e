#include "gazetteer/Gazetteer.h"
#include "gazetteer/RegionPinyin.h"

#include <QTest>

using namespace rs;

class TestRegionPinyin : public QObject
{
    Q_OBJECT

    static QStringList codes(const QString& pinyin)
    {
        QStringList result;
        for (const Region& region : RegionPinyin::builtin().find(pinyin))
            result.append(region.code);
        return result;
    }

private Q_SLOTS:
    void transliteratesWithOverrides_data()
    {
        QTest::addColumn<QString>("han");
        QTest::addColumn<QString>("pinyin");
        QTest::newRow("jinwan") << QStringLiteral("金湾区") << QStringLiteral("jin wan qu");
        QTest::newRow("xiangqiao") << QStringLiteral("湘桥区") << QStringLiteral("xiang qiao qu");
        QTest::newRow("xiamen") << QStringLiteral("厦门市") << QStringLiteral("xia men shi");
        QTest::newRow("luan") << QStringLiteral("六安市") << QStringLiteral("lu an shi");
        QTest::newRow("bengbu") << QStringLiteral("蚌埠市") << QStringLiteral("beng bu shi");
        QTest::newRow("panyu") << QStringLiteral("番禺区") << QStringLiteral("pan yu qu");
    }

    void transliteratesWithOverrides()
    {
        QFETCH(QString, han);
        QFETCH(QString, pinyin);
        QCOMPARE(RegionPinyin::transliterate(han), pinyin);
    }

    void findsDistrictsByShortOrFullName()
    {
        QCOMPARE(codes(QStringLiteral("jinwan")), QStringList{QStringLiteral("440404")});
        QCOMPARE(codes(QStringLiteral("JinWanQu")), QStringList{QStringLiteral("440404")});
        QCOMPARE(codes(QStringLiteral("xiangqiao")), QStringList{QStringLiteral("445102")});
        QVERIFY(codes(QStringLiteral("xiamen")).contains(QStringLiteral("3502")));
        QVERIFY(codes(QStringLiteral("lu'an")).contains(QStringLiteral("3415")));
        QVERIFY(codes(QStringLiteral("bengbu")).contains(QStringLiteral("3403")));
        QVERIFY(codes(QStringLiteral("panyu")).contains(QStringLiteral("440113")));
        QVERIFY(codes(QStringLiteral("shamen")).isEmpty()); // the wrong reading is not kept
        QVERIFY(codes(QStringLiteral("nowhere")).isEmpty());
        QCOMPARE(RegionPinyin::builtin().names(QStringLiteral("jinwan")),
                 QStringList{QStringLiteral("金湾")});
    }
};

QTEST_GUILESS_MAIN(TestRegionPinyin)
#include "tst_regionpinyin.moc"
