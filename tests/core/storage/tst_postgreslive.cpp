#include "PostgresTestServer.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/DatabaseDialect.h"
#include "storage/DatabaseNotifier.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace rs;
using namespace Qt::StringLiterals;

// Live team mode on PostgreSQL (issue 18): what one analyst's connection writes reaches another's as a
// change notice (LISTEN/NOTIFY), never the writer's own; a server that ends the session is said plainly
// and the connection comes back.
class TestPostgresLive : public QObject
{
    Q_OBJECT

    PostgresTestServer m_server;
    QString m_url;
    qint64 m_report = 0;

    static Annotation passage(qint64 report)
    {
        Annotation a;
        a.articleId = report;
        a.anchor.start = 2;
        a.anchor.end = 4;
        a.anchor.quote = u"人才"_s;
        a.author = u"ana"_s;
        a.createdAt = a.updatedAt = QDateTime::currentDateTimeUtc();
        return a;
    }

    static DatabaseNotifier::Change changeAt(const QSignalSpy& spy, int i)
    {
        return spy.at(i).first().value<DatabaseNotifier::Change>();
    }

    // The server process behind the connection.
    static int backendOf(Database& db)
    {
        QSqlQuery query(db.connection());
        return query.exec(u"SELECT pg_backend_pid()"_s) && query.next() ? query.value(0).toInt() : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!PostgresTestServer::skipReason().isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
        QString error;
        m_url = m_server.createDatabase(&error);
        QVERIFY2(!m_url.isEmpty(), qPrintable(error));
        Database owner;
        QVERIFY2(owner.open(m_url), qPrintable(owner.error()));
        NewArticle report;
        report.report.metadata.title = u"金湾区人才工作"_s;
        report.report.body = u"发放人才政策补贴，引进人才45人。"_s;
        m_report = PostgresTestServer::insertReport(owner, report, &error);
        QVERIFY2(m_report > 0, qPrintable(error));
    }

    void parsesTheTriggersPayload()
    {
        DatabaseNotifier::Change change;
        QVERIFY(DatabaseNotifier::parse(
            uR"({"table": "annotations", "op": "update", "id": 7, "article": 3, "author": "ana", "role": "bo"})"_s,
            &change));
        QCOMPARE(change.table, u"annotations"_s);
        QCOMPARE(change.operation, u"update"_s);
        QCOMPARE(change.id, 7);
        QCOMPARE(change.articleId, 3);
        QCOMPARE(change.author, u"ana"_s);
        QCOMPARE(change.role, u"bo"_s);
        QVERIFY(!DatabaseNotifier::parse(u"not json"_s, &change));
        QVERIFY(!DatabaseNotifier::parse(u"{}"_s, &change));
    }

    // One connection writes, the other hears: annotations, their tags, the codebook, reports; the
    // writer hears nothing of its own.
    void anotherConnectionsChangesArrive()
    {
        Database reader;
        Database writer;
        QVERIFY2(reader.open(m_url), qPrintable(reader.error()));
        QVERIFY2(writer.open(m_url), qPrintable(writer.error()));
        DatabaseNotifier listening(reader);
        DatabaseNotifier own(writer);
        QString error;
        QVERIFY2(listening.start(&error), qPrintable(error));
        QVERIFY2(own.start(&error), qPrintable(error));
        QVERIFY(listening.isListening());
        QSignalSpy heard(&listening, &DatabaseNotifier::changed);
        QSignalSpy ownHeard(&own, &DatabaseNotifier::changed);

        AnnotationStore store(writer);
        Tag tag;
        tag.name = u"人才政策"_s;
        const qint64 tagId = store.insertTag(tag, false, &error);
        QVERIFY2(tagId > 0, qPrintable(error));
        QTRY_COMPARE(heard.count(), 1);
        QCOMPARE(changeAt(heard, 0).table, u"tags"_s);
        QCOMPARE(changeAt(heard, 0).operation, u"insert"_s);
        QCOMPARE(changeAt(heard, 0).id, tagId);

        Annotation a = passage(m_report);
        a.tagIds = {tagId};
        const qint64 id = store.insertAnnotation(a, false, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QTRY_COMPARE(heard.count(), 3); // the annotation and its tag link
        QCOMPARE(changeAt(heard, 1).table, u"annotations"_s);
        QCOMPARE(changeAt(heard, 1).id, id);
        QCOMPARE(changeAt(heard, 1).articleId, m_report);
        QCOMPARE(changeAt(heard, 1).author, u"ana"_s);
        QCOMPARE(changeAt(heard, 1).role, writer.loginRole());
        QCOMPARE(changeAt(heard, 2).table, u"annotation_tags"_s);
        QCOMPARE(changeAt(heard, 2).id, id);
        QCOMPARE(changeAt(heard, 2).articleId, m_report);

        QVERIFY(store.removeAnnotation(id, &error));
        QTRY_VERIFY(heard.count() >= 4);
        QCOMPARE(changeAt(heard, 3).operation, u"delete"_s);

        // A report changed: one notice for the statement, without an id.
        const int before = int(heard.count());
        QVERIFY(QSqlQuery(writer.connection())
                    .exec(u"UPDATE articles SET source = 'x' WHERE id = %1"_s.arg(m_report)));
        QTRY_COMPARE(heard.count(), before + 1);
        QCOMPARE(changeAt(heard, before).table, u"articles"_s);
        QCOMPARE(changeAt(heard, before).id, 0);

        // The writer's own notices stay away: a change of the listening connection is not heard by it.
        QTest::qWait(200);
        QCOMPARE(ownHeard.count(), 0);
        AnnotationStore readerStore(reader);
        Tag mine;
        QVERIFY(readerStore.tag(tagId, &mine));
        mine.name = u"政策"_s;
        const int heardBefore = int(heard.count());
        QVERIFY2(readerStore.updateTag(mine, &error), qPrintable(error));
        QTRY_COMPARE(ownHeard.count(), 1);
        QCOMPARE(changeAt(ownHeard, 0).table, u"tags"_s);
        QTest::qWait(200);
        QCOMPARE(heard.count(), heardBefore);
    }

    // An administrator ends the analyst's session: the next write fails as a lost connection, in words,
    // the notifier says so, reconnects, listens again, and the write then succeeds.
    void lostConnectionIsSaidAndRestored()
    {
        Database analyst;
        QVERIFY2(analyst.open(m_url), qPrintable(analyst.error()));
        DatabaseNotifier notifier(analyst);
        notifier.setHeartbeatInterval(0); // the test checks by itself
        notifier.setRetryInterval(50);
        QString error;
        QVERIFY2(notifier.start(&error), qPrintable(error));
        const int pid = backendOf(analyst);
        QVERIFY(pid > 0);
        QVERIFY2(PostgresTestServer::runAsAdmin({u"SELECT pg_terminate_backend(%1)"_s.arg(pid)}, &error),
                 qPrintable(error));

        AnnotationStore store(analyst);
        Annotation a = passage(m_report);
        a.note = u"写了一半的备注"_s;
        QVERIFY(store.insertAnnotation(a, false, &error) == 0);
        QCOMPARE(int(store.lastFailure()), int(DatabaseDialect::Failure::ConnectionLost));
        QVERIFY2(error.contains(u"connection to the database server"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"terminating connection"_s), qPrintable(error)); // never the driver's text
        QVERIFY(!analyst.ping());

        QSignalSpy lost(&notifier, &DatabaseNotifier::connectionLost);
        QSignalSpy restored(&notifier, &DatabaseNotifier::connectionRestored);
        QVERIFY(!notifier.checkConnection());
        QCOMPARE(lost.count(), 1);
        QVERIFY2(lost.first().first().toString().contains(u"was lost"_s),
                 qPrintable(lost.first().first().toString()));
        QVERIFY(notifier.isConnectionLost());
        QTRY_COMPARE(restored.count(), 1);
        QVERIFY(!notifier.isConnectionLost());
        QVERIFY(analyst.ping());
        QVERIFY(backendOf(analyst) != pid);

        // What was being saved is saved now, on the same store.
        const qint64 id = store.insertAnnotation(a, false, &error);
        QVERIFY2(id > 0, qPrintable(error));
        // And the notifier listens again on the new session.
        QSignalSpy heard(&notifier, &DatabaseNotifier::changed);
        Database other;
        QVERIFY2(other.open(m_url), qPrintable(other.error()));
        QVERIFY(AnnotationStore(other).removeAnnotation(id, &error));
        QTRY_VERIFY(heard.count() >= 1);
        QCOMPARE(changeAt(heard, 0).id, id);
    }
};

QTEST_GUILESS_MAIN(TestPostgresLive)
#include "tst_postgreslive.moc"
