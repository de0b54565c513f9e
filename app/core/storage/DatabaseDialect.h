#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace rs {

// What differs between database engines (connection pragmas, schema version bookkeeping,
// column types) lives behind this interface, so a PostgreSQL (QPSQL) dialect can follow
// without touching the stores.
class DatabaseDialect
{
public:
    // What a failed statement means for the user, as far as the engine can tell.
    enum class Failure
    {
        Other,
        Busy,     // another connection holds the lock longer than the busy timeout
        DiskFull, // no space left, or a size limit reached
        ReadOnly,
        Damaged,       // the file is not (or no longer) a well-formed database
        Constraint,    // a statement broke a rule of the schema: a bug in Regionscope, never the user's fault
        TooBig,        // a text or file larger than the engine stores in one value
        Denied,        // the analyst's database role may not do this (PostgreSQL's GRANTs and row policies)
        Conflict,      // another analyst changed or deleted the row since it was read (its version moved on)
        ConnectionLost // the server went away (stopped, restarted, the backend terminated, the network)
    };

    virtual ~DatabaseDialect() = default;

    virtual QString driverName() const = 0;
    // Called right after the connection opens; returns false with a message on failure.
    virtual bool configureConnection(QSqlDatabase& db, QString* error) const = 0;
    virtual int schemaVersion(const QSqlDatabase& db) const = 0;
    virtual bool setSchemaVersion(QSqlDatabase& db, int version, QString* error) const = 0;
    // Starts a transaction that will write. It takes the write lock at once (waiting for it as long
    // as the connection's busy timeout allows) rather than at the first write.
    virtual bool beginWriteTransaction(QSqlDatabase& db, QString* error) const = 0;
    // error may be empty (QSqlError()): the connection's own last failure is classified then.
    virtual Failure classify(const QSqlDatabase& db, const QSqlError& error) const = 0;
    // Substituted for ${ID} in migration scripts: an auto-incrementing integer primary key.
    virtual QString autoIdColumn() const = 0;
    virtual QString blobType() const = 0;
    // SQL for the values of expression in a group joined by commas (order not defined).
    virtual QString commaList(const QString& expression) const
    {
        return QStringLiteral("group_concat(%1)").arg(expression);
    }
    // SQL for the 1-based position of needle in haystack, 0 when it does not occur.
    virtual QString position(const QString& haystack, const QString& needle) const
    {
        return QStringLiteral("instr(%1, %2)").arg(haystack, needle);
    }
    // Called when an import batch starts writing on the connection, for what a long run of inserts
    // wants that other work does not (more memory for the pages it changes).
    virtual void prepareBulkWrite(QSqlDatabase& db) const { Q_UNUSED(db); }
    // Called after rows were inserted into table with ids of their own (undo, redo, imports keeping
    // ids): an engine that numbers rows from a separate sequence moves it past them.
    virtual bool followExplicitIds(QSqlDatabase& db, const QString& table, QString* error) const
    {
        Q_UNUSED(db);
        Q_UNUSED(table);
        Q_UNUSED(error);
        return true;
    }
};

class SqliteDialect final : public DatabaseDialect
{
public:
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    bool configureConnection(QSqlDatabase& db, QString* error) const override;
    int schemaVersion(const QSqlDatabase& db) const override;
    bool setSchemaVersion(QSqlDatabase& db, int version, QString* error) const override;
    bool beginWriteTransaction(QSqlDatabase& db, QString* error) const override;
    Failure classify(const QSqlDatabase& db, const QSqlError& error) const override;
    QString autoIdColumn() const override { return QStringLiteral("INTEGER PRIMARY KEY"); }
    QString blobType() const override { return QStringLiteral("BLOB"); }
    void prepareBulkWrite(QSqlDatabase& db) const override;
};

} // namespace rs
