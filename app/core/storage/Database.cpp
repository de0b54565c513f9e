#include "Database.h"

#include "DatabaseDialect.h"
#include "DatabaseLocation.h"
#include "Migrations.h"
#include "PostgresDialect.h"
#include "PostgresSchema.h"
#include "TeamAccess.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace rs {
namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("regionscope-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool looksLikeSqlite(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (file.size() == 0)
        return true; // SQLite treats an empty file as a new database
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(magic.size()) == magic;
}

// Why libpq refused a connection, in words. The reasons are matched in English, as libpq and servers
// with lc_messages = C (the Debian default for a cluster made under LANG=C) send them; any other reason,
// or a translated one, gets the general message, and the driver's text goes to the log.
QString connectFailure(const DatabaseLocation& location, const QString& driverText)
{
    const QString where = location.displayName();
    const auto says = [&](const char* words) {
        return driverText.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    if (says("does not exist") && says("database \""))
        return Database::tr("the PostgreSQL server has no database “%1” (%2): check the name, or create it "
                            "first (createdb %1)")
            .arg(location.databaseName(), where);
    if (says("password authentication failed") || says("no password supplied") ||
        says("authentication failed") || (says("role \"") && says("does not exist")))
        return Database::tr("the PostgreSQL server refused the login of “%1” (%2): wrong user name or "
                            "password, or the server does not let this user in")
            .arg(location.user().isEmpty() ? Database::tr("your account") : location.user(), where);
    if (says("connection refused") || says("no such file or directory") || says("could not translate host") ||
        says("timeout expired") || says("could not connect") || says("no route to host"))
        return Database::tr("no PostgreSQL server answers at %1: is the server running, and are the host "
                            "and port right?")
            .arg(where);
    return Database::tr("cannot connect to the PostgreSQL database %1 (run with --verbose to see the "
                        "server's reason in the log)")
        .arg(where);
}

} // namespace

Database::Database() : m_dialect(std::make_unique<SqliteDialect>()) {}

Database::~Database()
{
    close();
}

bool Database::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool Database::openSqlite(const QString& path)
{
    close();
    m_error.clear();
    m_backupPath.clear();
    if (refuseUrl(path))
        return false;
    m_path = QFileInfo(path).absoluteFilePath();
    m_dialect = std::make_unique<SqliteDialect>();
    if (openConnection())
        return true;
    close(); // after openConnection()'s handles are gone, or Qt warns that the connection is in use
    return false;
}

bool Database::open(const QString& fileOrUrl)
{
    DatabaseLocation location;
    QString error;
    if (!DatabaseLocation::parse(fileOrUrl, &location, &error)) {
        close();
        return fail(error);
    }
    if (!location.isPostgres())
        return openSqlite(location.filePath());
    close();
    m_error.clear();
    m_backupPath.clear();
    m_wasCreated = false;
    m_path = location.displayName();
    m_dialect = std::make_unique<PostgresDialect>();
    if (openPostgres(location))
        return true;
    close();
    return false;
}

bool Database::isPostgres() const
{
    return m_dialect->driverName() == QLatin1String("QPSQL");
}

QString Database::loginRole() const
{
    if (!isPostgres() || !isOpen())
        return QString();
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("SELECT current_user")) && query.next() ? query.value(0).toString()
                                                                             : QString();
}

bool Database::connectPostgres(const DatabaseLocation& location)
{
    if (!QSqlDatabase::isDriverAvailable(m_dialect->driverName()))
        return fail(tr("this installation of Regionscope cannot open PostgreSQL databases: Qt's PostgreSQL "
                       "driver is missing (Debian package libqt6sql6-psql)"));
    m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    db.setDatabaseName(location.databaseName());
    if (!location.host().isEmpty())
        db.setHostName(location.host());
    if (location.port() > 0)
        db.setPort(location.port());
    if (!location.user().isEmpty())
        db.setUserName(location.user());
    if (!location.password().isEmpty())
        db.setPassword(location.password());
    QStringList options = location.options();
    if (!options.join(u' ').contains(QLatin1String("connect_timeout=")))
        options.append(QStringLiteral("connect_timeout=10"));
    if (!options.join(u' ').contains(QLatin1String("application_name=")))
        options.append(QStringLiteral("application_name=regionscope"));
    db.setConnectOptions(options.join(u';'));
    if (db.open())
        return true;
    qWarning("Regionscope: cannot connect to %s: %s", qUtf8Printable(m_path),
             qUtf8Printable(db.lastError().text()));
    return fail(connectFailure(location, db.lastError().text()));
}

// A server keeps its own backups (pg_dump, base backups): unlike a SQLite file, the database is not
// copied before an upgrade.
bool Database::openPostgres(const DatabaseLocation& location)
{
    if (!connectPostgres(location))
        return false;
    QSqlDatabase db = connection();
    QString error;
    if (!m_dialect->configureConnection(db, &error))
        return fail(describeLastFailure(tr("cannot use %1 as a database: %2").arg(m_path, error)));
    const int version = m_dialect->schemaVersion(db);
    if (version < 0 && !isTeamAnalyst(location))
        return false;
    if (version < 0)
        return fail(describeLastFailure(tr("%1: cannot read the schema version").arg(m_path)));
    m_wasCreated = version == 0;
    if (version == 0 && !PostgresSchema::create(db, *m_dialect, &error))
        return fail(describeLastFailure(tr("%1: %2").arg(m_path, error)));
    if (!Migrations::migrate(db, *m_dialect, &error))
        return fail(describeLastFailure(tr("%1: %2").arg(m_path, error)));
    return true;
}

// A login role in none of the team's groups may not read a team database's tables: that, and not an
// unreadable schema version, is what the analyst should hear. False (with the message) in that case.
bool Database::isTeamAnalyst(const DatabaseLocation& location)
{
    TeamAccess::Level level = TeamAccess::Level::Owner;
    if (!TeamAccess::of(*this, &level) || level != TeamAccess::Level::None)
        return true;
    const QString role = loginRole();
    return fail(tr("%1: the role “%2” is not an analyst of this team database; ask the team's lead to add "
                   "it (regionscope-cli --db %1 team add %2 --role coder)")
                    .arg(location.displayName(), role));
}

// A URL is never a file name: "postgresql://ana@host/corpus" would otherwise become a folder
// "postgresql:" holding a new SQLite file. The password, when the URL holds one, is not repeated.
bool Database::refuseUrl(const QString& path)
{
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch match = scheme.match(path);
    if (!match.hasMatch())
        return false;
    const QString shown = QUrl(path).toString(QUrl::RemovePassword);
    const QString name = match.captured(1).toLower();
    if (name == QLatin1String("postgresql") || name == QLatin1String("postgres"))
        return !fail(tr("PostgreSQL databases are not supported by this build yet: %1 is a database server's "
                        "address, and this build opens SQLite files only. Give the path of a database file")
                         .arg(shown));
    return !fail(
        tr("%1 is an address, not a database file; give the path of a Regionscope database file").arg(shown));
}

bool Database::openConnection()
{
    const QFileInfo info(m_path);
    m_wasCreated = !info.exists() || info.size() == 0;
    if (info.exists()) {
        if (info.isDir())
            return fail(tr("%1 is a folder, not a database file").arg(m_path));
        if (!info.isReadable())
            return fail(tr("%1 cannot be read (permission denied)").arg(m_path));
        if (!looksLikeSqlite(m_path))
            return fail(tr("%1 is not a Regionscope database (not an SQLite file); it was left untouched")
                            .arg(m_path));
        if (!info.isWritable())
            return fail(tr("%1 is read-only; Regionscope needs to write to its database").arg(m_path));
        // SQLite creates its -wal and -shm files next to the database.
        if (!QFileInfo(info.absolutePath()).isWritable())
            return fail(tr("the folder %1 is read-only; Regionscope needs to create files next to its "
                           "database %2")
                            .arg(info.absolutePath(), m_path));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return fail(tr("cannot create the folder %1").arg(info.absolutePath()));
    }

    m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open())
        return fail(tr("cannot open %1: %2").arg(m_path, db.lastError().text()));

    QString error;
    if (!m_dialect->configureConnection(db, &error))
        return fail(describeLastFailure(tr("cannot use %1 as a database: %2").arg(m_path, error)));
    const int version = m_dialect->schemaVersion(db);
    if (version > 0 && version < Migrations::latestVersion() && !backUp(db, version, &error))
        return fail(tr("%1: no backup could be made before upgrading the schema, so it was not upgraded: %2")
                        .arg(m_path, error));
    if (!Migrations::migrate(db, *m_dialect, &error))
        return fail(describeLastFailure(tr("%1: %2").arg(m_path, error)));
    return true;
}

QString Database::describeLastFailure(const QString& detail) const
{
    const QSqlError unknown; // classify() falls back on the connection's own last error
    return m_dialect->classify(connection(), unknown) == DatabaseDialect::Failure::Other ? detail
                                                                                         : describe(unknown);
}

bool Database::beginWrite(QString* error)
{
    QSqlDatabase db = connection();
    QString detail;
    if (m_dialect->beginWriteTransaction(db, &detail))
        return true;
    if (error)
        *error = explainLastFailure(tr("Starting to write"));
    return false;
}

QString Database::explainLastFailure(const QString& action, const QSqlError& given) const
{
    const QSqlDatabase db = connection();
    // An empty `given` makes classify() and describe() read the connection's own last failure.
    const DatabaseDialect::Failure failure = m_dialect->classify(db, given);
    qWarning("Regionscope: %s failed in %s: %s", qUtf8Printable(action), qUtf8Printable(m_path),
             qUtf8Printable(given.type() == QSqlError::NoError ? db.lastError().text() : given.text()));
    switch (failure) {
    case DatabaseDialect::Failure::Constraint:
        return tr("%1 failed: the database refused a value Regionscope should never write. This is a bug; "
                  "please report it with the file. Nothing of it was kept")
            .arg(action);
    case DatabaseDialect::Failure::TooBig:
        return tr("%1 failed: the text is larger than the database stores in one piece").arg(action);
    case DatabaseDialect::Failure::Other:
        return tr("%1 failed in the database %2 for a reason it did not explain (run with --verbose to "
                  "see it in the log); nothing of it was kept")
            .arg(action, m_path);
    default:
        return tr("%1 failed: %2").arg(action, describe(given));
    }
}

QString Database::describe(const QSqlError& error) const
{
    switch (m_dialect->classify(connection(), error)) {
    case DatabaseDialect::Failure::Busy:
        return tr("the database %1 is in use by another program (another Regionscope window or "
                  "regionscope-cli is writing to it); try again when it has finished")
            .arg(m_path);
    case DatabaseDialect::Failure::DiskFull:
        return tr("the disk is full: %1 cannot grow (free some space, then try again)").arg(m_path);
    case DatabaseDialect::Failure::ReadOnly:
        return tr("%1 is read-only; Regionscope needs to write to its database").arg(m_path);
    case DatabaseDialect::Failure::Damaged:
        return tr("%1 is damaged; it was left untouched: restore it from a backup").arg(m_path);
    case DatabaseDialect::Failure::Constraint:
        return tr("the database %1 refused a value Regionscope should never write; this is a bug, please "
                  "report it")
            .arg(m_path);
    case DatabaseDialect::Failure::TooBig:
        return tr("a text is larger than the database %1 stores in one piece").arg(m_path);
    case DatabaseDialect::Failure::Denied:
        return tr("your database role may not make this change in %1 (ask the project's lead)").arg(m_path);
    case DatabaseDialect::Failure::Conflict:
        return tr("another analyst changed the same entry in %1 meanwhile; nothing was overwritten")
            .arg(m_path);
    case DatabaseDialect::Failure::ConnectionLost:
        return tr("the connection to the database server of %1 was lost (the server stopped or restarted, "
                  "or the network went away); nothing of it was kept, and Regionscope reconnects when the "
                  "server answers again")
            .arg(m_path);
    case DatabaseDialect::Failure::Other:
        break;
    }
    qWarning("Regionscope: database failure in %s: %s", qUtf8Printable(m_path), qUtf8Printable(error.text()));
    return tr("the database %1 reported a failure it did not explain (run with --verbose to see it in the "
              "log); nothing was changed")
        .arg(m_path);
}

bool Database::backUp(QSqlDatabase& db, int version, QString* error)
{
    // VACUUM INTO writes a consistent copy even with a WAL in use, without touching the original.
    const QString base =
        QStringLiteral("%1.backup-v%2-%3")
            .arg(m_path)
            .arg(version)
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss")));
    // Two programs opening an old file in the same second each keep their own copy; neither removes
    // the other's while it is being written.
    m_backupPath = base;
    for (int n = 2; QFileInfo::exists(m_backupPath); ++n)
        m_backupPath = QStringLiteral("%1-%2").arg(base).arg(n);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(m_backupPath);
    if (!query.exec()) {
        *error = query.lastError().text();
        m_backupPath.clear();
        return false;
    }
    return true;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::ping() const
{
    if (!isOpen())
        return false;
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("SELECT 1"));
}

bool Database::reconnect(QString* error)
{
    if (m_connectionName.isEmpty()) {
        if (error)
            *error = tr("no database is open");
        return false;
    }
    if (!isPostgres() || ping())
        return true;
    QSqlDatabase db = connection();
    db.close();
    QString detail;
    if (!db.open()) {
        qWarning("Regionscope: cannot reconnect to %s: %s", qUtf8Printable(m_path),
                 qUtf8Printable(db.lastError().text()));
        if (error)
            *error =
                tr("the database server of %1 still does not answer; Regionscope keeps trying").arg(m_path);
        return false;
    }
    if (!m_dialect->configureConnection(db, &detail)) {
        qWarning("Regionscope: cannot set up the connection to %s again: %s", qUtf8Printable(m_path),
                 qUtf8Printable(detail));
        if (error)
            *error = tr("the database server of %1 answers again but refused the connection's settings; "
                        "Regionscope keeps trying")
                         .arg(m_path);
        db.close();
        return false;
    }
    return true;
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

int Database::schemaVersion() const
{
    return isOpen() ? m_dialect->schemaVersion(connection()) : -1;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("regionscope.sqlite"));
}

} // namespace rs
