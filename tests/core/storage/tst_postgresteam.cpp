#include "PostgresTestServer.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/PostgresTeam.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace rs;
using namespace Qt::StringLiterals;

// Team mode's roles hold in the database itself (issue 18): each analyst connects as their own role and
// tries the forbidden SQL directly, past every check of the application. A coder changes only their own
// annotations and never the codebook or the reports; a reader changes nothing; the lead changes anything.
class TestPostgresTeam : public QObject
{
    Q_OBJECT

    PostgresTestServer m_server;
    QString m_name; // the database's name on the server
    qint64 m_report = 0;
    qint64 m_tag = 0;
    qint64 m_anasNote = 0; // an annotation by rs_team_ana
    qint64 m_bosNote = 0;  // one by rs_team_bo

    QString urlAs(const QString& user) const { return PostgresTestServer::urlOf(m_name, user); }

    static Annotation passage(qint64 report, const QString& author, int start)
    {
        Annotation a;
        a.articleId = report;
        a.anchor.start = start;
        a.anchor.end = start + 2;
        a.anchor.quote = u"人才"_s;
        a.author = author;
        a.createdAt = a.updatedAt = QDateTime::currentDateTimeUtc();
        return a;
    }

    // Runs sql as the connection's role: the rows it changed, or -1 with the SQLSTATE in *state.
    static int run(Database& db, const QString& sql, QString* state = nullptr)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(sql)) {
            if (state)
                *state = query.lastError().nativeErrorCode();
            return -1;
        }
        return query.numRowsAffected();
    }

    static QString noteOf(Database& db, qint64 id)
    {
        Annotation a;
        return AnnotationStore(db).annotation(id, &a) ? a.note : u"(missing)"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!PostgresTestServer::skipReason().isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
        QString error;
        const QString url = m_server.createDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        m_name = QUrl(url).path().mid(1);
        Database owner;
        QVERIFY2(owner.open(url), qPrintable(owner.error()));
        NewArticle report;
        report.report.metadata.title = u"金湾区人才工作"_s;
        report.report.body = u"发放人才政策补贴，引进人才45人。"_s;
        m_report = PostgresTestServer::insertReport(owner, report, &error);
        QVERIFY2(m_report > 0, qPrintable(error));
        QVERIFY2(PostgresTeam::enable(owner, &error), qPrintable(error));
        QVERIFY2(PostgresTeam::enable(owner, &error), qPrintable(error)); // again: nothing changes
        QVERIFY(PostgresTestServer::runAsAdmin(
            {u"DROP ROLE IF EXISTS rs_team_li, rs_team_ana, rs_team_bo, rs_team_cy"_s}));
        QVERIFY2(
            PostgresTeam::addAnalyst(owner, u"rs_team_li"_s, PostgresTeam::Role::Lead, u"pw-lead"_s, &error),
            qPrintable(error));
        QVERIFY2(
            PostgresTeam::addAnalyst(owner, u"rs_team_ana"_s, PostgresTeam::Role::Coder, QString(), &error),
            qPrintable(error));
        QVERIFY2(
            PostgresTeam::addAnalyst(owner, u"rs_team_bo"_s, PostgresTeam::Role::Coder, QString(), &error),
            qPrintable(error));
        QVERIFY2(
            PostgresTeam::addAnalyst(owner, u"rs_team_cy"_s, PostgresTeam::Role::Reader, QString(), &error),
            qPrintable(error));
        QVERIFY(
            !PostgresTeam::addAnalyst(owner, u"rs_team_ana"_s, PostgresTeam::Role::Coder, QString(), &error));
        QVERIFY2(error.contains(u"already has a role “rs_team_ana”"_s), qPrintable(error));
        QVERIFY(!PostgresTeam::addAnalyst(owner, u"Robert'); DROP TABLE tags;--"_s, PostgresTeam::Role::Lead,
                                          QString(), &error));
        QVERIFY2(error.contains(u"cannot be an analyst's name"_s), qPrintable(error));
    }

    // The lead logs in over TCP with the password addAnalyst() set, and builds the codebook.
    void leadEditsTheCodebook()
    {
        const int port = QUrlQuery(QUrl(PostgresTestServer::adminUrl())).queryItemValue(u"port"_s).toInt();
        Database lead;
        QVERIFY2(lead.open(u"postgresql://rs_team_li:pw-lead@127.0.0.1:%1/%2"_s.arg(port).arg(m_name)),
                 qPrintable(lead.error()));
        Tag tag;
        tag.name = u"人才政策"_s;
        QString error;
        m_tag = AnnotationStore(lead).insertTag(tag, false, &error);
        QVERIFY2(m_tag > 0, qPrintable(error));
    }

    void codersAnnotateAsThemselves()
    {
        Database ana;
        Database bo;
        QVERIFY2(ana.open(urlAs(u"rs_team_ana"_s)), qPrintable(ana.error()));
        QVERIFY2(bo.open(urlAs(u"rs_team_bo"_s)), qPrintable(bo.error()));
        QString error;
        Annotation a = passage(m_report, u"rs_team_ana"_s, 2);
        a.tagIds = {m_tag};
        m_anasNote = AnnotationStore(ana).insertAnnotation(a, false, &error);
        QVERIFY2(m_anasNote > 0, qPrintable(error));
        Annotation b = passage(m_report, u"rs_team_bo"_s, 11);
        b.tagIds = {m_tag};
        m_bosNote = AnnotationStore(bo).insertAnnotation(b, false, &error);
        QVERIFY2(m_bosNote > 0, qPrintable(error));
        // Each sees both (coding is not blind), and changes their own.
        QCOMPARE(AnnotationStore(ana).allAnnotations().size(), 2);
        QVERIFY(AnnotationStore(ana).annotation(m_anasNote, &a));
        a.note = u"核对人数"_s;
        QVERIFY2(AnnotationStore(ana).updateAnnotation(a, &error), qPrintable(error));
        QCOMPARE(noteOf(bo, m_anasNote), u"核对人数"_s);
        // Undo of a deletion puts the annotation back with its id (keepId), moving the id sequence.
        QVERIFY(AnnotationStore(ana).removeAnnotation(m_anasNote));
        QCOMPARE(AnnotationStore(ana).insertAnnotation(a, true, &error), m_anasNote);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(AnnotationStore(ana).insertAnnotation(passage(m_report, u"rs_team_ana"_s, 0), false, &error) >
                m_bosNote);
    }

    // A coder's SQL past the application: rows of others are out of reach (an UPDATE or DELETE finds
    // none of them), rows in another's name are refused, and the codebook and reports are read-only.
    void coderCannotTouchOthersWork()
    {
        Database ana;
        QVERIFY2(ana.open(urlAs(u"rs_team_ana"_s)), qPrintable(ana.error()));
        const QString bos = QString::number(m_bosNote);
        QCOMPARE(run(ana, u"UPDATE annotations SET note = '改掉' WHERE id = "_s + bos), 0);
        QCOMPARE(run(ana, u"UPDATE annotations SET note = '改掉'"_s), 2); // only their own two
        QCOMPARE(run(ana, u"DELETE FROM annotations WHERE author = 'rs_team_bo'"_s), 0);
        QCOMPARE(run(ana, u"DELETE FROM annotation_tags WHERE annotation_id = "_s + bos), 0);
        QString state;
        QCOMPARE(
            run(ana,
                u"INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (%1, %2)"_s.arg(bos).arg(m_tag) +
                    u" ON CONFLICT DO NOTHING"_s,
                &state),
            -1);
        QCOMPARE(state, u"42501"_s);
        QCOMPARE(
            run(ana, u"UPDATE annotations SET author = 'rs_team_bo' WHERE id = %1"_s.arg(m_anasNote), &state),
            -1);
        QCOMPARE(state, u"42501"_s);
        QCOMPARE(
            run(ana,
                u"INSERT INTO annotations (article_id, start_offset, end_offset, quote, status, author,"
                " created_at, updated_at, guid) VALUES (%1, 0, 2, '发放', 'to_review', 'rs_team_bo', '', '',"
                " 'forged')"_s.arg(m_report),
                &state),
            -1);
        QCOMPARE(state, u"42501"_s);
        QCOMPARE(run(ana, u"DELETE FROM tags"_s, &state), -1);
        QCOMPARE(state, u"42501"_s);
        QCOMPARE(run(ana, u"UPDATE articles SET title = '改掉'"_s, &state), -1);
        QCOMPARE(state, u"42501"_s);
        QCOMPARE(run(ana, u"DELETE FROM articles"_s, &state), -1);
        QCOMPARE(state, u"42501"_s);
        // Through the store, the refusal is said in words.
        Tag tag;
        tag.name = u"自建标签"_s;
        QString error;
        QCOMPARE(AnnotationStore(ana).insertTag(tag, false, &error), 0);
        QVERIFY2(error.contains(u"your database role may not make this change"_s), qPrintable(error));

        Database bo;
        QVERIFY(bo.open(urlAs(u"rs_team_bo"_s)));
        QCOMPARE(noteOf(bo, m_bosNote), QString());
        Annotation kept;
        QVERIFY(AnnotationStore(bo).annotation(m_bosNote, &kept));
        QCOMPARE(kept.tagIds, QVector<qint64>{m_tag});
    }

    void readerChangesNothing()
    {
        Database cy;
        QVERIFY2(cy.open(urlAs(u"rs_team_cy"_s)), qPrintable(cy.error()));
        QCOMPARE(AnnotationStore(cy).allAnnotations().size(), 3);
        QString state;
        QCOMPARE(run(cy, u"UPDATE annotations SET note = '读者'"_s, &state), -1);
        QCOMPARE(state, u"42501"_s);
        QCOMPARE(run(cy, u"DELETE FROM annotation_tags"_s, &state), -1);
        QCOMPARE(state, u"42501"_s);
        QString error;
        QVERIFY(!AnnotationStore(cy).removeAnnotation(m_anasNote, &error));
        QVERIFY2(error.contains(u"your database role may not make this change"_s), qPrintable(error));
    }

    // Blind coding: while the lead keeps it on, each coder sees only their own annotations and tag links,
    // through the store and through direct SQL alike; a coder cannot turn it off; the lead sees all, and
    // revealing shows everyone everything again.
    void blindCodingHidesOthersWork()
    {
        Database ana;
        Database bo;
        Database li;
        QVERIFY2(ana.open(urlAs(u"rs_team_ana"_s)), qPrintable(ana.error()));
        QVERIFY2(bo.open(urlAs(u"rs_team_bo"_s)), qPrintable(bo.error()));
        QVERIFY2(li.open(urlAs(u"rs_team_li"_s)), qPrintable(li.error()));
        const auto byAuthor = [](Database& db, const QString& author) {
            int n = 0;
            for (const Annotation& a : AnnotationStore(db).allAnnotations())
                n += a.author == author ? 1 : 0;
            return n;
        };
        const int all = int(AnnotationStore(li).allAnnotations().size());
        const int anas = byAuthor(li, u"rs_team_ana"_s);
        const int bos = byAuthor(li, u"rs_team_bo"_s);
        QVERIFY(anas > 0 && bos > 0);
        QCOMPARE(AnnotationStore(ana).allAnnotations().size(), all);

        QString error;
        QVERIFY(!PostgresTeam::setBlind(ana, true, &error));
        QVERIFY2(error.contains(u"only the project's lead"_s), qPrintable(error));
        QString state;
        QCOMPARE(run(ana, u"UPDATE regionscope_team_settings SET value = 'off'"_s, &state), -1);
        QCOMPARE(state, u"42501"_s);
        QVERIFY2(PostgresTeam::setBlind(li, true, &error), qPrintable(error));
        bool blind = false;
        QVERIFY(PostgresTeam::isBlind(bo, &blind) && blind);

        QCOMPARE(AnnotationStore(ana).allAnnotations().size(), anas);
        QCOMPARE(byAuthor(ana, u"rs_team_bo"_s), 0);
        QCOMPARE(AnnotationStore(bo).allAnnotations().size(), bos);
        QCOMPARE(byAuthor(bo, u"rs_team_ana"_s), 0);
        QCOMPARE(run(ana, u"SELECT 1 FROM annotations WHERE author = 'rs_team_bo'"_s), 0);
        QCOMPARE(run(ana, u"SELECT 1 FROM annotation_tags WHERE annotation_id = %1"_s.arg(m_bosNote)), 0);
        Annotation hidden;
        QVERIFY(!AnnotationStore(ana).annotation(m_bosNote, &hidden));
        QCOMPARE(AnnotationStore(li).allAnnotations().size(), all); // the lead sees everyone's
        Database cy;
        QVERIFY(cy.open(urlAs(u"rs_team_cy"_s)));
        QCOMPARE(AnnotationStore(cy).allAnnotations().size(), 0);

        QVERIFY2(PostgresTeam::setBlind(li, false, &error), qPrintable(error));
        QVERIFY(PostgresTeam::isBlind(bo, &blind) && !blind);
        QCOMPARE(AnnotationStore(ana).allAnnotations().size(), all);
        QCOMPARE(run(ana, u"SELECT 1 FROM annotation_tags WHERE annotation_id = %1"_s.arg(m_bosNote)), 1);
    }

    // The lead resolves anyone's annotation and deletes reports (their annotations go with them).
    void leadChangesAnything()
    {
        Database li;
        QVERIFY(li.open(urlAs(u"rs_team_li"_s)));
        QCOMPARE(run(li, u"UPDATE annotations SET status = 'reviewed' WHERE id = %1"_s.arg(m_bosNote)), 1);
        QCOMPARE(run(li, u"DELETE FROM articles WHERE id = %1"_s.arg(m_report)), 1);
        QCOMPARE(AnnotationStore(li).allAnnotations().size(), 0);
    }

    void cleanupTestCase()
    {
        if (m_name.isEmpty())
            return;
        m_server.dropDatabases();
        PostgresTestServer::runAsAdmin(
            {u"DROP ROLE IF EXISTS rs_team_li, rs_team_ana, rs_team_bo, rs_team_cy"_s});
    }
};

QTEST_GUILESS_MAIN(TestPostgresTeam)
#include "tst_postgresteam.moc"
