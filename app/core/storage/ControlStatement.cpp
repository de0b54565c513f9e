#include "ControlStatement.h"

namespace rs {

ControlStatement::ControlStatement(const QSqlDatabase& db, const QString& sql, bool prepare)
    : m_query(db), m_sql(sql), m_prepared(prepare && m_query.prepare(sql))
{}

bool ControlStatement::exec()
{
    return m_prepared ? m_query.exec() : m_query.exec(m_sql);
}

} // namespace rs
