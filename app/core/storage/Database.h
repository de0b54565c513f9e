#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

namespace rs {

class DatabaseDialect;
class DatabaseLocation;

// One connection to the corpus database. Qt SQL connections belong to the thread that opened them,
// so every thread that touches the corpus (GUI, import worker) opens its own Database on the same
// file; SQLite's WAL mode lets readers continue while a worker writes.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if needed) the SQLite database at path and migrates it to the current schema.
    // Returns false with a specific message in error() (corrupt file, newer schema, read-only, ...).
    // A URL (postgresql://…) is refused, never taken for a file name.
    bool openSqlite(const QString& path);
    // Opens a SQLite file as openSqlite() does, or the PostgreSQL database a postgresql:// URL names
    // (DatabaseLocation): a new, empty one gets the tables (PostgresSchema), then every numbered migration
    // above them. A failure to connect says in words what went wrong (no server answering, no such
    // database, login refused); the driver's text goes to the log, and the password nowhere.
    bool open(const QString& fileOrUrl);
    void close();

    bool isOpen() const;
    // Whether the connection still answers (a trivial statement runs). A SQLite file always does while
    // open; a PostgreSQL server may have gone away (stopped, restarted, the session ended by an
    // administrator, the network).
    bool ping() const;
    // Connects again to the same PostgreSQL database after the connection was lost, under the same
    // connection name, so the stores on it keep working. Whatever the connection had subscribed to
    // (DatabaseNotifier) must subscribe again. False with a message in words while the server still
    // does not answer. On SQLite: true when the file answers.
    bool reconnect(QString* error = nullptr);
    // The file's absolute path, or the URL without its password.
    QString path() const { return m_path; }
    bool isPostgres() const;
    // The role the connection logged in as on PostgreSQL: in team mode the author of the analyst's
    // annotations (PostgresTeam). Empty for a SQLite file.
    QString loginRole() const;
    QString error() const { return m_error; }
    int schemaVersion() const;
    bool wasCreated() const { return m_wasCreated; }
    // The copy made before the last schema upgrade, empty when none was needed.
    QString backupPath() const { return m_backupPath; }

    QSqlDatabase connection() const;
    const DatabaseDialect& dialect() const { return *m_dialect; }

    // Starts a transaction that writes (DatabaseDialect::beginWriteTransaction); on failure *error
    // gets describe()'s message.
    bool beginWrite(QString* error = nullptr);
    // A failed statement's error as the user should read it: which file, and what it means (in use
    // by another program, disk full, damaged, read-only), with the engine's own text otherwise.
    QString describe(const QSqlError& error) const;
    // The same for the connection's last failure, for callers that only kept its text: detail is
    // returned as it is when the failure is none of those.
    QString describeLastFailure(const QString& detail) const;
    // The connection's last failure in words, for what the caller was doing ("storing the report's
    // paragraphs"): never the driver's own text, which goes to the log (qWarning) instead.
    // given, when not empty, is the failed statement's own error (QSqlQuery::lastError()); PostgreSQL
    // keeps a statement's SQLSTATE there, not on the connection.
    QString explainLastFailure(const QString& action, const QSqlError& given = QSqlError()) const;

    // The default corpus in the user's data directory (QStandardPaths::AppDataLocation).
    static QString defaultPath();

private:
    bool fail(const QString& message);
    bool refuseUrl(const QString& path);
    bool openConnection();
    bool openPostgres(const DatabaseLocation& location);
    bool connectPostgres(const DatabaseLocation& location);
    bool isTeamAnalyst(const DatabaseLocation& location);
    bool backUp(QSqlDatabase& db, int version, QString* error);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    QString m_backupPath;
    bool m_wasCreated = false;
    std::unique_ptr<DatabaseDialect> m_dialect;
};

} // namespace rs
