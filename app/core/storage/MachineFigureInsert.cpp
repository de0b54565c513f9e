#include "MachineFigureInsert.h"

#include "MetricStore.h"
#include "SqliteHandle.h"

#include <QSqlError>
#include <QStringList>

namespace rs {
namespace {

// Rows per block statement: a report holds about 28 figures, so most take one or two blocks and a
// few single rows; 16 rows bind 272 values, far below SQLite's limit.
constexpr int rowsPerBlock = 16;

QString insertStatement(int rows)
{
    const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values.append(row);
    return QStringLiteral("INSERT INTO metrics (article_id, ") + MetricStore::metricColumns() +
           QStringLiteral(", region_code, published_on) VALUES ") + values.join(QStringLiteral(", "));
}

QString driverText(const QSqlError& error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

} // namespace

MachineFigureInsert::MachineFigureInsert(const QSqlDatabase& db)
    : m_db(db), m_report(db), m_block(BoundStatement::prepare(db, insertStatement(rowsPerBlock))),
      m_single(BoundStatement::prepare(db, insertStatement(1))), m_rowByRow(sqliteHandle(db) != nullptr)
{
    m_report.prepare(QStringLiteral("SELECT COALESCE(region_code, ''), COALESCE(published_on, '')"
                                    " FROM articles WHERE id = ?"));
}

bool MachineFigureInsert::insert(qint64 articleId, const QVector<Metric>& figures, QString* error)
{
    if (figures.isEmpty())
        return true;
    // The report's region and date, as the comparison reads them ('' where it has none).
    m_report.addBindValue(articleId);
    if (!m_report.exec()) {
        m_lastError = m_report.lastError();
        *error = driverText(m_lastError);
        return false;
    }
    const bool found = m_report.next();
    const QString region = found ? m_report.value(0).toString() : QString();
    const QString published = found ? m_report.value(1).toString() : QString();
    m_report.finish();
    return insert(articleId, region, published, figures, error);
}

bool MachineFigureInsert::insert(qint64 articleId, const QString& regionCode, const QString& publishedOn,
                                 const QVector<Metric>& figures, QString* error)
{
    // Bound as text even when empty: the columns are NOT NULL DEFAULT ''.
    const QVariant region(regionCode.isNull() ? QStringLiteral("") : regionCode);
    const QVariant published(publishedOn.isNull() ? QStringLiteral("") : publishedOn);
    int first = 0;
    for (; first + rowsPerBlock <= figures.size(); first += rowsPerBlock) {
        if (!run(*m_block, articleId, region, published, figures, first, rowsPerBlock, error))
            return false;
    }
    const int rest = int(figures.size()) - first;
    if (!m_rowByRow && rest > 1)
        return run(remainder(rest), articleId, region, published, figures, first, rest, error);
    for (; first < figures.size(); ++first) {
        if (!run(*m_single, articleId, region, published, figures, first, 1, error))
            return false;
    }
    return true;
}

BoundStatement& MachineFigureInsert::remainder(int rows)
{
    std::unique_ptr<BoundStatement>& statement = m_remainders[rows];
    if (!statement)
        statement = BoundStatement::prepare(m_db, insertStatement(rows));
    return *statement;
}

bool MachineFigureInsert::run(BoundStatement& statement, qint64 articleId, const QVariant& region,
                              const QVariant& published, const QVector<Metric>& figures, int first, int count,
                              QString* error)
{
    for (int i = first; i < first + count; ++i) {
        statement.addBindValue(articleId);
        for (const QVariant& value : MetricStore::metricValues(figures.at(i)))
            statement.addBindValue(value);
        statement.addBindValue(region);
        statement.addBindValue(published);
    }
    if (statement.exec())
        return true;
    m_lastError = statement.lastError();
    *error = driverText(m_lastError);
    return false;
}

} // namespace rs
