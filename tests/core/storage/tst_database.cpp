#include "TestFiles.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/DatabaseDialect.h"
#include "storage/MetricStore.h"
#include "storage/Migrations.h"
#include "storage/SearchIndex.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace rs;

namespace {

QVariant scalar(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A report of one paragraph, as the import path would store it.
NewArticle textArticle(const QString& title, const QString& body)
{
    NewArticle article;
    article.report.metadata.title = title;
    article.report.body = body;
    article.report.paragraphs = {{0, int(body.size()), Paragraph::Kind::Text}};
    return article;
}

// A bare row in articles, written with SQL below the stores.
bool insertBareArticle(const Database& db, const QString& title = QStringLiteral("t"),
                       const QString& body = QStringLiteral("b"), const QString& hash = QStringLiteral("h"))
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO articles (title, body, body_hash, char_count, imported_at)"
                                 " VALUES (?, ?, ?, 1, 'now')"));
    query.addBindValue(title);
    query.addBindValue(body);
    query.addBindValue(hash);
    return query.exec();
}

// A database file in a temporary folder.
struct DatabaseFile
{
    QTemporaryDir dir;
    QString path;

    explicit DatabaseFile(const QString& name) : path(dir.filePath(name)) {}
    // Creates the database and has `write` change it, in a session of their own (closed after).
    bool create(const std::function<bool(Database&)>& write) const
    {
        Database db;
        return db.openSqlite(path) && write(db);
    }
};

// Two connections to one new database file, as two programs would hold it.
struct TwoConnections : DatabaseFile
{
    Database first;
    Database second;

    explicit TwoConnections(const QString& name) : DatabaseFile(name) {}
    bool open() { return first.openSqlite(path) && second.openSqlite(path); }
    // The first takes the write lock. The second gives up on it quickly here; the real timeout only
    // makes it wait longer.
    bool firstHoldsTheWriteLock()
    {
        QSqlQuery(second.connection()).exec(QStringLiteral("PRAGMA busy_timeout = 10"));
        return first.beginWrite();
    }
};

// Opening `path` fails with a message that says `reason` and names the file, and leaves the file as it
// was; otherwise false with what went wrong in *why.
bool refusesUntouched(const QString& path, const QString& reason, QString* why)
{
    const QByteArray before = fileHash(path);
    Database db;
    if (db.openSqlite(path)) {
        *why = QStringLiteral("opened");
        return false;
    }
    *why = db.error();
    return db.error().contains(reason) && db.error().contains(path) && !db.isOpen() &&
           fileHash(path) == before;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsMigratedDatabaseWithPragmas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/folder/corpus.sqlite"));
        Database db;
        QVERIFY2(db.openSqlite(path), qPrintable(db.error()));
        QVERIFY(db.wasCreated());
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QVERIFY(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'articles'")).toInt(),
            1);
        // New databases take 16 KB pages (fewer writes per import commit); one made with SQLite's
        // 4 KB pages keeps them when reopened.
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA page_size")).toInt(), 16384);
        const QString older = dir.filePath(QStringLiteral("older.sqlite"));
        {
            QSqlDatabase plain =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
            plain.setDatabaseName(older);
            QVERIFY(plain.open());
            QVERIFY(QSqlQuery(plain).exec(QStringLiteral("PRAGMA page_size = 4096")));
            QVERIFY(QSqlQuery(plain).exec(QStringLiteral("VACUUM")));
            plain.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
        Database reopened;
        QVERIFY2(reopened.openSqlite(older), qPrintable(reopened.error()));
        QCOMPARE(reopened.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(scalar(reopened, QStringLiteral("PRAGMA page_size")).toInt(), 4096);
    }

    void reopeningKeepsDataAndVersion()
    {
        const DatabaseFile file(QStringLiteral("corpus.sqlite"));
        QVERIFY(file.create([](Database& db) { return insertBareArticle(db); }));
        Database db;
        QVERIFY(db.openSqlite(file.path));
        QVERIFY(!db.wasCreated());
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM articles")).toInt(), 1);
    }

    void refusesNonSqliteFileAndLeavesItUntouched()
    {
        QTemporaryDir dir;
        const QString path =
            writeTestFile(dir.path(), QStringLiteral("notes.sqlite"), "these are my notes, not a database\n");
        QVERIFY(!path.isEmpty());
        QString why;
        QVERIFY2(refusesUntouched(path, QStringLiteral("not a Regionscope database"), &why), qPrintable(why));
    }

    void refusesNewerSchema()
    {
        const DatabaseFile file(QStringLiteral("future.sqlite"));
        QVERIFY(file.create([](Database& db) {
            return QSqlQuery(db.connection())
                .exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 5));
        }));
        QString why;
        QVERIFY2(refusesUntouched(file.path, QStringLiteral("newer version"), &why), qPrintable(why));
    }

    void refusesTruncatedFileAndLeavesItUntouched()
    {
        const DatabaseFile cut(QStringLiteral("cut.sqlite"));
        const QString& path = cut.path;
        QVERIFY(cut.create([](Database& db) {
            for (int i = 0; i < 200; ++i) {
                if (!insertBareArticle(db, QStringLiteral("t"), QString(500, QChar(u'文')),
                                       QStringLiteral("h%1").arg(i)))
                    return false;
            }
            return true;
        }));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8 * 4096);
        QVERIFY(file.resize(file.size() / 3)); // a copy cut short (full disk, interrupted transfer)
        file.close();
        QString why;
        QVERIFY2(refusesUntouched(path, QStringLiteral("damaged"), &why), qPrintable(why));
    }

    void saysWhenAnotherProgramHoldsTheDatabase()
    {
        TwoConnections db(QStringLiteral("busy.sqlite"));
        QVERIFY(db.open());
        QVERIFY(db.firstHoldsTheWriteLock());
        QString error;
        QVERIFY(!db.second.beginWrite(&error));
        QVERIFY2(error.contains(QStringLiteral("in use by another program")), qPrintable(error));
        QVERIFY(error.contains(db.path));
        QVERIFY(db.first.connection().commit());
        QVERIFY2(db.second.beginWrite(&error), qPrintable(error));
        QVERIFY(db.second.connection().rollback());
    }

    // Replacing a report's figures takes the write lock first, like every write, and says in words that
    // another program holds it (never the driver's text); the stored figures stay as they were.
    void figuresWaitForTheWriteLock()
    {
        TwoConnections db(QStringLiteral("figures.sqlite"));
        QVERIFY(db.open());
        NewArticle article = textArticle(QStringLiteral("金湾区"), QStringLiteral("培训干部300人次"));
        Metric metric;
        metric.end = int(article.report.body.size());
        metric.quote = article.report.body;
        metric.value = 300;
        metric.unit = QStringLiteral("人次");
        article.metrics = {metric};
        const ArticleStore::InsertResult inserted = ArticleStore(db.first).insert(article);
        QVERIFY2(inserted.status == ArticleStore::InsertStatus::Inserted, qPrintable(inserted.error));

        QVERIFY(db.firstHoldsTheWriteLock());
        MetricStore metrics(db.second);
        QString error;
        QVERIFY(!metrics.replaceMachineMetrics(inserted.id, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("in use by another program")), qPrintable(error));
        QVERIFY(db.first.connection().commit());
        QCOMPARE(metrics.machineRows(inserted.id).size(), 1);
        QVERIFY2(metrics.replaceMachineMetrics(inserted.id, {}, &error), qPrintable(error));
        QCOMPARE(metrics.machineRows(inserted.id).size(), 0);
    }

    // The stores report a failure through their error out-parameter, in words (never the driver's text):
    // another program holding the write lock makes each of these writes fail and say so.
    void storesSayWhyAWriteFailed()
    {
        TwoConnections db(QStringLiteral("stores.sqlite"));
        QVERIFY(db.open());
        const ArticleStore::InsertResult inserted = ArticleStore(db.first).insert(
            textArticle(QStringLiteral("香洲区"), QStringLiteral("新增就业岗位1200个")));
        QVERIFY2(inserted.status == ArticleStore::InsertStatus::Inserted, qPrintable(inserted.error));

        ArticleStore articles(db.second);
        StoredArticle stored;
        QString error;
        QVERIFY(!articles.load(inserted.id + 1, &stored, &error)); // missing: no failure to report
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QVERIFY(db.firstHoldsTheWriteLock());
        QVERIFY(!articles.setRegion(inserted.id, QStringLiteral("440402"), QByteArray(), &error));
        QVERIFY2(
            error.startsWith(QStringLiteral("Setting the region of report %1 failed").arg(inserted.id)) &&
                error.contains(QStringLiteral("in use by another program")),
            qPrintable(error));
        error.clear();
        QVERIFY(!articles.beginBatch(&error));
        QVERIFY2(error.contains(QStringLiteral("in use by another program")), qPrintable(error));
        error.clear();
        QVERIFY(!SearchIndex(db.second).rebuild(&error));
        QVERIFY2(error.startsWith(QStringLiteral("Rebuilding the search index failed")) &&
                     error.contains(QStringLiteral("in use by another program")),
                 qPrintable(error));
        QVERIFY(db.first.connection().commit());

        error.clear();
        QVERIFY2(articles.setRegion(inserted.id, QStringLiteral("440402"), QByteArray(), &error),
                 qPrintable(error));
        QVERIFY(articles.load(inserted.id, &stored, &error));
        QCOMPARE(stored.regionCode, QStringLiteral("440402"));
        QVERIFY2(SearchIndex(db.second).rebuild(&error), qPrintable(error));
        QCOMPARE(SearchIndex(db.second).rankedIds(QStringLiteral("就业"), {}, &error),
                 QVector<qint64>{inserted.id});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void saysWhenTheDiskIsFull()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("full.sqlite"));
        Database db;
        QVERIFY(db.openSqlite(path));
        ArticleStore store(db);
        NewArticle article = textArticle(QStringLiteral("金湾区"), QStringLiteral("金湾区人才工作"));
        const ArticleStore::InsertResult first = store.insert(article);
        QVERIFY2(first.status == ArticleStore::InsertStatus::Inserted, qPrintable(first.error));

        // No room for more pages: what a full disk looks like to SQLite.
        const int pages = scalar(db, QStringLiteral("PRAGMA page_count")).toInt();
        QVERIFY(QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        article.report.body = QString(200000, QChar(u'字'));
        article.report.paragraphs = {{0, int(article.report.body.size()), Paragraph::Kind::Text}};
        article.originalBytes = article.report.body.toUtf8();
        const ArticleStore::InsertResult result = store.insert(article);
        QCOMPARE(result.status, ArticleStore::InsertStatus::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("disk is full")), qPrintable(result.error));
        QVERIFY(result.error.contains(path));
        QCOMPARE(store.count(), 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void backsUpBeforeUpgradingSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database fresh;
            QVERIFY(fresh.openSqlite(dir.filePath(QStringLiteral("fresh.sqlite"))));
            QVERIFY(fresh.backupPath().isEmpty()); // a new database needs no backup
        }
        {
            // A database as the release with schema 2 wrote it.
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QString error;
            QVERIFY2(Migrations::migrate(old, SqliteDialect(), &error, 2), qPrintable(error));
            QSqlQuery query(old);
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO articles (title, body, body_hash, char_count, imported_at)"
                               " VALUES ('旧', 'b', 'h', 1, 'now')")));
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        Database db;
        QVERIFY2(db.openSqlite(path), qPrintable(db.error()));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QVERIFY(QFileInfo::exists(db.backupPath()));
        QVERIFY(db.backupPath().contains(QStringLiteral(".backup-v2-")));
        Database backup;
        QVERIFY(backup.openSqlite(db.backupPath())); // the copy itself is a usable (upgradable) database
        QCOMPARE(scalar(backup, QStringLiteral("SELECT title FROM articles")).toString(),
                 QStringLiteral("旧"));
    }

    void refusesFolder()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(!db.openSqlite(dir.path()));
        QVERIFY2(db.error().contains(QStringLiteral("folder")), qPrintable(db.error()));
    }

    // A PostgreSQL URL is not a file name: nothing is created (once it made a folder "postgresql:"
    // holding a new SQLite file), the message says why, and a password in the URL is not repeated.
    void refusesDatabaseUrls()
    {
        QTemporaryDir dir;
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        const QStringList urls{QStringLiteral("postgresql://ana@localhost:5432/corpus"),
                               QStringLiteral("postgresql://ana:secret@db.example/corpus"),
                               QStringLiteral("postgres://ana@/corpus?host=/run/pg&port=5433"),
                               QStringLiteral("postgresql://ana@/corpus?host=/run/pg&port=5433")};
        for (const QString& url : urls) {
            Database db;
            QVERIFY(!db.openSqlite(url));
            QVERIFY2(db.error().startsWith(
                         QStringLiteral("PostgreSQL databases are not supported by this build yet: ")),
                     qPrintable(db.error()));
            QVERIFY2(!db.error().contains(QStringLiteral("secret")), qPrintable(db.error()));
            QVERIFY(!db.isOpen());
        }
        Database other;
        QVERIFY(!other.openSqlite(QStringLiteral("https://example.org/corpus.sqlite")));
        QVERIFY2(other.error().contains(QStringLiteral("not a database file")), qPrintable(other.error()));
        QVERIFY(QDir::setCurrent(previous));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }

    void twoConnectionsToOneFile()
    {
        TwoConnections db(QStringLiteral("shared.sqlite"));
        QVERIFY(db.open());
        QVERIFY(insertBareArticle(db.first));
        QCOMPARE(scalar(db.second, QStringLiteral("SELECT COUNT(*) FROM articles")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
