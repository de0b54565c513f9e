#include "CliRunner.h"
#include "ExchangeFixture.h"
#include "PostgresTestServer.h"

#include "annotations/AnnotationExchange.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

// `annotations export` and `annotations import` end to end through the real executable: files written
// in every format, a project carried into a fresh database, bad input refused with exit codes and
// messages, and an unsafe archive leaving the database untouched. Runs on SQLite files and, as
// tst_cliannotations_postgresql, on new PostgreSQL databases.
class TestCliAnnotations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresTestServer m_server;
    QString m_db;

    // A new database: a file in the test's directory, or one on the PostgreSQL test server.
    QString freshLocation(const QString& fileName)
    {
        if (!PostgresTestServer::wanted())
            return m_dir.filePath(fileName);
        QString error;
        const QString url = m_server.createDatabase(&error);
        if (url.isEmpty())
            qWarning("%s", qPrintable(error));
        return url;
    }

    CliResult cli(const QString& db, const QStringList& arguments)
    {
        return runCli(QStringList{QStringLiteral("--db"), db} + arguments);
    }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    struct Counts
    {
        int articles = -1;
        int tags = -1;
        int annotations = -1;
    };

    static Counts counts(const QString& path)
    {
        Database db;
        Counts c;
        if (!db.open(path))
            return c;
        c.articles = ArticleStore(db).count();
        c.tags = int(AnnotationStore(db).tags().size());
        c.annotations = int(AnnotationStore(db).allAnnotations().size());
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (PostgresTestServer::wanted() && !PostgresTestServer::skipReason().isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
        m_db = freshLocation(QStringLiteral("cli.sqlite"));
        QVERIFY(!m_db.isEmpty());
        Database db;
        QVERIFY2(db.open(m_db), qPrintable(db.error()));
        qint64 wide = 0;
        qint64 seed = 0;
        QCOMPARE(exchange::populate(db, &wide, &seed), 4);
    }

    void exportsEveryFormat()
    {
        const QString csv = m_dir.filePath(QStringLiteral("a.csv"));
        CliResult result =
            cli(m_db, {QStringLiteral("annotations"), QStringLiteral("export"), QStringLiteral("--format"),
                       QStringLiteral("csv"), QStringLiteral("-o"), csv});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.out.trimmed(), QStringLiteral("exported 5 annotations to %1").arg(csv));
        QVERIFY(readAll(csv).startsWith("\xEF\xBB\xBF"
                                        "article_id,"));

        const QString json = m_dir.filePath(QStringLiteral("a.json"));
        result = cli(m_db, {QStringLiteral("annotations"), QStringLiteral("export"),
                            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), json});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject collection = QJsonDocument::fromJson(readAll(json)).object();
        QCOMPARE(collection.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
        QCOMPARE(collection.value(QStringLiteral("total")).toInt(), 5);

        // Without --format, the suffix decides.
        const QString qdpx = m_dir.filePath(QStringLiteral("a.qdpx"));
        result =
            cli(m_db, {QStringLiteral("annotations"), QStringLiteral("export"), QStringLiteral("-o"), qdpx});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.out.trimmed(),
                 QStringLiteral("exported 4 annotations of 2 reports and 4 tags to %1").arg(qdpx));
        QVERIFY2(result.err.contains(QStringLiteral("1 orphaned annotation")), qPrintable(result.err));
        QVERIFY(readAll(qdpx).startsWith("PK"));
    }

    void importsIntoAFreshDatabase()
    {
        const QString qdpx = m_dir.filePath(QStringLiteral("b.qdpx"));
        QCOMPARE(cli(m_db, {QStringLiteral("annotations"), QStringLiteral("export"),
                            QStringLiteral("--format"), QStringLiteral("qdpx"), QStringLiteral("-o"), qdpx})
                     .exitCode,
                 0);
        const QString fresh = freshLocation(QStringLiteral("fresh.sqlite"));
        QVERIFY(!fresh.isEmpty());
        const CliResult result = cli(fresh, {QStringLiteral("annotations"), QStringLiteral("import"), qdpx});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.lines(), (QStringList{QStringLiteral("tags: 4 created, 0 matched"),
                                              QStringLiteral("reports: 2 imported, 0 matched"),
                                              QStringLiteral("annotations: 4 imported, 0 already present, 0 "
                                                             "orphaned, 0 skipped")}));
        const Counts after = counts(fresh);
        QCOMPARE(after.articles, 2);
        QCOMPARE(after.tags, 4);
        QCOMPARE(after.annotations, 4);

        // The same project again: recognised, nothing added.
        const CliResult again = cli(fresh, {QStringLiteral("annotations"), QStringLiteral("import"), qdpx});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QStringLiteral("4 already present")));
        QCOMPARE(counts(fresh).annotations, 4);
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList{} << QStringLiteral("give export or import");
        QTest::newRow("unknown action")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown action");
        QTest::newRow("no output") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                                  QStringLiteral("csv")}
                                   << QStringLiteral("-o FILE");
        QTest::newRow("bad format") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                                   QStringLiteral("xml"), QStringLiteral("-o"),
                                                   QStringLiteral("x.xml")}
                                    << QStringLiteral("csv, json or qdpx");
        QTest::newRow("import nothing")
            << QStringList{QStringLiteral("import")} << QStringLiteral(".qdpx file");
        QTest::newRow("import two") << QStringList{QStringLiteral("import"), QStringLiteral("a"),
                                                   QStringLiteral("b")}
                                    << QStringLiteral("exactly one file");
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliResult result = cli(m_db, QStringList{QStringLiteral("annotations")} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("usage:")));
    }

    void unreadableInputFailsWithOneAndStoresNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("path escape") << exchange::rawZip(
                                            {{"project.qde", "<Project/>"}, {"../evil.txt", "x"}})
                                     << QStringLiteral("climbs out");
        QTest::newRow("absolute") << exchange::rawZip({{"/tmp/evil.txt", "x"}, {"project.qde", "<Project/>"}})
                                  << QStringLiteral("absolute path");
        QTest::newRow("huge entry") << exchange::rawZip({{"project.qde", "<Project/>"},
                                                         {"sources/x.txt", "x", 400u * 1024 * 1024}})
                                    << QStringLiteral("larger than");
        QTest::newRow("not a project") << QByteArray("just text") << QStringLiteral("project.qde, line 1");
    }

    void unreadableInputFailsWithOneAndStoresNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QStringLiteral("bad.qdpx"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const Counts before = counts(m_db);
        const CliResult result = cli(m_db, {QStringLiteral("annotations"), QStringLiteral("import"), path});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.err.contains(path));
        QVERIFY(result.out.isEmpty());
        const Counts after = counts(m_db);
        QCOMPARE(after.articles, before.articles);
        QCOMPARE(after.tags, before.tags);
        QCOMPARE(after.annotations, before.annotations);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("evil.txt"))));
        QVERIFY(!QFile::exists(QDir::cleanPath(m_dir.path() + QStringLiteral("/../evil.txt"))));
    }

    void missingFileFailsWithOne()
    {
        const CliResult result = cli(m_db, {QStringLiteral("annotations"), QStringLiteral("import"),
                                            m_dir.filePath(QStringLiteral("missing.qdpx"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("no such file")), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestCliAnnotations)
#include "tst_cliannotations.moc"
