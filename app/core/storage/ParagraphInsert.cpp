#include "ParagraphInsert.h"

#include "SqliteHandle.h"

#include <QStringList>

namespace rs {
namespace {

QString insertSql(int rows)
{
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values.append(QStringLiteral("(?, ?, ?, ?, ?, ?)"));
    return QStringLiteral("INSERT INTO paragraphs (article_id, idx, start_offset, end_offset, kind, page)"
                          " VALUES ") +
           values.join(QStringLiteral(", "));
}

} // namespace

ParagraphInsert::ParagraphInsert(const QSqlDatabase& db) : m_db(db), m_rowByRow(sqliteHandle(db) != nullptr)
{}

bool ParagraphInsert::insert(qint64 id, const ParsedReport& report)
{
    const int total = int(report.paragraphs.size());
    for (int first = 0; first < total;) {
        const int rows = m_rowByRow ? 1 : qMin(total - first, maxRows);
        BoundStatement& insert = statement(rows);
        for (int i = first; i < first + rows; ++i) {
            const Paragraph& paragraph = report.paragraphs.at(i);
            insert.addBindValue(id);
            insert.addBindValue(i);
            insert.addBindValue(paragraph.start);
            insert.addBindValue(paragraph.end);
            insert.addBindValue(int(paragraph.kind));
            insert.addBindValue(paragraph.page > 0 ? QVariant(paragraph.page) : QVariant());
        }
        if (!insert.exec()) {
            m_error = insert.lastError();
            return false;
        }
        first += rows;
    }
    return true;
}

BoundStatement& ParagraphInsert::statement(int rows)
{
    std::unique_ptr<BoundStatement>& prepared = m_statements[rows];
    if (!prepared)
        prepared = BoundStatement::prepare(m_db, insertSql(rows));
    return *prepared;
}

} // namespace rs
