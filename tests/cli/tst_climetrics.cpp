#include "CliRunner.h"

#include "storage/Database.h"
#include "storage/MetricStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

namespace {

const QString seedDir = QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds");
const QString goldDir = QStringLiteral(REGIONSCOPE_TEST_DATA_DIR "/metrics/gold");
const QString header =
    QStringLiteral("start\tend\tquote\tvalue\tunit\tqualifier\tlow\thigh\tsubject\tmetric\tperiod");

QString seed(const QString& prefix)
{
    const QStringList files = QDir(seedDir).entryList({prefix + QStringLiteral("_*.txt")});
    return files.isEmpty() ? QString() : seedDir + QLatin1Char('/') + files.first();
}

QStringList rowWithQuote(const QStringList& lines, const QString& quote)
{
    for (const QString& line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.value(3) == quote)
            return fields;
    }
    return {};
}

} // namespace

class TestCliMetrics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void extractPrintsTsvWithoutDatabase()
    {
        const CliResult result =
            runCli({QStringLiteral("extract"), seed(QStringLiteral("000")), seed(QStringLiteral("002"))});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.lines();
        QCOMPARE(lines.first(), QStringLiteral("file\t") + header);

        const QStringList subsidy = rowWithQuote(lines, QStringLiteral("近1.5亿元"));
        QCOMPARE(subsidy.value(0), seed(QStringLiteral("000")));
        QCOMPARE(subsidy.value(4), QStringLiteral("150000000"));
        QCOMPARE(subsidy.value(5), QStringLiteral("元"));
        QCOMPARE(subsidy.value(6), QStringLiteral("at_most"));
        QCOMPARE(subsidy.value(10), QStringLiteral("talent_subsidy_amount"));
        const int start = subsidy.value(1).toInt();
        QCOMPARE(subsidy.value(2).toInt() - start, int(QStringLiteral("近1.5亿元").size()));

        const QStringList doctors = rowWithQuote(lines, QStringLiteral("100名以上"));
        QCOMPARE(doctors.value(4), QStringLiteral("100"));
        QCOMPARE(doctors.value(6), QStringLiteral("at_least"));
        QVERIFY2(doctors.value(11).isEmpty() || doctors.value(11) == QStringLiteral("2023"),
                 qPrintable(doctors.value(11)));

        // The boilerplate footer of 002 (phones, QQ, e-mail, "30日内") yields nothing.
        for (const QString& line : lines) {
            QVERIFY2(!line.contains(QStringLiteral("3206414697")) && !line.contains(QStringLiteral("30日")),
                     qPrintable(line));
        }
    }

    void extractReportsUnreadableFiles()
    {
        const CliResult result =
            runCli({QStringLiteral("extract"), m_dir.filePath(QStringLiteral("none.txt"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("none.txt")));
    }

    void metricsApplyReviews()
    {
        const QString db = m_dir.filePath(QStringLiteral("metrics.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), seed(QStringLiteral("002"))})
                     .exitCode,
                 0);
        const CliResult before = runCli({QStringLiteral("--db"), db, QStringLiteral("metrics"),
                                         QStringLiteral("--article"), QStringLiteral("1")});
        QCOMPARE(before.exitCode, 0);
        QCOMPARE(before.lines().first(), QStringLiteral("article\t") + header);
        const int machineRows = int(before.lines().size()) - 1;
        QVERIFY(machineRows >= 10);

        {
            Database database;
            QVERIFY(database.openSqlite(db));
            MetricStore store(database);
            const auto machine = store.machineRows(1);
            MetricReview corrected;
            corrected.articleId = 1;
            corrected.decision = MetricReview::Decision::Corrected;
            corrected.metric = machine.at(0).metric;
            corrected.metric.value = 4242;
            QVERIFY(store.addReview(corrected) > 0);
            MetricReview rejected;
            rejected.articleId = 1;
            rejected.decision = MetricReview::Decision::Rejected;
            rejected.metric = machine.at(1).metric;
            QVERIFY(store.addReview(rejected) > 0);
        }
        const CliResult after = runCli({QStringLiteral("--db"), db, QStringLiteral("metrics")});
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(int(after.lines().size()) - 1, machineRows - 1);
        QCOMPARE(after.lines().at(1).split(QLatin1Char('\t')).value(4), QStringLiteral("4242"));

        const CliResult json = runCli({QStringLiteral("--db"), db, QStringLiteral("metrics"),
                                       QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(json.out.contains(QStringLiteral("\"status\": \"corrected\"")));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("metrics"), QStringLiteral("--article"),
                         QStringLiteral("999")})
                     .exitCode,
                 1);
    }

    void keysListLabelsFiguresAndRegions()
    {
        const QString db = m_dir.filePath(QStringLiteral("keys.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), seed(QStringLiteral("000"))})
                     .exitCode,
                 0);
        const CliResult keys =
            runCli({QStringLiteral("--db"), db, QStringLiteral("metrics"), QStringLiteral("--keys")});
        QCOMPARE(keys.exitCode, 0);
        QCOMPARE(keys.lines().first(), QStringLiteral("key\tzh\ten\tfamily\tfigures\tregions"));
        QStringList subsidy;
        QStringList unused;
        for (const QString& line : keys.lines()) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 6);
            if (fields.first() == QStringLiteral("talent_subsidy_amount"))
                subsidy = fields;
            else if (fields.value(4) == QStringLiteral("0"))
                unused = fields;
        }
        QCOMPARE(subsidy.value(1), QStringLiteral("人才补贴/奖补金额"));
        QCOMPARE(subsidy.value(3), QStringLiteral("money"));
        QVERIFY(subsidy.value(4).toInt() >= 1);
        QCOMPARE(subsidy.value(5), QStringLiteral("1")); // one report, one district
        QVERIFY(!unused.isEmpty());                      // keys without figures are listed too
        QCOMPARE(unused.value(5), QStringLiteral("0"));

        // chart without --metric names the keys.
        const CliResult chart =
            runCli({QStringLiteral("--db"), db, QStringLiteral("chart"), QStringLiteral("--format"),
                    QStringLiteral("png"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("c.png"))});
        QCOMPARE(chart.exitCode, 2);
        QVERIFY2(chart.err.contains(QStringLiteral("talent_subsidy_amount")), qPrintable(chart.err));
        QVERIFY(chart.err.contains(QStringLiteral("metrics --keys")));
    }

    void qtWarningsOnlyWithVerbose()
    {
        // A machine without a desktop login: no XDG_RUNTIME_DIR.
        const auto run = [](const QStringList& arguments) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(REGIONSCOPE_CLI_PATH), arguments);
            process.waitForFinished(120000);
            return QString::fromUtf8(process.readAllStandardError());
        };
        const QString db = m_dir.filePath(QStringLiteral("quiet.sqlite"));
        const QString png = m_dir.filePath(QStringLiteral("quiet.png"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), seed(QStringLiteral("000"))})
                     .exitCode,
                 0);
        const QStringList chart{QStringLiteral("--db"),
                                db,
                                QStringLiteral("chart"),
                                QStringLiteral("--metric"),
                                QStringLiteral("talent_subsidy_amount"),
                                QStringLiteral("--format"),
                                QStringLiteral("png"),
                                QStringLiteral("-o"),
                                png};
        const QString quiet = run(chart);
        QVERIFY2(quiet.isEmpty(), qPrintable(quiet));
        QVERIFY(QFileInfo::exists(png));
        const QString verbose = run(QStringList{QStringLiteral("--verbose")} + chart);
        QVERIFY2(verbose.contains(QStringLiteral("XDG_RUNTIME_DIR")), qPrintable(verbose));
    }

    // Issue 14: figures that name no year are dated by their report, so every district that reports
    // a figure shows up in the chart of the sample corpus.
    void chartOfSampleCorpusShowsEveryReportingDistrict()
    {
        const QString db = m_dir.filePath(QStringLiteral("samples.sqlite"));
        QStringList import{QStringLiteral("--db"), db, QStringLiteral("import")};
        for (const QString& prefix : {QStringLiteral("000"), QStringLiteral("001"), QStringLiteral("002"),
                                      QStringLiteral("003"), QStringLiteral("004")})
            import << seed(prefix);
        QCOMPARE(runCli(import).exitCode, 0);
        const auto chart = [&](const QString& key, const QStringList& extra) {
            const QString csv = m_dir.filePath(key + QStringLiteral(".csv"));
            const CliResult result =
                runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("chart"),
                                   QStringLiteral("--metric"), key, QStringLiteral("--format"),
                                   QStringLiteral("csv"), QStringLiteral("-o"), csv} +
                       extra);
            QFile file(csv);
            return result.exitCode == 0 && file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll())
                                                                          : result.out + result.err;
        };
        const QString talent = chart(QStringLiteral("talent_count"), {});
        QVERIFY2(talent.contains(QStringLiteral("金湾区")), qPrintable(talent));
        QVERIFY2(talent.contains(QStringLiteral("湘桥区")), qPrintable(talent));
        const QString skilled = chart(QStringLiteral("skilled_talent"), {QStringLiteral("--targets")});
        for (const QString& region :
             {QStringLiteral("金湾区"), QStringLiteral("湘桥区"), QStringLiteral("嘉兴")})
            QVERIFY2(skilled.contains(region), qPrintable(region + QLatin1Char('\n') + skilled));

        // Latest per region: each bar carries its year; the notes count what was left out.
        const QString latest =
            chart(QStringLiteral("talent_count"), {QStringLiteral("--period"), QStringLiteral("latest")});
        QVERIFY2(latest.contains(QStringLiteral("金湾区 (20")), qPrintable(latest));
        QVERIFY2(latest.contains(QStringLiteral("湘桥区 (20")), qPrintable(latest));
        // The notes count the figures of the metric that are not charted, by reason.
        const QString svg = m_dir.filePath(QStringLiteral("talent.svg"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("chart"), QStringLiteral("--metric"),
                         QStringLiteral("talent_count"), QStringLiteral("--format"), QStringLiteral("svg"),
                         QStringLiteral("-o"), svg})
                     .exitCode,
                 0);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QString notes = QString::fromUtf8(svgFile.readAll());
        QVERIFY2(notes.contains(QStringLiteral("年份:各地区最新年份")), qPrintable(notes.left(400)));
        QVERIFY2(notes.contains(QStringLiteral("未计入:目标")), qPrintable(notes.left(400)));
        QVERIFY(notes.contains(QStringLiteral("† 年份按报告推定")));
        const CliResult bad =
            runCli({QStringLiteral("--db"), db, QStringLiteral("chart"), QStringLiteral("--metric"),
                    QStringLiteral("talent_count"), QStringLiteral("--period"), QStringLiteral("lately"),
                    QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"),
                    m_dir.filePath(QStringLiteral("bad.csv"))});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("latest")), qPrintable(bad.err));
    }

    // A sub-key compares like with like: 高新技术企业 with 高新技术企业, not the largest count of any kind.
    void chartOfSubKeyKeepsToItsKind()
    {
        const QString db = m_dir.filePath(QStringLiteral("kinds.sqlite"));
        const QString report = QStringLiteral(REGIONSCOPE_TEST_DATA_DIR "/metrics/blind/b04_anhui_feixi.txt");
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), report}).exitCode, 0);
        const auto chart = [&](const QString& key) {
            const QString csv = m_dir.filePath(QStringLiteral("kind.csv"));
            const CliResult result =
                runCli({QStringLiteral("--db"), db, QStringLiteral("chart"), QStringLiteral("--metric"), key,
                        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), csv});
            QFile file(csv);
            return result.exitCode == 0 && file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll())
                                                                          : result.out + result.err;
        };
        const QString highTech = chart(QStringLiteral("enterprises/high_tech"));
        QVERIFY2(highTech.contains(QStringLiteral(",599,")), qPrintable(highTech));
        QVERIFY2(highTech.contains(QStringLiteral("高新技术企业")), qPrintable(highTech));
        const QString small = chart(QStringLiteral("enterprises/tech_sme"));
        QVERIFY2(small.contains(QStringLiteral(",447,")), qPrintable(small));
        QVERIFY2(!small.contains(QStringLiteral(",599,")), qPrintable(small));
        const CliResult unknown =
            runCli({QStringLiteral("--db"), db, QStringLiteral("chart"), QStringLiteral("--metric"),
                    QStringLiteral("enterprises/none"), QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.csv"))});
        QCOMPARE(unknown.exitCode, 2);
    }

    void scoreRunsOnAnyGoldList()
    {
        QStringList arguments{QStringLiteral("score")};
        for (const QString& prefix : {QStringLiteral("000"), QStringLiteral("001"), QStringLiteral("002"),
                                      QStringLiteral("003"), QStringLiteral("004")}) {
            const QString report = seed(prefix);
            arguments << goldDir + QLatin1Char('/') + QFileInfo(report).completeBaseName() +
                             QStringLiteral(".tsv")
                      << report;
        }
        const CliResult result =
            runCli(arguments + QStringList{QStringLiteral("--min-f1"), QStringLiteral("0.95")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QCOMPARE(result.lines().size(), 6);
        QVERIFY(result.lines().last().startsWith(QStringLiteral("total: gold 110")));
        qInfo("%s", qPrintable(result.lines().last()));

        QCOMPARE(runCli(arguments + QStringList{QStringLiteral("--min-f1"), QStringLiteral("1.5")}).exitCode,
                 1);
        QCOMPARE(runCli({QStringLiteral("score"), goldDir}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliMetrics)
#include "tst_climetrics.moc"
