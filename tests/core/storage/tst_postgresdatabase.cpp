#include "PostgresTestServer.h"
#include "storage/AnnotationStore.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/PostgresDialect.h"
#include "storage/PostgresSchema.h"

#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace rs;
using namespace Qt::StringLiterals;

// Database::open on a PostgreSQL URL (issue 18), against the test run's server (tools/pg-test-cluster):
// a new database gets schema 15's tables, both URL forms connect, and every way a connection fails is
// said in words without the driver's text or the password.
class TestPostgresDatabase : public QObject
{
    Q_OBJECT

    PostgresTestServer m_server;

    static int port()
    {
        return QUrlQuery(QUrl(PostgresTestServer::adminUrl())).queryItemValue(u"port"_s).toInt();
    }

    static int tableCount(Database& db)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(u"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"_s) ||
            !query.next())
            return -1;
        return query.value(0).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!PostgresTestServer::skipReason().isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
    }

    void cleanup() { m_server.dropDatabases(); }

    void newDatabaseGetsTheSchema()
    {
        QString error;
        const QString url = m_server.createDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        {
            Database db;
            QVERIFY2(db.open(url), qPrintable(db.error()));
            QVERIFY(db.isPostgres());
            QVERIFY(db.wasCreated());
            QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
            QVERIFY(db.schemaVersion() >= PostgresSchema::version());
            // The schema's tables, its version table, and the search tokens of migration 18.
            QCOMPARE(tableCount(db), PostgresSchema::statements().filter(u"CREATE TABLE"_s).size() + 2);
            QVERIFY(db.backupPath().isEmpty());
        }
        Database again;
        QVERIFY2(again.open(url), qPrintable(again.error()));
        QVERIFY(!again.wasCreated());
        QCOMPARE(again.schemaVersion(), Migrations::latestVersion());
    }

    // The TCP form with a password, as an analyst's own role: the password opens the connection and
    // appears in no message.
    void bothUrlFormsConnect()
    {
        QString error;
        const QString url = m_server.createDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        {
            Database db; // the socket form, creating the schema
            QVERIFY2(db.open(url), qPrintable(db.error()));
        }
        const QString name = QUrl(url).path().mid(1);
        QVERIFY2(PostgresTestServer::runAsAdmin({u"DROP ROLE IF EXISTS rs_test_analyst"_s,
                                                 u"CREATE ROLE rs_test_analyst LOGIN PASSWORD 'pw-s3cret'"_s},
                                                &error),
                 qPrintable(error));
        QVERIFY2(PostgresTestServer::runAsAdmin({u"GRANT SELECT ON regionscope_schema TO rs_test_analyst"_s},
                                                &error, name),
                 qPrintable(error));
        const QString tcp = u"postgresql://rs_test_analyst:pw-s3cret@127.0.0.1:%1/%2"_s.arg(port()).arg(name);
        Database analyst;
        QVERIFY2(analyst.open(tcp), qPrintable(analyst.error()));
        QCOMPARE(analyst.path(), u"postgresql://rs_test_analyst@127.0.0.1:%1/%2"_s.arg(port()).arg(name));
        QCOMPARE(analyst.schemaVersion(), Migrations::latestVersion());
        analyst.close();

        Database refused;
        QVERIFY(
            !refused.open(u"postgresql://rs_test_analyst:pw-wrong@127.0.0.1:%1/%2"_s.arg(port()).arg(name)));
        QVERIFY2(
            refused.error().startsWith(u"the PostgreSQL server refused the login of “rs_test_analyst”"_s),
            qPrintable(refused.error()));
        QVERIFY2(!refused.error().contains(u"pw-wrong"_s) && !refused.error().contains(u"FATAL"_s),
                 qPrintable(refused.error()));
        QVERIFY(!refused.isOpen());
        QVERIFY(PostgresTestServer::runAsAdmin({u"DROP OWNED BY rs_test_analyst"_s}, nullptr, name));
        m_server.dropDatabases();
        QVERIFY(PostgresTestServer::runAsAdmin({u"DROP ROLE rs_test_analyst"_s}));
    }

    void connectionFailuresAreSaidInWords_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message");
        const QUrlQuery admin{QUrl(PostgresTestServer::adminUrl())};
        const QString socket = admin.queryItemValue(u"host"_s);
        QTest::newRow("no such database")
            << u"postgresql://postgres:pw-s3cret@/rs_no_such_db?host=%1&port=%2"_s.arg(socket).arg(port())
            << u"the PostgreSQL server has no database “rs_no_such_db”"_s;
        QTest::newRow("no such role")
            << u"postgresql://rs_nobody@/postgres?host=%1&port=%2"_s.arg(socket).arg(port())
            << u"the PostgreSQL server refused the login of “rs_nobody”"_s;
        QTest::newRow("no server at the socket")
            << u"postgresql://postgres:pw-s3cret@/corpus?host=/nonexistent/run&port=5999"_s
            << u"no PostgreSQL server answers at postgresql://postgres@/corpus?host=/nonexistent/run&port=5999"_s;
        QTest::newRow("no server at the port") << u"postgresql://postgres:pw-s3cret@127.0.0.1:1/corpus"_s
                                               << u"no PostgreSQL server answers at"_s;
    }

    void connectionFailuresAreSaidInWords()
    {
        QFETCH(QString, url);
        QFETCH(QString, message);
        Database db;
        QVERIFY(!db.open(url));
        QVERIFY2(db.error().startsWith(message), qPrintable(db.error()));
        QVERIFY2(!db.error().contains(u"pw-s3cret"_s), qPrintable(db.error()));
        QVERIFY2(!db.error().contains(u"FATAL"_s) && !db.error().contains(u"QPSQL"_s),
                 qPrintable(db.error()));
        QVERIFY(!db.isOpen());
    }

    // A database holding someone else's tables is not taken for a new corpus, nor changed.
    void foreignDatabasesAreLeftAlone()
    {
        QString error;
        const QString url = m_server.createDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        const QString name = QUrl(url).path().mid(1);
        QVERIFY(PostgresTestServer::runAsAdmin({u"CREATE TABLE invoices (id INTEGER)"_s}, &error, name));
        {
            Database db;
            QVERIFY(!db.open(url));
            QVERIFY2(db.error().contains(u"holds tables that are not Regionscope's; it was left untouched"_s),
                     qPrintable(db.error()));
        }
        // No schema table was made: the division fails when there is one.
        QVERIFY(PostgresTestServer::runAsAdmin({u"SELECT 1/(1 - COUNT(*)) FROM information_schema.tables"
                                                " WHERE table_name = 'regionscope_schema'"_s},
                                               &error, name));
        // And a newer schema than this build knows is refused, as on SQLite.
        QVERIFY(PostgresTestServer::runAsAdmin({u"DROP TABLE invoices"_s}, &error, name));
        {
            Database db;
            QVERIFY(db.open(url));
        }
        QVERIFY(
            PostgresTestServer::runAsAdmin({u"UPDATE regionscope_schema SET version = 999"_s}, &error, name));
        Database newer;
        QVERIFY(!newer.open(url));
        QVERIFY2(newer.error().contains(u"written by a newer version of Regionscope (schema 999"_s),
                 qPrintable(newer.error()));
    }

    // A statement's SQLSTATE reaches the message: a duplicate GUID breaks a rule of the schema.
    void statementFailuresAreClassified()
    {
        QString error;
        const QString url = m_server.createDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        Database db;
        QVERIFY2(db.open(url), qPrintable(db.error()));
        AnnotationStore store(db);
        Tag tag;
        tag.name = u"政策"_s;
        tag.guid = u"6c1d3e4f-0000-4000-8000-000000000001"_s;
        QVERIFY(store.insertTag(tag, false, &error) > 0);
        tag.name = u"人才"_s;
        QCOMPARE(store.insertTag(tag, false, &error), 0);
        QVERIFY2(error.contains(
                     u"Storing tag “人才” failed: the database refused a value Regionscope should never "
                     "write"_s),
                 qPrintable(error));
        QCOMPARE(store.tags().size(), 1);
    }

    void sqlStatesAreClassified_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("failure");
        using F = DatabaseDialect::Failure;
        QTest::newRow("serialization") << "40001" << int(F::Busy);
        QTest::newRow("deadlock") << "40P01" << int(F::Busy);
        QTest::newRow("lock timeout") << "55P03" << int(F::Busy);
        QTest::newRow("disk full") << "53100" << int(F::DiskFull);
        QTest::newRow("read-only transaction") << "25006" << int(F::ReadOnly);
        QTest::newRow("unique") << "23505" << int(F::Constraint);
        QTest::newRow("foreign key") << "23503" << int(F::Constraint);
        QTest::newRow("check") << "23514" << int(F::Constraint);
        QTest::newRow("too big") << "54000" << int(F::TooBig);
        QTest::newRow("privilege") << "42501" << int(F::Denied);
        QTest::newRow("corrupt") << "XX001" << int(F::Damaged);
        QTest::newRow("syntax") << "42601" << int(F::Other);
        QTest::newRow("none") << "" << int(F::Other);
    }

    void sqlStatesAreClassified()
    {
        QFETCH(QString, state);
        QFETCH(int, failure);
        QCOMPARE(int(PostgresDialect::classifyState(state)), failure);
    }
};

QTEST_GUILESS_MAIN(TestPostgresDatabase)
#include "tst_postgresdatabase.moc"
