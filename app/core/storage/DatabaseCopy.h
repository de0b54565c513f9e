#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <functional>

namespace rs {

class Database;

// One table of a copy, as the two databases hold it: rows and a checksum over every column of every row
// (DatabaseCopy::compare).
struct TableComparison
{
    QString table;
    qint64 fromRows = 0;
    qint64 toRows = 0;
    bool checksumsMatch = false;
    bool matches() const { return checksumsMatch && fromRows == toRows; }
};

// Moves a project between engines (issue 18, `regionscope-cli migrate FROM TO`): every table of the schema
// from one open Database into another, a SQLite file or a PostgreSQL database, in either direction.
//
// Both must be at the same schema version and the target must hold no project yet (no report, tag or
// annotation: nothing a copy could collide with). The tables come from the databases' own catalogues and
// are copied in dependency order (reports before what points at them, parent tags before their children),
// with the ids they have, so every reference holds; only columns both sides have are copied, and a column
// or table the target lacks while the source holds values in it is refused. What one engine keeps for
// itself is not copied: SQLite's search indexes (FTS5 tables and their shadow tables, rebuilt on a SQLite
// target) and PostgreSQL's schema version table. On PostgreSQL the id sequences move past the copied ids.
//
// Everything is written in one transaction on the target, and checked before it commits: per table the
// row count and a checksum of every value (texts, report bodies, original files) on both sides, each
// computed from what its own database returns. A failure or a difference rolls back, leaving the target
// as it was. The source is read in one snapshot and never written.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    // The table being copied, its rows copied so far, and its rows in all.
    using Progress = std::function<void(const QString& table, qint64 copied, qint64 total)>;

    DatabaseCopy(Database& from, Database& to);

    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Copies, compares and commits when every table matched. False with the reason in words in *error:
    // refused before writing (versions differ, the target holds a project, a table it lacks), a failure
    // while copying, or tables that differ (then *comparison says which, and nothing was kept).
    // *comparison (when given) holds one entry per copied table once the copy got as far as checking.
    bool copy(QVector<TableComparison>* comparison, QString* error = nullptr);

    // Compares every table both databases share (as the copy would see them) without writing: for checks
    // after the fact, and tests.
    static bool compare(Database& from, Database& to, QVector<TableComparison>* comparison,
                        QString* error = nullptr);
    static bool allMatch(const QVector<TableComparison>& comparison);

private:
    Database& m_from;
    Database& m_to;
    Progress m_progress;
};

} // namespace rs
