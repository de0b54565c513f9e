#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rs {

// What differs between database engines (connection pragmas, schema version bookkeeping,
// column types) lives behind this interface, so a PostgreSQL (QPSQL) dialect can follow
// without touching the stores.
class DatabaseDialect
{
public:
    virtual ~DatabaseDialect() = default;

    virtual QString driverName() const = 0;
    // Called right after the connection opens; returns false with a message on failure.
    virtual bool configureConnection(QSqlDatabase& db, QString* error) const = 0;
    virtual int schemaVersion(const QSqlDatabase& db) const = 0;
    virtual bool setSchemaVersion(QSqlDatabase& db, int version, QString* error) const = 0;
    // Substituted for ${ID} in migration scripts: an auto-incrementing integer primary key.
    virtual QString autoIdColumn() const = 0;
    virtual QString blobType() const = 0;
};

class SqliteDialect final : public DatabaseDialect
{
public:
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    bool configureConnection(QSqlDatabase& db, QString* error) const override;
    int schemaVersion(const QSqlDatabase& db) const override;
    bool setSchemaVersion(QSqlDatabase& db, int version, QString* error) const override;
    QString autoIdColumn() const override { return QStringLiteral("INTEGER PRIMARY KEY"); }
    QString blobType() const override { return QStringLiteral("BLOB"); }
};

} // namespace rs
