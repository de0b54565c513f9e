#pragma once

#include <QString>
#include <QStringList>

namespace rs {
class Database;
struct NewArticle;
} // namespace rs

// The PostgreSQL server of the test run (tools/pg-test-cluster, started by CTest as the fixture
// "postgresql"): suites that run on both engines run a second time with REGIONSCOPE_TEST_BACKEND=postgresql
// and REGIONSCOPE_TEST_PG_URL naming the server's `postgres` database (tests/CMakeLists.txt).
class PostgresTestServer
{
public:
    // Whether this run of the suite is the PostgreSQL one.
    static bool wanted();
    // Why the PostgreSQL tests cannot run here, or an empty string: only a missing server (the
    // postgresql-15 binaries) is a reason to skip; a server that should run but does not is a failure.
    static QString skipReason();
    // The server's administrative URL (its `postgres` database).
    static QString adminUrl();

    PostgresTestServer() = default;
    ~PostgresTestServer();
    PostgresTestServer(const PostgresTestServer&) = delete;
    PostgresTestServer& operator=(const PostgresTestServer&) = delete;

    // A new, empty database on the server, dropped with this object; its URL, or an empty string with
    // the reason in *error.
    QString createDatabase(QString* error = nullptr);
    // Opens the database of this run of a suite that runs on both engines: a new database on the server
    // in the PostgreSQL run, else the SQLite file sqlitePath. False with the reason in *error.
    bool openForRun(rs::Database& database, const QString& sqlitePath, QString* error = nullptr);
    // Drops the databases made so far (their connections must be closed).
    void dropDatabases();
    // The URL of database `name` on the server, as `user` (empty: the admin URL's user).
    static QString urlOf(const QString& name, const QString& user = QString());
    // Runs statements on the admin database as the superuser; false with the server's text in *error.
    static bool runAsAdmin(const QStringList& statements, QString* error = nullptr,
                           const QString& database = QString());

    // Stores a report's row and paragraphs with SQL both engines take, for suites whose subject is not
    // the import and that want only those rows (ArticleStore::insert() stores a report on either engine
    // with its original, figures, group sums and search entry). The report's id, 0 on failure (with the
    // reason in *error).
    static qint64 insertReport(rs::Database& db, const rs::NewArticle& article, QString* error = nullptr);

private:
    QStringList m_databases;
};
