#include "ImportController.h"
#include "MainWindow.h"
#include "PixelCount.h"
#include "ReaderPane.h"
#include "SampleCorpusWindow.h"
#include "annotations/AnnotationBrowser.h"
#include "annotations/AnnotationController.h"
#include "annotations/AnnotationDetails.h"
#include "annotations/AnnotationEditor.h"
#include "annotations/AnnotationFilterBar.h"
#include "annotations/AnnotationMarginBar.h"
#include "annotations/AutoCodeDialog.h"
#include "annotations/CodebookPane.h"
#include "annotations/TagPalette.h"
#include "gazetteer/Gazetteer.h"
#include "models/AnnotationTableModel.h"
#include "models/CodebookModel.h"
#include "models/Corpus.h"
#include "models/MetricReviewer.h"
#include "models/ReportTableModel.h"
#include "models/TagCrossTabModel.h"
#include "sidebyside/SideBySideColumn.h"
#include "sidebyside/SideBySideWindow.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>
#include <QUndoGroup>

#include <cstdlib>

using namespace rs;

// The annotation editor driven offscreen as an analyst would: select a passage in the reader, tag it,
// see it in the margin and the browser, edit its note, undo and redo; the palette and auto-code too.
class TestAnnotationUi : public QObject
{
    Q_OBJECT

    SampleCorpusWindow m_sample;

    AnnotationController* controller() const { return m_sample.window()->annotations(); }
    AnnotationEditor* editor() const { return m_sample.corpus()->annotationEditor(); }

    // Selects the first occurrence of text in the reader's report.
    bool selectInReader(const QString& text)
    {
        ReaderPane* reader = m_sample.window()->readerPane();
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
        QString error;
        QVERIFY2(m_sample.open(QStringLiteral("annotations.sqlite"), &error, QSize(1600, 1000)),
                 qPrintable(error));
        QTRY_VERIFY(m_sample.window()->readerPane()->articleId() > 0);
        QVERIFY(m_sample.window()->findChild<QDockWidget*>(QStringLiteral("codebookDock"))->isVisible());
    }

    void tagsTheSelectionAndUndoesIt()
    {
        const qint64 tag = editor()->createTag(QStringLiteral("人才政策"));
        QVERIFY(tag > 0);
        QVERIFY(selectInReader(QStringLiteral("人才")));
        const qint64 articleId = m_sample.window()->readerPane()->articleId();
        AnnotationMarginBar* margin = m_sample.window()->readerPane()->marginBar();
        QCOMPARE(margin->marks().size(), 0);

        const qint64 id = controller()->tagSelection(tag);
        QVERIFY(id > 0);
        const QVector<Annotation> stored = m_sample.corpus()->annotations()->annotations(articleId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().anchor.quote, QStringLiteral("人才"));
        QCOMPARE(stored.first().tagIds, QVector<qint64>{tag});
        QCOMPARE(margin->marks().size(), 1);
        QCOMPARE(margin->marks().first().colors.size(), 1);
        QVERIFY(margin->markRect(0).height() > 0);
        // The reader keeps the selection after re-rendering.
        QVERIFY(m_sample.window()->readerPane()->textView()->textCursor().hasSelection());

        QUndoGroup* undo = controller()->undoGroup();
        QVERIFY(undo->canUndo());
        QCOMPARE(undo->undoText(), QStringLiteral("Tag “人才政策”"));
        undo->undo();
        QVERIFY(m_sample.corpus()->annotations()->annotations(articleId).isEmpty());
        QCOMPARE(margin->marks().size(), 0);
        undo->redo();
        QCOMPARE(m_sample.corpus()->annotations()->annotations(articleId).size(), 1);
        QCOMPARE(margin->marks().size(), 1);
    }

    void overlappingAnnotationsTakeSeparateLanes()
    {
        const qint64 check = editor()->ensureTagPath(QStringLiteral("待核实"));
        QVERIFY(selectInReader(QStringLiteral("人才")));
        QVERIFY(controller()->tagSelection(check) > 0);
        AnnotationMarginBar* margin = m_sample.window()->readerPane()->marginBar();
        QCOMPARE(margin->marks().size(), 2);
        QCOMPARE(margin->laneCount(), 2);
        controller()->undoGroup()->undo();
        QCOMPARE(margin->laneCount(), 1);
    }

    void browserFindsAndOpensThePassage()
    {
        AnnotationBrowser* browser = controller()->browser();
        m_sample.window()->findChild<QDockWidget*>(QStringLiteral("annotationsDock"))->show();
        const qint64 tag = m_sample.corpus()->annotations()->tagByPath(QStringLiteral("人才政策"));
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
        QCOMPARE(m_sample.window()->readerPane()->articleId(), row.annotation.articleId);
        int start = 0;
        int end = 0;
        QVERIFY(m_sample.window()->readerPane()->selectedBodyRange(&start, &end));
        QCOMPARE(start, row.annotation.anchor.start);

        // The note typed in the details is saved as one undoable step.
        browser->table()->setCurrentIndex(browser->model()->index(0, 0));
        AnnotationDetails* details = browser->details();
        QCOMPARE(details->annotationId(), row.annotation.id);
        details->noteEdit()->setPlainText(QStringLiteral("与蓬江区比较"));
        details->saveNote();
        Annotation saved;
        QVERIFY(m_sample.corpus()->annotations()->annotation(row.annotation.id, &saved));
        QCOMPARE(saved.note, QStringLiteral("与蓬江区比较"));
        QCOMPARE(browser->model()->index(0, AnnotationTableModel::NoteColumn).data().toString(),
                 QStringLiteral("与蓬江区比较"));
        controller()->undoGroup()->undo();
        QVERIFY(m_sample.corpus()->annotations()->annotation(row.annotation.id, &saved));
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
        TagPalette palette(*m_sample.corpus()->codebook());
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
        QCOMPARE(palette.chosenTag(), m_sample.corpus()->annotations()->tagByPath(QStringLiteral("待核实")));

        TagPalette create(*m_sample.corpus()->codebook());
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
        AutoCodeDialog dialog(*m_sample.corpus(), m_sample.window());
        dialog.queryEdit()->setText(QStringLiteral("人才驿站"));
        QSignalSpy ready(&dialog, &AutoCodeDialog::previewReady);
        dialog.runPreview(); // in the background
        QVERIFY(ready.wait(30000));
        const int proposed = dialog.preview()->count();
        QVERIFY(proposed >= 2);
        dialog.preview()->item(0)->setCheckState(Qt::Unchecked); // leave one out
        dialog.tagBox()->setEditText(QStringLiteral("自动/人才驿站"));
        const int before = int(m_sample.corpus()->annotations()->allAnnotations().size());
        QCOMPARE(dialog.apply(), proposed - 1);
        QCOMPARE(int(m_sample.corpus()->annotations()->allAnnotations().size()), before + proposed - 1);
        controller()->undoGroup()->undo(); // the passages
        QCOMPARE(int(m_sample.corpus()->annotations()->allAnnotations().size()), before);
        controller()->undoGroup()->redo();
    }

    void codebookPaneFollowsTheEditor()
    {
        CodebookPane* pane = controller()->codebookPane();
        const qint64 tag = editor()->createTag(QStringLiteral("基层党建"));
        pane->selectTag(tag);
        QCOMPARE(pane->currentTag(), tag);
        QVERIFY(editor()->renameTag(tag, QStringLiteral("基层党建工作")));
        QCOMPARE(pane->view()->model()->data(m_sample.corpus()->codebook()->indexOfTag(tag)).toString(),
                 QStringLiteral("基层党建工作"));
        controller()->undoGroup()->undo();
        QCOMPARE(m_sample.corpus()->codebook()->path(tag), QStringLiteral("基层党建"));
    }

    void tagsASelectionInTheSideBySideView()
    {
        const qint64 articleId = m_sample.window()->readerPane()->articleId();
        Q_EMIT m_sample.window()->readerPane()->addToComparisonRequested(articleId);
        QVERIFY(m_sample.window()->compareWindow());
        const QList<SideBySideColumn*> columns =
            m_sample.window()->compareWindow()->findChildren<SideBySideColumn*>();
        QCOMPARE(columns.size(), 1);
        SideBySideColumn* column = columns.first();
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
        const qint64 tag = m_sample.corpus()->annotations()->tagByPath(QStringLiteral("待核实"));
        const int before = int(m_sample.corpus()->annotations()->annotations(articleId).size());
        // What the column's context menu sends, with the tag the palette would return.
        QVERIFY(controller()->tagPassage(articleId, from, to, tag) > 0);
        QCOMPARE(int(m_sample.corpus()->annotations()->annotations(articleId).size()), before + 1);
        QCOMPARE(m_sample.window()->readerPane()->marginBar()->marks().size(),
                 before + 1); // the reader shows it too
        // The column shows it as the reader does: a bar in its margin.
        QCOMPARE(column->marginBar()->marks().size(), before + 1);
        QVERIFY(column->marginBar()->markRect(0).height() > 0);
        controller()->undoGroup()->undo();
        QCOMPARE(int(m_sample.corpus()->annotations()->annotations(articleId).size()), before);
        m_sample.window()->compareWindow()->close();
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
        const qint64 tag = m_sample.corpus()->annotations()->tagByPath(QStringLiteral("人才政策"));
        QSet<qint64> tagged;
        for (const Annotation& a : m_sample.corpus()->annotations()->allAnnotations()) {
            if (a.tagIds.contains(tag))
                tagged.insert(a.articleId);
        }
        QVERIFY(!tagged.isEmpty());
        pane->selectTag(tag);
        filter->setChecked(true);
        QCOMPARE(m_sample.corpus()->reports()->rowCount(), int(tagged.size()));
        filter->setChecked(false);
        QCOMPARE(m_sample.corpus()->reports()->rowCount(), 5);
    }

    // One roll-up rule: the Codebook and By Region count a parent tag's passages with its sub-tags',
    // a passage holding both once.
    void rollUpCountsAgreeAcrossViews()
    {
        const qint64 parent = editor()->ensureTagPath(QStringLiteral("政策"));
        const qint64 child = editor()->ensureTagPath(QStringLiteral("政策/人才补贴"));
        QVERIFY(parent > 0 && child > 0);
        const qint64 articleId = m_sample.window()->readerPane()->articleId();
        const QString body = m_sample.window()->readerPane()->article().body;
        const int first = int(body.indexOf(QStringLiteral("人才")));
        QVERIFY(first >= 0);
        QVERIFY(editor()->annotate(articleId, body, first, first + 2, {child}) > 0);
        QVERIFY(editor()->annotate(articleId, body, first + 2, first + 6, {parent, child}) > 0);
        CodebookModel* codebook = m_sample.corpus()->codebook();
        const int parentCount =
            codebook->data(codebook->indexOfTag(parent).siblingAtColumn(CodebookModel::CountColumn)).toInt();
        QCOMPARE(parentCount, 2);
        QCOMPARE(
            codebook->data(codebook->indexOfTag(child).siblingAtColumn(CodebookModel::CountColumn)).toInt(),
            2);
        TagCrossTabModel byRegion(*editor(), *codebook, m_sample.corpus()->gazetteer());
        QAbstractItemModelTester tester(&byRegion);
        int total = 0;
        for (int row = 0; row < byRegion.rowCount(); ++row)
            total += byRegion.count(byRegion.index(row, 0).data(TagCrossTabModel::RegionCodeRole).toString(),
                                    parent);
        QCOMPARE(total, parentCount);
        controller()->undoGroup()->undo();
        controller()->undoGroup()->undo();
    }

    // The author comes from the account on first use; the Published filter spans the corpus.
    void authorAndDateFilterDefaults()
    {
        QVERIFY(!editor()->author().isEmpty());
        QCOMPARE(editor()->author(), MetricReviewer::defaultReviewerName());
        QVERIFY(editor()->author() != QDir::home().dirName() ||
                editor()->author() == qEnvironmentVariable("USER") ||
                editor()->author() == QStringLiteral("root"));

        AnnotationFilterBar* bar = controller()->browser()->filterBar();
        const auto [first, last] = m_sample.corpus()->store()->publishedRange();
        QVERIFY(first.isValid() && last.isValid());
        QCOMPARE(bar->fromEdit()->date(), first);
        QCOMPARE(bar->toEdit()->date(), last);
        int dated = 0;
        for (int row = 0; row < controller()->browser()->model()->rowCount(); ++row)
            dated += controller()->browser()->model()->row(row).publishedOn.isValid() ? 1 : 0;
        QVERIFY(dated > 0);
        bar->datesCheck()->setChecked(true); // ticking it hides no dated report
        QCOMPARE(controller()->browser()->model()->rowCount(), dated);
        bar->datesCheck()->setChecked(false);
    }

    // The palette opens beside the selection, not over it.
    void paletteOpensBesideTheSelection()
    {
        QVERIFY(selectInReader(QStringLiteral("人才")));
        const QRect selection = m_sample.window()->readerPane()->selectionGlobalRect();
        QVERIFY(selection.isValid());
        // Where the palette shows (offscreen a popup may close at once, so it is caught on showing).
        struct ShowWatcher : QObject
        {
            QRect shown;
            bool eventFilter(QObject* watched, QEvent* event) override
            {
                if (event->type() == QEvent::Show)
                    if (auto* palette = qobject_cast<TagPalette*>(watched))
                        shown = QRect(palette->pos(), palette->frameGeometry().size());
                return false;
            }
        } watcher;
        qApp->installEventFilter(&watcher);
        QTimer::singleShot(200, this, [this] {
            if (auto* open = m_sample.window()->findChild<TagPalette*>())
                open->reject();
        });
        QCOMPARE(controller()->tagSelection(), qint64(0)); // cancelled
        qApp->removeEventFilter(&watcher);
        const QRect palette = watcher.shown;
        QVERIFY(palette.isValid());
        QVERIFY2(!palette.intersects(selection), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                                .arg(palette.x())
                                                                .arg(palette.y())
                                                                .arg(palette.width())
                                                                .arg(palette.height())));
        // Placement rules: right of the selection with room, else left, else below.
        const QRect screen(0, 0, 1000, 800);
        QCOMPARE(TagPalette::placeBeside(QRect(100, 100, 50, 20), QSize(300, 200), screen), QPoint(161, 100));
        QCOMPARE(TagPalette::placeBeside(QRect(800, 100, 50, 20), QSize(300, 200), screen), QPoint(488, 100));
        QCOMPARE(TagPalette::placeBeside(QRect(0, 100, 1000, 40), QSize(300, 200), screen), QPoint(0, 151));
    }

    // A tooltip over the text goes when the pointer leaves it.
    void tooltipLeavesWithThePointer()
    {
        QWidget* viewport = m_sample.window()->readerPane()->textView()->viewport();
        QToolTip::showText(viewport->mapToGlobal(QPoint(20, 20)), QStringLiteral("近1.5亿元"), viewport);
        QTRY_VERIFY(QToolTip::isVisible());
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(viewport, &leave);
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void rendersTheEditorForTheDocumentation()
    {
        // The README's screenshot: RS_SCREENSHOT_DIR=dir ctest -R tst_annotationui
        QVERIFY(selectInReader(QStringLiteral("人才")));
        auto* dock = m_sample.window()->findChild<QDockWidget*>(QStringLiteral("annotationsDock"));
        QVERIFY(dock);
        dock->show();
        controller()->browser()->filterBar()->setTag(0);
        controller()->browser()->table()->setCurrentIndex(controller()->browser()->model()->index(0, 0));
        QCoreApplication::processEvents();
        const QPixmap picture = m_sample.window()->grab();
        QCOMPARE(picture.size(), m_sample.window()->size());
        // The margin shows the passage's tag colour, the reader the figures' yellow, the editor its table.
        const QImage image = picture.toImage();
        const auto area = [this](const QWidget* widget) {
            return QRect(widget->mapTo(m_sample.window(), QPoint(0, 0)), widget->size());
        };
        AnnotationMarginBar* margin = m_sample.window()->readerPane()->marginBar();
        QVERIFY(!margin->marks().isEmpty() && !margin->marks().first().colors.isEmpty());
        QVERIFY(pixelsNear(image, area(margin), margin->marks().first().colors.first(), 0) > 20);
        const QWidget* reader = m_sample.window()->readerPane()->textView()->viewport();
        QVERIFY(pixelsNear(image, area(reader), QColor(0xFF, 0xE8, 0x9C), 0) > 200);
        const QTableView* table = controller()->browser()->table();
        QVERIFY(table->isVisible() && table->model()->rowCount() > 0);
        // The selected row, drawn active or inactive depending on where the focus is.
        const QRect rows = area(table->viewport());
        QVERIFY(pixelsNear(image, rows, table->palette().color(QPalette::Active, QPalette::Highlight)) +
                    pixelsNear(image, rows, table->palette().color(QPalette::Inactive, QPalette::Highlight)) >
                200);
        const QString dir = qEnvironmentVariable("RS_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(picture.save(QDir(dir).filePath(QStringLiteral("annotations.png"))));
    }

    void cleanupTestCase() { m_sample.close(); }
};

QTEST_MAIN(TestAnnotationUi)
#include "tst_annotationui.moc"
