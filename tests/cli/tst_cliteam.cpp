#include "CliRunner.h"
#include "PostgresTestServer.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace rs;
using namespace Qt::StringLiterals;

namespace {

// Runs regionscope-cli with `input` on its stdin (then closed: `team add` reads its password there).
CliResult runWithInput(const QStringList& arguments, const QByteArray& input = QByteArray())
{
    QProcess process;
    process.start(QStringLiteral(REGIONSCOPE_CLI_PATH), arguments);
    CliResult result;
    if (!process.waitForStarted(30000)) {
        result.err = process.errorString();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = u"regionscope-cli was still running after 120 s"_s;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

// `team setup|add|list|remove` (issue 18): a team server set up from the command line, each analyst then
// logging in as their own role, with the roles' rules held by the server itself.
class TestCliTeam : public QObject
{
    Q_OBJECT

    PostgresTestServer m_server;
    QTemporaryDir m_dir;
    QString m_url;  // the database, as the server's superuser
    QString m_name; // its name on the server
    qint64 m_report = 0;

    static QString lead() { return u"rs_cliteam_li"_s; }
    static QString coder() { return u"rs_cliteam_ana"_s; }
    static QString reader() { return u"rs_cliteam_cy"_s; }

    CliResult team(const QStringList& arguments, const QByteArray& input = QByteArray(),
                   const QString& url = QString()) const
    {
        return runWithInput(QStringList{u"--db"_s, url.isEmpty() ? m_url : url, u"team"_s} + arguments,
                            input);
    }

    // The database over TCP as user with password: the login the server checks.
    QString tcpUrl(const QString& user, const QString& password) const
    {
        const int port = QUrlQuery(QUrl(PostgresTestServer::adminUrl())).queryItemValue(u"port"_s).toInt();
        return u"postgresql://%1:%2@127.0.0.1:%3/%4"_s.arg(user, password).arg(port).arg(m_name);
    }

    CliResult annotate(const QString& url, const QString& quote, const QString& tag) const
    {
        return runCli({u"--db"_s, url, u"annotate"_s, u"--article"_s, QString::number(m_report), u"--quote"_s,
                       quote, u"--tag"_s, tag});
    }

    // The team's lines of `team list` (other suites' analysts on the same server left out).
    QStringList listed() const
    {
        const CliResult result = team({u"list"_s});
        if (result.exitCode != 0)
            return {u"failed: "_s + result.err};
        QStringList ours;
        for (const QString& line : result.lines()) {
            if (line.startsWith(u"rs_cliteam_"_s))
                ours.append(line);
        }
        return ours;
    }

    static QStringList authors(const QString& url)
    {
        Database database;
        if (!database.open(url))
            return {database.error()};
        QStringList names;
        for (const Annotation& annotation : AnnotationStore(database).allAnnotations())
            names.append(annotation.author);
        names.sort();
        return names;
    }

    static void dropRoles()
    {
        PostgresTestServer::runAsAdmin(
            {u"DROP ROLE IF EXISTS rs_cliteam_li, rs_cliteam_ana, rs_cliteam_cy"_s});
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!PostgresTestServer::skipReason().isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
        QVERIFY(m_dir.isValid());
        QString error;
        m_url = m_server.createDatabase(&error);
        QVERIFY2(!m_url.isEmpty(), qPrintable(error));
        m_name = QUrl(m_url).path().mid(1);
        Database owner;
        QVERIFY2(owner.open(m_url), qPrintable(owner.error()));
        NewArticle report;
        report.report.metadata.title = u"金湾区人才工作"_s;
        report.report.body = u"发放人才政策补贴，引进人才45人。"_s;
        m_report = PostgresTestServer::insertReport(owner, report, &error);
        QVERIFY2(m_report > 0, qPrintable(error));
        dropRoles();
    }

    // setup runs twice without harm; the groups then hold their rights on the database.
    void setupTwice()
    {
        // Before it, add says what to do (when another suite's run left no group roles on the server).
        {
            Database owner;
            QVERIFY(owner.open(m_url));
            QSqlQuery query(owner.connection());
            QVERIFY(query.exec(u"SELECT count(*) FROM pg_roles WHERE rolname = 'regionscope_coder'"_s));
            QVERIFY(query.next());
            if (query.value(0).toInt() == 0) {
                const CliResult result = team({u"add"_s, coder(), u"--role"_s, u"coder"_s});
                QCOMPARE(result.exitCode, 1);
                QVERIFY2(result.err.contains(u"the server has no team yet"_s), qPrintable(result.err));
            }
        }
        for (int run = 0; run < 2; ++run) {
            const CliResult result = team({u"setup"_s});
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            QVERIFY2(result.out.contains(u"set the row policies"_s), qPrintable(result.out));
            if (run == 1)
                QVERIFY2(result.out.contains(u"were there already"_s), qPrintable(result.out));
        }
        Database owner;
        QVERIFY(owner.open(m_url));
        QSqlQuery query(owner.connection());
        QVERIFY(query.exec(u"SELECT has_table_privilege('regionscope_reader', 'articles', 'SELECT'),"
                           " has_table_privilege('regionscope_coder', 'tags', 'INSERT'),"
                           " has_table_privilege('regionscope_lead', 'tags', 'INSERT')"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toBool(), true);
        QCOMPARE(query.value(1).toBool(), false);
        QCOMPARE(query.value(2).toBool(), true);
    }

    void addAndList()
    {
        const QString passwordFile = m_dir.filePath(u"lead-password"_s);
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("pw-lead\n");
        file.close();
        CliResult result =
            team({u"add"_s, lead(), u"--role"_s, u"lead"_s, u"--password-file"_s, passwordFile});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.out, u"added rs_cliteam_li as a lead (a login role in regionscope_lead)\n"_s);
        result = team({u"add"_s, coder(), u"--role"_s, u"coder"_s}, "pw-coder\n");
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(!(result.out + result.err).contains(u"pw-coder"_s)); // never printed
        result = team({u"add"_s, reader(), u"--role"_s, u"reader"_s}, "pw-reader\n");
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(listed(), (QStringList{u"rs_cliteam_ana\tcoder"_s, u"rs_cliteam_cy\treader"_s,
                                        u"rs_cliteam_li\tlead"_s}));
        // The same role again changes nothing; a login with a wrong password is refused.
        result = team({u"add"_s, coder(), u"--role"_s, u"coder"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(u"nothing changed"_s), qPrintable(result.out));
        result = runCli({u"--db"_s, tcpUrl(coder(), u"wrong"_s), u"agreement"_s});
        QCOMPARE(result.exitCode, 1);
    }

    // Each logs in with their password: the lead builds the codebook, the coder annotates with it but
    // cannot change it, the reader changes nothing; the server says no, not the command.
    void rolesHoldForEachLogin()
    {
        const QString leadUrl = tcpUrl(lead(), u"pw-lead"_s);
        const QString coderUrl = tcpUrl(coder(), u"pw-coder"_s);
        CliResult result = annotate(leadUrl, u"人才政策"_s, u"人才/政策"_s);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = annotate(coderUrl, u"人才政策"_s, u"人才/政策"_s);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = annotate(coderUrl, u"引进人才"_s, u"人才/引进"_s); // a new tag: the codebook
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"your database role may not make this change"_s),
                 qPrintable(result.err));
        result = annotate(tcpUrl(reader(), u"pw-reader"_s), u"引进人才"_s, u"人才/政策"_s);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"your database role may not make this change"_s),
                 qPrintable(result.err));
        QCOMPARE(authors(m_url), (QStringList{coder(), lead()}));
        result = runCli({u"--db"_s, coderUrl, u"agreement"_s, u"--level"_s, u"paragraph"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(u"rs_cliteam_ana,rs_cliteam_li"_s), qPrintable(result.out));

        // Past the application: the coder's own SQL on the codebook and the reports is refused.
        Database database;
        QVERIFY2(database.open(PostgresTestServer::urlOf(m_name, coder())), qPrintable(database.error()));
        for (const QString& sql : {u"DELETE FROM tags"_s, u"UPDATE articles SET title = '改掉'"_s}) {
            QSqlQuery query(database.connection());
            QVERIFY2(!query.exec(sql), qPrintable(sql));
            QCOMPARE(query.lastError().nativeErrorCode(), u"42501"_s);
        }
        // Managing the team is not the coder's either.
        result = team({u"setup"_s}, QByteArray(), coderUrl);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"may not set up the team"_s), qPrintable(result.err));
        result = team({u"remove"_s, reader()}, QByteArray(), coderUrl);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"may not add or remove analysts"_s), qPrintable(result.err));
    }

    // add with another role says so and moves the analyst; the new rights hold at the next login.
    void changeRole()
    {
        CliResult result = team({u"add"_s, reader(), u"--role"_s, u"coder"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.out, u"rs_cliteam_cy was a reader and is now a coder\n"_s);
        QVERIFY(listed().contains(u"rs_cliteam_cy\tcoder"_s));
        result = annotate(tcpUrl(reader(), u"pw-reader"_s), u"引进人才"_s, u"人才/政策"_s);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = team({u"add"_s, reader(), u"--role"_s, u"reader"_s});
        QCOMPARE(result.out, u"rs_cliteam_cy was a coder and is now a reader\n"_s);
    }

    // remove takes the analyst out of the team; what they wrote stays, under their name.
    void remove()
    {
        CliResult result = team({u"remove"_s, coder()});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.startsWith(u"removed rs_cliteam_ana (a coder) from the team"_s),
                 qPrintable(result.out));
        QCOMPARE(listed(), (QStringList{u"rs_cliteam_cy\treader"_s, u"rs_cliteam_li\tlead"_s}));
        QCOMPARE(authors(m_url), (QStringList{coder(), reader(), lead()}));
        result = annotate(tcpUrl(coder(), u"pw-coder"_s), u"人才政策"_s, u"人才/政策"_s);
        QCOMPARE(result.exitCode, 1);
        result = team({u"remove"_s, coder()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"“rs_cliteam_ana” is not in the team"_s), qPrintable(result.err));
    }

    void blindAndReveal()
    {
        CliResult result = team({u"blind"_s, u"on"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(u"blind coding is on"_s), qPrintable(result.out));
        result = team({u"reveal"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(u"blind coding is off"_s), qPrintable(result.out));
        result = team({u"blind"_s, u"maybe"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"blind takes on or off"_s), qPrintable(result.err));
    }

    void refusals()
    {
        const QString file = m_dir.filePath(u"project.sqlite"_s);
        CliResult result = runWithInput({u"--db"_s, file, u"team"_s, u"setup"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"a team needs a PostgreSQL database"_s), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(file));
        result = team({u"add"_s, u"rs_cliteam_zed"_s, u"--role"_s, u"boss"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"“boss” is not a role: give --role lead, coder or reader"_s),
                 qPrintable(result.err));
        result = team({u"add"_s, u"Robert'); DROP TABLE tags;--"_s, u"--role"_s, u"coder"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"cannot be an analyst's name"_s), qPrintable(result.err));
        result = team({u"add"_s, u"regionscope_lead"_s, u"--role"_s, u"lead"_s});
        QCOMPARE(result.exitCode, 2);
        result = team({u"add"_s, u"rs_cliteam_zed"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"give the analyst's role"_s), qPrintable(result.err));
        result = team({u"add"_s, u"postgres"_s, u"--role"_s, u"reader"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"is a superuser of the server"_s), qPrintable(result.err));
        result = team({u"list"_s}, QByteArray(),
                      u"postgresql://postgres@/%1?host=%2&port=1"_s.arg(m_name, m_dir.path()));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"no PostgreSQL server answers"_s), qPrintable(result.err));
        QVERIFY(!listed().join(u' ').contains(u"zed"_s));
    }

    void cleanupTestCase()
    {
        if (m_name.isEmpty())
            return;
        m_server.dropDatabases();
        dropRoles();
    }
};

QTEST_GUILESS_MAIN(TestCliTeam)
#include "tst_cliteam.moc"
