#include "CliRunner.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Every bad input gets a specific message naming the file, leaves the database as it was, and does
// not stop the rest of the batch.
class TestCliBadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_goodReport;

    QString write(const QString& name, const QByteArray& bytes)
    {
        return writeTestFile(m_dir.path(), name, bytes);
    }

    QString listing() { return runCli({QStringLiteral("--db"), m_db, QStringLiteral("list")}, true).out; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The CLI may run as "nobody" (see CliRunner.h): it must reach and write these files.
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777));
        m_db = m_dir.filePath(QStringLiteral("corpus.sqlite"));
        const CliResult first = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                                        QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds/"
                                                                              "003_c80e7640dadc126c.txt")},
                                       true);
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        m_goodReport = write(
            QStringLiteral("good/report.txt"),
            QStringLiteral("金湾区召开人才工作会议\n\n2023年,金湾区新引进博士45人,发放人才政策补贴近1.5亿元。"
                           "会议要求进一步做好人才服务工作。")
                .toUtf8());
    }

    void badInputIsReportedAndChangesNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");

        QTest::newRow("empty file") << write(QStringLiteral("empty.txt"), QByteArray()) << "empty";
        QTest::newRow("whitespace only")
            << write(QStringLiteral("blank.txt"), QByteArray(" \n\r\n\t  \n")) << "empty";
        // Signature and IHDR chunk without its CRC: all 29 bytes the literal holds.
        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 29);
        png.append(QByteArray(400, '\x7f'));
        QTest::newRow("PNG renamed .txt") << write(QStringLiteral("picture.txt"), png) << "PNG";
        QByteArray garbage;
        for (int i = 0; i < 3000; ++i)
            garbage.append(char(0x80 + (i * 37) % 0x7f)).append(char(0x01 + (i * 11) % 0x1f));
        QTest::newRow("undecodable bytes") << write(QStringLiteral("garbage.txt"), garbage) << "decod";
        {
            const QString big = m_dir.filePath(QStringLiteral("huge.txt"));
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(51LL * 1024 * 1024)); // sparse: no 51 MB written to disk
            file.close();
            QTest::newRow("file over 50 MB") << big << "too large";
        }
        {
            const QString locked = write(QStringLiteral("locked.txt"), QByteArray("金湾区人才工作"));
            QFile::setPermissions(locked, QFileDevice::Permissions());
            QTest::newRow("unreadable file") << locked << "cannot be read";
        }
        QTest::newRow("path that does not exist")
            << m_dir.filePath(QStringLiteral("missing/report.txt")) << "no such file";
        write(QStringLiteral("no-reports/picture.png"), png);
        write(QStringLiteral("no-reports/notes.xlsx"), QByteArray("PK\x03\x04")); // .docx is a report now
        QTest::newRow("folder with no reports")
            << m_dir.filePath(QStringLiteral("no-reports")) << "no reports";
    }

    void badInputIsReportedAndChangesNothing()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const QString before = listing();
        const CliResult result = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), path}, true);
        QCOMPARE(result.exitCode, 1);
        const QStringList lines = result.lines();
        QCOMPARE(lines.size(), 2);
        const QString prefix = QStringLiteral("failed %1: ").arg(path);
        QVERIFY2(lines.first().startsWith(prefix), qPrintable(lines.first()));
        QVERIFY2(lines.first().contains(expected, Qt::CaseInsensitive), qPrintable(lines.first()));
        QCOMPARE(lines.last(), QStringLiteral("summary: 0 imported, 0 duplicates, 1 failed"));
        QCOMPARE(listing(), before);
    }

    void batchGoesOnAfterAFailure()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.txt"));
        const CliResult result = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), empty,
                                         m_dir.filePath(QStringLiteral("missing.txt")), m_goodReport},
                                        true);
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.lines().last(), QStringLiteral("summary: 1 imported, 0 duplicates, 2 failed"));
        QVERIFY(result.out.contains(QStringLiteral("imported ")));
        QVERIFY(listing().contains(QStringLiteral("金湾区召开人才工作会议")));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("import without paths") << QStringList{QStringLiteral("import")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--nope"), QStringLiteral("list")};
        QTest::newRow("bad list format")
            << QStringList{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")};
        QTest::newRow("show without id") << QStringList{QStringLiteral("show")};
        QTest::newRow("--db without file") << QStringList{QStringLiteral("--db")};
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        const CliResult result = runCli(QStringList{QStringLiteral("--db"), m_db} + arguments, true);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
    }

    void helpAndVersion()
    {
        const CliResult help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("\n  import ")), qPrintable(help.out));
        QVERIFY(help.out.contains(QStringLiteral("regionscope-cli help COMMAND")));
        const CliResult version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("regionscope-cli ")));
    }

    void notADatabaseIsRefused()
    {
        const QString notes = write(QStringLiteral("notes.sqlite"), QByteArray("plain text, not SQLite"));
        const CliResult result = runCli({QStringLiteral("--db"), notes, QStringLiteral("list")}, true);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("not a Regionscope database")), qPrintable(result.err));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("plain text, not SQLite"));
    }
};

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "tst_clibadinput.moc"
