#include "PostgresTestServer.h"
#include "storage/BoundStatement.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;
using namespace Qt::StringLiterals;

// The import's natively bound statements (BoundStatement): every kind of value the import binds is
// stored as QSqlQuery would store it, a statement runs again with fresh values, and its failures come
// back as errors the dialect explains in words. Runs on SQLite (SQLite's own API) and, as
// tst_boundstatement_postgresql, through QSqlQuery on PostgreSQL.
class TestBoundStatement : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresTestServer m_server;
    Database m_database;
    QString m_location;

    int rowCount()
    {
        QSqlQuery query(m_database.connection());
        return query.exec(u"SELECT COUNT(*) FROM bound_values"_s) && query.next() ? query.value(0).toInt()
                                                                                  : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (PostgresTestServer::wanted()) {
            if (!PostgresTestServer::skipReason().isEmpty())
                QSKIP(qPrintable(PostgresTestServer::skipReason()));
            QString error;
            m_location = m_server.createDatabase(&error);
            QVERIFY2(!m_location.isEmpty(), qPrintable(error));
        } else {
            m_location = m_dir.filePath(u"bound.sqlite"_s);
        }
        QVERIFY2(m_database.open(m_location), qPrintable(m_database.error()));
        const QString blob = m_database.isPostgres() ? u"BYTEA"_s : u"BLOB"_s;
        QSqlQuery create(m_database.connection());
        QVERIFY(
            create.exec(u"CREATE TABLE bound_values (whole BIGINT, real_number DOUBLE PRECISION, words TEXT,"
                        " bytes %1, flag INTEGER, required TEXT NOT NULL)"_s.arg(blob)));
    }

    void cleanupTestCase()
    {
        m_database.close();
        m_server.dropDatabases();
    }

    void valuesAreStoredAsQtSqlStoresThem()
    {
        const std::unique_ptr<BoundStatement> insert = BoundStatement::prepare(
            m_database.connection(), u"INSERT INTO bound_values VALUES (?, ?, ?, ?, ?, ?)"_s);
        QVERIFY(insert->isPrepared());
        const qint64 big = Q_INT64_C(9007199254740993); // beyond a double's exact integers
        const QByteArray bytes("\x00\x01\xff zlib", 9);
        insert->addBindValue(big);
        insert->addBindValue(1.5e8);
        insert->addBindValue(u"培训全区干部1万余人次"_s);
        insert->addBindValue(bytes);
        insert->addBindValue(true);
        insert->addBindValue(QString(u""_s)); // empty, not null: the NOT NULL column takes it
        QVERIFY2(insert->exec(), qPrintable(insert->lastError().text()));

        // Run again: the first run's values are forgotten, nulls bind as NULL.
        insert->addBindValue(QVariant());
        insert->addBindValue(QVariant());
        insert->addBindValue(QString());
        insert->addBindValue(QByteArray());
        insert->addBindValue(7);
        insert->addBindValue(u"second"_s);
        QVERIFY2(insert->exec(), qPrintable(insert->lastError().text()));
        QCOMPARE(rowCount(), 2);

        QSqlQuery read(m_database.connection());
        QVERIFY(read.exec(u"SELECT whole, real_number, words, bytes, flag, required FROM bound_values"
                          " ORDER BY flag"_s));
        QVERIFY(read.next());
        QCOMPARE(read.value(0).toLongLong(), big);
        QCOMPARE(read.value(1).toDouble(), 1.5e8);
        QCOMPARE(read.value(2).toString(), u"培训全区干部1万余人次"_s);
        QCOMPARE(read.value(3).toByteArray(), bytes);
        QCOMPARE(read.value(4).toInt(), 1);
        QVERIFY(!read.value(5).isNull());
        QCOMPARE(read.value(5).toString(), QString());
        QVERIFY(read.next());
        for (int column = 0; column < 4; ++column)
            QVERIFY2(read.value(column).isNull(), qPrintable(QString::number(column)));
        QCOMPARE(read.value(4).toInt(), 7);
    }

    void failuresAreExplainedInWords()
    {
        const int before = rowCount();
        const std::unique_ptr<BoundStatement> insert = BoundStatement::prepare(
            m_database.connection(), u"INSERT INTO bound_values (flag, required) VALUES (?, ?)"_s);
        QVERIFY(insert->isPrepared());
        insert->addBindValue(1);
        insert->addBindValue(QString()); // NULL into the NOT NULL column
        QVERIFY(!insert->exec());
        const QString message = m_database.explainLastFailure(u"Storing a value"_s, insert->lastError());
        QVERIFY2(message.contains(u"refused a value"_s), qPrintable(message));

        // Too few values: refused before it runs, and the next run starts from the first parameter.
        insert->addBindValue(2);
        QVERIFY(!insert->exec());
        insert->addBindValue(3);
        insert->addBindValue(u"third"_s);
        QVERIFY2(insert->exec(), qPrintable(insert->lastError().text()));
        QCOMPARE(rowCount(), before + 1);

        const std::unique_ptr<BoundStatement> broken =
            BoundStatement::prepare(m_database.connection(), u"INSERT INTO no_such_table VALUES (?)"_s);
        if (!m_database.isPostgres()) { // QPSQL prepares on the server only when it runs
            QVERIFY(!broken->isPrepared());
            QVERIFY(!broken->lastError().databaseText().isEmpty());
        } else {
            broken->addBindValue(1);
            QVERIFY(!broken->exec());
        }
    }

    // A statement that ran holds no lock: another connection writes at once.
    void aRunStatementKeepsNothingOpen()
    {
        const std::unique_ptr<BoundStatement> insert = BoundStatement::prepare(
            m_database.connection(), u"INSERT INTO bound_values (flag, required) VALUES (?, ?)"_s);
        insert->addBindValue(4);
        insert->addBindValue(u"fourth"_s);
        QVERIFY(insert->exec());
        Database other;
        QVERIFY2(other.open(m_location), qPrintable(other.error()));
        QSqlQuery write(other.connection());
        write.exec(m_database.isPostgres() ? u"SET lock_timeout = 2000"_s : u"PRAGMA busy_timeout = 2000"_s);
        QVERIFY2(write.exec(u"DELETE FROM bound_values WHERE flag = 4"_s),
                 qPrintable(write.lastError().text()));
        QCOMPARE(write.numRowsAffected(), 1);
        other.close();
    }
};

QTEST_GUILESS_MAIN(TestBoundStatement)
#include "tst_boundstatement.moc"
