#include "ConnectDialog.h"
#include "PostgresTestServer.h"
#include "storage/Database.h"
#include "storage/PostgresTeam.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace rs;
using namespace Qt::StringLiterals;

// File › Connect to Team Database… (issue 18): the address the fields make, bad input refused in words
// before any connection, and real attempts against the test cluster: each failure said in words (no
// server, wrong password, no such database, not Regionscope's, too new, no team role), a success with
// the analyst's role.
class TestConnectDialog : public QObject
{
    Q_OBJECT

    PostgresTestServer m_server;
    QString m_name; // a Regionscope database on the test server, with a team
    QTemporaryDir m_dir;

    template <class T> static T* field(const ConnectDialog& dialog, const char* name)
    {
        T* widget = dialog.findChild<T*>(QLatin1String(name));
        Q_ASSERT(widget);
        return widget;
    }

    static void fill(ConnectDialog& dialog, const QString& host, int port, const QString& database,
                     const QString& user, const QString& password = QString())
    {
        field<QLineEdit>(dialog, "host")->setText(host);
        field<QSpinBox>(dialog, "port")->setValue(port);
        field<QLineEdit>(dialog, "database")->setText(database);
        field<QLineEdit>(dialog, "user")->setText(user);
        field<QLineEdit>(dialog, "password")->setText(password);
        field<QCheckBox>(dialog, "usePasswordFile")->setChecked(false);
    }

    // Clicks Test (or Connect) and waits for the attempt's end: its success and message.
    static bool attempt(ConnectDialog& dialog, QString* message, const char* button = "test")
    {
        QSignalSpy finished(&dialog, &ConnectDialog::attemptFinished);
        QTest::mouseClick(field<QPushButton>(dialog, button), Qt::LeftButton);
        if (finished.isEmpty() && !finished.wait(30000))
            return false;
        *message = finished.first().at(1).toString();
        return finished.first().at(0).toBool();
    }

    static int tcpPort()
    {
        return QUrlQuery(QUrl(PostgresTestServer::adminUrl())).queryItemValue(u"port"_s).toInt();
    }
    static QString socketDir()
    {
        return QUrlQuery(QUrl(PostgresTestServer::adminUrl())).queryItemValue(u"host"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("PGPASSFILE");
        if (!PostgresTestServer::skipReason().isEmpty())
            return; // the field tests need no server
        QString error;
        const QString url = m_server.createDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        m_name = QUrl(url).path().mid(1);
        Database owner;
        QVERIFY2(owner.open(url), qPrintable(owner.error()));
        QVERIFY2(PostgresTeam::enable(owner, &error), qPrintable(error));
        QVERIFY(
            PostgresTestServer::runAsAdmin({u"DROP ROLE IF EXISTS rs_ui_lead, rs_ui_coder, rs_ui_stranger"_s,
                                            u"CREATE ROLE rs_ui_stranger LOGIN"_s}));
        QVERIFY2(
            PostgresTeam::addAnalyst(owner, u"rs_ui_lead"_s, PostgresTeam::Role::Lead, u"pw-lead"_s, &error),
            qPrintable(error));
        QVERIFY2(
            PostgresTeam::addAnalyst(owner, u"rs_ui_coder"_s, PostgresTeam::Role::Coder, QString(), &error),
            qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (!m_name.isEmpty()) {
            m_server.dropDatabases();
            PostgresTestServer::runAsAdmin(
                {u"DROP ROLE IF EXISTS rs_ui_lead, rs_ui_coder, rs_ui_stranger"_s});
        }
    }

    void fieldsMakeTheAddress()
    {
        ConnectDialog dialog;
        fill(dialog, u"db.example.org"_s, 5433, u"区县报告"_s, u"ana"_s, u"secret"_s);
        QCOMPARE(dialog.url(), u"postgresql://ana@db.example.org:5433/区县报告"_s);
        fill(dialog, u"/run/postgresql"_s, 5432, u"corpus"_s, u"ana"_s);
        QCOMPARE(dialog.url(), u"postgresql://ana@/corpus?host=/run/postgresql&port=5432"_s);
    }

    // A pasted address fills the fields; its password goes to the password field, not to the address.
    void pastedAddressFillsTheFields()
    {
        ConnectDialog dialog;
        dialog.setUrl(u"postgresql://bo:s3cret@10.0.0.7:6543/team?sslmode=require"_s);
        QCOMPARE(field<QLineEdit>(dialog, "host")->text(), u"10.0.0.7"_s);
        QCOMPARE(field<QSpinBox>(dialog, "port")->value(), 6543);
        QCOMPARE(field<QLineEdit>(dialog, "database")->text(), u"team"_s);
        QCOMPARE(field<QLineEdit>(dialog, "user")->text(), u"bo"_s);
        QCOMPARE(field<QLineEdit>(dialog, "password")->text(), u"s3cret"_s);
        QVERIFY(!field<QLineEdit>(dialog, "address")->text().contains(u"s3cret"_s));
        QCOMPARE(dialog.url(), u"postgresql://bo@10.0.0.7:6543/team"_s);
        // Typed character by character, the fields follow once the address reads as one.
        ConnectDialog typed;
        QTest::keyClicks(field<QLineEdit>(typed, "address"), u"postgresql://cy@/corpus?host=/run/pg"_s);
        QCOMPARE(field<QLineEdit>(typed, "host")->text(), u"/run/pg"_s);
        QCOMPARE(field<QLineEdit>(typed, "user")->text(), u"cy"_s);
    }

    void badInputIsRefusedInWords_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("message");
        QTest::newRow("no host") << QString() << u"corpus"_s << u"ana"_s << u"Name the server"_s;
        QTest::newRow("host with a space") << u"db example"_s << u"corpus"_s << u"ana"_s
                                           << u"is neither a server's name nor a socket directory"_s;
        QTest::newRow("relative socket")
            << u"run/pg"_s << u"corpus"_s << u"ana"_s << u"a socket directory starts with /"_s;
        QTest::newRow("no database") << u"localhost"_s << QString() << u"ana"_s << u"Name the database"_s;
        QTest::newRow("no user") << u"localhost"_s << u"corpus"_s << QString()
                                 << u"Name your database user"_s;
        QTest::newRow("database with a slash")
            << u"localhost"_s << u"a/b"_s << u"ana"_s << u"names no database"_s;
    }

    void badInputIsRefusedInWords()
    {
        QFETCH(QString, host);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, message);
        ConnectDialog dialog;
        fill(dialog, host, 5432, database, user);
        QString error;
        QCOMPARE(dialog.url(&error), QString());
        QVERIFY2(error.contains(message), qPrintable(error));
        // Test says the same, without trying to connect.
        QString said;
        QVERIFY(!attempt(dialog, &said));
        QCOMPARE(said, error);
        QVERIFY(!dialog.isBusy());
    }

    void pastedFileOrOtherSchemeIsRefusedInWords()
    {
        ConnectDialog dialog;
        dialog.setUrl(u"mysql://ana@db/corpus"_s);
        QVERIFY2(dialog.message().contains(u"not a database file"_s), qPrintable(dialog.message()));
        dialog.setUrl(u"/home/ana/corpus.sqlite"_s);
        QVERIFY2(dialog.message().contains(u"is a database file, not a team database's address"_s),
                 qPrintable(dialog.message()));
    }

    void failuresAreSaidInWords()
    {
        if (m_name.isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
        ConnectDialog dialog;
        QString message;
        // No server on this port (the test server's plus one is free: nothing listens there).
        fill(dialog, u"127.0.0.1"_s, tcpPort() + 1, m_name, u"rs_ui_lead"_s, u"pw-lead"_s);
        QVERIFY(!attempt(dialog, &message));
        QVERIFY2(message.contains(u"no PostgreSQL server answers"_s), qPrintable(message));
        QVERIFY(!message.contains(u"pw-lead"_s));
        // Wrong password over TCP.
        fill(dialog, u"127.0.0.1"_s, tcpPort(), m_name, u"rs_ui_lead"_s, u"wrong"_s);
        QVERIFY(!attempt(dialog, &message));
        QVERIFY2(message.contains(u"refused the login of “rs_ui_lead”"_s), qPrintable(message));
        QVERIFY(!message.contains(u"wrong"_s.prepend(u':')));
        // No such database.
        fill(dialog, socketDir(), tcpPort(), u"rs_no_such_database"_s, u"postgres"_s);
        QVERIFY(!attempt(dialog, &message));
        QVERIFY2(message.contains(u"has no database “rs_no_such_database”"_s), qPrintable(message));
        // A login role that is not an analyst of the team.
        fill(dialog, socketDir(), tcpPort(), m_name, u"rs_ui_stranger"_s);
        QVERIFY(!attempt(dialog, &message));
        QVERIFY2(message.contains(u"the role “rs_ui_stranger” is not an analyst of this team database"_s),
                 qPrintable(message));
        QVERIFY2(!message.contains(u"ERROR"_s) && !message.contains(u"42501"_s), qPrintable(message));
    }

    void foreignAndNewerDatabasesAreRefused()
    {
        if (m_name.isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
        QString error;
        const QString foreign = m_server.createDatabase(&error);
        QVERIFY2(!foreign.isEmpty(), qPrintable(error));
        const QString foreignName = QUrl(foreign).path().mid(1);
        QVERIFY(
            PostgresTestServer::runAsAdmin({u"CREATE TABLE invoices (id INTEGER)"_s}, &error, foreignName));
        ConnectDialog dialog;
        QString message;
        fill(dialog, socketDir(), tcpPort(), foreignName, u"postgres"_s);
        QVERIFY(!attempt(dialog, &message));
        QVERIFY2(message.contains(u"tables that are not Regionscope's"_s), qPrintable(message));

        const QString newer = m_server.createDatabase(&error);
        const QString newerName = QUrl(newer).path().mid(1);
        {
            Database db;
            QVERIFY2(db.open(newer), qPrintable(db.error()));
        }
        QVERIFY(PostgresTestServer::runAsAdmin({u"UPDATE regionscope_schema SET version = 9999"_s}, &error,
                                               newerName));
        fill(dialog, socketDir(), tcpPort(), newerName, u"postgres"_s);
        QVERIFY(!attempt(dialog, &message));
        QVERIFY2(message.contains(u"newer version of Regionscope"_s), qPrintable(message));
    }

    // Test names the role; Connect accepts the dialog. The password reached the connection in memory.
    void connectsWithTheRole()
    {
        if (m_name.isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
        ConnectDialog dialog;
        QString message;
        fill(dialog, u"127.0.0.1"_s, tcpPort(), m_name, u"rs_ui_lead"_s, u"pw-lead"_s);
        QVERIFY2(attempt(dialog, &message), qPrintable(message));
        QCOMPARE(dialog.level(), TeamAccess::Level::Lead);
        QVERIFY2(message.contains(u"Connected as rs_ui_lead, lead"_s), qPrintable(message));
        // The address has no password, and yet opens: the dialog's password is in memory.
        const QString url = dialog.url();
        QVERIFY(!url.contains(u"pw-lead"_s));
        Database again;
        QVERIFY2(again.open(url), qPrintable(again.error()));
        QCOMPARE(again.loginRole(), u"rs_ui_lead"_s);

        fill(dialog, socketDir(), tcpPort(), m_name, u"rs_ui_coder"_s);
        QVERIFY2(attempt(dialog, &message, "connect"), qPrintable(message));
        QCOMPARE(dialog.level(), TeamAccess::Level::Coder);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // With a password file (PGPASSFILE) the field stays empty and libpq reads the file.
    void passwordFileIsOffered()
    {
        if (m_name.isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
        const QString file = m_dir.filePath(u"pgpass"_s);
        QFile pgpass(file);
        QVERIFY(pgpass.open(QIODevice::WriteOnly));
        pgpass.write(u"127.0.0.1:%1:%2:rs_ui_lead:pw-lead\n"_s.arg(tcpPort()).arg(m_name).toUtf8());
        pgpass.close();
        pgpass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        qputenv("PGPASSFILE", QFile::encodeName(file));
        ConnectDialog dialog;
        QCOMPARE(ConnectDialog::passwordFile(), file);
        auto* usePasswordFile = field<QCheckBox>(dialog, "usePasswordFile");
        QVERIFY(usePasswordFile->isEnabled());
        QVERIFY(usePasswordFile->isChecked());
        QVERIFY(!field<QLineEdit>(dialog, "password")->isEnabled());
        field<QLineEdit>(dialog, "host")->setText(u"127.0.0.1"_s);
        field<QSpinBox>(dialog, "port")->setValue(tcpPort());
        field<QLineEdit>(dialog, "database")->setText(m_name);
        field<QLineEdit>(dialog, "user")->setText(u"rs_ui_lead"_s);
        QString message;
        QVERIFY2(attempt(dialog, &message), qPrintable(message));
        qunsetenv("PGPASSFILE");
        QCOMPARE(ConnectDialog::passwordFile(), QString());
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
