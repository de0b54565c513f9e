// regionscope-cli's figure commands (metrics, chart, indicators) on a PostgreSQL database print what they
// print on the SQLite file it was copied from (migrate): the sample corpus with decisions on its figures
// (confirmed, corrected, rejected), reference data imported on each side, and again after a report moved
// to another region. Needs the test run's PostgreSQL server (tests/CMakeLists.txt).
#include "CliRunner.h"
#include "PostgresTestServer.h"
#include "TestFiles.h"
#include "domain/MetricReview.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/MetricStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;
using namespace Qt::StringLiterals;

class TestCliFiguresPostgres : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresTestServer m_server;
    QString m_file;
    QString m_url;

    // What a command prints on the database, with a chart's file in place of the line naming it.
    QString output(const QString& database, const QStringList& arguments)
    {
        QStringList args{u"--db"_s, database};
        const int file = int(arguments.indexOf(u"-o"_s));
        const QString path = m_dir.filePath(u"chart-%1.out"_s.arg(database == m_url ? u"pg"_s : u"sqlite"_s));
        args += arguments;
        if (file >= 0)
            args[file + 3] = path;
        const CliResult result = runCli(args);
        if (result.exitCode != 0)
            return u"exit %1: %2"_s.arg(result.exitCode).arg(result.err);
        if (file < 0)
            return result.out;
        QFile chart(path);
        return chart.open(QIODevice::ReadOnly) ? QString::fromUtf8(chart.readAll()) : u"no chart"_s;
    }

    void verifySameOutput(const QStringList& arguments)
    {
        const QString sqlite = output(m_file, arguments);
        QVERIFY2(sqlite.count(u'\n') > 1, qPrintable(arguments.join(u' ') + u": "_s + sqlite));
        QCOMPARE(output(m_url, arguments), sqlite);
    }

    void verifyAll()
    {
        verifySameOutput({u"metrics"_s});
        verifySameOutput({u"metrics"_s, u"--format"_s, u"json"_s});
        verifySameOutput({u"metrics"_s, u"--keys"_s});
        verifySameOutput({u"metrics"_s, u"--article"_s, u"1"_s});
        verifySameOutput({u"indicators"_s, u"list"_s});
        verifySameOutput({u"chart"_s, u"--metric"_s, u"talent_subsidy_amount"_s, u"--format"_s, u"csv"_s,
                          u"-o"_s, u"FILE"_s});
        verifySameOutput({u"chart"_s, u"--metric"_s, u"cadre_training_attendance"_s, u"--period"_s, u"2022"_s,
                          u"--targets"_s, u"--format"_s, u"csv"_s, u"-o"_s, u"FILE"_s});
        verifySameOutput({u"chart"_s, u"--metric"_s, u"talent_count"_s, u"--metric"_s, u"skilled_talent"_s,
                          u"--format"_s, u"csv"_s, u"-o"_s, u"FILE"_s});
        verifySameOutput({u"chart"_s, u"--metric"_s, u"talent_count"_s, u"--kind"_s, u"trend"_s,
                          u"--format"_s, u"csv"_s, u"-o"_s, u"FILE"_s});
        verifySameOutput({u"chart"_s, u"--metric"_s, u"talent_count"_s, u"--per"_s, u"population"_s,
                          u"--format"_s, u"csv"_s, u"-o"_s, u"FILE"_s});
    }

    // A decision on the first figure of `key` in the SQLite file.
    static bool decide(MetricStore& store, const QString& key, MetricReview::Decision decision, double value)
    {
        for (const ReviewedMetric& figure : store.allReviewedMetrics()) {
            if (figure.metric.key != key || figure.status != ReviewedMetric::Status::Machine)
                continue;
            MetricReview review;
            review.articleId = figure.articleId;
            review.decision = decision;
            review.metric = figure.metric;
            review.metric.value = value > 0 ? value : figure.metric.value;
            return store.addReview(review) > 0;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!PostgresTestServer::skipReason().isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
        QString error;
        m_url = m_server.createDatabase(&error);
        QVERIFY2(!m_url.isEmpty(), qPrintable(error));
        m_file = m_dir.filePath(u"corpus.sqlite"_s);
        CliResult result = runCli(
            {u"--db"_s, m_file, u"import"_s, QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        {
            Database database;
            QVERIFY(database.open(m_file));
            MetricStore store(database);
            QVERIFY(decide(store, u"talent_subsidy_amount"_s, MetricReview::Decision::Confirmed, 0));
            QVERIFY(decide(store, u"talent_count"_s, MetricReview::Decision::Corrected, 123456));
            QVERIFY(decide(store, u"cadre_training_attendance"_s, MetricReview::Decision::Rejected, 0));
        }
        result = runCli({u"migrate"_s, m_file, m_url});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString population = writeTestFile(m_dir.path(), u"population.csv"_s,
                                                 "region_code,year,indicator,value,unit,source\n"
                                                 "440404,2022,population,25,万人,珠海统计年鉴2023\n"
                                                 "445102,2022,population,50,万人,潮州统计年鉴2023\n"
                                                 "440404,2023,population,30,万人,珠海统计年鉴2024\n");
        for (const QString& database : {m_file, m_url}) {
            result = runCli({u"--db"_s, database, u"indicators"_s, u"import"_s, population});
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        }
    }

    void cleanupTestCase() { m_server.dropDatabases(); }

    void figuresChartsAndIndicatorsAreTheSame() { verifyAll(); }

    // A report moved to another region takes its figures, and its decisions, along on both engines.
    void afterAReportMoves()
    {
        for (const QString& location : {m_file, m_url}) {
            Database database;
            QVERIFY2(database.open(location), qPrintable(database.error()));
            QVERIFY(ArticleStore(database).setRegion(1, u"445102"_s, QByteArray()));
        }
        verifyAll();
    }
};

QTEST_GUILESS_MAIN(TestCliFiguresPostgres)
#include "tst_clifigurespostgres.moc"
