#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace rs {

class DatabaseDialect;

// The schema a new PostgreSQL database starts from (issue 18): the tables of SQLite's schema 15, written
// once for PostgreSQL, recorded as version 15. Numbered migrations above 15 (Migrations.cpp) then apply
// to both dialects.
//
// Why 15 and not 1: migrations 1-15 were written for SQLite alone (FTS5 virtual tables, triggers that
// call functions registered on the sqlite3 handle, WITHOUT ROWID, rebuilds of earlier indexes). Replaying
// fifteen SQLite-shaped steps on a server that never held data written by those releases would only
// translate history; the end state is what matters, and this file states it directly.
//
// Not here yet (each lands with its store's port): the search index (tokens of SearchTokenizer in a
// tsvector with a GIN index, or pg_trgm). The triggers that keep metric_groups_stale and the figures'
// region and date (metrics_follow_article) up to date come with migration 17 (v17FigureTriggersPostgres).
class PostgresSchema
{
    Q_DECLARE_TR_FUNCTIONS(PostgresSchema)

public:
    static int version() { return 15; }
    static const QStringList& statements();
    // Creates the schema in an empty database and records version 15, in one transaction that holds an
    // advisory lock, so two programs opening a new database at once create it once. A database that
    // already has the schema is left as it is; one holding tables of something else is refused.
    static bool create(QSqlDatabase& db, const DatabaseDialect& dialect, QString* error);
};

} // namespace rs
