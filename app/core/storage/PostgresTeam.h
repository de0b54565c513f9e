#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rs {

class Database;

// Team mode on PostgreSQL (issue 18): the roles lead, coder and reader, enforced by the database itself
// (GRANTs and row-level security), not only by the user interface. Each analyst logs in as a role of
// their own, a member of one of three group roles:
//   regionscope_reader  reads everything;
//   regionscope_coder   also adds annotations and changes or deletes those whose author is the role
//                       itself (author = current_user), with their tag links;
//   regionscope_lead    changes everything: the codebook, reports (imports, deletions), anyone's
//                       annotations.
// The group roles belong to the server (PostgreSQL roles are cluster-wide), the grants and policies to
// each database. The schema stays the owner's: upgrades run as the role that created the database.
class PostgresTeam
{
    Q_DECLARE_TR_FUNCTIONS(PostgresTeam)

public:
    enum class Role
    {
        Lead,
        Coder,
        Reader
    };

    static QString groupRole(Role role);
    // The statements enable() runs, in order.
    static QStringList enableStatements();
    // Creates the group roles when missing and sets the grants and row policies on the database's
    // tables; run again after a schema upgrade adds tables. Needs the database's owner, with the right to
    // create roles. False with a message in words.
    static bool enable(Database& database, QString* error = nullptr);
    // Creates an analyst's login role in role's group. name: lower-case letters, digits and '_' (it
    // becomes the author of the analyst's annotations); password may be empty (the server then lets the
    // analyst in by its own rules, e.g. peer authentication).
    static bool addAnalyst(Database& database, const QString& name, Role role, const QString& password,
                           QString* error = nullptr);
};

} // namespace rs
