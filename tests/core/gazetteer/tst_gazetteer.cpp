#include "gazetteer/Gazetteer.h"
#include "gazetteer/GazetteerLoader.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>
#include <vector>

using rs::Gazetteer;
using rs::Region;

class TstGazetteer : public QObject
{
    Q_OBJECT

private slots:
    void builtinLoadsAllLevels();
    void builtinIsSharedAcrossThreads();
    void region_data();
    void region();
    void provincesAreTheRootChildren();
    void children_data();
    void children();
    void placeholderCitiesAreDropped();
    void namePath_data();
    void namePath();
    void functionalZones();
    void parentAndContains();
    void loaderRejectsBrokenTables_data();
    void loaderRejectsBrokenTables();
    void loaderReadsADirectory();

private:
    static bool writeTables(const QString& dir, const QString& provinces, const QString& cities,
                            const QString& counties);
};

bool TstGazetteer::writeTables(const QString& dir, const QString& provinces, const QString& cities,
                               const QString& counties)
{
    const QPair<const char*, QString> tables[] = {
        {"provinces.tsv", provinces}, {"cities.tsv", cities}, {"counties.tsv", counties}};
    for (const auto& table : tables) {
        QFile file(dir + QLatin1Char('/') + QLatin1String(table.first));
        if (!file.open(QIODevice::WriteOnly) || file.write(table.second.toUtf8()) < 0)
            return false;
    }
    return true;
}

void TstGazetteer::builtinLoadsAllLevels()
{
    const Gazetteer& g = Gazetteer::builtin();
    QVERIFY(!g.isEmpty());
    int levels[4] = {0, 0, 0, 0};
    for (const Region& r : g.all()) {
        QVERIFY2(r.isValid() && !r.name.isEmpty(), qPrintable(r.code));
        ++levels[int(r.level)];
    }
    QCOMPARE(levels[int(Region::Level::Unknown)], 0);
    QCOMPARE(levels[int(Region::Level::Province)], 31);
    QCOMPARE(levels[int(Region::Level::City)], 333);
    QCOMPARE(levels[int(Region::Level::County)], 2978);
}

void TstGazetteer::builtinIsSharedAcrossThreads()
{
    std::vector<const Gazetteer*> seen(8, nullptr);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < seen.size(); ++i)
        threads.emplace_back([&seen, i] { seen[i] = &Gazetteer::builtin(); });
    for (std::thread& t : threads)
        t.join();
    for (const Gazetteer* g : seen)
        QCOMPARE(g, &Gazetteer::builtin());
}

void TstGazetteer::region_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("provinceCode");
    QTest::addColumn<QString>("cityCode");

    QTest::newRow("county") << "440404"
                            << "金湾区" << int(Region::Level::County) << "44"
                            << "4404";
    QTest::newRow("city") << "4451"
                          << "潮州市" << int(Region::Level::City) << "44"
                          << "4451";
    QTest::newRow("province") << "44"
                              << "广东省" << int(Region::Level::Province) << "44"
                              << "";
    QTest::newRow("municipality district") << "110105"
                                           << "朝阳区" << int(Region::Level::County) << "11"
                                           << "";
    QTest::newRow("province-administered city") << "419001"
                                                << "济源市" << int(Region::Level::County) << "41"
                                                << "";
    QTest::newRow("zero-padded 6") << "440400"
                                   << "珠海市" << int(Region::Level::City) << "44"
                                   << "4404";
    QTest::newRow("zero-padded 12") << "440404000000"
                                    << "金湾区" << int(Region::Level::County) << "44"
                                    << "4404";
    QTest::newRow("province padded") << "440000"
                                     << "广东省" << int(Region::Level::Province) << "44"
                                     << "";
    QTest::newRow("unknown") << "449999"
                             << "" << int(Region::Level::Unknown) << ""
                             << "";
    QTest::newRow("placeholder city") << "1101"
                                      << "" << int(Region::Level::Unknown) << ""
                                      << "";
    QTest::newRow("empty") << ""
                           << "" << int(Region::Level::Unknown) << ""
                           << "";
    QTest::newRow("garbage") << "abcdef"
                             << "" << int(Region::Level::Unknown) << ""
                             << "";
}

void TstGazetteer::region()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(int, level);
    QFETCH(QString, provinceCode);
    QFETCH(QString, cityCode);
    const Region r = Gazetteer::builtin().region(code);
    QCOMPARE(r.isValid(), !name.isEmpty());
    QCOMPARE(r.name, name);
    QCOMPARE(int(r.level), level);
    QCOMPARE(r.provinceCode, provinceCode);
    QCOMPARE(r.cityCode, cityCode);
}

void TstGazetteer::provincesAreTheRootChildren()
{
    const QVector<Region> provinces = Gazetteer::builtin().children(QString());
    QCOMPARE(provinces.size(), 31);
    QSet<QString> names;
    for (const Region& p : provinces) {
        QCOMPARE(p.level, Region::Level::Province);
        names.insert(p.name);
    }
    QVERIFY(names.contains(QStringLiteral("北京市")));
    QVERIFY(names.contains(QStringLiteral("新疆维吾尔自治区")));
    QCOMPARE(provinces.first().code, QStringLiteral("11"));
}

void TstGazetteer::children_data()
{
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("count");

    QTest::newRow("珠海市") << "4404"
                            << QStringList{QStringLiteral("香洲区"), QStringLiteral("斗门区"),
                                           QStringLiteral("金湾区")}
                            << 3;
    QTest::newRow("padded 珠海市") << "440400"
                                   << QStringList{QStringLiteral("香洲区"), QStringLiteral("斗门区"),
                                                  QStringLiteral("金湾区")}
                                   << 3;
    QTest::newRow("北京市 skips 市辖区")
        << "11" << QStringList{QStringLiteral("东城区"), QStringLiteral("朝阳区"), QStringLiteral("延庆区")}
        << 16;
    QTest::newRow("重庆市 merges 市辖区 and 县")
        << "50" << QStringList{QStringLiteral("渝中区"), QStringLiteral("城口县")} << 38;
    QTest::newRow("county has none") << "440404" << QStringList{} << 0;
    QTest::newRow("unknown") << "99" << QStringList{} << 0;
}

void TstGazetteer::children()
{
    QFETCH(QString, parent);
    QFETCH(QStringList, expected);
    QFETCH(int, count);
    const QVector<Region> kids = Gazetteer::builtin().children(parent);
    QCOMPARE(kids.size(), count);
    QStringList names;
    for (const Region& r : kids)
        names.append(r.name);
    for (const QString& name : expected)
        QVERIFY2(names.contains(name), qPrintable(name));
}

void TstGazetteer::placeholderCitiesAreDropped()
{
    for (const Region& r : Gazetteer::builtin().all()) {
        QVERIFY2(r.name != QLatin1String("市辖区") && r.name != QLatin1String("县") &&
                     !r.name.contains(QLatin1String("直辖县级行政区划")),
                 qPrintable(r.code));
    }
}

void TstGazetteer::namePath_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("path");

    QTest::newRow("金湾区") << "440404"
                            << QStringList{QStringLiteral("广东省"), QStringLiteral("珠海市"),
                                           QStringLiteral("金湾区")};
    QTest::newRow("北京 朝阳区") << "110105"
                                 << QStringList{QStringLiteral("北京市"), QStringLiteral("朝阳区")};
    QTest::newRow("长春 朝阳区") << "220104"
                                 << QStringList{QStringLiteral("吉林省"), QStringLiteral("长春市"),
                                                QStringLiteral("朝阳区")};
    QTest::newRow("重庆 城口县") << "500229"
                                 << QStringList{QStringLiteral("重庆市"), QStringLiteral("城口县")};
    QTest::newRow("济源市") << "419001" << QStringList{QStringLiteral("河南省"), QStringLiteral("济源市")};
    QTest::newRow("city") << "4451" << QStringList{QStringLiteral("广东省"), QStringLiteral("潮州市")};
    QTest::newRow("province") << "44" << QStringList{QStringLiteral("广东省")};
    QTest::newRow("unknown") << "123456" << QStringList{};
}

void TstGazetteer::namePath()
{
    QFETCH(QString, code);
    QFETCH(QStringList, path);
    QCOMPARE(Gazetteer::builtin().namePath(code), path);
}

void TstGazetteer::functionalZones()
{
    const Gazetteer& g = Gazetteer::builtin();
    int zones = 0;
    for (const Region& r : g.all()) {
        if (r.isFunctionalZone) {
            ++zones;
            QCOMPARE(r.level, Region::Level::County);
        }
    }
    QCOMPARE(zones, 124);
    QVERIFY(g.region(QStringLiteral("220172")).isFunctionalZone); // 长春净月高新技术产业开发区
    QVERIFY(g.region(QStringLiteral("130171")).isFunctionalZone); // 石家庄高新技术产业开发区
    // Real districts named 新区 are ordinary divisions, not zones.
    QVERIFY(!g.region(QStringLiteral("120116")).isFunctionalZone); // 滨海新区
    QVERIFY(!g.region(QStringLiteral("310115")).isFunctionalZone); // 浦东新区
    QVERIFY(!g.region(QStringLiteral("440404")).isFunctionalZone);
}

void TstGazetteer::parentAndContains()
{
    const Gazetteer& g = Gazetteer::builtin();
    QCOMPARE(g.parent(QStringLiteral("440404")).code, QStringLiteral("4404"));
    QCOMPARE(g.parent(QStringLiteral("4404")).code, QStringLiteral("44"));
    QCOMPARE(g.parent(QStringLiteral("110105")).code, QStringLiteral("11"));
    QVERIFY(!g.parent(QStringLiteral("44")).isValid());
    QVERIFY(g.contains(QStringLiteral("44"), QStringLiteral("440404")));
    QVERIFY(g.contains(QStringLiteral("4404"), QStringLiteral("440404")));
    QVERIFY(g.contains(QStringLiteral("440404"), QStringLiteral("440404")));
    QVERIFY(!g.contains(QStringLiteral("4451"), QStringLiteral("440404")));
    QVERIFY(!g.contains(QStringLiteral("440404"), QStringLiteral("4404")));
    QVERIFY(!g.contains(QStringLiteral("11"), QStringLiteral("220104")));
}

void TstGazetteer::loaderRejectsBrokenTables_data()
{
    QTest::addColumn<QString>("provinces");
    QTest::addColumn<QString>("cities");
    QTest::addColumn<QString>("counties");

    const QString p = QStringLiteral("# header\n44\t广东省\t\t0\n");
    const QString c = QStringLiteral("4404\t珠海市\t44\t0\n");
    QTest::newRow("missing field") << p << QStringLiteral("4404\t珠海市\t44\n") << QString();
    QTest::newRow("unknown parent") << p << QStringLiteral("4504\t梧州市\t45\t0\n") << QString();
    QTest::newRow("parent not a prefix") << p << c << QStringLiteral("450404\t金湾区\t4404\t0\n");
    QTest::newRow("bad code length") << p << c << QStringLiteral("44040\t金湾区\t4404\t0\n");
    QTest::newRow("duplicate") << p << c + c << QString();
    QTest::newRow("province with parent") << QStringLiteral("44\t广东省\t11\t0\n") << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TstGazetteer::loaderRejectsBrokenTables()
{
    QFETCH(QString, provinces);
    QFETCH(QString, cities);
    QFETCH(QString, counties);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeTables(dir.path(), provinces, cities, counties));
    Gazetteer g;
    QString error;
    QVERIFY(!rs::GazetteerLoader::loadDirectory(g, dir.path(), &error));
    QVERIFY(!error.isEmpty());
}

void TstGazetteer::loaderReadsADirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeTables(
        dir.path(), QStringLiteral("# columns\n44\t广东省\t\t0\n11\t北京市\t\t0\n"),
        QStringLiteral("4404\t珠海市\t44\t0\n"),
        QStringLiteral("440404\t金湾区\t4404\t0\n110105\t朝阳区\t11\t0\n440471\t某开发区\t4404\t1\n")));
    Gazetteer g;
    QString error;
    QVERIFY2(rs::GazetteerLoader::loadDirectory(g, dir.path(), &error), qPrintable(error));
    QCOMPARE(g.all().size(), 6);
    QCOMPARE(g.namePath(QStringLiteral("440404")),
             (QStringList{QStringLiteral("广东省"), QStringLiteral("珠海市"), QStringLiteral("金湾区")}));
    QCOMPARE(g.namePath(QStringLiteral("110105")),
             (QStringList{QStringLiteral("北京市"), QStringLiteral("朝阳区")}));
    QVERIFY(g.region(QStringLiteral("440471")).isFunctionalZone);
    QCOMPARE(g.children(QString()).size(), 2);
    QVERIFY(!rs::GazetteerLoader::loadDirectory(g, dir.path() + QStringLiteral("/missing"), &error));
    QVERIFY(g.isEmpty());
}

QTEST_GUILESS_MAIN(TstGazetteer)
#include "tst_gazetteer.moc"
