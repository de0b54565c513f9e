#include "ImportController.h"
#include "MainWindow.h"
#include "MetricsPane.h"
#include "ReaderPane.h"
#include "RegionTreePane.h"
#include "ReportListPane.h"
#include "gazetteer/Gazetteer.h"
#include "models/Corpus.h"
#include "models/MetricTableModel.h"
#include "models/RegionTreeModel.h"
#include "models/ReportTableModel.h"
#include "storage/MetricStore.h"

#include <QLabel>
#include <QSignalSpy>
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
