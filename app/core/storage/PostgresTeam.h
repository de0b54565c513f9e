#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

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

    // An analyst: a login role directly in one of the three groups. The groups and their members are
    // the server's, so one team covers every database of the server that enable() set up.
    struct Member
    {
        QString name;
        Role role = Role::Reader;
    };

    static QString groupRole(Role role);
    // "lead", "coder", "reader", as the command line spells the roles.
    static QString roleName(Role role);
    // The role a name spells; false when it spells none.
    static bool roleFromName(const QString& name, Role* role);
    // Whether name may be an analyst's: lower-case letters, digits and '_', starting with a letter, at
    // most 63 characters, and none of the group roles.
    static bool isValidName(const QString& name);
    // The statements enable() runs, in order.
    static QStringList enableStatements();
    // Creates the group roles when missing and sets the grants and row policies on the database's
    // tables; run again after a schema upgrade adds tables. Needs the database's owner, with the right to
    // create roles. False with a message in words.
    static bool enable(Database& database, QString* error = nullptr);
    // Blind coding: while on, coders (and readers) see only their own annotations and their tags; the
    // lead sees everyone's. Turning it off reveals them. The row policies read the setting, so it holds
    // for every analyst's direct SQL too. Only the lead (or the owner) may change it; false with a
    // message in words.
    static bool setBlind(Database& database, bool on, QString* error = nullptr);
    static bool isBlind(Database& database, bool* on, QString* error = nullptr);
    // Creates an analyst's login role in role's group. name: lower-case letters, digits and '_' (it
    // becomes the author of the analyst's annotations); password may be empty (the server then lets the
    // analyst in by its own rules, e.g. peer authentication).
    static bool addAnalyst(Database& database, const QString& name, Role role, const QString& password,
                           QString* error = nullptr);

    // Whether the connection's role may set the team up (setup: the server's superuser, or the
    // database's owner with the right to create roles) or add and remove analysts (the superuser or a
    // role with CREATEROLE). False with a message in words saying who may.
    static bool mayManage(Database& database, bool setup, QString* error = nullptr);
    // Which of the three group roles the server has already, in the order lead, coder, reader.
    static bool existingGroups(Database& database, QStringList* groups, QString* error = nullptr);
    // Every analyst of the server's team, by name (a role in two groups is listed once per group).
    static bool members(Database& database, QVector<Member>* members, QString* error = nullptr);
    // Whether the server has a role called name (an analyst or not); *superuser tells whether it is one.
    static bool roleExists(Database& database, const QString& name, bool* exists, bool* superuser,
                           QString* error = nullptr);
    // Puts an existing login role into role's group and out of the other two; a non-empty password
    // replaces its password. Superusers are refused (they pass every rule).
    static bool moveAnalyst(Database& database, const QString& name, Role role, const QString& password,
                            QString* error = nullptr);
    // Takes name out of the three groups. The login role stays on the server (other databases may know
    // it) and so do the annotations it wrote: their author is a name, not a reference to the role.
    static bool removeAnalyst(Database& database, const QString& name, QString* error = nullptr);
};

} // namespace rs
