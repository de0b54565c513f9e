#include "Database.h"

#include "DatabaseDialect.h"
#include "Migrations.h"

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

QString Database::explainLastFailure(const QString& action) const
{
    const QSqlDatabase db = connection();
    const QSqlError unknown;
    const DatabaseDialect::Failure failure = m_dialect->classify(db, unknown);
    qWarning("Regionscope: %s failed in %s: %s", qUtf8Printable(action), qUtf8Printable(m_path),
             qUtf8Printable(db.lastError().text()));
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
        return tr("%1 failed: %2").arg(action, describe(unknown));
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
