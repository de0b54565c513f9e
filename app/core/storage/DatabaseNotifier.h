#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

namespace rs {

class Database;

// Live team mode (issue 18): what other analysts change in a PostgreSQL database reaches this one
// without a reload. Triggers (migration 19) NOTIFY the channel regionscope_changes with a JSON payload
// per changed row (per statement for reports); this object LISTENs through Qt's driver notifications
// and emits changed() for every change another connection made; the analyst's own (the same connection,
// QSqlDriver::SelfSource) are left out, their panes reload already.
//
// It also watches the connection: a heartbeat finds a server that went away while nothing was being
// written, connectionLost() says so in words, and it reconnects (Database::reconnect) every few seconds
// until the server answers, then subscribes again and emits connectionRestored(). On a SQLite file it
// does nothing: one analyst at a time, nothing to hear, nothing to lose.
class DatabaseNotifier : public QObject
{
    Q_OBJECT

public:
    static QString channel() { return QStringLiteral("regionscope_changes"); }

    // One row another analyst changed (a report statement carries no id).
    struct Change
    {
        QString table;        // annotations, annotation_tags, tags, articles
        QString operation;    // insert, update, delete
        qint64 id = 0;        // the row's id; for annotation_tags the annotation's
        qint64 articleId = 0; // the report an annotation belongs to, 0 when not known
        QString author;       // an annotation's author
        QString role;         // the database role that made the change
    };

    explicit DatabaseNotifier(Database& database, QObject* parent = nullptr);
    ~DatabaseNotifier() override;

    // Starts listening and watching; true at once on SQLite. False with a message in words when the
    // driver cannot subscribe.
    bool start(QString* error = nullptr);
    bool isListening() const { return m_listening; }
    bool isConnectionLost() const { return m_lost; }
    // Milliseconds between two checks that the server still answers (0: none), and between two attempts
    // to reconnect once it did not.
    void setHeartbeatInterval(int milliseconds);
    void setRetryInterval(int milliseconds);

    // A payload as the trigger writes it; false when it is not one.
    static bool parse(const QString& payload, Change* change);

public Q_SLOTS:
    // Checks the connection now (after a failed write that may be a lost connection): false, with
    // connectionLost() emitted, when the server does not answer.
    bool checkConnection();
    // Tries to reconnect now; true when the connection answers again (or never was lost).
    bool reconnect();

Q_SIGNALS:
    void changed(const rs::DatabaseNotifier::Change& change);
    void connectionLost(const QString& message);
    void connectionRestored();

private:
    void received(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    bool subscribe(QString* error);

    Database& m_database;
    QTimer m_heartbeat;
    QTimer m_retry;
    bool m_listening = false;
    bool m_lost = false;
    QMetaObject::Connection m_driverConnection;
};

} // namespace rs

Q_DECLARE_METATYPE(rs::DatabaseNotifier::Change)
