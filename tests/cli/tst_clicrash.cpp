#include "CliRunner.h"

#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace rs;

// Killing the importer at any moment leaves a consistent database: every report is stored whole
// (body, paragraphs, original, figures) or not at all, and a second run imports the rest.
class TestCliCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    static constexpr int reportCount = 1000; // enough that the kill lands mid-import on a fast machine

private Q_SLOTS:
    void initTestCase()
    {
        const QString folder = m_dir.filePath(QStringLiteral("reports"));
        QDir().mkpath(folder);
        for (int i = 0; i < reportCount; ++i) {
            QFile file(QDir(folder).filePath(QStringLiteral("r%1.txt").arg(i, 4, 10, QLatin1Char('0'))));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QString text = QStringLiteral("金湾区人才工作第%1期\n\n").arg(i);
            for (int p = 0; p < 20; ++p)
                text += QStringLiteral("第%1段:金湾区培训干部%2人次,发放人才补贴%3万元,引进博士%4人。\n\n")
                            .arg(p)
                            .arg(100 + i)
                            .arg(p + 1)
                            .arg(i % 50 + 1);
            file.write(text.toUtf8());
        }
    }

    void killedImportLeavesConsistentDatabase()
    {
        const QString db = m_dir.filePath(QStringLiteral("crash.sqlite"));
        QProcess process;
        process.start(QStringLiteral(REGIONSCOPE_CLI_PATH),
                      {QStringLiteral("--db"), db, QStringLiteral("import"),
                       m_dir.filePath(QStringLiteral("reports"))});
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

        int stored = 0;
        {
            Database database;
            QVERIFY2(database.openSqlite(db), qPrintable(database.error()));
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
            // No article without its paragraphs, original bytes and figures.
            QVERIFY(query.exec(
                QStringLiteral("SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM paragraphs p "
                               "WHERE p.article_id = a.id)"
                               " OR NOT EXISTS (SELECT 1 FROM article_originals o WHERE o.article_id = a.id)"
                               " OR NOT EXISTS (SELECT 1 FROM metrics m WHERE m.article_id = a.id)")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            stored = ArticleStore(database).count();
        }
        QVERIFY(stored >= 20);
        QVERIFY(stored < reportCount);

        const CliResult rest = runCli({QStringLiteral("--db"), db, QStringLiteral("import"),
                                       m_dir.filePath(QStringLiteral("reports"))});
        QCOMPARE(rest.exitCode, 0);
        QCOMPARE(rest.lines().last(), QStringLiteral("summary: %1 imported, %2 duplicates, 0 failed")
                                          .arg(reportCount - stored)
                                          .arg(stored));
    }
};

QTEST_GUILESS_MAIN(TestCliCrash)
#include "tst_clicrash.moc"
