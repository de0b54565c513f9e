#include "PostgresTeam.h"

#include "Database.h"

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
    "CREATE POLICY annotations_read ON annotations FOR SELECT TO regionscope_reader USING (true)",
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
    "CREATE POLICY annotation_tags_read ON annotation_tags FOR SELECT TO regionscope_reader USING (true)",
    "DROP POLICY IF EXISTS annotation_tags_own ON annotation_tags",
    "CREATE POLICY annotation_tags_own ON annotation_tags FOR ALL TO regionscope_coder"
    " USING (EXISTS (SELECT 1 FROM annotations a WHERE a.id = annotation_id AND a.author = current_user))"
    " WITH CHECK (EXISTS (SELECT 1 FROM annotations a WHERE a.id = annotation_id"
    " AND a.author = current_user))",
    "DROP POLICY IF EXISTS annotation_tags_lead ON annotation_tags",
    "CREATE POLICY annotation_tags_lead ON annotation_tags FOR ALL TO regionscope_lead USING (true)"
    " WITH CHECK (true)",
};

} // namespace

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

bool PostgresTeam::addAnalyst(Database& database, const QString& name, Role role, const QString& password,
                              QString* error)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    if (!valid.match(name).hasMatch())
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

} // namespace rs
