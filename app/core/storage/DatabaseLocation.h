#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rs {

// Where a corpus lives: a SQLite file, or a PostgreSQL database named by a URL in one of the two forms
// of libpq (issue 18): postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME, or with a socket directory,
// postgresql://USER@/DBNAME?host=/run/dir&port=5433. A URL is never taken for a file name. The
// password is kept for connecting only: displayName() and every message leave it out.
class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    enum class Kind
    {
        SqliteFile,
        Postgres
    };

    // False with a message in words when fileOrUrl is empty, a URL of another kind, or a malformed
    // PostgreSQL URL (no database name, a port that is not a number, an unknown parameter).
    static bool parse(const QString& fileOrUrl, DatabaseLocation* location, QString* error = nullptr);
    // Whether text starts like a URL (scheme://), whatever the scheme.
    static bool looksLikeUrl(const QString& text);
    // A PostgreSQL location from its parts (the Connect dialog's fields); displayName() is its URL.
    static DatabaseLocation postgres(const QString& host, int port, const QString& user,
                                     const QString& databaseName);
    // A password for every connection of this process to the database url names (a URL without a
    // password, as displayName() writes it): parse() gives it to a URL that holds none, so the
    // connections of the import and search threads log in as the Connect dialog did. Kept in memory
    // only, never written anywhere; an empty password forgets it.
    static void rememberPassword(const QString& url, const QString& password);

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }
    // The SQLite file as given (SqliteFile only).
    QString filePath() const { return m_filePath; }

    // PostgreSQL only. host is a name, an address or a socket directory (starting with '/'); empty
    // means libpq's default socket. port is 0 when not given, user empty for the login account's name.
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString databaseName() const { return m_databaseName; }
    // Further libpq options of the URL (sslmode, connect_timeout, application_name) as key=value.
    QStringList options() const { return m_options; }

    // What messages name: the file's path, or the URL without its password.
    QString displayName() const;

private:
    bool parseUrl(const QString& url, QString* error);

    Kind m_kind = Kind::SqliteFile;
    QString m_filePath;
    QString m_host;
    int m_port = 0;
    QString m_user;
    QString m_password;
    QString m_databaseName;
    QStringList m_options;
};

} // namespace rs
