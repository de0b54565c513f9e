#include "PostgresTestServer.h"

#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace {

QString environment(const char* name)
{
    return QString::fromLocal8Bit(qgetenv(name));
}

} // namespace

bool PostgresTestServer::wanted()
{
    return environment("REGIONSCOPE_TEST_BACKEND") == QLatin1String("postgresql");
}

QString PostgresTestServer::skipReason()
{
    const QString bin = environment("REGIONSCOPE_TEST_PG_BIN");
    if (!bin.isEmpty() && !QFileInfo(bin + QStringLiteral("/postgres")).isExecutable())
        return QStringLiteral("no PostgreSQL 15 server in %1 (Debian package postgresql-15)").arg(bin);
    if (adminUrl().isEmpty())
        return QStringLiteral("REGIONSCOPE_TEST_PG_URL is not set (run the suite through CTest)");
    return QString();
}

QString PostgresTestServer::adminUrl()
{
    return environment("REGIONSCOPE_TEST_PG_URL");
}

PostgresTestServer::~PostgresTestServer()
{
    dropDatabases();
}

QString PostgresTestServer::urlOf(const QString& name, const QString& user)
{
    QUrl url(adminUrl());
    url.setPath(QLatin1Char('/') + name);
    if (!user.isEmpty())
        url.setUserName(user);
    return url.toString();
}

bool PostgresTestServer::runAsAdmin(const QStringList& statements, QString* error, const QString& database)
{
    static QAtomicInt counter;
    const QString connection = QStringLiteral("pg-test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = true;
    {
        const QUrl url(adminUrl());
        const QUrlQuery query(url);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(query.queryItemValue(QStringLiteral("host")));
        db.setPort(query.queryItemValue(QStringLiteral("port")).toInt());
        db.setUserName(url.userName());
        db.setDatabaseName(database.isEmpty() ? url.path().mid(1) : database);
        if (!db.open()) {
            ok = false;
            if (error)
                *error = db.lastError().text();
        }
        QSqlQuery quiet(db); // no NOTICE for DROP ... IF EXISTS
        if (ok)
            quiet.exec(QStringLiteral("SET client_min_messages = warning"));
        for (const QString& statement : statements) {
            if (!ok)
                break;
            QSqlQuery run(db);
            if (!run.exec(statement)) {
                ok = false;
                if (error)
                    *error = statement + QStringLiteral(": ") + run.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

QString PostgresTestServer::createDatabase(QString* error)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("rs_test_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    // Template0 and the C locale: the same text order as SQLite's, whatever the server's default.
    if (!runAsAdmin(
            {QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'").arg(name)},
            error))
        return QString();
    m_databases.append(name);
    return urlOf(name);
}

bool PostgresTestServer::openForRun(rs::Database& database, const QString& sqlitePath, QString* error)
{
    QString reason;
    const QString location = wanted() ? createDatabase(&reason) : sqlitePath;
    if (!location.isEmpty() && database.open(location))
        return true;
    if (error)
        *error = location.isEmpty() ? reason : database.error();
    return false;
}

void PostgresTestServer::dropDatabases()
{
    QStringList statements;
    for (const QString& name : std::as_const(m_databases))
        statements.append(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    m_databases.clear();
    if (!statements.isEmpty() && !adminUrl().isEmpty())
        runAsAdmin(statements);
}

qint64 PostgresTestServer::insertReport(rs::Database& db, const rs::NewArticle& article, QString* error)
{
    const rs::ParsedReport& report = article.report;
    QSqlQuery insert(db.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO articles (title, body, body_hash, char_count, published_on,"
                       " source, region_code, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(report.metadata.title);
    insert.addBindValue(report.body);
    insert.addBindValue(QString::fromLatin1(
        QCryptographicHash::hash(report.body.toUtf8(), QCryptographicHash::Sha256).toHex()));
    insert.addBindValue(int(report.body.size()));
    insert.addBindValue(report.metadata.publishedOn.isValid()
                            ? QVariant(report.metadata.publishedOn.toString(Qt::ISODate))
                            : QVariant());
    insert.addBindValue(report.metadata.source.isEmpty() ? QVariant() : QVariant(report.metadata.source));
    insert.addBindValue(article.regionCode.isEmpty() ? QVariant() : QVariant(article.regionCode));
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!insert.exec() || !insert.next()) {
        if (error)
            *error = insert.lastError().text();
        return 0;
    }
    const qint64 id = insert.value(0).toLongLong();
    QSqlQuery paragraph(db.connection());
    paragraph.prepare(
        QStringLiteral("INSERT INTO paragraphs (article_id, idx, start_offset, end_offset, kind)"
                       " VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < report.paragraphs.size(); ++i) {
        paragraph.addBindValue(id);
        paragraph.addBindValue(i);
        paragraph.addBindValue(report.paragraphs.at(i).start);
        paragraph.addBindValue(report.paragraphs.at(i).end);
        paragraph.addBindValue(int(report.paragraphs.at(i).kind));
        if (!paragraph.exec()) {
            if (error)
                *error = paragraph.lastError().text();
            return 0;
        }
    }
    return id;
}
