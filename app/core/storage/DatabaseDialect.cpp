#include "DatabaseDialect.h"

#include "ComparisonFunctions.h"
#include "SearchTokenizer.h"
#include "SqliteHandle.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <cerrno>

namespace rs {
namespace {

// A bulk import adds its reports to the search indexes once per batch (ArticleStore::commitBatch): the
// insert triggers ask regionscope_search_deferred() whether to stand aside, and the import says so with
// regionscope_defer_search(1). The flag belongs to the connection, never to the file, so every other
// connection (and this one after the batch) indexes as it inserts.
void searchDeferred(sqlite3_context* context, int, sqlite3_value**)
{
    sqlite3_result_int(context, *static_cast<int*>(sqlite3_user_data(context)));
}

void deferSearch(sqlite3_context* context, int, sqlite3_value** values)
{
    *static_cast<int*>(sqlite3_user_data(context)) = sqlite3_value_int(values[0]) != 0 ? 1 : 0;
    sqlite3_result_null(context);
}

bool registerSearchDeferral(sqlite3* sqlite, QString* error)
{
    auto* flag = new int(0);
    // The reader runs in the triggers, so it must be innocuous; the setter only in the import's own SQL.
    if (sqlite3_create_function_v2(sqlite, "regionscope_search_deferred", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS,
                                   flag, searchDeferred, nullptr, nullptr,
                                   [](void* p) { delete static_cast<int*>(p); }) != SQLITE_OK ||
        sqlite3_create_function_v2(sqlite, "regionscope_defer_search", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY,
                                   flag, deferSearch, nullptr, nullptr, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(sqlite));
        return false;
    }
    return true;
}

} // namespace

void SqliteDialect::prepareBulkWrite(QSqlDatabase& db) const
{
    // A batch's changed pages stay in memory until its commit (32 MB at most): with SQLite's default
    // 2 MB cache they were written to the log half-way and again at the commit, and read back between.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -32768"));
}

bool SqliteDialect::configureConnection(QSqlDatabase& db, QString* error) const
{
    // busy_timeout first: a second instance or the import worker may hold the write lock briefly.
    // page_size only takes effect on a new, empty database (before WAL mode is set): 16 KB pages halve
    // what an import's commits cost at 10,000 reports against SQLite's 4 KB, its reports, figures and
    // search segments being appended in long runs that each write costs a system call for.
    // An import stores each report in a savepoint, whose journal of changed pages SQLite moves to a
    // temporary file past 64 KB (four pages): a write call per page per report, 97 per report at 2,000
    // reports. In memory it holds a report's pages until its savepoint is released. Set when the
    // connection opens: changing it later drops the connection's temporary tables and triggers.
    static const char* const pragmas[] = {
        "PRAGMA busy_timeout = 5000", "PRAGMA page_size = 16384",  "PRAGMA temp_store = MEMORY",
        "PRAGMA foreign_keys = ON",   "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
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
    sqlite3* sqlite = sqliteHandle(db);
    if (!sqlite) {
        if (error)
            *error = QStringLiteral("the Qt SQLite driver did not expose its connection handle");
        return false;
    }
    return SearchTokenizer::registerWith(sqlite, error) && registerSearchDeferral(sqlite, error) &&
           ComparisonFunctions::registerWith(sqlite, error);
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

bool SqliteDialect::beginWriteTransaction(QSqlDatabase& db, QString* error) const
{
    // QSqlDatabase::transaction() issues a deferred BEGIN: its first read pins a WAL snapshot, and if
    // another connection commits before the first write, the upgrade to a write lock fails with
    // SQLITE_BUSY at once, without waiting for the busy timeout. IMMEDIATE waits for the lock first.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

DatabaseDialect::Failure SqliteDialect::classify(const QSqlDatabase& db, const QSqlError& error) const
{
    // The Qt driver reports SQLite's primary result code as the native code.
    sqlite3* sqlite = sqliteHandle(db);
    bool ok = false;
    int code = error.nativeErrorCode().toInt(&ok);
    if (!ok && sqlite)
        code = sqlite3_errcode(sqlite);
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Failure::Busy;
    case SQLITE_FULL:
        return Failure::DiskFull;
    case SQLITE_READONLY:
        return Failure::ReadOnly;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Failure::Damaged;
    case SQLITE_CONSTRAINT:
        return Failure::Constraint;
    case SQLITE_TOOBIG:
        return Failure::TooBig;
    case SQLITE_IOERR: {
        // A write refused for lack of space (or over a file size limit) surfaces as an I/O error
        // unless it was a short write; the errno tells them apart.
        const int systemError = sqlite ? sqlite3_system_errno(sqlite) : 0;
        if (systemError == ENOSPC || systemError == EFBIG || systemError == EDQUOT)
            return Failure::DiskFull;
        return Failure::Other;
    }
    default:
        return Failure::Other;
    }
}

} // namespace rs
