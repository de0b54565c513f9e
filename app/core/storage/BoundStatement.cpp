#include "BoundStatement.h"

#include "SqliteHandle.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace rs {
namespace {

class QtBoundStatement final : public BoundStatement
{
public:
    QtBoundStatement(const QSqlDatabase& db, const QString& sql) : m_query(db)
    {
        m_prepared = m_query.prepare(sql);
    }
    bool isPrepared() const override { return m_prepared; }
    void addBindValue(const QVariant& value) override
    {
        // As SQLite stores it: PostgreSQL would take a boolean for a boolean column only.
        m_query.addBindValue(value.typeId() == QMetaType::Bool ? QVariant(value.toBool() ? 1 : 0) : value);
    }
    bool exec() override
    {
        const bool ok = m_query.exec();
        m_query.finish();
        return ok;
    }
    QSqlError lastError() const override { return m_query.lastError(); }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

class SqliteBoundStatement final : public BoundStatement
{
public:
    SqliteBoundStatement(sqlite3* db, const QString& sql) : m_db(db)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                               &m_statement, nullptr) != SQLITE_OK) {
            remember(QSqlError::StatementError);
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
    }
    ~SqliteBoundStatement() override { sqlite3_finalize(m_statement); }
    bool isPrepared() const override { return m_statement != nullptr; }

    void addBindValue(const QVariant& value) override
    {
        const int index = ++m_bound;
        if (!m_statement || m_bindFailed)
            return;
        int rc = SQLITE_OK;
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(m_statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(m_statement, index, value.toDouble());
            break;
        case QMetaType::QString: {
            const QString* text = static_cast<const QString*>(value.constData());
            rc = text->isNull() ? sqlite3_bind_null(m_statement, index)
                                : sqlite3_bind_text16(m_statement, index, text->utf16(),
                                                      int(text->size() * sizeof(char16_t)), SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::QByteArray: {
            const QByteArray* bytes = static_cast<const QByteArray*>(value.constData());
            rc = bytes->isNull() ? sqlite3_bind_null(m_statement, index)
                                 : sqlite3_bind_blob64(m_statement, index, bytes->constData(),
                                                       sqlite3_uint64(bytes->size()), SQLITE_TRANSIENT);
            break;
        }
        default:
            if (value.isValid()) {
                // Nothing the import binds; converted as QtSql would, through text.
                const QString text = value.toString();
                rc = sqlite3_bind_text16(m_statement, index, text.utf16(),
                                         int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
            } else {
                rc = sqlite3_bind_null(m_statement, index);
            }
        }
        if (rc != SQLITE_OK) {
            m_bindFailed = true;
            remember(QSqlError::StatementError);
        }
    }

    bool exec() override
    {
        if (!m_statement)
            return false;
        bool ok = !m_bindFailed;
        if (ok && m_bound != sqlite3_bind_parameter_count(m_statement)) {
            m_error =
                QSqlError(QString(), QStringLiteral("Parameter count mismatch"), QSqlError::StatementError);
            ok = false;
        }
        if (ok) {
            const int rc = sqlite3_step(m_statement);
            ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
            if (!ok)
                remember(QSqlError::StatementError);
        }
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        m_bound = 0;
        m_bindFailed = false;
        return ok;
    }
    QSqlError lastError() const override { return m_error; }

private:
    // As QtSql's driver reports it: SQLite's message, and its result code as the native code.
    void remember(QSqlError::ErrorType type)
    {
        m_error = QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)), type,
                            QString::number(sqlite3_extended_errcode(m_db)));
    }

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    int m_bound = 0;
    bool m_bindFailed = false;
    QSqlError m_error;
};

} // namespace

std::unique_ptr<BoundStatement> BoundStatement::prepare(const QSqlDatabase& db, const QString& sql)
{
    if (sqlite3* sqlite = sqliteHandle(db))
        return std::make_unique<SqliteBoundStatement>(sqlite, sql);
    return std::make_unique<QtBoundStatement>(db, sql);
}

} // namespace rs
