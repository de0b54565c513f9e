#pragma once

#include "storage/TeamAccess.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rs {

class DatabaseLocation;

// File › Connect to Team Database… (issue 18): a PostgreSQL database named by its parts (host or socket
// directory, port, database, user) or by a pasted postgresql:// address. The password goes from the
// field to the connection in memory (DatabaseLocation::rememberPassword), never to disk; with a
// password file (~/.pgpass, or PGPASSFILE) libpq reads it instead. Test and Connect try the connection
// on a thread of their own, so a server that does not answer never freezes the window, and say what
// went wrong in words.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget* parent = nullptr);
    ~ConnectDialog() override;

    // Fills the fields from an address (a recent database, --db); a password in it goes to the field.
    void setUrl(const QString& url);
    // Shows why the last attempt failed, before the analyst tries again.
    void setMessage(const QString& message);
    // The address the fields make, without a password; empty with the reason in *error when a field is
    // missing or wrong.
    QString url(QString* error = nullptr) const;
    // The role found by the last successful Test or Connect.
    TeamAccess::Level level() const { return m_level; }
    bool isBusy() const { return m_busy; }
    QString message() const;

    // The password file libpq reads ($PGPASSFILE, else ~/.pgpass), or empty when there is none.
    static QString passwordFile();
    // "owner", "lead", "coder", "reader", "no team role", in the interface's language.
    static QString levelName(TeamAccess::Level level);
    // What a role may do, in a sentence.
    static QString levelDescription(TeamAccess::Level level);
    // user@host/db: how the window names a team database.
    static QString shortName(const QString& url);

Q_SIGNALS:
    // A Test or Connect ended; ok with the role found, or the reason in message.
    void attemptFinished(bool ok, const QString& message);

private:
    struct Attempt;
    static QString notInTeam(const QString& user, const QString& url);
    void readPastedUrl();
    void fillFields(const DatabaseLocation& location, const QString& url);
    void updateButtons();
    void start(bool connect);
    void finish(const std::shared_ptr<Attempt>& attempt);

    QLineEdit* m_pasted;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QCheckBox* m_usePasswordFile;
    QLabel* m_message;
    QPushButton* m_test;
    QPushButton* m_connect;
    bool m_busy = false;
    TeamAccess::Level m_level = TeamAccess::Level::None;
};

} // namespace rs
