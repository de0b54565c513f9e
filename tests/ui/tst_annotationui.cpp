#include "ImportController.h"
#include "MainWindow.h"
#include "ReaderPane.h"
#include "annotations/AnnotationBrowser.h"
#include "annotations/AnnotationController.h"
#include "annotations/AnnotationDetails.h"
#include "annotations/AnnotationEditor.h"
#include "annotations/AnnotationFilterBar.h"
#include "annotations/AnnotationMarginBar.h"
#include "annotations/AutoCodeDialog.h"
#include "annotations/CodebookPane.h"
#include "annotations/TagPalette.h"
#include "compare/CompareColumn.h"
#include "compare/CompareWindow.h"
#include "gazetteer/Gazetteer.h"
#include "models/AnnotationTableModel.h"
#include "models/CodebookModel.h"
#include "models/Corpus.h"
#include "models/ReportTableModel.h"
#include "storage/AnnotationStore.h"

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTreeView>
#include <QUndoGroup>

using namespace rs;

// The annotation editor driven offscreen as an analyst would: select a passage in the reader, tag it,
// see it in the margin and the browser, edit its note, undo and redo; the palette and auto-code too.
class TestAnnotationUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Corpus> m_corpus;
    std::unique_ptr<MainWindow> m_window;

    AnnotationController* controller() const { return m_window->annotations(); }
    AnnotationEditor* editor() const { return m_corpus->annotationEditor(); }

    // Selects the first occurrence of text in the reader's report.
    bool selectInReader(const QString& text)
    {
        ReaderPane* reader = m_window->readerPane();
        const int start = int(reader->article().body.indexOf(text));
        if (start < 0)
            return false;
        reader->highlightRange(start, start + int(text.size()));
        int from = 0;
        int to = 0;
        return reader->selectedBodyRange(&from, &to) && from == start && to == start + text.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_corpus = std::make_unique<Corpus>(Gazetteer::builtin());
        QVERIFY(m_corpus->open(m_dir.filePath(QStringLiteral("annotations.sqlite"))));
        m_window = std::make_unique<MainWindow>(*m_corpus);
        m_window->resize(1600, 1000);
        m_window->show();
        QSignalSpy finished(m_window->importer(), &ImportController::finished);
        m_window->importSampleCorpus();
        QVERIFY(finished.wait(60000));
        QTRY_VERIFY(m_window->readerPane()->articleId() > 0);
        QVERIFY(m_window->findChild<QDockWidget*>(QStringLiteral("codebookDock"))->isVisible());
    }

    void tagsTheSelectionAndUndoesIt()
    {
        const qint64 tag = editor()->createTag(QStringLiteral("人才政策"));
        QVERIFY(tag > 0);
        QVERIFY(selectInReader(QStringLiteral("人才")));
        const qint64 articleId = m_window->readerPane()->articleId();
        AnnotationMarginBar* margin = m_window->readerPane()->marginBar();
        QCOMPARE(margin->marks().size(), 0);

        const qint64 id = controller()->tagSelection(tag);
        QVERIFY(id > 0);
        const QVector<Annotation> stored = m_corpus->annotations()->annotations(articleId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().anchor.quote, QStringLiteral("人才"));
        QCOMPARE(stored.first().tagIds, QVector<qint64>{tag});
        QCOMPARE(margin->marks().size(), 1);
        QCOMPARE(margin->marks().first().colors.size(), 1);
        QVERIFY(margin->markRect(0).height() > 0);
        // The reader keeps the selection after re-rendering.
        QVERIFY(m_window->readerPane()->textView()->textCursor().hasSelection());

        QUndoGroup* undo = controller()->undoGroup();
        QVERIFY(undo->canUndo());
        QCOMPARE(undo->undoText(), QStringLiteral("Tag “人才政策”"));
        undo->undo();
        QVERIFY(m_corpus->annotations()->annotations(articleId).isEmpty());
        QCOMPARE(margin->marks().size(), 0);
        undo->redo();
        QCOMPARE(m_corpus->annotations()->annotations(articleId).size(), 1);
        QCOMPARE(margin->marks().size(), 1);
    }

    void overlappingAnnotationsTakeSeparateLanes()
    {
        const qint64 check = editor()->ensureTagPath(QStringLiteral("待核实"));
        QVERIFY(selectInReader(QStringLiteral("人才")));
        QVERIFY(controller()->tagSelection(check) > 0);
        AnnotationMarginBar* margin = m_window->readerPane()->marginBar();
        QCOMPARE(margin->marks().size(), 2);
        QCOMPARE(margin->laneCount(), 2);
        controller()->undoGroup()->undo();
        QCOMPARE(margin->laneCount(), 1);
    }

    void browserFindsAndOpensThePassage()
    {
        AnnotationBrowser* browser = controller()->browser();
        m_window->findChild<QDockWidget*>(QStringLiteral("annotationsDock"))->show();
        const qint64 tag = m_corpus->annotations()->tagByPath(QStringLiteral("人才政策"));
        browser->showTag(tag);
        QCOMPARE(browser->model()->rowCount(), 1);
        QVERIFY(browser->model()
                    ->index(0, AnnotationTableModel::QuoteColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("【人才】")));

        // Double-click: the reader shows that report with the passage selected.
        const AnnotationRow row = browser->model()->row(0);
        QSignalSpy opened(browser, &AnnotationBrowser::passageRequested);
        QTRY_VERIFY(browser->table()->isVisible() && browser->table()->viewport()->height() > 0);
        QCoreApplication::processEvents();
        // An item view sees a double-click only after the press and release of the first click.
        const QPoint cell = browser->table()->visualRect(browser->model()->index(0, 0)).center();
        QTest::mouseClick(browser->table()->viewport(), Qt::LeftButton, {}, cell);
        QTest::mouseDClick(browser->table()->viewport(), Qt::LeftButton, {}, cell);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(m_window->readerPane()->articleId(), row.annotation.articleId);
        int start = 0;
        int end = 0;
        QVERIFY(m_window->readerPane()->selectedBodyRange(&start, &end));
        QCOMPARE(start, row.annotation.anchor.start);

        // The note typed in the details is saved as one undoable step.
        browser->table()->setCurrentIndex(browser->model()->index(0, 0));
        AnnotationDetails* details = browser->details();
        QCOMPARE(details->annotationId(), row.annotation.id);
        details->noteEdit()->setPlainText(QStringLiteral("与蓬江区比较"));
        details->saveNote();
        Annotation saved;
        QVERIFY(m_corpus->annotations()->annotation(row.annotation.id, &saved));
        QCOMPARE(saved.note, QStringLiteral("与蓬江区比较"));
        QCOMPARE(browser->model()->index(0, AnnotationTableModel::NoteColumn).data().toString(),
                 QStringLiteral("与蓬江区比较"));
        controller()->undoGroup()->undo();
        QVERIFY(m_corpus->annotations()->annotation(row.annotation.id, &saved));
        QVERIFY(saved.note.isEmpty());
        controller()->undoGroup()->redo();

        // Filtering by text in the note.
        browser->filterBar()->setTag(0);
        browser->filterBar()->textEdit()->setText(QStringLiteral("蓬江"));
        QCOMPARE(browser->model()->rowCount(), 1);
        browser->filterBar()->textEdit()->clear();
    }

    void paletteFiltersAndCreatesTags()
    {
        TagPalette palette(*m_corpus->codebook());
        QListWidget* list = palette.list();
        auto visible = [&] {
            QStringList texts;
            for (int i = 0; i < list->count(); ++i) {
                if (!list->item(i)->isHidden())
                    texts << list->item(i)->text();
            }
            return texts;
        };
        QCOMPARE(visible(), (QStringList{QStringLiteral("人才政策"), QStringLiteral("待核实")}));
        palette.filterEdit()->insert(QStringLiteral("核")); // typed (QTest cannot type Chinese)
        QCOMPARE(visible(), (QStringList{QStringLiteral("待核实"), QStringLiteral("Create tag “核”")}));
        QTest::keyClick(palette.filterEdit(), Qt::Key_Return);
        QCOMPARE(palette.result(), int(QDialog::Accepted));
        QCOMPARE(palette.chosenTag(), m_corpus->annotations()->tagByPath(QStringLiteral("待核实")));

        TagPalette create(*m_corpus->codebook());
        create.filterEdit()->insert(QStringLiteral("人才驿站"));
        QStringList offered;
        for (int i = 0; i < create.list()->count(); ++i) {
            if (!create.list()->item(i)->isHidden())
                offered << create.list()->item(i)->text();
        }
        QCOMPARE(offered, QStringList{QStringLiteral("Create tag “人才驿站”")});
        QTest::keyClick(create.filterEdit(), Qt::Key_Return);
        QCOMPARE(create.chosenTag(), 0);
        QCOMPARE(create.newTagPath(), QStringLiteral("人才驿站"));
    }

    void autoCodeTagsThePreviewedPassages()
    {
        AutoCodeDialog dialog(*m_corpus, m_window.get());
        dialog.queryEdit()->setText(QStringLiteral("人才驿站"));
        QSignalSpy ready(&dialog, &AutoCodeDialog::previewReady);
        dialog.runPreview(); // in the background
        QVERIFY(ready.wait(30000));
        const int proposed = dialog.preview()->count();
        QVERIFY(proposed >= 2);
        dialog.preview()->item(0)->setCheckState(Qt::Unchecked); // leave one out
        dialog.tagBox()->setEditText(QStringLiteral("自动/人才驿站"));
        const int before = int(m_corpus->annotations()->allAnnotations().size());
        QCOMPARE(dialog.apply(), proposed - 1);
        QCOMPARE(int(m_corpus->annotations()->allAnnotations().size()), before + proposed - 1);
        controller()->undoGroup()->undo(); // the passages
        QCOMPARE(int(m_corpus->annotations()->allAnnotations().size()), before);
        controller()->undoGroup()->redo();
    }

    void codebookPaneFollowsTheEditor()
    {
        CodebookPane* pane = controller()->codebookPane();
        const qint64 tag = editor()->createTag(QStringLiteral("基层党建"));
        pane->selectTag(tag);
        QCOMPARE(pane->currentTag(), tag);
        QVERIFY(editor()->renameTag(tag, QStringLiteral("基层党建工作")));
        QCOMPARE(pane->view()->model()->data(m_corpus->codebook()->indexOfTag(tag)).toString(),
                 QStringLiteral("基层党建工作"));
        controller()->undoGroup()->undo();
        QCOMPARE(m_corpus->codebook()->path(tag), QStringLiteral("基层党建"));
    }

    void tagsASelectionInTheCompareView()
    {
        const qint64 articleId = m_window->readerPane()->articleId();
        Q_EMIT m_window->readerPane()->addToComparisonRequested(articleId);
        QVERIFY(m_window->compareWindow());
        const QList<CompareColumn*> columns = m_window->compareWindow()->findChildren<CompareColumn*>();
        QCOMPARE(columns.size(), 1);
        CompareColumn* column = columns.first();
        const QString quote = QStringLiteral("人才");
        const int start = int(column->article().body.lastIndexOf(quote));
        QTextCursor cursor(column->textView()->document());
        cursor.setPosition(column->renderer().documentPosition(start));
        cursor.setPosition(column->renderer().documentPosition(start + 1) + 1, QTextCursor::KeepAnchor);
        column->textView()->setTextCursor(cursor);
        int from = 0;
        int to = 0;
        QVERIFY(column->selectedBodyRange(&from, &to));
        QCOMPARE(from, start);
        QCOMPARE(to, start + 2);
        const qint64 tag = m_corpus->annotations()->tagByPath(QStringLiteral("待核实"));
        const int before = int(m_corpus->annotations()->annotations(articleId).size());
        // What the column's context menu sends, with the tag the palette would return.
        QVERIFY(controller()->tagPassage(articleId, from, to, tag) > 0);
        QCOMPARE(int(m_corpus->annotations()->annotations(articleId).size()), before + 1);
        QCOMPARE(m_window->readerPane()->marginBar()->marks().size(), before + 1); // the reader shows it too
        controller()->undoGroup()->undo();
        QCOMPARE(int(m_corpus->annotations()->annotations(articleId).size()), before);
        m_window->compareWindow()->close();
    }

    void codebookFiltersTheReportTable()
    {
        CodebookPane* pane = controller()->codebookPane();
        QAction* filter = nullptr;
        for (QAction* action : pane->findChildren<QAction*>()) {
            if (action->text() == QStringLiteral("Filter Reports by Tag"))
                filter = action;
        }
        QVERIFY(filter);
        const qint64 tag = m_corpus->annotations()->tagByPath(QStringLiteral("人才政策"));
        QSet<qint64> tagged;
        for (const Annotation& a : m_corpus->annotations()->allAnnotations()) {
            if (a.tagIds.contains(tag))
                tagged.insert(a.articleId);
        }
        QVERIFY(!tagged.isEmpty());
        pane->selectTag(tag);
        filter->setChecked(true);
        QCOMPARE(m_corpus->reports()->rowCount(), int(tagged.size()));
        filter->setChecked(false);
        QCOMPARE(m_corpus->reports()->rowCount(), 5);
    }

    void rendersTheEditorForTheDocumentation()
    {
        // The README's screenshot: RS_SCREENSHOT_DIR=dir ctest -R tst_annotationui
        QVERIFY(selectInReader(QStringLiteral("人才")));
        auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("annotationsDock"));
        QVERIFY(dock);
        dock->show();
        controller()->browser()->filterBar()->setTag(0);
        controller()->browser()->table()->setCurrentIndex(controller()->browser()->model()->index(0, 0));
        QCoreApplication::processEvents();
        const QPixmap picture = m_window->grab();
        QCOMPARE(picture.size(), m_window->size());
        const QString dir = qEnvironmentVariable("RS_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(picture.save(QDir(dir).filePath(QStringLiteral("annotations.png"))));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_corpus.reset();
    }
};

QTEST_MAIN(TestAnnotationUi)
#include "tst_annotationui.moc"
