#include "ConnectionBanner.h"
#include "PostgresTestServer.h"
#include "annotations/AnnotationDetails.h"
#include "annotations/AnnotationEditor.h"
#include "annotations/ConflictDialog.h"
#include "gazetteer/Gazetteer.h"
#include "models/CodebookModel.h"
#include "models/Corpus.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/DatabaseNotifier.h"

#include <QApplication>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace rs;
using namespace Qt::StringLiterals;

// Team mode in the GUI (issue 18), offscreen on the test server: another analyst's changes reach the
// panes without a reload, a note another analyst changed while this one typed opens the conflict dialog
// (nothing overwritten unasked), and a note typed while the server was away is kept and saved when it
// answers again.
class TestLiveUi : public QObject
{
    Q_OBJECT

    PostgresTestServer m_server;
    QString m_url;
    std::unique_ptr<Corpus> m_corpus;
    std::unique_ptr<Database> m_other; // the other analyst's connection
    qint64 m_report = 0;

    Annotation passage(int start) const
    {
        Annotation a;
        a.articleId = m_report;
        a.anchor.start = start;
        a.anchor.end = start + 2;
        a.anchor.quote = u"人才"_s;
        a.author = u"bo"_s;
        a.createdAt = a.updatedAt = QDateTime::currentDateTimeUtc();
        return a;
    }

    QString noteInDatabase(qint64 id) const
    {
        Annotation a;
        return AnnotationStore(*m_other).annotation(id, &a) ? a.note : u"(missing)"_s;
    }

    // Runs `act` on the next modal dialog of type T once it is shown.
    template <typename T> static void onNextDialog(std::function<void(T*)> act, bool* seen)
    {
        QTimer::singleShot(50, [act, seen] {
            auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
            if (!dialog) {
                onNextDialog<T>(act, seen);
                return;
            }
            *seen = true;
            act(dialog);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!PostgresTestServer::skipReason().isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
        QString error;
        m_url = m_server.createDatabase(&error);
        QVERIFY2(!m_url.isEmpty(), qPrintable(error));
        m_corpus = std::make_unique<Corpus>(Gazetteer::builtin());
        QVERIFY2(m_corpus->open(m_url), qPrintable(m_corpus->error()));
        QVERIFY(m_corpus->notifier() != nullptr);
        QVERIFY(m_corpus->notifier()->isListening());
        NewArticle report;
        report.report.metadata.title = u"金湾区人才工作"_s;
        report.report.body = u"发放人才政策补贴，引进人才45人。"_s;
        m_report = PostgresTestServer::insertReport(*m_corpus->database(), report, &error);
        QVERIFY2(m_report > 0, qPrintable(error));
        m_other = std::make_unique<Database>();
        QVERIFY2(m_other->open(m_url), qPrintable(m_other->error()));
    }

    void cleanupTestCase()
    {
        m_other.reset();
        m_corpus.reset();
    }

    void othersChangesAppear()
    {
        CodebookModel* codebook = m_corpus->codebook();
        const int tagsBefore = codebook->rowCount();
        QSignalSpy annotations(m_corpus->annotationEditor(), &AnnotationEditor::annotationsChanged);
        Tag tag;
        tag.name = u"人才政策"_s;
        QString error;
        const qint64 tagId = AnnotationStore(*m_other).insertTag(tag, false, &error);
        QVERIFY2(tagId > 0, qPrintable(error));
        QTRY_COMPARE(codebook->rowCount(), tagsBefore + 1);
        Annotation a = passage(2);
        a.tagIds = {tagId};
        QVERIFY(AnnotationStore(*m_other).insertAnnotation(a, false, &error) > 0);
        QTRY_VERIFY(!annotations.isEmpty());
        QVERIFY(annotations.last().first().value<QSet<qint64>>().contains(m_report));
    }

    // The other analyst changes the note while this one types: the typing stays on screen; saving opens
    // the dialog with both notes, and "Apply Mine Again" writes this analyst's over theirs.
    void conflictingNoteAsksFirst()
    {
        QString error;
        const qint64 id = AnnotationStore(*m_other).insertAnnotation(passage(11), false, &error);
        QVERIFY(id > 0);
        AnnotationDetails details(*m_corpus);
        details.setAnnotation(id);
        details.noteEdit()->setPlainText(u"我的备注"_s);

        Annotation theirs;
        QVERIFY(AnnotationStore(*m_other).annotation(id, &theirs));
        theirs.note = u"他们的备注"_s;
        QVERIFY(AnnotationStore(*m_other).updateAnnotation(theirs, &error));
        QSignalSpy changed(m_corpus->annotationEditor(), &AnnotationEditor::annotationsChanged);
        QTRY_VERIFY(!changed.isEmpty());
        details.reload();
        QCOMPARE(details.noteEdit()->toPlainText(), u"我的备注"_s); // what was typed is kept

        bool seen = false;
        QString shownTheirs;
        onNextDialog<ConflictDialog>(
            [&shownTheirs](ConflictDialog* dialog) {
                auto* theirNote = dialog->findChild<QPlainTextEdit*>(ConflictDialog::tr("Their version"));
                shownTheirs = theirNote ? theirNote->toPlainText() : QString();
                dialog->applyMineButton()->click();
            },
            &seen);
        details.saveNote();
        QVERIFY(seen);
        QCOMPARE(shownTheirs, u"他们的备注"_s);
        QCOMPARE(noteInDatabase(id), u"我的备注"_s);

        // Again, choosing theirs: the database keeps theirs and the pane shows it.
        QVERIFY(AnnotationStore(*m_other).annotation(id, &theirs));
        details.noteEdit()->setPlainText(u"第二稿"_s);
        theirs.note = u"他们的第二稿"_s;
        QVERIFY(AnnotationStore(*m_other).updateAnnotation(theirs, &error));
        seen = false;
        onNextDialog<ConflictDialog>([](ConflictDialog* dialog) { dialog->keepTheirsButton()->click(); },
                                     &seen);
        details.saveNote();
        QVERIFY(seen);
        QCOMPARE(noteInDatabase(id), u"他们的第二稿"_s);
        QCOMPARE(details.noteEdit()->toPlainText(), u"他们的第二稿"_s);
    }

    // The server ends this analyst's session while they type: saving says so, keeps the note, and saves
    // it once the connection is back.
    void noteTypedOfflineIsKept()
    {
        QString error;
        const qint64 id = AnnotationStore(*m_other).insertAnnotation(passage(5), false, &error);
        QVERIFY(id > 0);
        DatabaseNotifier* notifier = m_corpus->notifier();
        notifier->setRetryInterval(100);
        AnnotationDetails details(*m_corpus);
        ConnectionBanner banner(*m_corpus);
        details.setAnnotation(id);
        details.noteEdit()->setPlainText(u"断线时写的备注"_s);
        QSqlQuery pid(m_corpus->database()->connection());
        QVERIFY(pid.exec(u"SELECT pg_backend_pid()"_s) && pid.next());
        QVERIFY(
            PostgresTestServer::runAsAdmin({u"SELECT pg_terminate_backend(%1)"_s.arg(pid.value(0).toInt())}));
        pid.finish();

        QSignalSpy lost(m_corpus.get(), &Corpus::connectionLost);
        QSignalSpy restored(m_corpus.get(), &Corpus::connectionRestored);
        bool seen = false;
        QString told;
        onNextDialog<QMessageBox>(
            [&told](QMessageBox* box) {
                told = box->text();
                box->button(QMessageBox::Ok)->click();
            },
            &seen);
        details.saveNote();
        QVERIFY(seen);
        QVERIFY2(told.contains(u"kept"_s), qPrintable(told));
        QVERIFY(lost.count() >= 1);
        QVERIFY(!banner.isHidden());
        QVERIFY2(banner.text().contains(u"was lost"_s) || restored.count() > 0, qPrintable(banner.text()));
        QVERIFY(m_corpus->isConnectionLost() || restored.count() > 0);
        QCOMPARE(details.noteEdit()->toPlainText(), u"断线时写的备注"_s);
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 15000);
        QTRY_COMPARE(noteInDatabase(id), u"断线时写的备注"_s);
        QVERIFY2(banner.text().contains(u"again"_s), qPrintable(banner.text()));
    }
};

QTEST_MAIN(TestLiveUi)
#include "tst_liveui.moc"
