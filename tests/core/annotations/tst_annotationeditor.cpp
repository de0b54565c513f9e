#include "AnnotatedReportFixture.h"
#include "PostgresTestServer.h"
#include "annotations/AnnotationEditor.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/DatabaseDialect.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace rs;

// Every codebook and annotation action changes the database as asked, and undo/redo restore the exact
// states before and after it. CTest runs the suite on SQLite and again on PostgreSQL
// (tst_annotationeditor_postgresql), each test on a new database.
class TestAnnotationEditor : public QObject
{
    Q_OBJECT

    AnnotatedReportFixture m_fixture;
    const QString m_body = QStringLiteral("发放人才政策补贴近1.5亿元，引进博士45人。培训全区干部1万余人次。");

    struct Snapshot
    {
        QVector<Tag> tags;
        QVector<Annotation> annotations;
        bool operator==(const Snapshot& other) const
        {
            return tags == other.tags && annotations == other.annotations;
        }
    };
    Snapshot snapshot() const { return {m_fixture.store->tags(), m_fixture.store->allAnnotations()}; }

    // Undo gives back `before`, redo `after`, twice over.
    void checkUndoRedo(const Snapshot& before, const Snapshot& after)
    {
        QVERIFY(!(before == after));
        for (int round = 0; round < 2; ++round) {
            m_fixture.editor->undoStack()->undo();
            QVERIFY(snapshot() == before);
            m_fixture.editor->undoStack()->redo();
            QVERIFY(snapshot() == after);
        }
    }

    int offsetOf(const QString& text) const { return int(m_body.indexOf(text)); }
    qint64 annotateText(const QString& text, const QVector<qint64>& tags)
    {
        return m_fixture.editor->annotate(m_fixture.article, m_body, offsetOf(text),
                                          offsetOf(text) + int(text.size()), tags);
    }

    // Another connection holds the write lock on the codebook and the annotations until it commits; the
    // fixture's connection gives up waiting for it after 10 ms.
    bool holdWriteLock(Database& other)
    {
        QSqlQuery wait(m_fixture.db->connection());
        if (!other.beginWrite() ||
            !wait.exec(m_fixture.db->isPostgres() ? QStringLiteral("SET lock_timeout = '10ms'")
                                                  : QStringLiteral("PRAGMA busy_timeout = 10")))
            return false;
        // SQLite's write lock is the database's; PostgreSQL locks rows and tables.
        return !other.isPostgres() ||
               QSqlQuery(other.connection())
                   .exec(QStringLiteral("LOCK TABLE tags, annotations IN EXCLUSIVE MODE"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (PostgresTestServer::wanted() && !PostgresTestServer::skipReason().isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
    }

    void init()
    {
        NewArticle article;
        article.report.body = m_body;
        article.report.metadata.title = QStringLiteral("金湾区人才工作");
        QVERIFY(m_fixture.reset(QStringLiteral("a.sqlite"), article));
        m_fixture.editor->setAuthor(QStringLiteral("李分析"));
    }

    void createTagIsUndoable()
    {
        QSignalSpy changed(m_fixture.editor.get(), &AnnotationEditor::codebookChanged);
        const Snapshot before = snapshot();
        const qint64 id = m_fixture.editor->createTag(QStringLiteral("人才政策"), 0, QColor(Qt::red),
                                                      QStringLiteral("补贴等"));
        QVERIFY(id > 0);
        Tag tag;
        QVERIFY(m_fixture.store->tag(id, &tag));
        QCOMPARE(tag.name, QStringLiteral("人才政策"));
        QCOMPARE(tag.color, QColor(Qt::red));
        QCOMPARE(tag.description, QStringLiteral("补贴等"));
        QVERIFY(!tag.guid.isEmpty());
        QCOMPARE(changed.count(), 1);
        checkUndoRedo(before, snapshot());
        QCOMPARE(m_fixture.store->tags().first().id, id); // redo keeps the id the first run got
    }

    void invalidTagNamesAreRefused()
    {
        QString error;
        QVERIFY2(m_fixture.editor->createTag(QStringLiteral("干部"), 0, QColor(), QString(), &error) > 0,
                 qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(m_fixture.editor->createTag(QStringLiteral("干部"), 0, QColor(), QString(), &error), 0);
        QVERIFY2(error.contains(QStringLiteral("already a tag “干部”")), qPrintable(error));
        error.clear();
        QCOMPARE(m_fixture.editor->createTag(QStringLiteral("  "), 0, QColor(), QString(), &error), 0);
        QVERIFY2(error.contains(QStringLiteral("without “/”")), qPrintable(error));
        QCOMPARE(m_fixture.editor->createTag(QStringLiteral("a/b")), 0); // a null error is allowed
        QCOMPARE(m_fixture.editor->undoStack()->count(), 1);
    }

    void tagPathCreatesMissingTagsInOneStep()
    {
        const qint64 policy = m_fixture.editor->createTag(QStringLiteral("政策"));
        const Snapshot before = snapshot();
        const qint64 leaf = m_fixture.editor->ensureTagPath(QStringLiteral("政策/人才/补贴"));
        QVERIFY(leaf > 0);
        QCOMPARE(m_fixture.store->tagByPath(QStringLiteral("政策/人才/补贴")), leaf);
        QCOMPARE(m_fixture.store->tags().size(), 3);
        QCOMPARE(m_fixture.store->tags().at(1).parentId, policy);
        QCOMPARE(m_fixture.editor->ensureTagPath(QStringLiteral("政策/人才/补贴")),
                 leaf); // nothing new, no step
        QCOMPARE(m_fixture.editor->undoStack()->count(), 2);
        checkUndoRedo(before, snapshot());
    }

    void renameRecolourDescribeAndMoveAreUndoable()
    {
        const qint64 a = m_fixture.editor->createTag(QStringLiteral("A"));
        const qint64 b = m_fixture.editor->createTag(QStringLiteral("B"));
        Snapshot before = snapshot();
        QVERIFY(m_fixture.editor->renameTag(a, QStringLiteral("人才驿站")));
        checkUndoRedo(before, snapshot());
        before = snapshot();
        QVERIFY(m_fixture.editor->recolorTag(a, QColor(QStringLiteral("#123456"))));
        checkUndoRedo(before, snapshot());
        before = snapshot();
        QVERIFY(m_fixture.editor->describeTag(a, QStringLiteral("说明")));
        checkUndoRedo(before, snapshot());
        before = snapshot();
        QVERIFY(m_fixture.editor->moveTag(a, b));
        Tag moved;
        QVERIFY(m_fixture.store->tag(a, &moved));
        QCOMPARE(moved.parentId, b);
        QCOMPARE(moved.name, QStringLiteral("人才驿站"));
        QCOMPARE(moved.color, QColor(QStringLiteral("#123456")));
        checkUndoRedo(before, snapshot());
        QString error;
        QVERIFY(!m_fixture.editor->moveTag(b, a, &error)); // into its own sub-tag
        QVERIFY2(error.contains(QStringLiteral("cannot move into itself")), qPrintable(error));
    }

    void annotateAndEditAreUndoable()
    {
        const qint64 policy = m_fixture.editor->createTag(QStringLiteral("人才政策"));
        const qint64 check = m_fixture.editor->createTag(QStringLiteral("待核实"));
        QSignalSpy changed(m_fixture.editor.get(), &AnnotationEditor::annotationsChanged);
        Snapshot before = snapshot();
        const qint64 id = annotateText(QStringLiteral("发放人才政策补贴近1.5亿元"), {policy});
        QVERIFY(id > 0);
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.first().first().value<QSet<qint64>>().contains(m_fixture.article));
        Annotation a;
        QVERIFY(m_fixture.store->annotation(id, &a));
        QCOMPARE(a.anchor.start, 0);
        QCOMPARE(a.anchor.quote, QStringLiteral("发放人才政策补贴近1.5亿元"));
        QCOMPARE(a.anchor.suffix, m_body.mid(a.anchor.end, TextAnchor::contextLength));
        QCOMPARE(a.author, QStringLiteral("李分析"));
        QCOMPARE(int(a.status), int(Annotation::Status::ToReview));
        QVERIFY(a.createdAt.isValid());
        checkUndoRedo(before, snapshot());

        before = snapshot();
        QVERIFY(m_fixture.editor->setNote(id, QStringLiteral("与蓬江区比较")));
        checkUndoRedo(before, snapshot());
        before = snapshot();
        QVERIFY(m_fixture.editor->setStatus(id, Annotation::Status::Flagged));
        checkUndoRedo(before, snapshot());
        before = snapshot();
        QVERIFY(m_fixture.editor->addTag(id, check));
        QVERIFY(m_fixture.store->annotation(id, &a));
        QCOMPARE(a.tagIds, (QVector<qint64>{policy, check}));
        checkUndoRedo(before, snapshot());
        before = snapshot();
        QVERIFY(m_fixture.editor->setTags(id, {check}));
        checkUndoRedo(before, snapshot());
        before = snapshot();
        QVERIFY(m_fixture.editor->reattach(id, m_body, offsetOf(QStringLiteral("引进博士45人")),
                                           offsetOf(QStringLiteral("引进博士45人")) + 7));
        QVERIFY(m_fixture.store->annotation(id, &a));
        QCOMPARE(a.anchor.quote, QStringLiteral("引进博士45人"));
        checkUndoRedo(before, snapshot());
        before = snapshot();
        QVERIFY(m_fixture.editor->removeAnnotation(id));
        QVERIFY(m_fixture.store->allAnnotations().isEmpty());
        checkUndoRedo(before, snapshot());

        QCOMPARE(m_fixture.editor->annotate(m_fixture.article, m_body, 3, 3, {policy}), 0); // empty selection
    }

    void overlappingAnnotationsCoexist()
    {
        const qint64 policy = m_fixture.editor->createTag(QStringLiteral("人才政策"));
        const qint64 figure = m_fixture.editor->createTag(QStringLiteral("数字"));
        QVERIFY(annotateText(QStringLiteral("发放人才政策补贴近1.5亿元"), {policy}) > 0);
        QVERIFY(annotateText(QStringLiteral("近1.5亿元"), {figure}) > 0);
        QCOMPARE(m_fixture.store->annotations(m_fixture.article).size(), 2);
    }

    void mergeMovesAnnotationsAndSubTags()
    {
        const qint64 source = m_fixture.editor->createTag(QStringLiteral("人才补贴"));
        const qint64 child = m_fixture.editor->createTag(QStringLiteral("博士"), source);
        const qint64 target = m_fixture.editor->createTag(QStringLiteral("人才政策"));
        const qint64 both = annotateText(QStringLiteral("发放人才政策补贴"), {source, target});
        const qint64 onlySource = annotateText(QStringLiteral("引进博士45人"), {source});
        const Snapshot before = snapshot();
        QVERIFY(m_fixture.editor->mergeTags(source, target));
        Tag tag;
        QVERIFY(!m_fixture.store->tag(source, &tag));
        QVERIFY(m_fixture.store->tag(child, &tag));
        QCOMPARE(tag.parentId, target);
        Annotation a;
        QVERIFY(m_fixture.store->annotation(both, &a));
        QCOMPARE(a.tagIds, QVector<qint64>{target});
        QVERIFY(m_fixture.store->annotation(onlySource, &a));
        QCOMPARE(a.tagIds, QVector<qint64>{target});
        checkUndoRedo(before, snapshot());
        QVERIFY(!m_fixture.editor->mergeTags(target, child));
    }

    void deleteAsksWhatHappensToAnnotations_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("annotationsLeft");
        QTest::addColumn<bool>("parentTagged");
        QTest::newRow("keep") << int(AnnotationEditor::DeletePolicy::KeepAnnotations) << 3 << false;
        QTest::newRow("move to parent") << int(AnnotationEditor::DeletePolicy::MoveToParent) << 3 << true;
        QTest::newRow("delete") << int(AnnotationEditor::DeletePolicy::DeleteAnnotations) << 1 << false;
    }

    void deleteAsksWhatHappensToAnnotations()
    {
        QFETCH(int, policy);
        QFETCH(int, annotationsLeft);
        QFETCH(bool, parentTagged);
        const qint64 parent = m_fixture.editor->createTag(QStringLiteral("政策"));
        const qint64 doomed = m_fixture.editor->createTag(QStringLiteral("补贴"), parent);
        const qint64 grandChild = m_fixture.editor->createTag(QStringLiteral("博士补贴"), doomed);
        const qint64 other = m_fixture.editor->createTag(QStringLiteral("其他"));
        annotateText(QStringLiteral("发放人才政策补贴"), {doomed});
        annotateText(QStringLiteral("引进博士45人"), {grandChild});
        const qint64 keeps = annotateText(QStringLiteral("培训全区干部"), {doomed, other});
        const Snapshot before = snapshot();
        QVERIFY(m_fixture.editor->deleteTag(doomed, AnnotationEditor::DeletePolicy(policy)));
        QCOMPARE(m_fixture.store->tags().size(), 2); // the sub-tag went with it
        QCOMPARE(m_fixture.store->allAnnotations().size(), annotationsLeft);
        Annotation a;
        QVERIFY(m_fixture.store->annotation(keeps, &a));
        QVERIFY(a.tagIds.contains(other));
        QVERIFY(!a.tagIds.contains(doomed));
        QCOMPARE(a.tagIds.contains(parent), parentTagged);
        checkUndoRedo(before, snapshot());
    }

    void autocodeTagsEveryPassageOnce()
    {
        const qint64 tag = m_fixture.editor->createTag(QStringLiteral("干部培训"));
        const int start = offsetOf(QStringLiteral("培训全区干部"));
        PassageRef passage{m_fixture.article, TextAnchor::fromBody(m_body, start, start + 6)};
        const Snapshot before = snapshot();
        QCOMPARE(m_fixture.editor->autocode({passage, passage}, tag), 1); // one annotation per distinct range
        QCOMPARE(m_fixture.store->annotations(m_fixture.article).size(), 1);
        checkUndoRedo(before, snapshot());
        QCOMPARE(m_fixture.editor->autocode({passage}, tag), 0); // already tagged
    }

    // An edit the database refuses (another program holds the write lock) says why in words through the
    // error out-parameter, changes nothing and leaves no step on the undo stack; the same edit goes
    // through once the lock is released.
    void refusedEditsSayWhyAndLeaveNoStep()
    {
        Database other;
        QVERIFY2(other.open(m_fixture.location), qPrintable(other.error()));
        QVERIFY(holdWriteLock(other));
        QSignalSpy changed(m_fixture.editor.get(), &AnnotationEditor::codebookChanged);
        QString error;
        QCOMPARE(m_fixture.editor->createTag(QStringLiteral("政策"), 0, QColor(), QString(), &error), 0);
        QVERIFY2(error.contains(QStringLiteral("in use by another program")), qPrintable(error));
        QCOMPARE(m_fixture.editor->undoStack()->count(), 0);
        QCOMPARE(changed.count(), 0);
        QVERIFY(other.connection().commit());

        error.clear();
        QVERIFY(m_fixture.editor->createTag(QStringLiteral("政策"), 0, QColor(), QString(), &error) > 0);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_fixture.editor->undoStack()->count(), 1);
        QCOMPARE(changed.count(), 1);

        // A store's own refusal: what is not there is named, the database's failures are words too.
        Tag missing;
        QVERIFY(!m_fixture.store->tag(999, &missing, &error));
        QCOMPARE(error, QStringLiteral("no tag 999"));
        QVERIFY(holdWriteLock(other));
        error.clear();
        Tag tag;
        tag.name = QStringLiteral("人才");
        QCOMPARE(m_fixture.store->insertTag(tag, false, &error), 0);
        QVERIFY2(error.contains(QStringLiteral("Storing tag “人才” failed")) &&
                     error.contains(QStringLiteral("in use by another program")),
                 qPrintable(error));
        QVERIFY(other.connection().commit());
    }

    void storeFindsByFilter()
    {
        const qint64 parent = m_fixture.editor->createTag(QStringLiteral("政策"));
        const qint64 child = m_fixture.editor->createTag(QStringLiteral("补贴"), parent);
        const qint64 id = annotateText(QStringLiteral("发放人才政策补贴"), {child});
        m_fixture.editor->setNote(id, QStringLiteral("核对金额"));
        annotateText(QStringLiteral("引进博士45人"), {parent});
        AnnotationFilter filter;
        filter.tagIds = m_fixture.editor->subtree(parent);
        QCOMPARE(m_fixture.store->find(filter).size(), 2);
        filter.tagIds = {parent};
        QCOMPARE(m_fixture.store->find(filter).size(), 1);
        filter = {};
        filter.text = QStringLiteral("金额");
        QCOMPARE(m_fixture.store->find(filter).size(), 1);
        QCOMPARE(m_fixture.store->find(filter).first().articleTitle, QStringLiteral("金湾区人才工作"));
        filter = {};
        filter.status = Annotation::Status::Reviewed;
        QCOMPARE(m_fixture.store->find(filter).size(), 0);
        filter.status = Annotation::Status::ToReview;
        filter.author = QStringLiteral("李分析");
        QCOMPARE(m_fixture.store->find(filter).size(), 2);
        const auto counts = m_fixture.store->tagCountsByRegion();
        QCOMPARE(counts.value(QString()).value(child), 1);
        QCOMPARE(counts.value(QString()).value(parent), 1);
    }

    // Two analysts on one database (issue 18): the second changes the note the first has open; the
    // first's save from the version it saw is a conflict holding both sides, and nothing is overwritten.
    // Saved again from their version, it applies. Undoing it after the other changed the row once more
    // is refused too. Every write bumps the row's version.
    void staleChangeIsAConflict()
    {
        const qint64 tag = m_fixture.editor->createTag(QStringLiteral("政策"));
        const qint64 id = annotateText(QStringLiteral("发放人才政策补贴"), {tag});
        Annotation seen;
        QVERIFY(m_fixture.store->annotation(id, &seen));
        QCOMPARE(seen.version, 1);

        Database other;
        QVERIFY2(other.open(m_fixture.location), qPrintable(other.error()));
        AnnotationStore theirStore(other);
        AnnotationEditor theirEditor(theirStore);
        QString error;
        QVERIFY2(theirEditor.setNote(id, QStringLiteral("他们的备注"), &error), qPrintable(error));

        QVERIFY(!m_fixture.editor->setNote(seen, QStringLiteral("我的备注"), &error));
        QVERIFY2(error.contains(QStringLiteral("after you opened it")), qPrintable(error));
        QCOMPARE(int(m_fixture.store->lastFailure()), int(DatabaseDialect::Failure::Conflict));
        QVERIFY(m_fixture.store->conflict().has_value());
        QCOMPARE(m_fixture.store->conflict()->mine.note, QStringLiteral("我的备注"));
        QVERIFY(m_fixture.store->conflict()->theirs.has_value());
        QCOMPARE(m_fixture.store->conflict()->theirs->note, QStringLiteral("他们的备注"));
        QCOMPARE(m_fixture.store->conflict()->theirs->version, 2);
        Annotation now;
        QVERIFY(m_fixture.store->annotation(id, &now));
        QCOMPARE(now.note, QStringLiteral("他们的备注"));
        QCOMPARE(m_fixture.editor->undoStack()->count(), 2); // the refused change is no step

        // "Apply mine again": from their version it goes through.
        const Annotation theirs = *m_fixture.store->conflict()->theirs;
        QVERIFY2(m_fixture.editor->setNote(theirs, QStringLiteral("我的备注"), &error), qPrintable(error));
        QVERIFY(m_fixture.store->annotation(id, &now));
        QCOMPARE(now.note, QStringLiteral("我的备注"));
        QCOMPARE(now.version, 3);

        // Undo and redo of one's own steps follow the versions they leave...
        m_fixture.editor->undoStack()->undo();
        QVERIFY(m_fixture.store->annotation(id, &now));
        QCOMPARE(now.note, QStringLiteral("他们的备注"));
        m_fixture.editor->undoStack()->redo();
        QVERIFY(m_fixture.store->annotation(id, &now));
        QCOMPARE(now.note, QStringLiteral("我的备注"));
        // ...but the other analyst changes it once more, and the undo is refused, saying why.
        QVERIFY2(theirEditor.setStatus(id, Annotation::Status::Flagged, &error), qPrintable(error));
        QSignalSpy refused(m_fixture.editor.get(), &AnnotationEditor::stepRefused);
        m_fixture.editor->undoStack()->undo();
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.first().first().toString().contains(QStringLiteral("could not be undone")),
                 qPrintable(refused.first().first().toString()));
        QVERIFY(m_fixture.store->annotation(id, &now));
        QCOMPARE(now.note, QStringLiteral("我的备注"));
        QCOMPARE(now.status, Annotation::Status::Flagged);

        // A deletion from a stale version is refused as well; the row stays.
        QVERIFY(!m_fixture.store->removeAnnotation(seen, &error));
        QVERIFY2(error.contains(QStringLiteral("after you opened it")), qPrintable(error));
        QVERIFY(m_fixture.store->annotation(id, &now));
        // Deleted by the other analyst: the conflict says so and has no "theirs".
        QVERIFY(theirStore.removeAnnotation(id));
        QVERIFY(!m_fixture.editor->setNote(now, QStringLiteral("太迟"), &error));
        QVERIFY2(error.contains(QStringLiteral("deleted this annotation")), qPrintable(error));
        QVERIFY(m_fixture.store->conflict().has_value());
        QVERIFY(!m_fixture.store->conflict()->theirs.has_value());
    }

    // The codebook carries versions too: renaming a tag another analyst renamed since is refused.
    void staleTagChangeIsAConflict()
    {
        const qint64 tag = m_fixture.editor->createTag(QStringLiteral("政策"));
        Tag seen;
        QVERIFY(m_fixture.store->tag(tag, &seen));
        QCOMPARE(seen.version, 1);
        Database other;
        QVERIFY2(other.open(m_fixture.location), qPrintable(other.error()));
        AnnotationStore theirStore(other);
        Tag theirs = seen;
        theirs.name = QStringLiteral("人才政策");
        QString error;
        QVERIFY2(theirStore.updateTag(theirs, &error), qPrintable(error));
        Tag mine = seen;
        mine.name = QStringLiteral("产业政策");
        QVERIFY(!m_fixture.store->updateTag(mine, &error));
        QVERIFY2(error.contains(QStringLiteral("now “人才政策”")), qPrintable(error));
        QCOMPARE(int(m_fixture.store->lastFailure()), int(DatabaseDialect::Failure::Conflict));
        QVERIFY(m_fixture.store->tag(tag, &seen));
        QCOMPARE(seen.name, QStringLiteral("人才政策"));
        QCOMPARE(seen.version, 2);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationEditor)
#include "tst_annotationeditor.moc"
