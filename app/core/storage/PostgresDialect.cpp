#include "PostgresDialect.h"

#include <QSqlQuery>
#include <QVariant>

namespace rs {
namespace {

bool run(QSqlDatabase& db, const QString& statement, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

bool PostgresDialect::configureConnection(QSqlDatabase& db, QString* error) const
{
    // lock_timeout plays SQLite's busy_timeout: a writer waits this long for another's row or table
    // lock, then fails with 55P03 (classified Busy) instead of hanging. Notices (IF NOT EXISTS, ...)
    // are not for the user.
    return run(db, QStringLiteral("SET lock_timeout = '5s'"), error) &&
           run(db, QStringLiteral("SET client_min_messages = warning"), error);
}

int PostgresDialect::schemaVersion(const QSqlDatabase& db) const
{
    // to_regclass() answers NULL for a missing table where a SELECT from it would fail (and abort the
    // transaction the caller may be in): a database without the table is a new, empty one.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('regionscope_schema') IS NOT NULL")) || !query.next())
        return -1;
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM regionscope_schema")) ||
        !query.next())
        return -1;
    return query.value(0).toInt();
}

bool PostgresDialect::setSchemaVersion(QSqlDatabase& db, int version, QString* error) const
{
    if (!run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS regionscope_schema (version INTEGER NOT NULL)"),
             error) ||
        !run(db, QStringLiteral("DELETE FROM regionscope_schema"), error))
        return false;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO regionscope_schema (version) VALUES (?)"));
    query.addBindValue(version);
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

bool PostgresDialect::beginWriteTransaction(QSqlDatabase& db, QString* error) const
{
    // PostgreSQL locks rows, not the database: a write transaction needs no lock up front, and two
    // analysts' writes proceed side by side unless they touch the same rows.
    return run(db, QStringLiteral("BEGIN"), error);
}

DatabaseDialect::Failure PostgresDialect::classify(const QSqlDatabase& db, const QSqlError& error) const
{
    const QSqlError& failure = error.type() == QSqlError::NoError ? db.lastError() : error;
    const Failure kind = classifyState(failure.nativeErrorCode());
    if (kind != Failure::Other || !failure.nativeErrorCode().isEmpty() ||
        failure.type() == QSqlError::NoError)
        return kind;
    // libpq gives no SQLSTATE when the connection itself failed ("server closed the connection
    // unexpectedly", "no connection to the server"): a statement that needs nothing fails the same way
    // then, where on a live connection it runs or fails with a state of its own (25P02 in an aborted
    // transaction).
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT 1")) && probe.lastError().nativeErrorCode().isEmpty())
        return Failure::ConnectionLost;
    return Failure::Other;
}

DatabaseDialect::Failure PostgresDialect::classifyState(const QString& sqlState)
{
    if (sqlState.size() != 5)
        return Failure::Other;
    // Appendix A of the PostgreSQL manual: the first two characters are the class.
    const QStringView sqlClass = QStringView(sqlState).left(2);
    if (sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01") ||
        sqlState == QLatin1String("55P03") || sqlState == QLatin1String("55006"))
        return Failure::Busy; // serialization failure, deadlock, lock not available, object in use
    // Class 08 (connection exception); 57P01-57P03: the server shuts down, or an administrator ended
    // the session (pg_terminate_backend).
    if (sqlClass == QLatin1String("08") || sqlState == QLatin1String("57P01") ||
        sqlState == QLatin1String("57P02") || sqlState == QLatin1String("57P03"))
        return Failure::ConnectionLost;
    if (sqlState == QLatin1String("53100"))
        return Failure::DiskFull;
    if (sqlState == QLatin1String("25006"))
        return Failure::ReadOnly; // a read-only transaction (a standby, default_transaction_read_only)
    if (sqlState == QLatin1String("42501"))
        return Failure::Denied;
    if (sqlClass == QLatin1String("23"))
        return Failure::Constraint;
    if (sqlState == QLatin1String("54000") || sqlState == QLatin1String("54001"))
        return Failure::TooBig;
    if (sqlState == QLatin1String("XX001") || sqlState == QLatin1String("XX002"))
        return Failure::Damaged;
    return Failure::Other;
}

bool PostgresDialect::followExplicitIds(QSqlDatabase& db, const QString& table, QString* error) const
{
    // An identity column's sequence does not see rows inserted with their own id (undo, redo and imports
    // keep ids): without this, the next row without one would be given an id already taken. The
    // sequence only ever moves forward (nextval), so ids other connections drew meanwhile stay theirs.
    // table is one of the stores' own table names, never user input.
    return run(db,
               QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), GREATEST(MAX(id),"
                              " nextval(pg_get_serial_sequence('%1', 'id')))) FROM %1")
                   .arg(table),
               error);
}

} // namespace rs
