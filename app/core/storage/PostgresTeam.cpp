#include "PostgresTeam.h"

#include "Database.h"

#include <QPair>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace rs {
namespace {

bool refuse(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// Row policies: who sees and changes which annotations. Policies of one command are OR-ed, and a policy
// for a group applies to its members, so the lead (a member of coder, itself a member of reader) has the
// coder's rights and its own.
const char* const policies[] = {
    "ALTER TABLE annotations ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE annotation_tags ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS annotations_read ON annotations",
    // Blind coding: while the lead keeps it on, each analyst sees only their own annotations (the lead's
    // own policy below still sees all of them).
    "CREATE POLICY annotations_read ON annotations FOR SELECT TO regionscope_reader USING (author = "
    "current_user"
    " OR NOT EXISTS (SELECT 1 FROM regionscope_team_settings WHERE name = 'blind' AND value = 'on'))",
    "DROP POLICY IF EXISTS annotations_own_insert ON annotations",
    "CREATE POLICY annotations_own_insert ON annotations FOR INSERT TO regionscope_coder"
    " WITH CHECK (author = current_user)",
    "DROP POLICY IF EXISTS annotations_own_update ON annotations",
    "CREATE POLICY annotations_own_update ON annotations FOR UPDATE TO regionscope_coder"
    " USING (author = current_user) WITH CHECK (author = current_user)",
    "DROP POLICY IF EXISTS annotations_own_delete ON annotations",
    "CREATE POLICY annotations_own_delete ON annotations FOR DELETE TO regionscope_coder"
    " USING (author = current_user)",
    "DROP POLICY IF EXISTS annotations_lead ON annotations",
    "CREATE POLICY annotations_lead ON annotations FOR ALL TO regionscope_lead USING (true) WITH CHECK "
    "(true)",
    "DROP POLICY IF EXISTS annotation_tags_read ON annotation_tags",
    // A tag link is seen with its annotation (whose own policy decides, blind coding included).
    "CREATE POLICY annotation_tags_read ON annotation_tags FOR SELECT TO regionscope_reader"
    " USING (EXISTS (SELECT 1 FROM annotations a WHERE a.id = annotation_id))",
    "DROP POLICY IF EXISTS annotation_tags_own ON annotation_tags",
    "CREATE POLICY annotation_tags_own ON annotation_tags FOR ALL TO regionscope_coder"
    " USING (EXISTS (SELECT 1 FROM annotations a WHERE a.id = annotation_id AND a.author = current_user))"
    " WITH CHECK (EXISTS (SELECT 1 FROM annotations a WHERE a.id = annotation_id"
    " AND a.author = current_user))",
    "DROP POLICY IF EXISTS annotation_tags_lead ON annotation_tags",
    "CREATE POLICY annotation_tags_lead ON annotation_tags FOR ALL TO regionscope_lead USING (true)"
    " WITH CHECK (true)",
};

const PostgresTeam::Role allRoles[] = {PostgresTeam::Role::Lead, PostgresTeam::Role::Coder,
                                       PostgresTeam::Role::Reader};

// The three group roles as SQL literals, for catalog queries (constants, never input).
const char* const groupList = "('regionscope_lead', 'regionscope_coder', 'regionscope_reader')";

// Runs the statement the server's format() builds from pattern and arguments (%I quotes an identifier,
// %L a literal): role names and passwords cannot be bound in GRANT, REVOKE or ALTER ROLE, and are never
// pasted into SQL here.
bool runFormatted(Database& database, const QString& pattern, const QStringList& arguments,
                  const QString& action, QString* error)
{
    QStringList casts;
    for (int i = 0; i <= arguments.size(); ++i)
        casts.append(QStringLiteral("CAST(? AS TEXT)"));
    QSqlQuery query(database.connection());
    const bool prepared =
        query.prepare(QStringLiteral("SELECT format(%1)").arg(casts.join(QStringLiteral(", "))));
    query.addBindValue(pattern);
    for (const QString& argument : arguments)
        query.addBindValue(argument);
    if (!prepared || !query.exec() || !query.next())
        return refuse(error, database.explainLastFailure(action, query.lastError()));
    const QString statement = query.value(0).toString();
    query.finish();
    QSqlQuery run(database.connection());
    if (run.exec(statement))
        return true;
    return refuse(error, database.explainLastFailure(action, run.lastError()));
}

// Runs the statements in one transaction: all of them or none.
bool runAll(Database& database, const QVector<QPair<QString, QStringList>>& statements, const QString& action,
            QString* error)
{
    if (!database.beginWrite(error))
        return false;
    QSqlDatabase db = database.connection();
    for (const auto& statement : statements) {
        if (!runFormatted(database, statement.first, statement.second, action, error)) {
            db.rollback();
            return false;
        }
    }
    if (db.commit())
        return true;
    const QString message = database.explainLastFailure(action);
    db.rollback();
    return refuse(error, message);
}

} // namespace

QString PostgresTeam::roleName(Role role)
{
    switch (role) {
    case Role::Lead:
        return QStringLiteral("lead");
    case Role::Coder:
        return QStringLiteral("coder");
    case Role::Reader:
        break;
    }
    return QStringLiteral("reader");
}

bool PostgresTeam::roleFromName(const QString& name, Role* role)
{
    for (const Role candidate : allRoles) {
        if (name == roleName(candidate)) {
            *role = candidate;
            return true;
        }
    }
    return false;
}

bool PostgresTeam::isValidName(const QString& name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    if (!valid.match(name).hasMatch())
        return false;
    for (const Role role : allRoles) {
        if (name == groupRole(role))
            return false;
    }
    return true;
}

QString PostgresTeam::groupRole(Role role)
{
    switch (role) {
    case Role::Lead:
        return QStringLiteral("regionscope_lead");
    case Role::Coder:
        return QStringLiteral("regionscope_coder");
    case Role::Reader:
        break;
    }
    return QStringLiteral("regionscope_reader");
}

QStringList PostgresTeam::enableStatements()
{
    QStringList statements = {
        // CREATE ROLE has no IF NOT EXISTS; another database of the server may have made them.
        QStringLiteral("DO $$ BEGIN"
                       " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'regionscope_reader') THEN"
                       " CREATE ROLE regionscope_reader NOLOGIN; END IF;"
                       " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'regionscope_coder') THEN"
                       " CREATE ROLE regionscope_coder NOLOGIN; END IF;"
                       " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'regionscope_lead') THEN"
                       " CREATE ROLE regionscope_lead NOLOGIN; END IF; END $$"),
        QStringLiteral("GRANT regionscope_reader TO regionscope_coder"),
        QStringLiteral("GRANT regionscope_coder TO regionscope_lead"),
        // The team's settings (blind coding): everyone reads them, the lead changes them.
        QStringLiteral("CREATE TABLE IF NOT EXISTS regionscope_team_settings (name TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO regionscope_reader"),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO regionscope_reader"),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON annotations, annotation_tags TO regionscope_coder"),
        // Undo and redo put an annotation back with its id, then move the id sequence past it.
        QStringLiteral("DO $$ BEGIN EXECUTE format('GRANT USAGE, UPDATE ON SEQUENCE %s TO regionscope_coder',"
                       " pg_get_serial_sequence('annotations', 'id')); END $$"),
        QStringLiteral(
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO regionscope_lead"),
        QStringLiteral("GRANT USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA public TO regionscope_lead"),
    };
    for (const char* policy : policies)
        statements.append(QString::fromLatin1(policy));
    return statements;
}

bool PostgresTeam::enable(Database& database, QString* error)
{
    if (!database.isPostgres())
        return refuse(error, tr("team roles need a PostgreSQL database; %1 is a file").arg(database.path()));
    if (!database.beginWrite(error))
        return false;
    QSqlDatabase db = database.connection();
    for (const QString& statement : enableStatements()) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            const QString message =
                database.explainLastFailure(tr("Setting up the team roles"), query.lastError());
            db.rollback();
            return refuse(error, message);
        }
    }
    if (db.commit())
        return true;
    const QString message = database.explainLastFailure(tr("Setting up the team roles"));
    db.rollback();
    return refuse(error, message);
}

bool PostgresTeam::setBlind(Database& database, bool on, QString* error)
{
    if (!database.isPostgres())
        return refuse(error,
                      tr("blind coding needs a PostgreSQL team database; %1 is a file").arg(database.path()));
    QSqlQuery exists(database.connection());
    if (!exists.exec(QStringLiteral("SELECT to_regclass('regionscope_team_settings') IS NOT NULL")) ||
        !exists.next())
        return refuse(error,
                      database.explainLastFailure(tr("Reading the team's settings"), exists.lastError()));
    if (!exists.value(0).toBool())
        return refuse(error,
                      tr("the database has no team yet: run \"regionscope-cli --db URL team setup\" first"));
    exists.finish();
    QSqlQuery query(database.connection());
    const bool prepared =
        query.prepare(QStringLiteral("INSERT INTO regionscope_team_settings (name, value) VALUES ('blind', ?)"
                                     " ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value"));
    query.addBindValue(on ? QStringLiteral("on") : QStringLiteral("off"));
    if (prepared && query.exec())
        return true;
    if (query.lastError().nativeErrorCode() == QLatin1String("42501"))
        return refuse(error, tr("only the project's lead may turn blind coding on or off (your role is %1)")
                                 .arg(database.loginRole()));
    return refuse(error, database.explainLastFailure(tr("Changing blind coding"), query.lastError()));
}

bool PostgresTeam::isBlind(Database& database, bool* on, QString* error)
{
    *on = false;
    if (!database.isPostgres())
        return true;
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT to_regclass('regionscope_team_settings') IS NOT NULL")) ||
        !query.next())
        return refuse(error,
                      database.explainLastFailure(tr("Reading the team's settings"), query.lastError()));
    if (!query.value(0).toBool())
        return true;
    if (!query.exec(QStringLiteral("SELECT value FROM regionscope_team_settings WHERE name = 'blind'")))
        return refuse(error,
                      database.explainLastFailure(tr("Reading the team's settings"), query.lastError()));
    *on = query.next() && query.value(0).toString() == QLatin1String("on");
    return true;
}

bool PostgresTeam::addAnalyst(Database& database, const QString& name, Role role, const QString& password,
                              QString* error)
{
    if (!isValidName(name))
        return refuse(error, tr("“%1” cannot be an analyst's name: use lower-case letters, digits and “_”, "
                                "starting with a letter")
                                 .arg(name));
    if (!database.isPostgres())
        return refuse(error, tr("team roles need a PostgreSQL database; %1 is a file").arg(database.path()));
    // Role names and passwords cannot be bound in CREATE ROLE; format() quotes them on the server
    // (%I an identifier, %L a literal), so neither is ever pasted into SQL here.
    QSqlQuery query(database.connection());
    const bool prepared = query.prepare(QStringLiteral(
        "SELECT format('CREATE ROLE %I LOGIN IN ROLE %I', CAST(? AS TEXT), CAST(? AS TEXT))"
        " || CASE WHEN CAST(? AS TEXT) = '' THEN '' ELSE format(' PASSWORD %L', CAST(? AS TEXT)) END"));
    query.addBindValue(name);
    query.addBindValue(groupRole(role));
    query.addBindValue(password);
    query.addBindValue(password);
    if (!prepared || !query.exec() || !query.next())
        return refuse(
            error, database.explainLastFailure(tr("Adding the analyst “%1”").arg(name), query.lastError()));
    const QString statement = query.value(0).toString();
    query.finish();
    QSqlQuery create(database.connection());
    if (create.exec(statement))
        return true;
    if (create.lastError().nativeErrorCode() == QLatin1String("42710"))
        return refuse(error, tr("the server already has a role “%1”").arg(name));
    return refuse(error,
                  database.explainLastFailure(tr("Adding the analyst “%1”").arg(name), create.lastError()));
}

bool PostgresTeam::mayManage(Database& database, bool setup, QString* error)
{
    if (!database.isPostgres())
        return refuse(error, tr("team roles need a PostgreSQL database; %1 is a file").arg(database.path()));
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT r.rolsuper, r.rolcreaterole, d.datdba = r.oid, current_user"
                                   " FROM pg_roles r, pg_database d"
                                   " WHERE r.rolname = current_user AND d.datname = current_database()")) ||
        !query.next())
        return refuse(error,
                      database.explainLastFailure(tr("Reading your role's rights"), query.lastError()));
    const bool superuser = query.value(0).toBool();
    const bool createRole = query.value(1).toBool();
    const bool owner = query.value(2).toBool();
    const QString role = query.value(3).toString();
    if (superuser || (createRole && (owner || !setup)))
        return true;
    if (setup)
        return refuse(error, tr("the role “%1” may not set up the team: that takes the server's superuser "
                                "(postgres), or the database's owner with the right to create roles "
                                "(CREATEROLE)")
                                 .arg(role));
    return refuse(error, tr("the role “%1” may not add or remove analysts: that takes the server's superuser "
                            "(postgres) or a role with the right to create roles (CREATEROLE)")
                             .arg(role));
}

bool PostgresTeam::existingGroups(Database& database, QStringList* groups, QString* error)
{
    QSqlQuery query(database.connection());
    if (!query.exec(
            QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname IN %1").arg(QLatin1String(groupList))))
        return refuse(error, database.explainLastFailure(tr("Reading the team's roles"), query.lastError()));
    QStringList found;
    while (query.next())
        found.append(query.value(0).toString());
    groups->clear();
    for (const Role role : allRoles) {
        if (found.contains(groupRole(role)))
            groups->append(groupRole(role));
    }
    return true;
}

bool PostgresTeam::members(Database& database, QVector<Member>* members, QString* error)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT m.rolname, g.rolname FROM pg_auth_members a"
                                   " JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member"
                                   " WHERE g.rolname IN %1 AND m.rolname NOT IN %1"
                                   " ORDER BY m.rolname, g.rolname")
                        .arg(QLatin1String(groupList))))
        return refuse(error, database.explainLastFailure(tr("Reading the team's roles"), query.lastError()));
    members->clear();
    while (query.next()) {
        Member member;
        member.name = query.value(0).toString();
        const QString group = query.value(1).toString();
        for (const Role role : allRoles) {
            if (group == groupRole(role))
                member.role = role;
        }
        members->append(member);
    }
    return true;
}

bool PostgresTeam::roleExists(Database& database, const QString& name, bool* exists, bool* superuser,
                              QString* error)
{
    QSqlQuery query(database.connection());
    const bool prepared = query.prepare(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = ?"));
    query.addBindValue(name);
    if (!prepared || !query.exec())
        return refuse(error, database.explainLastFailure(tr("Reading the team's roles"), query.lastError()));
    *exists = query.next();
    *superuser = *exists && query.value(0).toBool();
    return true;
}

bool PostgresTeam::moveAnalyst(Database& database, const QString& name, Role role, const QString& password,
                               QString* error)
{
    if (!isValidName(name))
        return refuse(error, tr("“%1” cannot be an analyst's name: use lower-case letters, digits and “_”, "
                                "starting with a letter")
                                 .arg(name));
    bool exists = false;
    bool superuser = false;
    if (!roleExists(database, name, &exists, &superuser, error))
        return false;
    if (!exists)
        return refuse(error, tr("the server has no role “%1”").arg(name));
    if (superuser)
        return refuse(error, tr("“%1” is a superuser of the server: no team rule applies to it, so it cannot "
                                "join the team")
                                 .arg(name));
    QVector<Member> team;
    if (!members(database, &team, error))
        return false;
    // Only the memberships it has: revoking another makes the server print a warning.
    QVector<QPair<QString, QStringList>> statements;
    bool inGroup = false;
    for (const Member& member : std::as_const(team)) {
        if (member.name == name && member.role != role)
            statements.append({QStringLiteral("REVOKE %I FROM %I"), {groupRole(member.role), name}});
        inGroup = inGroup || (member.name == name && member.role == role);
    }
    if (!inGroup)
        statements.append({QStringLiteral("GRANT %I TO %I"), {groupRole(role), name}});
    if (!password.isEmpty())
        statements.append({QStringLiteral("ALTER ROLE %I PASSWORD %L"), {name, password}});
    return runAll(database, statements, tr("Changing the analyst “%1”").arg(name), error);
}

bool PostgresTeam::removeAnalyst(Database& database, const QString& name, QString* error)
{
    QVector<Member> team;
    if (!members(database, &team, error))
        return false;
    QVector<QPair<QString, QStringList>> statements;
    for (const Member& member : std::as_const(team)) {
        if (member.name == name)
            statements.append({QStringLiteral("REVOKE %I FROM %I"), {groupRole(member.role), name}});
    }
    if (statements.isEmpty())
        return refuse(error, tr("“%1” is not in the team").arg(name));
    return runAll(database, statements, tr("Removing the analyst “%1”").arg(name), error);
}

} // namespace rs
