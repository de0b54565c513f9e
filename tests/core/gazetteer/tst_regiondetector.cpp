#include "gazetteer/Gazetteer.h"
#include "gazetteer/RegionDetector.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <thread>
#include <vector>

using rs::Gazetteer;
using rs::RegionDetector;
using rs::RegionGuess;

namespace {

// Seeds are plain text whose first non-empty line is the title.
QPair<QString, QString> readSeed(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    if (lines.isEmpty())
        return {};
    const QString title = lines.takeFirst().trimmed();
    return {title, lines.join(QLatin1Char('\n'))};
}

QString seedDir()
{
    return QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds");
}

} // namespace

class TstRegionDetector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seeds_data();
    void seeds();
    void detect_data();
    void detect();
    void traditionalMatchShowsOriginalText();
    void concurrentDetection();

private:
    RegionDetector* m_detector = nullptr;
    std::unique_ptr<RegionDetector> m_owner;
};

void TstRegionDetector::initTestCase()
{
    QVERIFY(!Gazetteer::builtin().isEmpty());
    m_owner = std::make_unique<RegionDetector>(Gazetteer::builtin());
    m_detector = m_owner.get();
}

void TstRegionDetector::seeds_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("matched");

    QTest::newRow("000 金湾区 title") << "000_2496036bcb3ee729.txt"
                                      << "440404"
                                      << "金湾区";
    QTest::newRow("001 金湾区 body only") << "001_05fc3587cf98a258.txt"
                                          << "440404"
                                          << "金湾区";
    QTest::newRow("002 潮州湘桥") << "002_14309619b7b81944.txt"
                                  << "445102"
                                  << "湘桥";
    QTest::newRow("003 蓬江 short name") << "003_c80e7640dadc126c.txt"
                                         << "440703"
                                         << "蓬江";
    // The NBS tables have no 嘉兴港区, so the zone is reported as its city.
    QTest::newRow("004 嘉兴港区") << "004_dee7d14892e105a8.txt"
                                  << "3304"
                                  << "嘉兴港区";
}

void TstRegionDetector::seeds()
{
    QFETCH(QString, file);
    QFETCH(QString, code);
    QFETCH(QString, matched);
    const auto [title, body] = readSeed(seedDir() + QLatin1Char('/') + file);
    QVERIFY2(!body.isEmpty(), qPrintable(file));
    const RegionGuess guess = m_detector->detect(title, body);
    QCOMPARE(guess.region.code, code);
    QCOMPARE(guess.matchedText, matched);
    QVERIFY(guess.score > 0.0 && guess.score <= 1.0);
}

void TstRegionDetector::detect_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("code"); // empty: must be invalid

    // Short names.
    QTest::newRow("short 金湾") << "金湾：推进产业转型升级"
                                << "金湾坚持项目为王，机场和港口加快建设。"
                                << "440404";
    QTest::newRow("short 蓬江 after its city")
        << ""
        << "江门市委部署全年工作。在蓬江，干部大会召开，蓬江将加快发展。"
        << "440703";
    QTest::newRow("short 金湾 opening sentences") << ""
                                                  << "金湾坚持项目为王。金湾持续推进产业发展。"
                                                  << "440404";
    QTest::newRow("short name as ordinary word") << "资源整合：新建项目开工"
                                                 << "在资源整合中，新建一批项目。"
                                                 << "";
    QTest::newRow("lone unbacked short name") << ""
                                              << "会议指出，要在金湾学习经验。"
                                              << "";
    QTest::newRow("full 湘桥区") << "湘桥区召开人才工作会议"
                                 << "会议研究部署人才工作。"
                                 << "445102";
    QTest::newRow("city short 珠海") << ""
                                     << "珠海加快建设现代化国际化经济特区。"
                                     << "4404";
    QTest::newRow("autonomous county short") << "乳源：生态发展"
                                             << "乳源坚持生态优先。"
                                             << "440232";

    // Names shared by several places, resolved by the province or city mentioned.
    QTest::newRow("朝阳区 after 北京市") << "北京市朝阳区召开工作会议"
                                         << "会议强调……"
                                         << "110105";
    QTest::newRow("朝阳区 after 长春市") << ""
                                         << "吉林省长春市朝阳区召开工作会议。"
                                         << "220104";
    QTest::newRow("朝阳区 with 北京 elsewhere") << "朝阳区：优化营商环境"
                                                << "作为首都北京的重要城区，该区持续优化营商环境。"
                                                << "110105";
    QTest::newRow("鼓楼区 with 福州") << "鼓楼区推进老城保护"
                                      << "福州市委常委会研究老城保护工作。"
                                      << "350102";
    QTest::newRow("北京朝阳 short qualified") << "北京朝阳：服务企业"
                                              << "持续优化服务。"
                                              << "110105";
    QTest::newRow("ambiguous short 通州 qualified") << ""
                                                    << "南通通州区召开会议。"
                                                    << "320612";

    // Unresolvable ambiguity: the common ancestor when there is one, otherwise nothing.
    QTest::newRow("鼓楼区 alone") << "鼓楼区召开全区干部大会"
                                  << "会议总结去年工作。"
                                  << "";
    QTest::newRow("朝阳区 alone") << ""
                                  << "朝阳区委召开常委会，研究部署重点工作。"
                                  << "";
    QTest::newRow("鼓楼区 within 江苏") << ""
                                        << "江苏省鼓楼区推进城市更新。"
                                        << "32";
    QTest::newRow("市中区 within 四川") << ""
                                        << "四川省市中区召开会议。"
                                        << "51";

    // Common words that are also place names never count on their own.
    QTest::newRow("common words")
        << "新区建设取得新进展"
        << "城区面貌焕然一新，郊区和矿区协调发展，前景光明。中华人民共和国成立以来，乡村振兴、"
           "民族复兴取得长足进展，提高县域经济水平，市委和县委共同推进。"
        << "";
    QTest::newRow("policy words") << "惠民政策落地见效"
                                  << "公安机关会同有关部门推进惠民工程，延长服务时间，确保安居乐业。"
                                  << "";
    QTest::newRow("no place") << "强党建 育人才 促发展"
                              << "组织工作会议召开，总结去年工作，部署今年任务。"
                              << "";
    QTest::newRow("empty") << ""
                           << ""
                           << "";
    QTest::newRow("common word qualified by parent") << ""
                                                     << "西安市新城区召开会议。"
                                                     << "610102";
    QTest::newRow("terse 高县 qualified") << ""
                                          << "四川省宜宾市高县召开县委全会。"
                                          << "511525";
    QTest::newRow("terse 高县 unqualified in passing") << ""
                                                       << "宜宾市持续提高县域经济发展水平。"
                                                       << "5115";

    // Traditional characters are folded to simplified before matching.
    QTest::newRow("traditional 靖遠縣") << "靖遠縣召開組織工作會議"
                                        << "甘肅省白銀市靖遠縣委組織部近日召開會議，總結去年全縣組織工作，部"
                                           "署今年任務。靖遠縣將繼續加強基層黨建。"
                                        << "620421";
    QTest::newRow("mixed scripts") << ""
                                   << "著名景区众多。近年来，白銀市加快转型发展，白銀市将继续推进。"
                                   << "6204";
    QTest::newRow("traditional 乾縣") << ""
                                      << "陝西省咸陽市乾縣召開幹部大會。"
                                      << "610424";

    // Functional zones: listed ones are found, unlisted ones resolve to their city.
    QTest::newRow("zone full name") << "长春净月高新技术产业开发区召开会议"
                                    << "会议部署全年工作。"
                                    << "220172";
    QTest::newRow("zone alias with city")
        << ""
        << "吉林省长春市委召开会议，净月高新区党工委书记参加会议并介绍净月高新区发展情况。"
        << "220172";
    QTest::newRow("zone compact form") << "合肥高新区：打造创新高地"
                                       << "合肥高新区加快建设。"
                                       << "340176";
    QTest::newRow("unlisted zone 嘉兴港区") << "嘉兴港区：建设港口强区"
                                            << "浙江省委部署。嘉兴港区全力推进。"
                                            << "3304";

    // Provinces, and subjects that outweigh places mentioned in passing.
    QTest::newRow("province only") << ""
                                   << "广东省召开全省组织工作会议，全省上下凝心聚力。"
                                   << "44";
    QTest::newRow("province with 全省 and passing cities")
        << "浙江省人才工作会议召开"
        << "全省人才工作会议召开。会上，杭州、宁波作交流发言。全省上下要牢固树立大人才观。"
        << "33";
    QTest::newRow("county outweighs passing province")
        << ""
        << "广东省委组织部调研金湾区。金湾区汇报了工作。金湾区将持续推进。"
        << "440404";
    QTest::newRow("bare 吉林 is the province") << ""
                                               << "吉林加快振兴发展，全省上下。"
                                               << "22";
    QTest::newRow("autonomous prefecture short") << "延边：推进乡村振兴"
                                                 << "延边持续推进。"
                                                 << "2224";
    QTest::newRow("autonomous region short") << ""
                                             << "新疆召开全区干部大会。新疆将持续推进。"
                                             << "65";
    QTest::newRow("内蒙古 not cut to 内") << ""
                                          << "内蒙古召开会议。"
                                          << "15";
    QTest::newRow("全省 without a province") << ""
                                             << "全省上下凝心聚力，我省经济持续向好。"
                                             << "";
    QTest::newRow("two provinces, no subject") << ""
                                               << "广东省与浙江省签署合作协议。"
                                               << "";
}

void TstRegionDetector::detect()
{
    QFETCH(QString, title);
    QFETCH(QString, body);
    QFETCH(QString, code);
    const RegionGuess guess = m_detector->detect(title, body);
    QCOMPARE(guess.region.code, code);
    QCOMPARE(guess.region.isValid(), !code.isEmpty());
    if (guess.region.isValid()) {
        QVERIFY(!guess.matchedText.isEmpty());
        QVERIFY(guess.score > 0.0);
    }
}

void TstRegionDetector::traditionalMatchShowsOriginalText()
{
    const RegionGuess guess = m_detector->detect(QStringLiteral("靖遠縣召開會議"), QString());
    QCOMPARE(guess.region.code, QStringLiteral("620421"));
    QCOMPARE(guess.matchedText, QStringLiteral("靖遠縣"));
    QCOMPARE(Gazetteer::builtin().namePath(guess.region.code),
             (QStringList{QStringLiteral("甘肃省"), QStringLiteral("白银市"), QStringLiteral("靖远县")}));

    // Only the stretch around traditional characters is folded; offsets still line up.
    const RegionGuess mixed = m_detector->detect(
        QString(), QStringLiteral("著名景区众多，乾隆年间已有记载。近年来，甘肃省白銀市靖遠縣加快发展。"));
    QCOMPARE(mixed.region.code, QStringLiteral("620421"));
    QCOMPARE(mixed.matchedText, QStringLiteral("靖遠縣"));
}

void TstRegionDetector::concurrentDetection()
{
    const QStringList files = QDir(seedDir()).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 5);
    QVector<QPair<QString, QString>> docs;
    for (const QString& f : files)
        docs.append(readSeed(seedDir() + QLatin1Char('/') + f));
    docs.append({QStringLiteral("靖遠縣召開會議"), QStringLiteral("甘肅省白銀市靖遠縣委組織部。")});
    QStringList expected;
    for (const auto& doc : docs)
        expected.append(m_detector->detect(doc.first, doc.second).region.code);

    std::vector<QStringList> results(6);
    std::vector<std::thread> threads;
    for (size_t t = 0; t < results.size(); ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 20; ++round) {
                QStringList codes;
                for (const auto& doc : docs)
                    codes.append(m_detector->detect(doc.first, doc.second).region.code);
                if (round == 0 || codes != results[t])
                    results[t] = codes;
            }
        });
    }
    for (std::thread& t : threads)
        t.join();
    for (const QStringList& r : results)
        QCOMPARE(r, expected);
}

QTEST_GUILESS_MAIN(TstRegionDetector)
#include "tst_regiondetector.moc"
