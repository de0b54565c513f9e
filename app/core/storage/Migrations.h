#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace rs {

class DatabaseDialect;

// Numbered schema migrations. Migration N takes a database at version N-1 to version N; all pending
// migrations run in one transaction, so an upgrade is never seen half done. The version is kept by
// the dialect (PRAGMA user_version on SQLite).
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static int latestVersion();
    // Applies every migration above the current version. A database newer than this build is refused
    // (opening it could silently drop data written by the newer version).
    // upTo limits the target version (tests build databases as older releases wrote them).
    static bool migrate(QSqlDatabase& db, const DatabaseDialect& dialect, QString* error, int upTo = -1);

private:
    static QString newerSchemaError(int version);
};

} // namespace rs
