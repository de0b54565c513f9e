#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace rs {

// SQLite's own handle of a connection Qt's QSQLITE driver opened (Debian's driver links the system
// libsqlite3, so both share one library); null for any other driver. For what QtSql cannot reach:
// the tokenizer and functions, progress callbacks, natively bound statements.
sqlite3* sqliteHandle(const QSqlDatabase& db);

} // namespace rs
