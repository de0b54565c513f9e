#include "CliRunner.h"
#include "PostgresTestServer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString seedDir = QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds");

QString seedPath(const char* name)
{
    return seedDir + QLatin1Char('/') + QLatin1String(name);
}

// list rows keyed by the seed file name each article came from.
struct Listed
{
    QString id, title, date, source, province, city, county, code;
};

} // namespace

// Runs on SQLite and, as tst_cliimport_postgresql, with --db naming a new PostgreSQL database.
class TestCliImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresTestServer m_server;
    QString m_db;
    QHash<QString, Listed> m_bySeed;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (PostgresTestServer::wanted() && !PostgresTestServer::skipReason().isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
        QString error;
        m_db = PostgresTestServer::wanted() ? m_server.createDatabase(&error)
                                            : m_dir.filePath(QStringLiteral("seeds.sqlite"));
        QVERIFY2(!m_db.isEmpty(), qPrintable(error));
        const CliResult result = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), seedDir});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QStringList lines = result.lines();
        QCOMPARE(lines.size(), 7);
        QCOMPARE(lines.at(5), QStringLiteral("formats: 5 txt"));
        QCOMPARE(lines.last(), QStringLiteral("summary: 5 imported, 0 duplicates, 0 failed"));
        QHash<QString, QString> idBySeed;
        for (int i = 0; i < 5; ++i) {
            const QStringList parts = lines.at(i).split(QLatin1Char(' '));
            QCOMPARE(parts.value(0), QStringLiteral("imported"));
            idBySeed.insert(QFileInfo(parts.value(2)).fileName().left(3), parts.value(1));
        }
        const CliResult list = runCli({QStringLiteral("--db"), m_db, QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        const QStringList rows = list.lines();
        QCOMPARE(rows.first(),
                 QStringLiteral("id\ttitle\tdate\tsource\tprovince\tcity\tcounty\tregion_code"));
        QCOMPARE(rows.size(), 6);
        for (const QString& row : rows.mid(1)) {
            const QStringList f = row.split(QLatin1Char('\t'));
            QCOMPARE(f.size(), 8);
            m_bySeed.insert(idBySeed.key(f.at(0)), Listed{f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]});
        }
        QCOMPARE(m_bySeed.size(), 5);
    }

    void detectsDistricts_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("county");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("codePrefix");
        QTest::newRow("000 Jinwan") << "000"
                                    << "金湾区"
                                    << "珠海市"
                                    << "440404";
        QTest::newRow("001 Jinwan") << "001"
                                    << "金湾区"
                                    << "珠海市"
                                    << "440404";
        QTest::newRow("002 Xiangqiao") << "002"
                                       << "湘桥区"
                                       << "潮州市"
                                       << "445102";
        QTest::newRow("003 Pengjiang") << "003"
                                       << "蓬江区"
                                       << "江门市"
                                       << "440703";
        QTest::newRow("004 Jiaxing port") << "004" << QString() << "嘉兴市"
                                          << "3304";
    }

    void detectsDistricts()
    {
        QFETCH(QString, seed);
        QFETCH(QString, county);
        QFETCH(QString, city);
        QFETCH(QString, codePrefix);
        const Listed row = m_bySeed.value(seed);
        QVERIFY2(row.code.startsWith(codePrefix), qPrintable(row.code));
        QCOMPARE(row.city, city);
        if (!county.isEmpty())
            QCOMPARE(row.county, county);
        else // 嘉兴港区: the functional zone if the gazetteer has it, else the city
            QVERIFY2(row.county.isEmpty() || row.county == QStringLiteral("嘉兴港区"),
                     qPrintable(row.county));
    }

    void detectsTitlesAndDates_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("date");
        QTest::newRow("000") << "000" << QStringLiteral("金湾区:以高质量“组织力”,赋能高质量“发展力”!")
                             << "2023-03-24";
        QTest::newRow("001") << "001" << QStringLiteral("强党建 育人才 促发展") << "";
        QTest::newRow("002") << "002" << QStringLiteral("潮州湘桥:“678”引才工作法 聚特色产业人才")
                             << "2023-04-24";
        QTest::newRow("003") << "003" << QStringLiteral("蓬江:党建引领促发展,擎旗奋进开新局") << "";
        QTest::newRow("004") << "004"
                             << QStringLiteral(
                                    "浙江乍浦开发区(嘉兴港区)党工委书记冯中海:建强“三支队伍”赋能“三港一城”")
                             << "";
    }

    void detectsTitlesAndDates()
    {
        QFETCH(QString, seed);
        QFETCH(QString, title);
        QFETCH(QString, date);
        const Listed row = m_bySeed.value(seed);
        QCOMPARE(row.title, title);
        QCOMPARE(row.date, date);
    }

    void bodiesHoldNoBoilerplate()
    {
        static const char* const boilerplate[] = {
            "通知公告", "相关阅读",    "留言箱",   "政讯通中心",   "欢迎来到", "当前所在",
            "免责声明", "QQ",          "版权所有", "联系电话",     "邮箱",     "原文链接",
            "发布时间", "文字:宋一诺", "采写:",    "本站部分信息", "首页 >"};
        for (const Listed& row : std::as_const(m_bySeed)) {
            const CliResult show = runCli({QStringLiteral("--db"), m_db, QStringLiteral("show"), row.id});
            QCOMPARE(show.exitCode, 0);
            const QString body = show.out.mid(show.out.indexOf(QStringLiteral("\n\n")) + 2);
            QVERIFY(body.size() > 1000);
            for (const char* phrase : boilerplate)
                QVERIFY2(
                    !body.contains(QString::fromUtf8(phrase)),
                    qPrintable(QStringLiteral("%1 in article %2").arg(QString::fromUtf8(phrase), row.id)));
            QVERIFY2(!body.contains(row.title), "the title is metadata, not body");
        }
    }

    void doubledReportIsStoredOnce()
    {
        const CliResult show = runCli(
            {QStringLiteral("--db"), m_db, QStringLiteral("show"), m_bySeed[QStringLiteral("000")].id});
        QVERIFY(show.out.contains(QStringLiteral("dateline: 珠海特区报 2023-03-24 11:35")));
        QVERIFY(show.out.contains(QStringLiteral("source: 珠海特区报")));
        QVERIFY(show.out.contains(QStringLiteral("authors: 宋一诺")));
        const QString sentence = QStringLiteral("回望2022年,展望2023年,人才都是金湾推动高质量发展的关键所在");
        QCOMPARE(show.out.count(sentence), 1);
        const QString body = show.out.mid(show.out.indexOf(QStringLiteral("\n\n")) + 2);
        QVERIFY2(!body.contains(QStringLiteral("2023-03-24 11:35")), "the dateline is metadata, not body");

        QFile seed(seedPath("000_2496036bcb3ee729.txt"));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(seed.readAll()).count(sentence), 2);
    }

    void reimportReportsDuplicates()
    {
        const CliResult again = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), seedDir});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.lines().last(), QStringLiteral("summary: 0 imported, 5 duplicates, 0 failed"));
        for (const QString& line : again.lines().mid(0, 5))
            QVERIFY2(line.startsWith(QStringLiteral("duplicate ")), qPrintable(line));
        const CliResult list = runCli({QStringLiteral("--db"), m_db, QStringLiteral("list")});
        QCOMPARE(list.lines().size(), 6);
    }

    // A file that fails among others is reported in words and stores nothing; the batch goes on with
    // the rest, a duplicate included.
    void failedFileLeavesTheRestOfTheBatch()
    {
        QTemporaryDir batch;
        QVERIFY(batch.isValid());
        const auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile file(batch.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write(QStringLiteral("a_empty.txt"), QByteArray());
        QFile seed(seedPath("001_05fc3587cf98a258.txt"));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        write(QStringLiteral("b_seed.txt"), seed.readAll());
        write(QStringLiteral("c_new.txt"),
              QStringLiteral("斗门区人才驿站建设\n\n斗门区今年新建人才驿站3个,服务青年人才1200人次。\n")
                  .toUtf8());
        const CliResult result =
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), batch.path()});
        QCOMPARE(result.exitCode, 1);
        const QStringList lines = result.lines();
        QVERIFY2(lines.value(0).startsWith(QStringLiteral("failed ") +
                                           batch.filePath(QStringLiteral("a_empty.txt"))),
                 qPrintable(result.out));
        QVERIFY2(lines.value(1).startsWith(QStringLiteral("duplicate ") + m_bySeed[QStringLiteral("001")].id),
                 qPrintable(result.out));
        QVERIFY2(lines.value(2).startsWith(QStringLiteral("imported ")), qPrintable(result.out));
        QCOMPARE(lines.last(), QStringLiteral("summary: 1 imported, 1 duplicates, 1 failed"));
        const QString id = lines.value(2).section(QLatin1Char(' '), 1, 1);
        const CliResult show = runCli({QStringLiteral("--db"), m_db, QStringLiteral("show"), id});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.out.contains(QStringLiteral("服务青年人才1200人次")), qPrintable(show.out));
        const CliResult list = runCli({QStringLiteral("--db"), m_db, QStringLiteral("list")});
        QCOMPARE(list.lines().size(), 7);
    }

    void listsJson()
    {
        const CliResult json = runCli({QStringLiteral("--db"), m_db, QStringLiteral("list"),
                                       QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.out.contains(QStringLiteral("\"region_code\": \"440404\"")));
        QVERIFY(json.out.contains(QStringLiteral("\"county\": \"湘桥区\"")));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
