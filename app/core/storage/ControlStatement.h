#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace rs {

// A statement without values that a batch runs for every report. SQLite prepares it once; PostgreSQL
// prepares only queries and data changes (not SAVEPOINT), so there it is sent as it is each time.
class ControlStatement
{
public:
    ControlStatement(const QSqlDatabase& db, const QString& sql, bool prepare);
    bool exec();
    QSqlError lastError() const { return m_query.lastError(); }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

} // namespace rs
