#include "Commands.h"

#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "storage/PostgresTeam.h"

#include <QCommandLineParser>
#include <QFile>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace rs::cli {

CommandSyntax teamSyntax()
{
    const QString role = QStringLiteral("role");
    const QString passwordFile = QStringLiteral("password-file");
    return CommandSyntax(QStringLiteral("team"))
        .option({role, tr("the analyst's role: lead, coder or reader"), QStringLiteral("ROLE")}, true)
        .option({passwordFile,
                 tr("read the analyst's password from the first line of FILE (without it: from stdin; an "
                    "empty line sets none)"),
                 QStringLiteral("FILE")})
        .form(QStringLiteral("setup"), QStringList(), QString())
        .form(QStringLiteral("add NAME"), {role, passwordFile}, QString())
        .form(QStringLiteral("list"), QStringList(), QString())
        .form(QStringLiteral("remove NAME"), QStringList(), QString())
        .form(QStringLiteral("blind on|off"), QStringList(), QString())
        .form(QStringLiteral("reveal"), QStringList(), QString());
}

namespace {

int failure(CommandContext& context, const QString& message)
{
    context.err << "regionscope-cli team: " << message << '\n';
    return SomeFailed;
}

int usageError(CommandContext& context, const QString& message)
{
    return cli::usageError(context, teamSyntax(), message);
}

// The first line of text, without its line break.
QString firstLine(const QByteArray& text)
{
    const QString all = QString::fromUtf8(text);
    return all.section(QLatin1Char('\n'), 0, 0).remove(QLatin1Char('\r'));
}

// The password from stdin: typed at a terminal without echo (prompted on stderr), else the first line of
// what a pipe brings. Never taken from the command line, where other users see it, and never printed.
QString passwordFromStdin(CommandContext& context, const QString& name)
{
#ifdef Q_OS_UNIX
    if (::isatty(STDIN_FILENO)) {
        context.err << tr("Password for %1 (empty: none): ").arg(name);
        context.err.flush();
        termios saved{};
        const bool quiet = ::tcgetattr(STDIN_FILENO, &saved) == 0;
        if (quiet) {
            termios silent = saved;
            silent.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        }
        char buffer[1024] = {};
        const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
        if (quiet)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        context.err << '\n';
        return read ? firstLine(QByteArray(buffer)) : QString();
    }
#endif
    Q_UNUSED(context)
    Q_UNUSED(name)
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return QString();
    return firstLine(in.readLine());
}

// The password of `team add`; false (with the message printed) when --password-file cannot be read.
bool readPassword(CommandContext& context, const QCommandLineParser& parser, const QString& name,
                  QString* password)
{
    const QString option = QStringLiteral("password-file");
    if (!parser.isSet(option)) {
        *password = passwordFromStdin(context, name);
        return true;
    }
    QFile file(parser.value(option));
    if (!file.open(QIODevice::ReadOnly)) {
        failure(context, tr("cannot read the password file %1: %2").arg(file.fileName(), file.errorString()));
        return false;
    }
    *password = firstLine(file.readAll());
    return true;
}

int setupTeam(CommandContext& context, Database& database)
{
    QString error;
    QStringList before;
    if (!PostgresTeam::mayManage(database, true, &error) ||
        !PostgresTeam::existingGroups(database, &before, &error) || !PostgresTeam::enable(database, &error))
        return failure(context, error);
    QStringList created;
    for (const PostgresTeam::Role role :
         {PostgresTeam::Role::Lead, PostgresTeam::Role::Coder, PostgresTeam::Role::Reader}) {
        if (!before.contains(PostgresTeam::groupRole(role)))
            created.append(PostgresTeam::groupRole(role));
    }
    if (created.isEmpty())
        context.out << tr("the group roles regionscope_lead, regionscope_coder and regionscope_reader were "
                          "there already")
                    << '\n';
    else
        context.out << tr("created the group roles %1").arg(created.join(QStringLiteral(", "))) << '\n';
    context.out
        << tr("granted them their rights on every table of %1 and set the row policies of "
              "annotations and annotation_tags")
               .arg(database.path())
        << '\n'
        << tr("next, add each analyst: regionscope-cli --db URL team add NAME --role lead|coder|reader")
        << '\n';
    return Success;
}

// The roles name holds in the team, none when it is not in it.
QVector<PostgresTeam::Role> rolesOf(const QVector<PostgresTeam::Member>& team, const QString& name)
{
    QVector<PostgresTeam::Role> roles;
    for (const PostgresTeam::Member& member : team) {
        if (member.name == name)
            roles.append(member.role);
    }
    return roles;
}

// `add` for a name the server has already: joins the team, or moves to the role given (saying so).
int changeAnalyst(CommandContext& context, Database& database, const QString& name, PostgresTeam::Role role,
                  const QString& password)
{
    QVector<PostgresTeam::Member> team;
    QString error;
    if (!PostgresTeam::members(database, &team, &error))
        return failure(context, error);
    const QVector<PostgresTeam::Role> roles = rolesOf(team, name);
    const QString roleName = PostgresTeam::roleName(role);
    if (roles == QVector<PostgresTeam::Role>{role} && password.isEmpty()) {
        context.out << tr("%1 is a %2 already; nothing changed").arg(name, roleName) << '\n';
        return Success;
    }
    if (!PostgresTeam::moveAnalyst(database, name, role, password, &error))
        return failure(context, error);
    if (roles == QVector<PostgresTeam::Role>{role}) {
        context.out << tr("%1 is a %2 already; changed their password").arg(name, roleName) << '\n';
    } else if (roles.isEmpty()) {
        context.out << tr("the server had a role %1 already; it joined the team as a %2").arg(name, roleName)
                    << '\n';
    } else {
        QStringList was;
        for (const PostgresTeam::Role old : roles)
            was.append(PostgresTeam::roleName(old));
        context.out << tr("%1 was a %2 and is now a %3").arg(name, was.join(QStringLiteral(", ")), roleName)
                    << '\n';
    }
    return Success;
}

int addAnalyst(CommandContext& context, Database& database, const QString& name, PostgresTeam::Role role,
               const QString& password)
{
    QString error;
    bool exists = false;
    bool superuser = false;
    if (!PostgresTeam::mayManage(database, false, &error) ||
        !PostgresTeam::roleExists(database, name, &exists, &superuser, &error))
        return failure(context, error);
    QStringList groups;
    if (!PostgresTeam::existingGroups(database, &groups, &error))
        return failure(context, error);
    if (!groups.contains(PostgresTeam::groupRole(role)))
        return failure(context,
                       tr("the server has no team yet: run \"regionscope-cli --db URL team setup\" first"));
    if (exists)
        return changeAnalyst(context, database, name, role, password);
    if (!PostgresTeam::addAnalyst(database, name, role, password, &error))
        return failure(context, error);
    context.out << tr("added %1 as a %2 (a login role in %3)")
                       .arg(name, PostgresTeam::roleName(role), PostgresTeam::groupRole(role))
                << '\n';
    return Success;
}

int listTeam(CommandContext& context, Database& database)
{
    QVector<PostgresTeam::Member> team;
    QString error;
    if (!PostgresTeam::members(database, &team, &error))
        return failure(context, error);
    for (const PostgresTeam::Member& member : std::as_const(team))
        context.out << tsvRow({member.name, PostgresTeam::roleName(member.role)}) << '\n';
    return Success;
}

int removeAnalyst(CommandContext& context, Database& database, const QString& name)
{
    QVector<PostgresTeam::Member> team;
    QString error;
    if (!PostgresTeam::mayManage(database, false, &error) || !PostgresTeam::members(database, &team, &error))
        return failure(context, error);
    QStringList was;
    for (const PostgresTeam::Role role : rolesOf(team, name))
        was.append(PostgresTeam::roleName(role));
    if (!PostgresTeam::removeAnalyst(database, name, &error))
        return failure(context, error);
    context.out << tr("removed %1 (a %2) from the team; their annotations stay, and so does their login role "
                      "on the server")
                       .arg(name, was.join(QStringLiteral(", ")))
                << '\n';
    return Success;
}

// Blind coding on or off (reveal: off), by the lead.
int blindCoding(CommandContext& context, Database& database, bool on)
{
    QString error;
    if (!PostgresTeam::setBlind(database, on, &error))
        return failure(context, error);
    context.out << (on ? tr("blind coding is on: each coder sees only their own annotations until the lead "
                            "reveals them (team reveal)")
                       : tr("blind coding is off: every analyst sees everyone's annotations"))
                << '\n';
    return Success;
}

// Checks the arguments of each sub-command before anything connects: SETUP/LIST take none, ADD and
// REMOVE a valid name, and only ADD the role and the password file.
int checkArguments(CommandContext& context, const QCommandLineParser& parser, PostgresTeam::Role* role)
{
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    const bool named = action == QLatin1String("add") || action == QLatin1String("remove");
    if (action == QLatin1String("blind")) {
        if (words.size() != 2 || (words.at(1) != QLatin1String("on") && words.at(1) != QLatin1String("off")))
            return usageError(context, tr("blind takes on or off"));
    } else if (!named && action != QLatin1String("setup") && action != QLatin1String("list") &&
               action != QLatin1String("reveal")) {
        return usageError(
            context,
            action.isEmpty()
                ? tr("give setup, add, list, remove, blind or reveal")
                : tr("unknown action %1: give setup, add, list, remove, blind or reveal").arg(action));
    }
    if (action == QLatin1String("blind") &&
        (parser.isSet(QStringLiteral("role")) || parser.isSet(QStringLiteral("password-file"))))
        return usageError(context, tr("--role and --password-file belong to team add"));
    if (action == QLatin1String("blind"))
        return Success;
    if (words.size() != (named ? 2 : 1))
        return usageError(context, named ? tr("%1 takes one analyst's name").arg(action)
                                         : tr("%1 takes no further arguments").arg(action));
    const bool adding = action == QLatin1String("add");
    if (!adding && (parser.isSet(QStringLiteral("role")) || parser.isSet(QStringLiteral("password-file"))))
        return usageError(context, tr("--role and --password-file belong to team add"));
    if (named && !PostgresTeam::isValidName(words.at(1)))
        return usageError(context, tr("“%1” cannot be an analyst's name: use lower-case letters, digits and "
                                      "“_”, starting with a letter, at most 63 (and not the name of a group "
                                      "role)")
                                       .arg(words.at(1)));
    if (adding && !PostgresTeam::roleFromName(parser.value(QStringLiteral("role")), role))
        return usageError(context, parser.isSet(QStringLiteral("role"))
                                       ? tr("“%1” is not a role: give --role lead, coder or reader")
                                             .arg(parser.value(QStringLiteral("role")))
                                       : tr("give the analyst's role: --role lead, coder or reader"));
    return Success;
}

} // namespace

int teamCommand(CommandContext& context)
{
    const CommandSyntax syntax = teamSyntax();
    QCommandLineParser parser;
    if (!syntax.parse(parser, context.arguments))
        return usageError(context, parser.errorText());
    PostgresTeam::Role role = PostgresTeam::Role::Reader;
    if (const int checked = checkArguments(context, parser, &role); checked != Success)
        return checked;
    DatabaseLocation location;
    QString error;
    if (!DatabaseLocation::parse(context.databasePath, &location, &error))
        return failure(context, error);
    if (!location.isPostgres())
        return failure(context,
                       tr("a team needs a PostgreSQL database, whose server enforces the roles; %1 is "
                          "a database file. Give --db postgresql://USER@HOST:PORT/DBNAME")
                           .arg(context.databasePath));
    const QString action = parser.positionalArguments().at(0);
    const QString name = parser.positionalArguments().value(1);
    QString password;
    if (action == QLatin1String("add") && !readPassword(context, parser, name, &password))
        return SomeFailed;
    Database database;
    if (!database.open(context.databasePath))
        return failure(context, database.error());
    if (action == QLatin1String("setup"))
        return setupTeam(context, database);
    if (action == QLatin1String("add"))
        return addAnalyst(context, database, name, role, password);
    if (action == QLatin1String("list"))
        return listTeam(context, database);
    if (action == QLatin1String("blind"))
        return blindCoding(context, database, name == QLatin1String("on"));
    if (action == QLatin1String("reveal"))
        return blindCoding(context, database, false);
    return removeAnalyst(context, database, name);
}

} // namespace rs::cli
