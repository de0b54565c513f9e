#include "ImportController.h"
#include "MainWindow.h"
#include "MetricsPane.h"
#include "ReaderPane.h"
#include "RegionTreePane.h"
#include "ReportListPane.h"
#include "SearchBar.h"
#include "gazetteer/Gazetteer.h"
#include "metrics/Taxonomy.h"
#include "metrics/TaxonomyFile.h"
#include "models/Corpus.h"
#include "models/MetricTableModel.h"
#include "models/RegionTreeModel.h"
#include "models/ReportTableModel.h"
#include "sidebyside/SideBySideView.h"
#include "sidebyside/SideBySideWindow.h"
#include "storage/MetricStore.h"

#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace rs;

// Drives the main window offscreen as a newcomer would: a new database gets the sample corpus,
// choosing a region filters the list, choosing a report shows it in the reader.
class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void importSamples(MainWindow& window)
    {
        QSignalSpy finished(window.importer(), &ImportController::finished);
        window.importSampleCorpus();
        QVERIFY(finished.wait(60000));
        QTRY_VERIFY(window.readerPane()->articleId() > 0);
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void newcomerSeesSampleCorpus()
    {
        Corpus corpus(Gazetteer::builtin());
        QVERIFY(corpus.open(m_dir.filePath(QStringLiteral("gui.sqlite"))));
        QVERIFY(corpus.wasCreated());
        MainWindow window(corpus);
        window.show();
        QSignalSpy finished(window.importer(), &ImportController::finished);
        window.importSampleCorpus();
        QVERIFY(finished.wait(60000));
        const auto summary = finished.first().first().value<ImportSummary>();
        QCOMPARE(summary.imported, 5);
        QCOMPARE(summary.failed, 0);

        // Report list: 5 rows, the first one selected and shown in the reader.
        QTableView* table = window.reportPane()->view();
        QCOMPARE(table->model()->rowCount(), 5);
        QTRY_VERIFY(window.readerPane()->articleId() > 0);
        QVERIFY(!window.readerPane()->textView()->toPlainText().isEmpty());

        // Region tree: All reports (5), then provinces; choosing 广东省 › 珠海市 › 金湾区 filters to 2
        // reports.
        auto* regions = qobject_cast<RegionTreeModel*>(window.regionPane()->view()->model());
        QVERIFY(regions);
        QCOMPARE(regions->index(0, RegionTreeModel::CountColumn).data().toInt(), 5);
        const QModelIndex jinwan = regions->indexOfRegion(QStringLiteral("440404"));
        QVERIFY(jinwan.isValid());
        window.regionPane()->view()->setCurrentIndex(jinwan);
        QCOMPARE(table->model()->rowCount(), 2);

        // Selecting the second report shows its title and paragraphs.
        table->selectRow(1);
        const qint64 id = corpus.reports()->articleId(1);
        QCOMPARE(window.readerPane()->articleId(), id);
        const QString text = window.readerPane()->textView()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("金湾")));
        QVERIFY(text.startsWith(QStringLiteral("  1  ")));

        // Back to all reports.
        window.regionPane()->view()->setCurrentIndex(regions->index(0, 0));
        QCOMPARE(table->model()->rowCount(), 5);
    }

    void reviewsFiguresThroughThePane()
    {
        Corpus corpus(Gazetteer::builtin());
        QVERIFY(corpus.open(m_dir.filePath(QStringLiteral("review.sqlite"))));
        MainWindow window(corpus);
        window.show();
        QSignalSpy finished(window.importer(), &ImportController::finished);
        window.importSampleCorpus();
        QVERIFY(finished.wait(60000));

        // Open the report that states 近1.5亿元 of talent subsidies.
        qint64 articleId = 0;
        for (int row = 0; row < corpus.reports()->rowCount(); ++row) {
            if (corpus.reports()->index(row, 0).data().toString().startsWith(QStringLiteral("金湾区:")))
                articleId = corpus.reports()->articleId(row);
        }
        QVERIFY(articleId > 0);
        window.reportPane()->selectArticle(articleId);
        MetricsPane* pane = window.metricsPane();
        QCOMPARE(pane->articleId(), articleId);
        int row = -1;
        for (int i = 0; i < pane->model()->rowCount(); ++i) {
            if (pane->model()->metricAt(i).metric.quote == QStringLiteral("近1.5亿元"))
                row = i;
        }
        QVERIFY(row >= 0);

        // Choosing the figure shows its passage in the reader, selected.
        pane->view()->selectRow(row);
        QCOMPARE(window.readerPane()->textView()->textCursor().selectedText(), QStringLiteral("近1.5亿元"));

        QVERIFY(pane->confirmCurrent());
        QCOMPARE(int(pane->model()->metricAt(row).status), int(ReviewedMetric::Status::Confirmed));
        Metric corrected = pane->model()->metricAt(row).metric;
        corrected.value = 149000000;
        QVERIFY(pane->correctCurrent(corrected));
        QCOMPARE(pane->model()->metricAt(row).metric.value, 149000000.0);
        QCOMPARE(corpus.metrics()->reviews(articleId).size(), 1);

        // A figure the extractor missed: select it in the reader and add it.
        const QString body = window.readerPane()->article().body;
        const int start = int(body.indexOf(QStringLiteral("金湾")));
        QVERIFY(start >= 0);
        window.readerPane()->highlightRange(start, start + 2);
        int selStart = 0;
        int selEnd = 0;
        QVERIFY(window.readerPane()->selectedBodyRange(&selStart, &selEnd));
        QCOMPARE(selStart, start);
        QCOMPARE(selEnd, start + 2);
        const int before = pane->model()->rowCount();
        Metric added;
        added.start = selStart;
        added.end = selEnd;
        added.quote = body.mid(selStart, selEnd - selStart);
        added.value = 1;
        QVERIFY(pane->addFigure(added));
        QCOMPARE(pane->model()->rowCount(), before + 1);
    }

    // Titles are what analysts read: every column resizes, the title takes the room the panel gains, and
    // the region tree is wide enough for county names on first start.
    void titleColumnStretchesAndNamesFit()
    {
        Corpus corpus(Gazetteer::builtin());
        QVERIFY(corpus.open(m_dir.filePath(QStringLiteral("columns.sqlite"))));
        MainWindow window(corpus);
        window.resize(1400, 900);
        window.show();
        importSamples(window);
        QTableView* table = window.reportPane()->view();
        QHeaderView* header = table->horizontalHeader();
        for (int column = 0; column < ReportTableModel::ColumnCount; ++column)
            QCOMPARE(header->sectionResizeMode(column), QHeaderView::Interactive);
        QVERIFY(header->isSectionHidden(ReportTableModel::SnippetColumn)); // no search yet
        const int title = header->sectionSize(ReportTableModel::TitleColumn);
        const int date = header->sectionSize(ReportTableModel::DateColumn);
        QVERIFY(title > date);

        // Wider panel: the title gains the width, the short columns keep theirs.
        window.resize(1600, 900);
        QTRY_VERIFY(header->sectionSize(ReportTableModel::TitleColumn) > title + 50);
        QCOMPARE(header->sectionSize(ReportTableModel::DateColumn), date);
        const int sum = header->sectionSize(ReportTableModel::TitleColumn) +
                        header->sectionSize(ReportTableModel::RegionColumn) + date +
                        header->sectionSize(ReportTableModel::SourceColumn) +
                        header->sectionSize(ReportTableModel::LengthColumn);
        QCOMPARE(sum, table->viewport()->width());
        // The analyst widens a short column: the title gives the room, not the window.
        header->resizeSection(ReportTableModel::SourceColumn,
                              header->sectionSize(ReportTableModel::SourceColumn) + 40);
        QVERIFY(header->sectionSize(ReportTableModel::TitleColumn) < sum - date);
        // Long sources have a tooltip.
        QCOMPARE(corpus.reports()->index(0, ReportTableModel::SourceColumn).data(Qt::ToolTipRole),
                 corpus.reports()->index(0, ReportTableModel::SourceColumn).data());

        // Region tree: the deepest names show whole.
        QTreeView* tree = window.regionPane()->view();
        auto* regions = qobject_cast<RegionTreeModel*>(tree->model());
        const QModelIndex jinwan = regions->indexOfRegion(QStringLiteral("440404"));
        tree->scrollTo(jinwan);
        QTRY_VERIFY(tree->visualRect(jinwan).width() >=
                    tree->fontMetrics().horizontalAdvance(jinwan.data().toString()));
    }

    // While a search is active the counts, the status and the sort indicator follow it; each result
    // says why it matched, and the reader highlights every hit with Next / Previous Hit.
    void searchResultsExplainThemselves()
    {
        Corpus corpus(Gazetteer::builtin());
        QVERIFY(corpus.open(m_dir.filePath(QStringLiteral("search.sqlite"))));
        MainWindow window(corpus);
        window.show();
        importSamples(window);
        QHeaderView* header = window.reportPane()->view()->horizontalHeader();
        QVERIFY(header->isSortIndicatorShown());
        auto* regions = qobject_cast<RegionTreeModel*>(window.regionPane()->view()->model());
        QCOMPARE(regions->index(0, RegionTreeModel::CountColumn).data().toInt(), 5);

        QSignalSpy ready(window.searchBar(), &SearchBar::resultsReady);
        window.searchBar()->setText(QStringLiteral("金湾"));
        QVERIFY(ready.wait(30000));
        const int hits = corpus.reports()->rowCount();
        QVERIFY(hits >= 1 && hits < 5);
        QCOMPARE(regions->index(0, RegionTreeModel::CountColumn).data().toInt(), hits);
        QCOMPARE(regions
                     ->data(regions->indexOfRegion(QStringLiteral("440404"))
                                .siblingAtColumn(RegionTreeModel::CountColumn))
                     .toInt(),
                 2);
        QVERIFY2(window.statusLabel()->text().contains(QStringLiteral("%1 of 5").arg(hits)),
                 qPrintable(window.statusLabel()->text()));
        QVERIFY(!header->isSortIndicatorShown()); // best first: no column to point at
        QVERIFY(!header->isSectionHidden(ReportTableModel::SnippetColumn));
        QVERIFY(corpus.reports()
                    ->index(0, ReportTableModel::SnippetColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("金湾")));

        // The reader: every hit highlighted, the first one selected; F3 / Shift+F3 step through them.
        ReaderPane* reader = window.readerPane();
        QTRY_VERIFY(!reader->searchHits().isEmpty());
        const auto hitsInReader = reader->searchHits();
        QCOMPARE(reader->currentHit(), 0);
        int start = 0;
        int end = 0;
        QVERIFY(reader->selectedBodyRange(&start, &end));
        QCOMPARE(start, hitsInReader.first().first);
        QCOMPARE(reader->article().body.mid(start, end - start), QStringLiteral("金湾"));
        QTextCursor cursor(reader->textView()->document());
        cursor.setPosition(reader->documentPosition(hitsInReader.last().first) + 1);
        QVERIFY(cursor.charFormat().background().style() != Qt::NoBrush);
        QAction* next = nullptr;
        QAction* previous = nullptr;
        for (QAction* action : window.findChildren<QAction*>()) {
            if (action->shortcut() == QKeySequence(Qt::Key_F3))
                next = action;
            if (action->shortcut() == QKeySequence(Qt::SHIFT | Qt::Key_F3))
                previous = action;
        }
        QVERIFY(next && previous);
        next->trigger();
        QCOMPARE(reader->currentHit(), hitsInReader.size() > 1 ? 1 : 0);
        previous->trigger();
        QCOMPARE(reader->currentHit(), 0);
        previous->trigger(); // wraps to the last
        QCOMPARE(reader->currentHit(), int(hitsInReader.size()) - 1);

        QSignalSpy cleared(window.searchBar(), &SearchBar::cleared);
        window.searchBar()->setText(QString());
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(regions->index(0, RegionTreeModel::CountColumn).data().toInt(), 5);
        QVERIFY(header->isSortIndicatorShown());
        QCOMPARE(header->sortIndicatorSection(), int(ReportTableModel::DateColumn));
        QVERIFY(header->isSectionHidden(ReportTableModel::SnippetColumn));
        QVERIFY(reader->searchHits().isEmpty());
        QVERIFY(!window.statusLabel()->text().contains(QStringLiteral(" of ")));
    }

    // The reader's header keeps its height from report to report (the text never jumps), its buttons
    // are inside the window, and the Figures pane shows about ten rows, each qualifier once.
    void readerHeaderStaysPutAndFiguresShowRows()
    {
        Corpus corpus(Gazetteer::builtin());
        QVERIFY(corpus.open(m_dir.filePath(QStringLiteral("header.sqlite"))));
        MainWindow window(corpus);
        window.resize(1500, 900);
        window.show();
        importSamples(window);
        ReaderPane* reader = window.readerPane();
        QSet<int> textTops;
        for (int row = 0; row < corpus.reports()->rowCount(); ++row) {
            window.reportPane()->view()->selectRow(row);
            QCoreApplication::processEvents();
            textTops.insert(reader->textView()->mapTo(reader, QPoint(0, 0)).y());
            for (QPushButton* button : reader->findChildren<QPushButton*>()) {
                if (!button->isVisible())
                    continue;
                const QRect inWindow(button->mapTo(&window, QPoint(0, 0)), button->size());
                QVERIFY2(window.rect().contains(inWindow), qPrintable(button->text()));
            }
        }
        QCOMPARE(textTops.size(), 1);

        MetricsPane* figures = window.metricsPane();
        QTRY_VERIFY(figures->view()->viewport()->height() >=
                    8 * figures->view()->verticalHeader()->defaultSectionSize());
        for (int row = 0; row < figures->model()->rowCount(); ++row) {
            const QString qualifier =
                figures->model()->index(row, MetricTableModel::QualifierColumn).data().toString();
            QVERIFY2(!qualifier.contains(QStringLiteral("≥")) && !qualifier.contains(QStringLiteral("≈")),
                     qPrintable(qualifier));
            const QString year =
                figures->model()->index(row, MetricTableModel::PeriodColumn).data().toString();
            QVERIFY2(year != QStringLiteral("(target)") && !year.startsWith(QStringLiteral(" (")),
                     qPrintable(year));
        }
        ReviewedMetric target;
        target.metric.isTarget = true;
        MetricTableModel model(*TaxonomyFile::load());
        model.setMetrics({target});
        QCOMPARE(model.index(0, MetricTableModel::PeriodColumn).data().toString(),
                 QStringLiteral("target, no year given"));
    }

    // No combination of docks makes the window wider than the screen; a dock opens leaving the reader
    // most of the height.
    void docksKeepTheWindowOnScreen()
    {
        Corpus corpus(Gazetteer::builtin());
        QVERIFY(corpus.open(m_dir.filePath(QStringLiteral("docks.sqlite"))));
        MainWindow window(corpus);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect screen = window.screen()->availableGeometry();
        QVERIFY(window.frameGeometry().width() <= screen.width());
        auto* codebook = window.findChild<QDockWidget*>(QStringLiteral("codebookDock"));
        auto* annotations = window.findChild<QDockWidget*>(QStringLiteral("annotationsDock"));
        auto* comparison = window.findChild<QDockWidget*>(QStringLiteral("comparisonDock"));
        QVERIFY(codebook && annotations && comparison);
        codebook->show();
        annotations->show();
        QTest::qWait(50);
        QTRY_VERIFY2(window.frameGeometry().width() <= screen.width(),
                     qPrintable(QString::number(window.frameGeometry().width())));
        QVERIFY(window.frameGeometry().height() <= screen.height());
        QVERIFY(window.minimumSizeHint().width() <= screen.width());
        QVERIFY(annotations->height() < window.height() / 2);
        QVERIFY(window.readerPane()->parentWidget()->height() > annotations->height()); // reader and figures

        // The lower docks are tabs of one area, so their minimum widths do not add up; the window is no
        // wider than the screen, or than the comparison pane's own minimum where that is wider (the
        // 800 px test screen).
        QVERIFY(window.tabifiedDockWidgets(annotations).contains(comparison));
        comparison->show();
        QTest::qWait(50);
        const int frame = window.frameGeometry().width() - window.width();
        const int limit = std::max(screen.width(), window.minimumSize().width() + frame);
        QVERIFY(window.minimumSize().width() < comparison->minimumSizeHint().width() + 40);
        QTRY_VERIFY2(window.frameGeometry().width() <= limit,
                     qPrintable(QStringLiteral("%1 > %2").arg(window.frameGeometry().width()).arg(limit)));
        comparison->hide();
        annotations->hide();
        QTest::qWait(50);
        QTRY_VERIFY(window.frameGeometry().width() <= screen.width());
    }

    // The side-by-side view names themes with the taxonomy the rest of the window uses: the user's file
    // when there is one, not the built-in one.
    void sideBySideUsesTheUserTaxonomy()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString path = TaxonomyFile::userPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"version": 1, "keys": [{"key": "medical_talent", "zh": "医疗卫生人才",
                "en": "Medical talent", "family": "count_people", "units": ["名"], "cues": ["医疗卫生人才"]}]})");
        }
        Corpus corpus(Gazetteer::builtin());
        QVERIFY(corpus.open(m_dir.filePath(QStringLiteral("taxonomy.sqlite"))));
        MainWindow window(corpus);
        QFile::remove(path);
        QStandardPaths::setTestModeEnabled(false);
        Q_EMIT window.readerPane()->addToComparisonRequested(1); // no such report: the window opens empty
        QVERIFY(window.compareWindow());
        const Taxonomy& taxonomy = window.compareWindow()->view()->taxonomy();
        QVERIFY(taxonomy.entry(QStringLiteral("medical_talent")));
        QCOMPARE(taxonomy.entries().size(), 1);
    }

    void readerMapsBodyOffsetsToDocument()
    {
        ReaderPane reader(Gazetteer::builtin());
        StoredArticle article;
        article.id = 7;
        article.title = QStringLiteral("标题");
        article.body = QStringLiteral("培根铸魂\n培训全区干部1万余人次。");
        article.paragraphs = {{0, 4, Paragraph::Kind::Heading},
                              {5, int(article.body.size()), Paragraph::Kind::Text}};
        ReviewedMetric reviewed;
        Metric& metric = reviewed.metric;
        metric.start = int(article.body.indexOf(QStringLiteral("1万余人次")));
        metric.end = metric.start + 5;
        metric.value = 10000;
        reader.showArticle(article, {reviewed});
        const int position = reader.documentPosition(metric.start);
        QVERIFY(position > 0);
        const QString plain = reader.textView()->toPlainText();
        QCOMPARE(plain.mid(position, 5), QStringLiteral("1万余人次"));
        QTextCursor cursor(reader.textView()->document());
        cursor.setPosition(position + 1);
        QVERIFY(cursor.charFormat().background().style() != Qt::NoBrush);
        QCOMPARE(reader.documentPosition(int(article.body.size()) + 10), -1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
