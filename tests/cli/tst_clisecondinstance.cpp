#include "CliRunner.h"

#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

// Two programs on one database at once (the GUI and a script, two scripts): SQLite's locking with
// WAL and a busy timeout lets both work. If one ever has to give up, it says the database is in
// use; either way nothing is corrupted or lost, and a re-run completes the rest.
class TestCliSecondInstance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    static constexpr int reportsPerFolder = 120;

    QString makeFolder(const QString& name, const QString& district)
    {
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder);
        for (int i = 0; i < reportsPerFolder; ++i) {
            QFile file(QDir(folder).filePath(QStringLiteral("r%1.txt").arg(i, 4, 10, QLatin1Char('0'))));
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(file.fileName()));
            QString text = QStringLiteral("%1人才工作第%2期\n\n").arg(district).arg(i);
            for (int p = 0; p < 15; ++p)
                text += QStringLiteral("第%1段:%2培训干部%3人次,发放人才补贴%4万元。\n\n")
                            .arg(p)
                            .arg(district)
                            .arg(100 + i)
                            .arg(p + 1);
            file.write(text.toUtf8());
        }
        return folder;
    }

    static QProcess* startCli(const QStringList& arguments, QObject* parent)
    {
        auto* process = new QProcess(parent);
        process->start(QStringLiteral(REGIONSCOPE_CLI_PATH), arguments);
        return process;
    }

    // Every line is an import, a duplicate, or a failure because the other program held the database.
    static void checkImportOutput(const QString& out, int* imported)
    {
        for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1String("imported ")))
                ++*imported;
            else if (line.startsWith(QLatin1String("failed ")))
                QVERIFY2(line.contains(QStringLiteral("in use")), qPrintable(line));
            else
                QVERIFY2(line.startsWith(QLatin1String("summary: ")) ||
                             line.startsWith(QLatin1String("formats: ")) ||
                             line.startsWith(QLatin1String("duplicate ")),
                         qPrintable(line));
        }
    }

private Q_SLOTS:
    void twoImportersAndAReaderAtOnce()
    {
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath(QStringLiteral("shared.sqlite"));
        const QString jinwan = makeFolder(QStringLiteral("jinwan"), QStringLiteral("金湾区"));
        const QString doumen = makeFolder(QStringLiteral("doumen"), QStringLiteral("斗门区"));

        // Both start on a database that does not exist yet: creating and migrating it races too.
        QObject owner;
        QProcess* first =
            startCli({QStringLiteral("--db"), db, QStringLiteral("import"), jinwan, doumen}, &owner);
        QProcess* second =
            startCli({QStringLiteral("--db"), db, QStringLiteral("import"), doumen, jinwan}, &owner);
        QVERIFY(first->waitForStarted());
        QVERIFY(second->waitForStarted());

        // A reader keeps listing while they write: it is never refused or shown a broken table.
        int listings = 0;
        while (first->state() != QProcess::NotRunning || second->state() != QProcess::NotRunning) {
            const CliResult listed = runCli({QStringLiteral("--db"), db, QStringLiteral("list")});
            if (listed.exitCode != 0)
                QVERIFY2(listed.err.contains(QStringLiteral("in use")), qPrintable(listed.err));
            else
                QVERIFY(listed.out.startsWith(QStringLiteral("id\ttitle\t")));
            ++listings;
            first->waitForFinished(0);
            second->waitForFinished(0);
        }
        QVERIFY(listings > 0);
        QCOMPARE(first->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        const QString firstOut = QString::fromUtf8(first->readAllStandardOutput());
        const QString secondOut = QString::fromUtf8(second->readAllStandardOutput());
        const QString errors = QString::fromUtf8(first->readAllStandardError()) +
                               QString::fromUtf8(second->readAllStandardError());
        int imported = 0;
        checkImportOutput(firstOut, &imported);
        checkImportOutput(secondOut, &imported);
        if (first->exitCode() != 0 || second->exitCode() != 0)
            QVERIFY2(errors.isEmpty() || errors.contains(QStringLiteral("in use")), qPrintable(errors));

        {
            Database database;
            QVERIFY2(database.openSqlite(db), qPrintable(database.error()));
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
            // Each report once, whichever program stored it: the duplicate check runs inside the
            // writing transaction.
            QCOMPARE(ArticleStore(database).count(), imported);
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM (SELECT body_hash FROM articles "
                                              "GROUP BY body_hash HAVING COUNT(*) > 1)")) &&
                    query.next());
            QCOMPARE(query.value(0).toInt(), 0);
        }

        // Whatever had to wait is imported now; nothing that was stored is imported twice.
        const CliResult rest = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), jinwan, doumen});
        QCOMPARE(rest.exitCode, 0);
        QCOMPARE(rest.lines().last(), QStringLiteral("summary: %1 imported, %2 duplicates, 0 failed")
                                          .arg(2 * reportsPerFolder - imported)
                                          .arg(imported));
    }
};

QTEST_GUILESS_MAIN(TestCliSecondInstance)
#include "tst_clisecondinstance.moc"
