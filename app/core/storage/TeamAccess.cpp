#include "TeamAccess.h"

#include "Database.h"
#include "PostgresTeam.h"

#include <QSqlQuery>
#include <QVariant>

namespace rs {

bool TeamAccess::of(Database& database, Level* level, QString* error)
{
    *level = Level::Owner;
    if (!database.isPostgres())
        return true;
    // pg_has_role() follows the groups' nesting (a lead is a member of coder, a coder of reader), so
    // the groups are asked from the most rights down. A group the server lacks counts as not joined.
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral(
        "SELECT r.rolsuper OR d.datdba = r.oid,"
        " EXISTS (SELECT 1 FROM pg_roles g WHERE g.rolname = ? AND pg_has_role(r.oid, g.oid, 'MEMBER')),"
        " EXISTS (SELECT 1 FROM pg_roles g WHERE g.rolname = ? AND pg_has_role(r.oid, g.oid, 'MEMBER')),"
        " EXISTS (SELECT 1 FROM pg_roles g WHERE g.rolname = ? AND pg_has_role(r.oid, g.oid, 'MEMBER'))"
        " FROM pg_roles r JOIN pg_database d ON d.datname = current_database()"
        " WHERE r.rolname = current_user"));
    query.addBindValue(PostgresTeam::groupRole(PostgresTeam::Role::Lead));
    query.addBindValue(PostgresTeam::groupRole(PostgresTeam::Role::Coder));
    query.addBindValue(PostgresTeam::groupRole(PostgresTeam::Role::Reader));
    if (!query.exec() || !query.next()) {
        if (error)
            *error = database.explainLastFailure(tr("Reading the role of the connection"), query.lastError());
        return false;
    }
    if (query.value(0).toBool())
        *level = Level::Owner;
    else if (query.value(1).toBool())
        *level = Level::Lead;
    else if (query.value(2).toBool())
        *level = Level::Coder;
    else if (query.value(3).toBool())
        *level = Level::Reader;
    else
        *level = Level::None;
    return true;
}

} // namespace rs
