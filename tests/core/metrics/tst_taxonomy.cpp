#include "metrics/MetricExtractor.h"
#include "metrics/Taxonomy.h"
#include "metrics/TaxonomyFile.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace rs;

class TestTaxonomy : public QObject
{
    Q_OBJECT

private slots:
    void builtinCoversGoldKeys_data();
    void builtinCoversGoldKeys();
    void userFileReplacesBuiltin();
    void invalidFileGivesEmptyTaxonomy();
    void correctionTeachesACue();
    void badCueLeavesTheFileAsItWas();
};

void TestTaxonomy::builtinCoversGoldKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("family");
    const char* const keys[][2] = {
        {"cadre_training_attendance", "count_people"},
        {"training_sessions", "count_sessions"},
        {"talent_subsidy_amount", "money"},
        {"high_level_talent", "count_people"},
        {"talent_count", "count_people"},
        {"skilled_talent", "count_people"},
        {"research_workstations", "count_units"},
        {"party_organizations", "count_units"},
        {"party_members", "count_people"},
        {"service_stations", "count_units"},
        {"enterprises", "count_units"},
        {"people_served", "count_people"},
        {"growth_rate", "percent"},
        {"share_rate", "percent"},
        {"events", "count_sessions"},
    };
    for (const auto& k : keys)
        QTest::newRow(k[0]) << QString::fromLatin1(k[0]) << QString::fromLatin1(k[1]);
}

void TestTaxonomy::builtinCoversGoldKeys()
{
    QFETCH(QString, key);
    QFETCH(QString, family);
    const Taxonomy& t = Taxonomy::builtin();
    const Taxonomy::Entry* e = t.entry(key);
    QVERIFY2(e, qPrintable(key));
    QCOMPARE(e->family, family);
    QVERIFY(!e->zh.isEmpty());
    QVERIFY(!e->en.isEmpty());
    QVERIFY(!e->cues.isEmpty());
    QVERIFY(!e->units.isEmpty());
}

void TestTaxonomy::userFileReplacesBuiltin()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("taxonomy.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"keys": [{"key": "volunteers", "zh": "志愿者", "en": "Volunteers", "family": "count_people",
                "units": ["名", "人"], "cues": ["志愿者"]}]})");
    f.close();
    QString error;
    const Taxonomy custom = Taxonomy::loadFromFile(path, &error);
    QVERIFY2(!custom.isEmpty(), qPrintable(error));
    QCOMPARE(custom.entries().size(), 1);
    const MetricExtractor extractor(custom);
    const QVector<Metric> got = extractor.extract(QStringLiteral("招募志愿者320名,引进博士45人。"));
    QCOMPARE(got.size(), 2);
    QCOMPARE(got[0].key, QStringLiteral("volunteers"));
    QCOMPARE(got[1].key, QString()); // talent_count is not in the user's taxonomy
}

void TestTaxonomy::invalidFileGivesEmptyTaxonomy()
{
    QString error;
    QVERIFY(Taxonomy::loadFromFile(QStringLiteral("/nonexistent/taxonomy.json"), &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(Taxonomy::fromJson("{not json", &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestTaxonomy::correctionTeachesACue()
{
    const QString sentence = QStringLiteral("全年遴选青苗48名。");
    const QVector<Metric> before = MetricExtractor(Taxonomy::builtin()).extract(sentence);
    QCOMPARE(before.size(), 1);
    QCOMPARE(before.first().key, QString()); // the built-in taxonomy does not know 青苗

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data/taxonomy.json"));
    QString error;
    QVERIFY2(TaxonomyFile::addCue(path, QStringLiteral("talent_count"), QStringLiteral("青苗"), &error),
             qPrintable(error));
    QVERIFY2(TaxonomyFile::addCue(path, QStringLiteral("talent_count"), QStringLiteral("青苗"), &error),
             qPrintable(error)); // a second time changes nothing
    const Taxonomy user = Taxonomy::loadFromFile(path, &error);
    QVERIFY2(!user.isEmpty(), qPrintable(error));
    QCOMPARE(user.entries().size(), Taxonomy::builtin().entries().size()); // the built-in one, plus the cue
    QCOMPARE(user.entry(QStringLiteral("talent_count"))->cues.count(QStringLiteral("青苗")), 1);
    const QVector<Metric> after = MetricExtractor(user).extract(sentence);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().key, QStringLiteral("talent_count"));
}

void TestTaxonomy::badCueLeavesTheFileAsItWas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taxonomy.json"));
    QString error;
    QVERIFY(TaxonomyFile::addCue(path, QStringLiteral("talent_count"), QStringLiteral("英才"), &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    file.close();
    QVERIFY(!TaxonomyFile::addCue(path, QStringLiteral("no_such_key"), QStringLiteral("人才"), &error));
    QVERIFY2(error.contains(QStringLiteral("no_such_key")), qPrintable(error));
    QVERIFY(!TaxonomyFile::addCue(path, QStringLiteral("talent_count"), QStringLiteral("two words"), &error));
    QVERIFY2(error.contains(QStringLiteral("cue word")), qPrintable(error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), written);
}

QTEST_APPLESS_MAIN(TestTaxonomy)
#include "tst_taxonomy.moc"
