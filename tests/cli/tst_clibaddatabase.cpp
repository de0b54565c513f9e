#include "CliRunner.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace rs;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

QString integrityCheck(const QString& path)
{
    Database database;
    if (!database.openSqlite(path))
        return database.error();
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
        return QStringLiteral("integrity_check did not run");
    return query.value(0).toString();
}

} // namespace

// A database file that is damaged, foreign, from a newer release, read-only, or on a full disk: the
// CLI says what is wrong with which file, does not crash, and never overwrites what is there.
class TestCliBadDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_reference; // a real corpus database with the five sample reports
    QString m_reports;   // a folder of reports to import

    QString seed(int i) const
    {
        static const char* const names[] = {"000_2496036bcb3ee729.txt", "001_05fc3587cf98a258.txt",
                                            "002_14309619b7b81944.txt", "003_c80e7640dadc126c.txt",
                                            "004_dee7d14892e105a8.txt"};
        return QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds/") + QLatin1String(names[i]);
    }

    // A copy of the reference database under a new name, as one file (no -wal or -shm beside it).
    QString copyOfReference(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        writeAll(path, readAll(m_reference));
        QFile::setPermissions(path, QFileDevice::Permissions(0x6666));
        return path;
    }

    static QString listing(const QString& db)
    {
        return runCli({QStringLiteral("--db"), db, QStringLiteral("list")}, true).out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The CLI may run as "nobody" (see CliRunner.h): it must reach and write these files.
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777));
        m_reference = m_dir.filePath(QStringLiteral("reference.sqlite"));
        const CliResult imported = runCli({QStringLiteral("--db"), m_reference, QStringLiteral("import"),
                                           QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.out + imported.err));
        // The last connection to close checkpoints the WAL into the file and removes it.
        QVERIFY(!QFile::exists(m_reference + QStringLiteral("-wal")));

        m_reports = m_dir.filePath(QStringLiteral("reports"));
        QDir().mkpath(m_reports);
        for (int i = 0; i < 40; ++i) {
            QString text = QStringLiteral("香洲区人才工作简报第%1期\n\n").arg(i);
            for (int p = 0; p < 30; ++p)
                text += QStringLiteral("第%1段:香洲区培训干部%2人次,发放人才补贴%3万元,引进博士%4人。\n\n")
                            .arg(p)
                            .arg(300 + i)
                            .arg(p + 2)
                            .arg(i % 40 + 3);
            writeAll(QDir(m_reports).filePath(QStringLiteral("b%1.txt").arg(i, 3, 10, QLatin1Char('0'))),
                     text.toUtf8());
        }
    }

    void damagedFileIsRefusedAndLeftUntouched_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");

        const QByteArray real = readAll(m_reference);
        QVERIFY(real.size() > 64 * 1024);
        {
            const QString path = m_dir.filePath(QStringLiteral("random.sqlite"));
            writeAll(path, randomBytes(64 * 1024, 1));
            QTest::newRow("random bytes") << path << "not a Regionscope database";
        }
        {
            const QString path = m_dir.filePath(QStringLiteral("truncated.sqlite"));
            writeAll(path, real.left(real.size() / 2));
            QTest::newRow("truncated SQLite file") << path << "damaged";
        }
        {
            // The header stays, the schema page after it is overwritten.
            QByteArray garbled = real;
            garbled.replace(100, 3996, randomBytes(3996, 2));
            const QString path = m_dir.filePath(QStringLiteral("garbled.sqlite"));
            writeAll(path, garbled);
            QTest::newRow("garbled SQLite file") << path << "damaged";
        }
        {
            const QString path = m_dir.filePath(QStringLiteral("empty-pages.sqlite"));
            QByteArray zeroed = real;
            zeroed.replace(4096, real.size() - 4096, QByteArray(real.size() - 4096, '\0'));
            writeAll(path, zeroed);
            QTest::newRow("SQLite file with its pages zeroed") << path << "damaged";
        }
    }

    void damagedFileIsRefusedAndLeftUntouched()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QFile::setPermissions(path, QFileDevice::Permissions(0x6666));
        const QByteArray before = readAll(path);
        const QStringList commands[] = {
            {QStringLiteral("list")},
            {QStringLiteral("show"), QStringLiteral("1")},
            {QStringLiteral("import"), seed(0)},
        };
        for (const QStringList& command : commands) {
            const CliResult result = runCli(QStringList{QStringLiteral("--db"), path} + command, true);
            QVERIFY2(result.exitCode == 1, qPrintable(command.first() + QLatin1Char(' ') + result.err));
            QVERIFY2(result.err.contains(path), qPrintable(result.err));
            QVERIFY2(result.err.contains(expected, Qt::CaseInsensitive), qPrintable(result.err));
            // Qt's warnings about connections still in use are noise in front of the message.
            QVERIFY2(!result.err.contains(QStringLiteral("QSql")), qPrintable(result.err));
            QVERIFY2(!result.out.contains(QStringLiteral("imported ")), qPrintable(result.out));
            QCOMPARE(readAll(path), before);
        }
    }

    void newerSchemaIsRefusedAndLeftUntouched()
    {
        const QString path = copyOfReference(QStringLiteral("future.sqlite"));
        {
            Database database;
            QVERIFY(database.openSqlite(path));
            QSqlQuery query(database.connection());
            QVERIFY(
                query.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
        }
        const QByteArray before = readAll(path);
        for (const QString& command : {QStringLiteral("list"), QStringLiteral("import")}) {
            QStringList arguments{QStringLiteral("--db"), path, command};
            if (command == QLatin1String("import"))
                arguments << seed(0);
            const CliResult result = runCli(arguments, true);
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains(path), qPrintable(result.err));
            QVERIFY2(result.err.contains(QStringLiteral("newer version of Regionscope")),
                     qPrintable(result.err));
            QCOMPARE(readAll(path), before);
            QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) ||
                    QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        }
        // Nothing was backed up or migrated either.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("future.sqlite.backup*")}), QStringList());
    }

    // `--db postgresql://…` once made a folder "postgresql:" with a SQLite file in it; now every command
    // connects to the server, and when none answers says so in words and creates nothing.
    void postgresqlUrlIsNeverAFile()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        QProcess process;
        process.setWorkingDirectory(work.path());
        process.start(QStringLiteral(REGIONSCOPE_CLI_PATH),
                      {QStringLiteral("--db"), QStringLiteral("postgresql://ana@localhost:5432/corpus"),
                       QStringLiteral("autocode"), QStringLiteral("--query"), QStringLiteral("人才"),
                       QStringLiteral("--dry-run")});
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.startsWith(QStringLiteral("regionscope-cli: no PostgreSQL server answers at "
                                               "postgresql://ana@localhost:5432/corpus")),
                 qPrintable(err));
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QCOMPARE(QDir(work.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }

    void readOnlyFileIsRefusedAndLeftUntouched()
    {
        const QString path = copyOfReference(QStringLiteral("readonly.sqlite"));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
        const QByteArray before = readAll(path);
        const CliResult result =
            runCli({QStringLiteral("--db"), path, QStringLiteral("import"), seed(0)}, true);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(path), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("read-only")), qPrintable(result.err));
        QCOMPARE(readAll(path), before);
    }

    void readOnlyFolderIsNamed()
    {
        // SQLite keeps its -wal and -shm files next to the database: a writable file in a folder
        // that is not writable cannot be opened either, and the message must say why.
        const QString folder = m_dir.filePath(QStringLiteral("locked-folder"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("corpus.sqlite"));
        writeAll(path, readAll(m_reference));
        QFile::setPermissions(path, QFileDevice::Permissions(0x6666));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                                  QFileDevice::ReadOther | QFileDevice::ExeOther));
        const QByteArray before = readAll(path);
        const CliResult result = runCli({QStringLiteral("--db"), path, QStringLiteral("list")}, true);
        QFile::setPermissions(folder, QFileDevice::Permissions(0x7777));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(folder), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("read-only")), qPrintable(result.err));
        QVERIFY2(!result.err.contains(QStringLiteral("QSql")), qPrintable(result.err));
        QCOMPARE(readAll(path), before);
    }

    void fullDiskFailsCleanly()
    {
        const QString path = copyOfReference(QStringLiteral("full.sqlite"));
        const QString before = listing(path);
        QCOMPARE(before.count(QLatin1Char('\n')), 6); // header and the five sample reports

        // The disk "fills up" 96 KiB after the current end of the database: a few pages of WAL, far
        // less than the 40 reports need. SIGXFSZ is ignored so writes fail with EFBIG instead of
        // killing the importer, as on a full disk.
        const qint64 limit = QFileInfo(path).size() + 96 * 1024;
        QProcess process;
        process.setChildProcessModifier([limit]() {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit fsize{rlim_t(limit), rlim_t(limit)};
            ::setrlimit(RLIMIT_FSIZE, &fsize);
        });
        process.start(QStringLiteral(REGIONSCOPE_CLI_PATH),
                      {QStringLiteral("--db"), path, QStringLiteral("import"), m_reports});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList imported;
        QStringList failed;
        for (const QString& line : lines) {
            if (line.startsWith(QLatin1String("imported ")))
                imported << line.section(QLatin1Char(' '), 2);
            else if (line.startsWith(QLatin1String("failed "))) {
                failed << line.mid(7).section(QStringLiteral(": "), 0, 0);
                QVERIFY2(line.contains(QStringLiteral("disk is full")), qPrintable(line + err));
                QVERIFY2(line.contains(path), qPrintable(line));
            }
        }
        QVERIFY2(!failed.isEmpty(), qPrintable(out + err));
        QCOMPARE(imported.size() + failed.size(), 40);

        QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
        // The earlier reports are intact, what was reported imported is there, what failed is not.
        const QString after = listing(path);
        for (const QString& row : before.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(after.contains(row), qPrintable(row));
        QCOMPARE(after.count(QLatin1Char('\n')), 6 + imported.size());

        // With space again, the same import completes the rest.
        const CliResult rest = runCli({QStringLiteral("--db"), path, QStringLiteral("import"), m_reports});
        QCOMPARE(rest.exitCode, 0);
        QCOMPARE(rest.lines().last(), QStringLiteral("summary: %1 imported, %2 duplicates, 0 failed")
                                          .arg(failed.size())
                                          .arg(imported.size()));
        QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestCliBadDatabase)
#include "tst_clibaddatabase.moc"
