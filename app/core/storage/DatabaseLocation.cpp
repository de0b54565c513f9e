#include "DatabaseLocation.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace rs {
namespace {

const QRegularExpression& schemePattern()
{
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    return scheme;
}

bool refuse(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// A port as libpq takes it: a number from 1 to 65535.
int portNumber(const QString& text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    return ok && port > 0 && port <= 65535 ? port : 0;
}

// The passwords rememberPassword() keeps, by URL; threads parse URLs at once.
QMutex& passwordsLock()
{
    static QMutex lock;
    return lock;
}

QHash<QString, QString>& passwords()
{
    static QHash<QString, QString> byUrl;
    return byUrl;
}

} // namespace

DatabaseLocation DatabaseLocation::postgres(const QString& host, int port, const QString& user,
                                            const QString& databaseName)
{
    DatabaseLocation location;
    location.m_kind = Kind::Postgres;
    location.m_host = host;
    location.m_port = port;
    location.m_user = user;
    location.m_databaseName = databaseName;
    return location;
}

void DatabaseLocation::rememberPassword(const QString& url, const QString& password)
{
    const QMutexLocker locker(&passwordsLock());
    if (password.isEmpty())
        passwords().remove(url);
    else
        passwords().insert(url, password);
}

bool DatabaseLocation::looksLikeUrl(const QString& text)
{
    return schemePattern().match(text).hasMatch();
}

bool DatabaseLocation::parse(const QString& fileOrUrl, DatabaseLocation* location, QString* error)
{
    DatabaseLocation parsed;
    if (fileOrUrl.trimmed().isEmpty())
        return refuse(error, tr("no database given: name a database file or a postgresql:// address"));
    if (!looksLikeUrl(fileOrUrl)) {
        parsed.m_filePath = fileOrUrl;
        *location = parsed;
        return true;
    }
    if (!parsed.parseUrl(fileOrUrl, error))
        return false;
    *location = parsed;
    return true;
}

bool DatabaseLocation::parseUrl(const QString& url, QString* error)
{
    const QString scheme = schemePattern().match(url).captured(1).toLower();
    const QUrl parsed(url, QUrl::TolerantMode);
    const QString shown =
        parsed.isValid() ? parsed.toString(QUrl::RemovePassword) : scheme + QStringLiteral("://…");
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return refuse(error, tr("%1 is an address, not a database file; give the path of a Regionscope "
                                "database file or a postgresql:// address")
                                 .arg(shown));
    if (!parsed.isValid())
        return refuse(error, tr("%1 is not a well-formed PostgreSQL address; write it as "
                                "postgresql://USER@HOST:PORT/DBNAME")
                                 .arg(shown));
    m_kind = Kind::Postgres;
    m_user = parsed.userName(QUrl::FullyDecoded);
    m_password = parsed.password(QUrl::FullyDecoded);
    m_host = parsed.host(QUrl::FullyDecoded);
    if (parsed.port() > 0)
        m_port = parsed.port();
    m_databaseName = parsed.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(parsed);
    for (const auto& [key, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        const QString& value = rawValue;
        if (key == QLatin1String("host")) {
            m_host = value;
        } else if (key == QLatin1String("port")) {
            m_port = portNumber(value);
            if (m_port == 0)
                return refuse(error,
                              tr("%1: the port “%2” is not a number from 1 to 65535").arg(shown, value));
        } else if (key == QLatin1String("user")) {
            m_user = value;
        } else if (key == QLatin1String("password")) {
            m_password = value;
        } else if (key == QLatin1String("dbname")) {
            m_databaseName = value;
        } else if (key == QLatin1String("sslmode") || key == QLatin1String("connect_timeout") ||
                   key == QLatin1String("application_name")) {
            m_options.append(key + u'=' + value);
        } else {
            return refuse(error, tr("%1: the parameter “%2” is not one Regionscope knows (host, port, user, "
                                    "dbname, sslmode, connect_timeout, application_name)")
                                     .arg(QUrl(url).toString(QUrl::RemovePassword | QUrl::RemoveQuery), key));
        }
    }
    if (m_databaseName.isEmpty() || m_databaseName.contains(u'/'))
        return refuse(
            error,
            tr("%1 names no database: write it as postgresql://USER@HOST:PORT/DBNAME").arg(displayName()));
    if (m_password.isEmpty()) {
        const QMutexLocker locker(&passwordsLock());
        m_password = passwords().value(displayName());
    }
    return true;
}

QString DatabaseLocation::displayName() const
{
    if (m_kind == Kind::SqliteFile)
        return m_filePath;
    // Only what would change the URL's meaning is escaped: a Chinese database name stays readable.
    const auto encoded = [](const QString& text) {
        QString result;
        for (const QChar c : text)
            result += QStringLiteral("%@/:?#&= ").contains(c)
                          ? QString::fromLatin1(QUrl::toPercentEncoding(c))
                          : QString(c);
        return result;
    };
    QString shown = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        shown += encoded(m_user) + u'@';
    // A socket directory goes in the query (libpq's form), a host name in the authority.
    const bool socket = m_host.startsWith(u'/');
    if (!socket) {
        shown += m_host.contains(u':') ? u'[' + m_host + u']' : m_host; // an IPv6 address
        if (m_port > 0)
            shown += u':' + QString::number(m_port);
    }
    shown += u'/' + encoded(m_databaseName);
    if (socket) {
        shown += QStringLiteral("?host=") + m_host;
        if (m_port > 0)
            shown += QStringLiteral("&port=") + QString::number(m_port);
    }
    return shown;
}

} // namespace rs
