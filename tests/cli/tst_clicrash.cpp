#include "CliRunner.h"

#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace rs;

namespace {

// Everything stored for one report, to compare a crashed import's reports with an uninterrupted one's.
struct StoredReport
{
    qint64 id = 0;
    QString title;
    QString body;
    int paragraphs = 0;
    int figures = 0;
    QByteArray original;
};

QHash<QString, StoredReport> storedReports(Database& database)
{
    QHash<QString, StoredReport> reports;
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT a.id, a.file_path, a.title, a.body,"
                              " (SELECT COUNT(*) FROM paragraphs p WHERE p.article_id = a.id),"
                              " (SELECT COUNT(*) FROM metrics m WHERE m.article_id = a.id) FROM "
                              "articles a ORDER BY a.id"));
    const ArticleStore store(database);
    while (query.next()) {
        StoredReport report;
        report.id = query.value(0).toLongLong();
        report.title = query.value(2).toString();
        report.body = query.value(3).toString();
        report.paragraphs = query.value(4).toInt();
        report.figures = query.value(5).toInt();
        QString fileName;
        store.original(report.id, &report.original, &fileName);
        reports.insert(query.value(1).toString(), report);
    }
    return reports;
}

} // namespace

// Killing the importer at any moment leaves a consistent database: every report is stored whole (body,
// paragraphs, original, figures, both search indexes) or not at all, and a second run of the same import adds
// exactly the reports that are missing, under the ids an uninterrupted import gives them.
class TestCliCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QHash<QString, StoredReport> m_reference; // the import run to its end, by file
    static constexpr int reportCount = 1000;  // enough that the kill lands mid-import on a fast machine

    QString reports() const { return m_dir.filePath(QStringLiteral("reports")); }

    // The checks every killed import must pass; stored gets the number of reports in the database.
    void verifyConsistent(const QString& path, int* stored)
    {
        Database database;
        QVERIFY2(database.openSqlite(path), qPrintable(database.error()));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        // Both search indexes hold exactly the stored reports' text (FTS5 compares them with articles).
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO article_search(article_search) "
                                           "VALUES ('integrity-check')")),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO article_title_search(article_title_search) "
                                           "VALUES ('integrity-check')")),
                 qPrintable(query.lastError().text()));
        // No paragraph, original or figure without its report.
        QVERIFY(query.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM paragraphs WHERE "
                                          "article_id NOT IN (SELECT id FROM articles))"
                                          " + (SELECT COUNT(*) FROM article_originals WHERE "
                                          "article_id NOT IN (SELECT id FROM articles))"
                                          " + (SELECT COUNT(*) FROM metrics WHERE article_id NOT "
                                          "IN (SELECT id FROM articles))")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        // Every report whole: what the uninterrupted import stored for the same file, under the same id.
        const QHash<QString, StoredReport> found = storedReports(database);
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            QVERIFY2(m_reference.contains(it.key()), qPrintable(it.key()));
            const StoredReport& expected = m_reference.value(it.key());
            QCOMPARE(it->id, expected.id);
            QCOMPARE(it->title, expected.title);
            QCOMPARE(it->body, expected.body);
            QCOMPARE(it->paragraphs, expected.paragraphs);
            QCOMPARE(it->figures, expected.figures);
            QCOMPARE(it->original, expected.original);
        }
        *stored = int(found.size());
    }

    void verifyRerunAddsTheRest(const QString& path, int stored)
    {
        const CliResult rest = runCli({QStringLiteral("--db"), path, QStringLiteral("import"), reports()});
        QCOMPARE(rest.exitCode, 0);
        QCOMPARE(rest.lines().last(), QStringLiteral("summary: %1 imported, %2 duplicates, 0 failed")
                                          .arg(reportCount - stored)
                                          .arg(stored));
        int all = 0;
        verifyConsistent(path, &all);
        QCOMPARE(all, reportCount);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(reports());
        for (int i = 0; i < reportCount; ++i) {
            QFile file(QDir(reports()).filePath(QStringLiteral("r%1.txt").arg(i, 4, 10, QLatin1Char('0'))));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QString text = QStringLiteral("金湾区人才工作第%1期\n\n").arg(i);
            for (int p = 0; p < 20; ++p)
                text += QStringLiteral("第%1段:金湾区培训干部%2人次,发放人才补贴%3万元,"
                                       "引进博士%4人。\n\n")
                            .arg(p)
                            .arg(100 + i)
                            .arg(p + 1)
                            .arg(i % 50 + 1);
            file.write(text.toUtf8());
        }
        const QString reference = m_dir.filePath(QStringLiteral("reference.sqlite"));
        const CliResult whole =
            runCli({QStringLiteral("--db"), reference, QStringLiteral("import"), reports()});
        QCOMPARE(whole.exitCode, 0);
        Database database;
        QVERIFY2(database.openSqlite(reference), qPrintable(database.error()));
        m_reference = storedReports(database);
        QCOMPARE(int(m_reference.size()), reportCount);
        for (const StoredReport& report : std::as_const(m_reference)) {
            QVERIFY(report.paragraphs > 0);
            QVERIFY(report.figures > 0);
            QVERIFY(!report.original.isEmpty());
        }
    }

    // kill -9 while a batch is being stored.
    void killedImportLeavesConsistentDatabase()
    {
        const QString db = m_dir.filePath(QStringLiteral("crash.sqlite"));
        QProcess process;
        process.start(QStringLiteral(REGIONSCOPE_CLI_PATH),
                      {QStringLiteral("--db"), db, QStringLiteral("import"), reports()});
        QVERIFY(process.waitForStarted());
        // Wait until some reports are in, then kill without warning.
        QByteArray output;
        while (output.count("imported ") < 20 && process.state() == QProcess::Running) {
            process.waitForReadyRead(100);
            output += process.readAllStandardOutput();
        }
        QVERIFY2(process.state() == QProcess::Running, "the import finished before it could be killed");
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        output += process.readAllStandardOutput();

        int stored = 0;
        verifyConsistent(db, &stored);
        if (QTest::currentTestFailed())
            return;
        // A report said to be imported was committed; the batch in flight may have been committed too.
        QVERIFY(stored >= int(output.count("imported ")));
        QVERIFY(stored >= 20);
        QVERIFY(stored < reportCount);
        verifyRerunAddsTheRest(db, stored);
    }

    // Killed with every report of a batch stored and its savepoint released, the batch's commit not yet
    // issued (REGIONSCOPE_TEST_ABORT_BEFORE_COMMIT): the whole batch is lost, nothing of it is left.
    void killedBetweenReleaseAndCommit()
    {
        const QString db = m_dir.filePath(QStringLiteral("precommit.sqlite"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("REGIONSCOPE_TEST_ABORT_BEFORE_COMMIT"), QStringLiteral("6"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(REGIONSCOPE_CLI_PATH),
                      {QStringLiteral("--db"), db, QStringLiteral("import"), reports()});
        QVERIFY(process.waitForStarted());
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        const QByteArray output = process.readAllStandardOutput();
        const int said = int(output.count("imported "));

        int stored = 0;
        verifyConsistent(db, &stored);
        if (QTest::currentTestFailed())
            return;
        // Five batches were committed and reported; the sixth, released but not committed, left nothing.
        QCOMPARE(stored, said);
        QVERIFY(stored >= 5);
        QVERIFY(stored < reportCount);
        verifyRerunAddsTheRest(db, stored);
    }
};

QTEST_GUILESS_MAIN(TestCliCrash)
#include "tst_clicrash.moc"
