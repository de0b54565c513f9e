#include "DatabaseCopy.h"

#include "BoundStatement.h"
#include "ComparisonStore.h"
#include "Database.h"
#include "DatabaseDialect.h"
#include "SearchIndex.h"

#include <QCryptographicHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>

namespace rs {
namespace {

// Tables in the order they are written: each before the tables that point at it. Tables a later schema
// adds follow in alphabetical order, then the derived ones.
const char* const writeOrder[] = {"articles",    "article_originals", "article_edits", "paragraphs",
                                  "metrics",     "metric_reviews",    "indicators",    "tags",
                                  "annotations", "annotation_tags"};
// Compare Metrics' sums over the figures (migration 15): SQLite's triggers keep them, and mark groups
// stale while metric_reviews is copied, so they come last and replace what the target holds. They are
// no project of their own: a target holding some is still empty.
const char* const derivedTables[] = {"metric_groups", "metric_groups_stale"};
// Tables of the engine's own bookkeeping, never copied: PostgreSQL's schema version (SQLite keeps it in
// the file's header), search tokens (PostgresSearch, written again on a PostgreSQL target) and the team's
// settings (blind coding, PostgresTeam); SQLite's own tables and the FTS5 search indexes are recognised by
// their names.
const char* const postgresOnly[] = {"regionscope_schema", "article_search_tokens",
                                    "regionscope_team_settings"};

// Rows read and written per batch are bounded by their size too: a batch of original files may be large.
constexpr qint64 batchBytes = 8 * 1024 * 1024;
constexpr int maxBatchRows = 1000;

struct Column
{
    QString name;
    bool blob = false; // in the target: a text read as bytes is written as bytes, and back
};

struct TableInfo
{
    QVector<Column> columns;
    QStringList key; // the primary key's columns in key order
};
using Catalog = QMap<QString, TableInfo>;

struct Table
{
    QString name;
    QVector<Column> columns; // those both sides have, in the source's order
    QVector<int> key;        // positions of the primary key's columns in `columns`; empty: none
    bool tree = false;       // rows point at rows of the same table (tags.parent_id): parents first
    bool hasId = false;
    bool derived = false;
};

using Row = QVector<QVariant>;
using Rows = QVector<Row>;

// A table's rows, whatever their order: the sum modulo 2^256 of each row's SHA-256. The two engines
// order text keys by different collations, so the checksum cannot depend on the order rows arrive in.
struct Checksum
{
    qint64 rows = 0;     // the rows summed up
    qint64 counted = -1; // COUNT(*): a row the reading skipped would make the two differ
    std::array<quint8, 32> sum{};

    void add(const Row& row);
};

// A table of the copy as both sides hold it.
TableComparison compared(const QString& table, const Checksum& source, const Checksum& target)
{
    return {table, source.counted, target.counted,
            source.sum == target.sum && source.rows == source.counted && target.rows == target.counted};
}

// One value as both engines give it back: integers and integral floats as integers (SQLite hands back
// a REAL column's 5.0 as a float, PostgreSQL's INTEGER flags as int), texts and bytes as their bytes
// (a BLOB column may hold text in SQLite, BYTEA is bytes), length-prefixed so no two rows read alike.
void appendValue(QByteArray& out, const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        out += "N;";
        return;
    }
    const auto appendBytes = [&out](const QByteArray& bytes) {
        out += 'S';
        out += QByteArray::number(bytes.size());
        out += ':';
        out += bytes;
    };
    const int type = value.metaType().id();
    if (type == QMetaType::Double || type == QMetaType::Float) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::trunc(number) && std::fabs(number) < 9007199254740992.0)
            out += 'I' + QByteArray::number(qint64(number)) + ';';
        else
            out += 'R' + QByteArray::number(number, 'g', 17) + ';';
    } else if (type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt ||
               type == QMetaType::ULongLong || type == QMetaType::Bool) {
        out += 'I' + QByteArray::number(value.toLongLong()) + ';';
    } else {
        appendBytes(type == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8());
    }
}

void Checksum::add(const Row& row)
{
    QByteArray bytes;
    for (const QVariant& value : row)
        appendValue(bytes, value);
    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    unsigned carry = 0;
    for (int i = 31; i >= 0; --i) {
        const unsigned total = unsigned(sum[size_t(i)]) + quint8(digest.at(i)) + carry;
        sum[size_t(i)] = quint8(total);
        carry = total >> 8;
    }
    ++rows;
}

QString quoted(const QString& name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool isBlobType(const QString& type)
{
    const QString lower = type.toLower();
    return lower.contains(QLatin1String("blob")) || lower == QLatin1String("bytea");
}

bool listed(const char* const* begin, const char* const* end, const QString& name)
{
    return std::any_of(begin, end, [&](const char* entry) { return name == QLatin1String(entry); });
}

bool isDerived(const QString& name)
{
    return listed(std::begin(derivedTables), std::end(derivedTables), name);
}

// SQLite's tables but for its own (sqlite_…) and the search indexes: FTS5 virtual tables and the shadow
// tables they keep their data in (article_search_data, …).
bool readSqliteCatalog(const QSqlDatabase& db, Catalog* catalog, QSqlError* failure)
{
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name, COALESCE(sql, '') FROM sqlite_master WHERE type = 'table'"
                                    " ORDER BY name"))) {
        *failure = tables.lastError();
        return false;
    }
    QStringList names;
    QStringList virtualTables;
    while (tables.next()) {
        names.append(tables.value(0).toString());
        if (tables.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
            virtualTables.append(names.last());
    }
    for (const QString& name : std::as_const(names)) {
        const bool index = std::any_of(virtualTables.cbegin(), virtualTables.cend(), [&](const QString& v) {
            return name == v || name.startsWith(v + QLatin1Char('_'));
        });
        if (index || name.startsWith(QLatin1String("sqlite_")))
            continue;
        QSqlQuery columns(db);
        columns.prepare(QStringLiteral("SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid"));
        columns.addBindValue(name);
        if (!columns.exec()) {
            *failure = columns.lastError();
            return false;
        }
        TableInfo info;
        QMap<int, QString> key;
        while (columns.next()) {
            info.columns.append({columns.value(0).toString(), isBlobType(columns.value(1).toString())});
            if (columns.value(2).toInt() > 0)
                key.insert(columns.value(2).toInt(), info.columns.last().name);
        }
        info.key = key.values();
        catalog->insert(name, info);
    }
    return true;
}

// The tables of the connection's schema, their columns and primary keys, from PostgreSQL's catalogue.
bool readPostgresCatalog(const QSqlDatabase& db, Catalog* catalog, QSqlError* failure)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod),"
            " COALESCE(array_position(CAST(i.indkey AS SMALLINT[]), a.attnum), 0)"
            " FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0"
            " AND NOT a.attisdropped LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary"
            " WHERE c.relnamespace = CAST(current_schema() AS REGNAMESPACE) AND c.relkind IN ('r', 'p')"
            " ORDER BY c.relname, a.attnum"))) {
        *failure = query.lastError();
        return false;
    }
    QMap<QString, QMap<int, QString>> keys;
    while (query.next()) {
        const QString table = query.value(0).toString();
        if (listed(std::begin(postgresOnly), std::end(postgresOnly), table))
            continue;
        TableInfo& info = (*catalog)[table];
        info.columns.append({query.value(1).toString(), isBlobType(query.value(2).toString())});
        if (query.value(3).toInt() > 0)
            keys[table].insert(query.value(3).toInt(), info.columns.last().name);
    }
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        (*catalog)[it.key()].key = it.value().values();
    return true;
}

bool readCatalog(Database& database, Catalog* catalog, QString* error)
{
    QSqlError failure;
    const bool read = database.isPostgres() ? readPostgresCatalog(database.connection(), catalog, &failure)
                                            : readSqliteCatalog(database.connection(), catalog, &failure);
    if (!read && error)
        *error = database.explainLastFailure(DatabaseCopy::tr("Reading the list of tables"), failure);
    return read;
}

int orderOf(const Table& table)
{
    if (table.derived)
        return int(std::size(writeOrder)) + 1;
    const auto known = std::find_if(std::begin(writeOrder), std::end(writeOrder),
                                    [&](const char* name) { return table.name == QLatin1String(name); });
    return int(std::distance(std::begin(writeOrder), known));
}

// Rows in `table` whose `column` is set: what a copy without the column would lose.
qint64 valuesIn(Database& database, const QString& table, const QString& column, QString* error)
{
    QSqlQuery query(database.connection());
    const QString sql = column.isEmpty() ? QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoted(table))
                                         : QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 IS NOT NULL")
                                               .arg(quoted(table), quoted(column));
    if (query.exec(sql) && query.next())
        return query.value(0).toLongLong();
    if (error)
        *error = database.explainLastFailure(DatabaseCopy::tr("Counting the rows of %1").arg(table),
                                             query.lastError());
    return -1;
}

// The columns of one table both sides have; a column only the source has is refused when it holds values.
bool planTable(Database& from, const QString& name, const TableInfo& source, const TableInfo& target,
               Table* table, QString* error)
{
    table->name = name;
    table->derived = isDerived(name);
    for (const Column& column : source.columns) {
        const auto there = std::find_if(target.columns.cbegin(), target.columns.cend(),
                                        [&](const Column& c) { return c.name == column.name; });
        if (there != target.columns.cend()) {
            table->columns.append(*there);
            continue;
        }
        const qint64 values = valuesIn(from, name, column.name, error);
        if (values < 0)
            return false;
        if (values > 0) {
            *error = DatabaseCopy::tr("the target has no column %1 in its table %2, where the source holds "
                                      "%n value(s): it was written by another version of Regionscope",
                                      nullptr, int(qMin<qint64>(values, INT_MAX)))
                         .arg(column.name, name);
            return false;
        }
    }
    for (const QString& keyColumn : source.key) {
        const auto at = std::find_if(table->columns.cbegin(), table->columns.cend(),
                                     [&](const Column& c) { return c.name == keyColumn; });
        if (at == table->columns.cend()) {
            table->key.clear();
            break;
        }
        table->key.append(int(std::distance(table->columns.cbegin(), at)));
    }
    const auto has = [&](const char* column) {
        return std::any_of(table->columns.cbegin(), table->columns.cend(),
                           [&](const Column& c) { return c.name == QLatin1String(column); });
    };
    table->hasId = has("id");
    table->tree = table->hasId && has("parent_id");
    return true;
}

bool planCopy(Database& from, Database& to, QVector<Table>* tables, QString* error)
{
    Catalog source;
    Catalog target;
    if (!readCatalog(from, &source, error) || !readCatalog(to, &target, error))
        return false;
    for (auto it = source.cbegin(); it != source.cend(); ++it) {
        if (!target.contains(it.key())) {
            const qint64 rows = valuesIn(from, it.key(), QString(), error);
            if (rows < 0)
                return false;
            if (rows > 0) {
                *error = DatabaseCopy::tr("the target has no table %1, where the source holds %n row(s): it "
                                          "was written by another version of Regionscope",
                                          nullptr, int(qMin<qint64>(rows, INT_MAX)))
                             .arg(it.key());
                return false;
            }
            continue;
        }
        Table table;
        if (!planTable(from, it.key(), it.value(), target.value(it.key()), &table, error))
            return false;
        tables->append(table);
    }
    std::stable_sort(tables->begin(), tables->end(),
                     [](const Table& a, const Table& b) { return orderOf(a) < orderOf(b); });
    return true;
}

QString columnList(const Table& table, const QString& prefix = QString())
{
    QStringList names;
    for (const Column& column : table.columns)
        names.append(prefix + quoted(column.name));
    return names.join(QLatin1String(", "));
}

// The next batch of a table's rows after `after` (none: from the first), in the order of its key. A tree
// comes in one batch, each row after the row it points at; a table without a key in one batch too.
QString batchSql(const Table& table, bool after, int limit)
{
    if (table.tree)
        return QStringLiteral(
                   "WITH RECURSIVE tree(id, depth) AS (SELECT id, 0 FROM %1 WHERE parent_id IS NULL"
                   " UNION ALL SELECT t.id, tree.depth + 1 FROM %1 t JOIN tree ON t.parent_id ="
                   " tree.id) SELECT %2 FROM %1 r JOIN tree ON tree.id = r.id"
                   " ORDER BY tree.depth, r.id")
            .arg(quoted(table.name), columnList(table, QStringLiteral("r.")));
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(columnList(table), quoted(table.name));
    if (table.key.isEmpty())
        return sql;
    QStringList key;
    QStringList marks;
    for (const int position : table.key) {
        key.append(quoted(table.columns.at(position).name));
        marks.append(QStringLiteral("?"));
    }
    if (after)
        sql += QStringLiteral(" WHERE (%1) > (%2)")
                   .arg(key.join(QLatin1String(", ")), marks.join(QLatin1String(", ")));
    return sql + QStringLiteral(" ORDER BY %1 LIMIT %2").arg(key.join(QLatin1String(", "))).arg(limit);
}

qint64 sizeOf(const Row& row)
{
    qint64 bytes = 0;
    for (const QVariant& value : row) {
        if (value.metaType().id() == QMetaType::QString)
            bytes += 2 * qint64(value.toString().size()) + 16;
        else if (value.metaType().id() == QMetaType::QByteArray)
            bytes += value.toByteArray().size() + 16;
        else
            bytes += 16;
    }
    return bytes;
}

// Calls visit with each batch of the table's rows until the last, or until visit returns false.
bool forEachBatch(Database& database, const Table& table, const std::function<bool(const Rows&)>& visit,
                  QString* error)
{
    int limit = 256;
    Row last;
    for (;;) {
        QSqlQuery query(database.connection());
        query.setForwardOnly(true);
        bool ok = query.prepare(batchSql(table, !last.isEmpty(), limit));
        for (const int position : table.key) {
            if (!last.isEmpty() && !table.tree)
                query.addBindValue(last.at(position));
        }
        ok = ok && query.exec();
        Rows rows;
        qint64 bytes = 0;
        while (ok && query.next()) {
            Row row(table.columns.size());
            for (int i = 0; i < row.size(); ++i)
                row[i] = query.isNull(i) ? QVariant() : query.value(i);
            bytes += sizeOf(row);
            rows.append(row);
        }
        if (!ok || query.lastError().isValid()) {
            if (error)
                *error = database.explainLastFailure(DatabaseCopy::tr("Reading the table %1").arg(table.name),
                                                     query.lastError());
            return false;
        }
        query.finish();
        if (!rows.isEmpty() && !visit(rows))
            return false;
        if (table.tree || table.key.isEmpty() || rows.size() < limit)
            return true;
        last = rows.last();
        limit =
            int(qBound<qint64>(1, batchBytes / qMax<qint64>(1, bytes / rows.size()), qint64(maxBatchRows)));
    }
}

bool checksumOf(Database& database, const Table& table, Checksum* checksum, QString* error)
{
    checksum->counted = valuesIn(database, table.name, QString(), error);
    return checksum->counted >= 0 && forEachBatch(
                                         database, table,
                                         [&](const Rows& rows) {
                                             for (const Row& row : rows)
                                                 checksum->add(row);
                                             return true;
                                         },
                                         error);
}

// A value for the target's column: bytes for a BYTEA or BLOB column, text for any other.
QVariant forColumn(const QVariant& value, const Column& column)
{
    if (column.blob && value.metaType().id() == QMetaType::QString)
        return value.toString().toUtf8();
    if (!column.blob && value.metaType().id() == QMetaType::QByteArray)
        return QString::fromUtf8(value.toByteArray());
    return value;
}

// The rows in multi-row INSERTs of up to 2,000 values, each block statement prepared once: to a server
// each statement is a round trip. On SQLite they are bound natively (BoundStatement): QtSql's driver looks
// every value's parameter up by number in a list as long as the statement, which made 2,000-value
// statements copy 44,000 figures in 5.5 s instead of 1.6.
bool insertRows(QSqlDatabase& db, const Table& table, const Rows& rows, QSqlError* failure)
{
    constexpr int valuesPerStatement = 2000;
    const int perStatement =
        qMax(1, qMin(100, valuesPerStatement / int(qMax<qsizetype>(1, table.columns.size()))));
    const QStringList marks(table.columns.size(), QStringLiteral("?"));
    const QString values = QLatin1Char('(') + marks.join(QLatin1String(", ")) + QLatin1Char(')');
    const QString head =
        QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(quoted(table.name), columnList(table));
    const auto statementFor = [&](int count) {
        return BoundStatement::prepare(db, head + QStringList(count, values).join(QLatin1String(", ")));
    };
    const std::unique_ptr<BoundStatement> block = statementFor(perStatement);
    for (int first = 0; first < rows.size(); first += perStatement) {
        const int count = qMin(perStatement, int(rows.size()) - first);
        const std::unique_ptr<BoundStatement> tail = count < perStatement ? statementFor(count) : nullptr;
        BoundStatement& insert = tail ? *tail : *block;
        if (!insert.isPrepared()) {
            *failure = insert.lastError();
            return false;
        }
        for (int r = first; r < first + count; ++r) {
            for (int c = 0; c < table.columns.size(); ++c)
                insert.addBindValue(forColumn(rows.at(r).at(c), table.columns.at(c)));
        }
        if (!insert.exec()) {
            *failure = insert.lastError();
            return false;
        }
    }
    return true;
}

// Reads a database in one snapshot (a transaction that never writes), ended when this goes.
class Snapshot
{
public:
    explicit Snapshot(Database& database) : m_database(database) {}
    ~Snapshot()
    {
        if (m_open)
            m_database.connection().rollback();
    }
    Snapshot(const Snapshot&) = delete;
    Snapshot& operator=(const Snapshot&) = delete;

    bool begin(QString* error)
    {
        QSqlQuery query(m_database.connection());
        m_open = query.exec(m_database.isPostgres()
                                ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                : QStringLiteral("BEGIN"));
        if (!m_open && error)
            *error = m_database.explainLastFailure(DatabaseCopy::tr("Starting to read"), query.lastError());
        return m_open;
    }

private:
    Database& m_database;
    bool m_open = false;
};

QString differing(const QVector<TableComparison>& comparison)
{
    QStringList names;
    for (const TableComparison& table : comparison) {
        if (!table.matches())
            names.append(table.table);
    }
    return names.join(QLatin1String(", "));
}

// The target's write transaction: rolled back unless committed, and on SQLite the search indexes' triggers
// back at work however it ends.
class TargetWrite
{
public:
    explicit TargetWrite(Database& database) : m_database(database) {}
    ~TargetWrite()
    {
        QSqlDatabase db = m_database.connection();
        if (m_open)
            db.rollback();
        if (m_deferred)
            QSqlQuery(db).exec(QStringLiteral("SELECT regionscope_defer_search(0)"));
    }
    TargetWrite(const TargetWrite&) = delete;
    TargetWrite& operator=(const TargetWrite&) = delete;

    bool begin(QString* error)
    {
        m_open = m_database.beginWrite(error);
        return m_open;
    }
    // The rows are indexed at once after the copy (SearchIndex::rebuild), not one by one.
    bool deferSearch(QSqlError* failure)
    {
        QSqlQuery query(m_database.connection());
        m_deferred = query.exec(QStringLiteral("SELECT regionscope_defer_search(1)"));
        if (!m_deferred)
            *failure = query.lastError();
        return m_deferred;
    }
    bool commit()
    {
        m_open = !m_database.connection().commit();
        return !m_open;
    }

private:
    Database& m_database;
    bool m_open = false;
    bool m_deferred = false;
};

bool refuseUnlessCopyable(Database& from, Database& to, QString* error)
{
    if (!from.isOpen() || !to.isOpen()) {
        *error = DatabaseCopy::tr("both databases must be open to copy one into the other");
        return false;
    }
    if (from.path() == to.path()) {
        *error = DatabaseCopy::tr("the source and the target are the same database (%1)").arg(from.path());
        return false;
    }
    if (from.schemaVersion() != to.schemaVersion()) {
        *error = DatabaseCopy::tr("the source %1 has schema version %2 and the target %3 version %4: open "
                                  "both with this version of Regionscope first, so both are upgraded")
                     .arg(from.path())
                     .arg(from.schemaVersion())
                     .arg(to.path())
                     .arg(to.schemaVersion());
        return false;
    }
    return true;
}

// A project is copied into an empty database only: ids kept from the source would collide with the
// target's own. The groups of Compare Metrics are no project (their rows are replaced).
bool refuseUnlessEmpty(Database& to, const QVector<Table>& tables, QString* error)
{
    for (const Table& table : tables) {
        if (table.derived)
            continue;
        QSqlQuery query(to.connection());
        if (!query.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(quoted(table.name)))) {
            *error = to.explainLastFailure(DatabaseCopy::tr("Reading the table %1").arg(table.name),
                                           query.lastError());
            return false;
        }
        if (!query.next())
            continue;
        query.finish();
        const qint64 reports =
            table.name == QLatin1String("articles") ? valuesIn(to, table.name, QString(), error) : 0;
        if (reports < 0)
            return false;
        *error =
            reports > 0
                ? DatabaseCopy::tr("the target %1 already holds %n report(s); a project is copied into an "
                                   "empty database only, and the target was left unchanged",
                                   nullptr, int(qMin<qint64>(reports, INT_MAX)))
                      .arg(to.path())
                : DatabaseCopy::tr("the target %1 already holds data (its table %2 is not empty); a "
                                   "project is copied into an empty database only, and the target was "
                                   "left unchanged")
                      .arg(to.path(), table.name);
        return false;
    }
    return true;
}

// Before the first row: on PostgreSQL a second copy into the same database waits (then fails as busy)
// instead of colliding row by row; on SQLite the write transaction holds the file's lock already.
bool prepareTarget(Database& to, TargetWrite& write, const QVector<Table>& tables, QString* error)
{
    QSqlError failure;
    bool ready = false;
    if (to.isPostgres()) {
        QSqlQuery lock(to.connection());
        ready = lock.exec(QStringLiteral("LOCK TABLE articles IN EXCLUSIVE MODE"));
        failure = lock.lastError();
    } else {
        ready = write.deferSearch(&failure);
    }
    if (ready)
        return refuseUnlessEmpty(to, tables, error);
    *error = to.explainLastFailure(DatabaseCopy::tr("Preparing the target"), failure);
    return false;
}

bool copyTable(Database& from, Database& to, const Table& table, const DatabaseCopy::Progress& progress,
               Checksum* source, QString* error)
{
    QSqlDatabase db = to.connection();
    if (table.derived) {
        QSqlQuery clear(db);
        if (!clear.exec(QStringLiteral("DELETE FROM %1").arg(quoted(table.name)))) {
            *error = to.explainLastFailure(DatabaseCopy::tr("Copying the table %1").arg(table.name),
                                           clear.lastError());
            return false;
        }
    }
    const qint64 total = source->counted = valuesIn(from, table.name, QString(), error);
    if (total < 0)
        return false;
    if (progress)
        progress(table.name, 0, total);
    QString writeError;
    const bool read = forEachBatch(
        from, table,
        [&](const Rows& rows) {
            QSqlError failure;
            if (!insertRows(db, table, rows, &failure)) {
                writeError =
                    to.explainLastFailure(DatabaseCopy::tr("Copying the table %1").arg(table.name), failure);
                // Rows the source kept but its own rules forbid (its checks were off, or it is damaged).
                if (to.dialect().classify(db, failure) == DatabaseDialect::Failure::Constraint)
                    writeError = DatabaseCopy::tr("copying the table %1 failed: the target refused one of "
                                                  "its rows, which breaks the schema's rules (a reference to "
                                                  "a missing row, or a value twice): the source may be "
                                                  "damaged. Nothing of the copy was kept")
                                     .arg(table.name);
                return false;
            }
            for (const Row& row : rows)
                source->add(row);
            if (progress)
                progress(table.name, source->rows, total);
            return true;
        },
        error);
    if (!writeError.isEmpty())
        *error = writeError;
    return read;
}

// After the rows: PostgreSQL's id sequences past the copied ids, SQLite's search indexes over them.
bool finishTarget(Database& to, const QVector<Table>& tables, QString* error)
{
    QSqlDatabase db = to.connection();
    if (!to.isPostgres())
        return SearchIndex(to).rebuild(error);
    for (const Table& table : tables) {
        QString detail;
        if (table.hasId && !to.dialect().followExplicitIds(db, table.name, &detail)) {
            *error = to.explainLastFailure(DatabaseCopy::tr("Numbering the new rows of %1").arg(table.name));
            return false;
        }
    }
    return SearchIndex(to).rebuild(error); // the copied reports' search tokens
}

// PostgreSQL keeps no triggers that mark Compare Metrics' groups stale yet (PostgresSchema), so groups
// copied from it are summed up again on SQLite. From a SQLite file they arrive with their marks, and are
// summed up at the next change as they would have been there.
bool regroup(Database& from, Database& to, const QVector<Table>& tables, QString* error)
{
    const auto has = [&](const char* name) {
        return std::any_of(tables.cbegin(), tables.cend(),
                           [&](const Table& t) { return t.name == QLatin1String(name); });
    };
    if (!from.isPostgres() || to.isPostgres() || !has("metric_groups") || !has("metric_groups_stale"))
        return true;
    QSqlDatabase db = to.connection();
    QSqlQuery mark(db);
    if (mark.exec(
            QStringLiteral("INSERT OR IGNORE INTO metric_groups_stale SELECT DISTINCT metric_key,"
                           " region_code, COALESCE(period, '') FROM metrics WHERE metric_key IS NOT NULL")) &&
        ComparisonStore::refreshGroups(db))
        return true;
    *error = to.explainLastFailure(DatabaseCopy::tr("Summing up the figures for Compare Metrics"),
                                   mark.lastError());
    return false;
}

} // namespace

DatabaseCopy::DatabaseCopy(Database& from, Database& to) : m_from(from), m_to(to) {}

bool DatabaseCopy::allMatch(const QVector<TableComparison>& comparison)
{
    return std::all_of(comparison.cbegin(), comparison.cend(),
                       [](const TableComparison& table) { return table.matches(); });
}

bool DatabaseCopy::compare(Database& from, Database& to, QVector<TableComparison>* comparison, QString* error)
{
    comparison->clear();
    QVector<Table> tables;
    if (!planCopy(from, to, &tables, error))
        return false;
    Snapshot fromSnapshot(from);
    Snapshot toSnapshot(to);
    if (!fromSnapshot.begin(error) || !toSnapshot.begin(error))
        return false;
    for (const Table& table : std::as_const(tables)) {
        Checksum source;
        Checksum target;
        if (!checksumOf(from, table, &source, error) || !checksumOf(to, table, &target, error))
            return false;
        comparison->append(compared(table.name, source, target));
    }
    return true;
}

bool DatabaseCopy::copy(QVector<TableComparison>* comparison, QString* error)
{
    QString message;
    QString* reason = error ? error : &message;
    if (comparison)
        comparison->clear();
    QVector<Table> tables;
    if (!refuseUnlessCopyable(m_from, m_to, reason) || !planCopy(m_from, m_to, &tables, reason))
        return false;
    Snapshot snapshot(m_from);
    TargetWrite write(m_to);
    if (!snapshot.begin(reason) || !write.begin(reason) || !prepareTarget(m_to, write, tables, reason))
        return false;
    QVector<Checksum> sources(tables.size());
    for (int i = 0; i < tables.size(); ++i) {
        if (!copyTable(m_from, m_to, tables.at(i), m_progress, &sources[i], reason))
            return false;
    }
    if (!finishTarget(m_to, tables, reason))
        return false;
    QVector<TableComparison> result;
    for (int i = 0; i < tables.size(); ++i) {
        Checksum target;
        if (!checksumOf(m_to, tables.at(i), &target, reason))
            return false;
        result.append(compared(tables.at(i).name, sources.at(i), target));
    }
    if (comparison)
        *comparison = result;
    if (!allMatch(result)) {
        *reason = tr("the copy differs from the source in %1; nothing of it was kept, and the target is as "
                     "it was")
                      .arg(differing(result));
        return false;
    }
    if (!regroup(m_from, m_to, tables, reason))
        return false;
    if (write.commit())
        return true;
    *reason = m_to.explainLastFailure(tr("Committing the copy"));
    return false;
}

} // namespace rs
