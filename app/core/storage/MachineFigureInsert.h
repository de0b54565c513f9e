#pragma once

#include "BoundStatement.h"
#include "domain/Metric.h"

#include <QSqlQuery>
#include <QVector>

#include <map>

namespace rs {

// Stores a report's machine figures (table metrics) with its region and date, which the comparison
// reads from the figures themselves (migration 14). Prepared once and reused for every report of an
// import batch. A report's figures go in blocks of several rows per statement: one statement per
// figure cost an import more than the figure rows themselves.
class MachineFigureInsert
{
public:
    explicit MachineFigureInsert(const QSqlDatabase& db);

    // Inserts the figures of the stored report articleId inside the caller's transaction, in their
    // order (their ids ascend with it). On failure *error gets the driver's text, for the log: the
    // caller says in words what was being stored.
    bool insert(qint64 articleId, const QVector<Metric>& figures, QString* error);
    // The same for a report whose region and date the caller has at hand, as the articles row holds
    // them ('' where it has none): an import, which stored that row a moment ago.
    bool insert(qint64 articleId, const QString& regionCode, const QString& publishedOn,
                const QVector<Metric>& figures, QString* error);
    // The failed statement's own error, for Database::explainLastFailure(): PostgreSQL keeps its
    // SQLSTATE there, not on the connection.
    QSqlError lastError() const { return m_lastError; }

private:
    bool run(BoundStatement& statement, qint64 articleId, const QVariant& region, const QVariant& published,
             const QVector<Metric>& figures, int first, int count, QString* error);

    // The statement for a block of rows figures, prepared when first needed.
    BoundStatement& remainder(int rows);

    QSqlDatabase m_db;
    QSqlQuery m_report;
    std::unique_ptr<BoundStatement> m_block;
    std::unique_ptr<BoundStatement> m_single;
    // Off SQLite every statement is a round trip to the server: the figures after the last full block go
    // in one statement of their count rather than one statement each.
    bool m_rowByRow = true;
    std::map<int, std::unique_ptr<BoundStatement>> m_remainders;
    QSqlError m_lastError;
};

} // namespace rs
