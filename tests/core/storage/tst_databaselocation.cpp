#include "storage/DatabaseLocation.h"

#include <QTest>

using namespace rs;

// Both URL forms of issue 18's CLI contract name a PostgreSQL database; anything else that looks like a
// URL is refused in words, and a password is kept for connecting but never shown.
class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filesAreFiles()
    {
        DatabaseLocation location;
        QVERIFY(DatabaseLocation::parse(QStringLiteral("/tmp/corpus.sqlite"), &location));
        QCOMPARE(location.kind(), DatabaseLocation::Kind::SqliteFile);
        QCOMPARE(location.filePath(), QStringLiteral("/tmp/corpus.sqlite"));
        QCOMPARE(location.displayName(), QStringLiteral("/tmp/corpus.sqlite"));
        QVERIFY(DatabaseLocation::parse(QStringLiteral("relative/postgresql.sqlite"), &location));
        QVERIFY(!location.isPostgres());
    }

    void postgresUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("shown");
        QTest::newRow("host and port") << "postgresql://ana@localhost:5432/corpus"
                                       << "ana"
                                       << ""
                                       << "localhost" << 5432 << "corpus"
                                       << "postgresql://ana@localhost:5432/corpus";
        QTest::newRow("password") << "postgresql://ana:s%40cret@db.example/corpus"
                                  << "ana"
                                  << "s@cret"
                                  << "db.example" << 0 << "corpus"
                                  << "postgresql://ana@db.example/corpus";
        QTest::newRow("socket directory") << "postgresql://ana@/corpus?host=/run/dir&port=5433"
                                          << "ana"
                                          << ""
                                          << "/run/dir" << 5433 << "corpus"
                                          << "postgresql://ana@/corpus?host=/run/dir&port=5433";
        QTest::newRow("postgres scheme") << "postgres://ana@/corpus?host=/run/pg"
                                         << "ana"
                                         << ""
                                         << "/run/pg" << 0 << "corpus"
                                         << "postgresql://ana@/corpus?host=/run/pg";
        QTest::newRow("default socket, login user") << "postgresql:///团队语料"
                                                    << ""
                                                    << ""
                                                    << "" << 0 << "团队语料"
                                                    << "postgresql:///团队语料";
        QTest::newRow("parameters") << "postgresql://h:6000/x?user=bo&password=pw&dbname=corpus"
                                    << "bo"
                                    << "pw"
                                    << "h" << 6000 << "corpus"
                                    << "postgresql://bo@h:6000/corpus";
        QTest::newRow("IPv6 loopback") << "postgresql://ana@[::1]:5433/corpus"
                                       << "ana"
                                       << ""
                                       << "::1" << 5433 << "corpus"
                                       << "postgresql://ana@[::1]:5433/corpus";
    }

    void postgresUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, shown);
        DatabaseLocation location;
        QString error;
        QVERIFY2(DatabaseLocation::parse(url, &location, &error), qPrintable(error));
        QVERIFY(location.isPostgres());
        QCOMPARE(location.user(), user);
        QCOMPARE(location.password(), password);
        QCOMPARE(location.host(), host);
        QCOMPARE(location.port(), port);
        QCOMPARE(location.databaseName(), database);
        QCOMPARE(location.displayName(), shown);
    }

    void libpqOptionsPassThrough()
    {
        DatabaseLocation location;
        QVERIFY(DatabaseLocation::parse(
            QStringLiteral("postgresql://ana@db/corpus?sslmode=require&connect_timeout=3"), &location));
        QCOMPARE(location.options(),
                 (QStringList{QStringLiteral("sslmode=require"), QStringLiteral("connect_timeout=3")}));
    }

    void badAddressesAreRefusedInWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "  "
                               << "no database given";
        QTest::newRow("no database") << "postgresql://ana:secret@localhost:5432/"
                                     << "names no database";
        QTest::newRow("no database, socket") << "postgresql://ana:secret@/?host=/run/dir"
                                             << "names no database";
        QTest::newRow("port not a number") << "postgresql://ana:secret@/corpus?host=/run&port=fifty"
                                           << "the port “fifty” is not a number from 1 to 65535";
        QTest::newRow("port too big") << "postgresql://ana:secret@/corpus?port=70000"
                                      << "the port “70000” is not a number";
        QTest::newRow("unknown parameter") << "postgresql://ana:secret@db/corpus?password=secret&colour=red"
                                           << "the parameter “colour” is not one Regionscope knows";
        QTest::newRow("other scheme") << "https://ana:secret@example.org/corpus.sqlite"
                                      << "is an address, not a database file";
        QTest::newRow("malformed") << "postgresql://ana:secret@db:port/corpus"
                                   << "not a well-formed";
    }

    void badAddressesAreRefusedInWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        DatabaseLocation location;
        QString error;
        QVERIFY(!DatabaseLocation::parse(text, &location, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("secret")), qPrintable(error));
        QVERIFY(!location.isPostgres()); // left as it was
    }

    void onlySchemesAreUrls()
    {
        QVERIFY(DatabaseLocation::looksLikeUrl(QStringLiteral("postgresql://x/y")));
        QVERIFY(DatabaseLocation::looksLikeUrl(QStringLiteral("file:///tmp/x")));
        QVERIFY(!DatabaseLocation::looksLikeUrl(QStringLiteral("C:/data/corpus.sqlite")));
        QVERIFY(!DatabaseLocation::looksLikeUrl(QStringLiteral("postgresql:corpus")));
    }

    // The Connect dialog's fields make the URL that displayName() writes, socket directory or host.
    void partsMakeTheUrl()
    {
        QCOMPARE(DatabaseLocation::postgres(QStringLiteral("db.example.org"), 5433, QStringLiteral("ana"),
                                            QStringLiteral("区县报告"))
                     .displayName(),
                 QStringLiteral("postgresql://ana@db.example.org:5433/区县报告"));
        QCOMPARE(DatabaseLocation::postgres(QStringLiteral("/run/pg"), 5433, QStringLiteral("ana"),
                                            QStringLiteral("corpus"))
                     .displayName(),
                 QStringLiteral("postgresql://ana@/corpus?host=/run/pg&port=5433"));
    }

    // A remembered password reaches every parse of the URL without one, and never its displayName().
    void rememberedPasswordsStayInMemory()
    {
        const QString url = QStringLiteral("postgresql://ana@/corpus?host=/run/pg&port=5433");
        DatabaseLocation location;
        QVERIFY(DatabaseLocation::parse(url, &location));
        QCOMPARE(location.password(), QString());
        DatabaseLocation::rememberPassword(url, QStringLiteral("secret"));
        QVERIFY(DatabaseLocation::parse(url, &location));
        QCOMPARE(location.password(), QStringLiteral("secret"));
        QCOMPARE(location.displayName(), url);
        // A password in the URL wins; another database gets none.
        QVERIFY(DatabaseLocation::parse(
            QStringLiteral("postgresql://ana:other@/corpus?host=/run/pg&port=5433"), &location));
        QCOMPARE(location.password(), QStringLiteral("other"));
        QVERIFY(DatabaseLocation::parse(QStringLiteral("postgresql://ana@/corpus2?host=/run/pg&port=5433"),
                                        &location));
        QCOMPARE(location.password(), QString());
        DatabaseLocation::rememberPassword(url, QString());
        QVERIFY(DatabaseLocation::parse(url, &location));
        QCOMPARE(location.password(), QString());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
