#pragma once

#include "BoundStatement.h"
#include "domain/ParsedReport.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <map>
#include <memory>

namespace rs {

// A report's paragraphs. SQLite binds a row per statement through its own API, which costs next to
// nothing; on PostgreSQL every statement is a round trip to the server (a report's 30 paragraphs cost
// more than the rest of the report), so there a report's rows go in one statement, prepared once per
// row count.
class ParagraphInsert
{
public:
    explicit ParagraphInsert(const QSqlDatabase& db);

    // Inserts the stored report id's paragraphs inside the caller's transaction; false at the first
    // statement that fails (lastError() says why).
    bool insert(qint64 id, const ParsedReport& report);
    QSqlError lastError() const { return m_error; }

private:
    static constexpr int maxRows = 64; // 384 values, far below either engine's limit

    BoundStatement& statement(int rows);

    QSqlDatabase m_db;
    bool m_rowByRow = true;
    std::map<int, std::unique_ptr<BoundStatement>> m_statements;
    QSqlError m_error;
};

} // namespace rs
