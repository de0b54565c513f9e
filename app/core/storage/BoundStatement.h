#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <memory>

namespace rs {

// A prepared statement for the import's hot inserts, bound by position and run again and again. On
// SQLite it binds through SQLite's own API: QtSql builds a placeholder name and a hash entry for every
// value bound, which cost the writer thread more than the rows it stored. Any other driver goes
// through QSqlQuery. Both read the values the same way, so a statement means the same on each.
class BoundStatement
{
public:
    // Prepared on db's connection; check isPrepared() (lastError() says why not).
    static std::unique_ptr<BoundStatement> prepare(const QSqlDatabase& db, const QString& sql);
    virtual ~BoundStatement() = default;

    virtual bool isPrepared() const = 0;
    // The next parameter: an invalid QVariant or a null QString or QByteArray binds NULL; integers and
    // booleans bind as integers, doubles as reals, strings as text, byte arrays as blobs.
    virtual void addBindValue(const QVariant& value) = 0;
    // Runs the statement with the values bound since the last run, which it then forgets; returns no
    // rows (an insert, an update). The statement is reset, so it never holds a transaction open.
    virtual bool exec() = 0;
    virtual QSqlError lastError() const = 0;
};

} // namespace rs
