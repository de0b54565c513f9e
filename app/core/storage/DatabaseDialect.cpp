#include "DatabaseDialect.h"

#include "SearchTokenizer.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rs {

bool SqliteDialect::configureConnection(QSqlDatabase& db, QString* error) const
{
    // busy_timeout first: a second instance or the import worker may hold the write lock briefly.
    static const char* const pragmas[] = {
        "PRAGMA busy_timeout = 5000",
        "PRAGMA foreign_keys = ON",
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = NORMAL",
    };
    for (const char* pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(pragma))) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    // FTS5 tokenizers are per connection; the search table cannot be read or written without this one.
    const QVariant handle = db.driver()->handle();
    sqlite3* sqlite = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                          ? *static_cast<sqlite3* const*>(handle.data())
                          : nullptr;
    if (!sqlite) {
        if (error)
            *error = QStringLiteral("the Qt SQLite driver did not expose its connection handle");
        return false;
    }
    return SearchTokenizer::registerWith(sqlite, error);
}

int SqliteDialect::schemaVersion(const QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool SqliteDialect::setSchemaVersion(QSqlDatabase& db, int version, QString* error) const
{
    // PRAGMA does not accept bound parameters; version is an integer we produce, never user input.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace rs
