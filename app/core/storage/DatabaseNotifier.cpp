#include "DatabaseNotifier.h"

#include "Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>

namespace rs {

DatabaseNotifier::DatabaseNotifier(Database& database, QObject* parent)
    : QObject(parent), m_database(database)
{
    qRegisterMetaType<rs::DatabaseNotifier::Change>();
    m_heartbeat.setInterval(5000);
    m_retry.setInterval(3000);
    connect(&m_heartbeat, &QTimer::timeout, this, &DatabaseNotifier::checkConnection);
    connect(&m_retry, &QTimer::timeout, this, &DatabaseNotifier::reconnect);
}

DatabaseNotifier::~DatabaseNotifier()
{
    QObject::disconnect(m_driverConnection);
    if (m_listening && !m_lost && m_database.isOpen())
        m_database.connection().driver()->unsubscribeFromNotification(channel());
}

void DatabaseNotifier::setHeartbeatInterval(int milliseconds)
{
    m_heartbeat.stop();
    m_heartbeat.setInterval(milliseconds);
    if (milliseconds > 0 && m_listening)
        m_heartbeat.start();
}

void DatabaseNotifier::setRetryInterval(int milliseconds)
{
    m_retry.setInterval(qMax(1, milliseconds));
}

bool DatabaseNotifier::start(QString* error)
{
    if (!m_database.isOpen() || !m_database.isPostgres())
        return true;
    if (!subscribe(error))
        return false;
    if (m_heartbeat.interval() > 0)
        m_heartbeat.start();
    return true;
}

bool DatabaseNotifier::subscribe(QString* error)
{
    QSqlDriver* driver = m_database.connection().driver();
    QObject::disconnect(m_driverConnection);
    m_driverConnection = connect(driver, &QSqlDriver::notification, this, &DatabaseNotifier::received);
    // A reconnected connection has forgotten its subscriptions (QSqlDatabase::close drops them).
    if (driver->subscribedToNotifications().contains(channel()) ||
        driver->subscribeToNotification(channel())) {
        m_listening = true;
        return true;
    }
    qWarning("Regionscope: cannot listen on %s: %s", qUtf8Printable(m_database.path()),
             qUtf8Printable(driver->lastError().text()));
    if (error)
        *error = tr("Regionscope cannot hear other analysts' changes in %1: the server refused to pass them "
                    "on; reopen the database to see them")
                     .arg(m_database.path());
    return false;
}

bool DatabaseNotifier::parse(const QString& payload, Change* change)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(payload.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject object = document.object();
    change->table = object.value(QLatin1String("table")).toString();
    change->operation = object.value(QLatin1String("op")).toString();
    change->id = object.value(QLatin1String("id")).toVariant().toLongLong();
    change->articleId = object.value(QLatin1String("article")).toVariant().toLongLong();
    change->author = object.value(QLatin1String("author")).toString();
    change->role = object.value(QLatin1String("role")).toString();
    return !change->table.isEmpty();
}

void DatabaseNotifier::received(const QString& name, QSqlDriver::NotificationSource source,
                                const QVariant& payload)
{
    if (name != channel() || source == QSqlDriver::SelfSource)
        return;
    Change change;
    if (parse(payload.toString(), &change))
        Q_EMIT changed(change);
}

bool DatabaseNotifier::checkConnection()
{
    if (!m_database.isPostgres() || m_lost)
        return !m_lost;
    if (m_database.ping())
        return true;
    m_lost = true;
    m_heartbeat.stop();
    m_retry.start();
    Q_EMIT connectionLost(tr("The connection to the team database %1 was lost (the server stopped or "
                             "restarted, or the network went away). Regionscope keeps trying to reconnect; "
                             "nothing you typed is lost.")
                              .arg(m_database.path()));
    return false;
}

bool DatabaseNotifier::reconnect()
{
    if (!m_lost)
        return checkConnection();
    QString error;
    if (!m_database.reconnect(&error) || (m_listening && !subscribe(&error)))
        return false;
    m_lost = false;
    m_retry.stop();
    if (m_heartbeat.interval() > 0 && m_listening)
        m_heartbeat.start();
    Q_EMIT connectionRestored();
    return true;
}

} // namespace rs
