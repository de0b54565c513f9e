#include "ImportController.h"
#include "MainWindow.h"
#include "ReaderPane.h"
#include "SampleCorpusWindow.h"
#include "comparison/ComparisonChartView.h"
#include "comparison/ComparisonPane.h"
#include "comparison/ComparisonTableModel.h"
#include "gazetteer/Gazetteer.h"
#include "models/Corpus.h"
#include "storage/ComparisonStore.h"

#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace rs;

// The pane on the sample corpus, offscreen: the districts reporting a metric, their values and
// units, and a click on a bar or row opening the passage the value came from.
class TestComparisonPane : public QObject
{
    Q_OBJECT

    SampleCorpusWindow m_sample;

    ComparisonPane* pane() const { return m_sample.comparisonPane(); }
    // Loads run on the pane's worker; the result is shown when it comes back.
    bool loaded() const { return m_sample.comparisonLoaded(); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sample.openWithComparisonPane(QStringLiteral("gui.sqlite"), &error), qPrintable(error));
    }

    void mainWindowReadsNoFiguresUntilComparing()
    {
        // A second window on the same corpus, the comparison dock closed and then open at start-up:
        // building and showing the window reads no figure across reports; showing the dock does.
        Corpus corpus(Gazetteer::builtin());
        QVERIFY(corpus.open(m_sample.filePath(QStringLiteral("gui.sqlite"))));
        for (const bool open : {false, true}) {
            QSettings().setValue(QStringLiteral("comparison/open"), open);
            const int before = ComparisonStore::corpusQueries();
            MainWindow window(corpus);
            QCOMPARE(ComparisonStore::corpusQueries(), before);
            if (open)
                continue; // shown, the open dock loads on its worker: that is the point of opening it
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTest::qWait(50);
            QCOMPARE(ComparisonStore::corpusQueries(), before);
            QVERIFY(!window.comparisonPane()->isLoading());
            window.comparisonPane()->parentWidget()->show();
            QTRY_VERIFY(ComparisonStore::corpusQueries() > before);
            QTRY_VERIFY_WITH_TIMEOUT(!window.comparisonPane()->isLoading(), 60000);
            QVERIFY(window.comparisonPane()->model()->rowCount() > 0);
        }
        QSettings().setValue(QStringLiteral("comparison/open"), false);
    }

    void supersededLoadIsCancelled()
    {
        QVERIFY(loaded());
        const int cancelled = pane()->cancelledLoads();
        QSignalSpy finished(pane(), &ComparisonPane::loadFinished);
        pane()->setMetric(QStringLiteral("talent_subsidy_amount"));
        pane()->setMetric(QStringLiteral("cadre_training_attendance")); // before the first one finished
        QVERIFY(loaded());
        QTRY_COMPARE(pane()->cancelledLoads(), cancelled + 1);
        QCOMPARE(finished.count(), 1); // the first load's result was never shown
        QVERIFY(pane()->model()->rowCount() > 0);
        for (const ComparisonRow& row : pane()->model()->rows())
            QCOMPARE(row.key, QStringLiteral("cadre_training_attendance"));
        QCOMPARE(pane()->charts().first().unitLabel, QStringLiteral("人次"));
    }

    void talentSubsidyChart()
    {
        pane()->setMetric(QStringLiteral("talent_subsidy_amount"));
        QVERIFY(loaded());
        QCOMPARE(pane()->charts().size(), 1);
        const ChartData& chart = pane()->charts().first();
        // By default each region's latest year, named with its bar.
        QCOMPARE(chart.categories, QStringList{QStringLiteral("珠海·金湾区 (2022)")});
        QCOMPARE(*chart.series.first().values.first(), 1.5e8);
        QCOMPARE(chart.unitLabel, QStringLiteral("亿元"));
        QCOMPARE(chart.series.first().qualifiers.first(), Qualifier::AtMost);
        // One row per region until the region is drilled into.
        QCOMPARE(pane()->model()->rowCount(), 1);
        QCOMPARE(pane()->model()->row(0).figures, 2);

        ComparisonChartView* view = pane()->chartViews().first();
        QCOMPARE(view->count(), 1);
        QSignalSpy passage(pane(), &ComparisonPane::passageRequested);
        const QChart* clickedChart = view->chart();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->barPosition(0));
        // The drill-down replaces the clicked chart, but only after the press and release: deleting
        // the bar under its own press left the scene a dangling mouse grabber (a crash on release).
        QCOMPARE(view->chart(), clickedChart);
        QTRY_COMPARE(passage.count(), 1);
        // The bar's region lists its figures: the total and, greyed, the 最高20万元 cap.
        QCOMPARE(pane()->model()->rowCount(), 2);
        QCOMPARE(pane()->charts().first().series.first().values.size(), 1);
        QCOMPARE(*pane()->charts().first().series.first().values.first(), 1.5e8);
        const qint64 articleId = passage.first().at(0).toLongLong();
        ReaderPane* reader = m_sample.window()->readerPane();
        QCOMPARE(reader->articleId(), articleId);
        QCOMPARE(reader->textView()->textCursor().selectedText(), QStringLiteral("近1.5亿元"));
        QVERIFY(reader->textView()->toPlainText().contains(QStringLiteral("人才政策补贴")));
    }

    void cadreTrainingChartAndRowClick()
    {
        pane()->setMetric(QStringLiteral("cadre_training_attendance"));
        QVERIFY(loaded());
        // The year list offers each region's latest year besides single years; 2022 is the year of
        // 000's 1万余人次 (its undated figures take the report's 2023).
        QVERIFY(pane()->periods().contains(QStringLiteral("2022")));
        pane()->setPeriod(QStringLiteral("2022"));
        QVERIFY(loaded());
        QCOMPARE(pane()->charts().size(), 1);
        const ChartData& chart = pane()->charts().first();
        QCOMPARE(chart.categoryCodes, QStringList{QStringLiteral("440404")});
        QCOMPARE(*chart.series.first().values.first(), 10000.0);
        QCOMPARE(chart.unitLabel, QStringLiteral("万人次"));
        QCOMPARE(chart.period, QStringLiteral("2022"));

        ComparisonChartView* view = pane()->chartViews().first();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->barPosition(0));
        QTRY_COMPARE(m_sample.window()->readerPane()->textView()->textCursor().selectedText(),
                     QStringLiteral("1万余人次"));

        // A row of the table opens its own passage (4998人次, another figure of the same report).
        QTableView* table = pane()->table();
        int row = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data(ComparisonTableModel::RawValueRole).toDouble() == 4998.0) {
                row = r;
                // Shown in the scale of the chart (万人次), as on its axis and labels.
                QCOMPARE(table->model()->index(r, ComparisonTableModel::ValueColumn).data().toString(),
                         QStringLiteral("0.50"));
            }
        }
        QVERIFY(row >= 0);
        const QRect cell = table->visualRect(table->model()->index(row, ComparisonTableModel::RegionColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(m_sample.window()->readerPane()->textView()->textCursor().selectedText(),
                 QStringLiteral("4998人次"));
    }

    void missingRegionIsShownAsMissing()
    {
        pane()->setMetric(QStringLiteral("cadre_training_attendance"));
        pane()->setRegionCodes({QStringLiteral("440404"), QStringLiteral("445102")});
        QVERIFY(loaded());
        const ChartData& chart = pane()->charts().first();
        QCOMPARE(chart.categoryCodes, (QStringList{QStringLiteral("440404"), QStringLiteral("445102")}));
        QVERIFY(!chart.series.first().values.at(1).has_value());
        pane()->setRegionCodes({});
        QVERIFY(loaded());
    }

    void exportsEveryFormat()
    {
        pane()->setMetric(QStringLiteral("talent_subsidy_amount"));
        QVERIFY(loaded());
        for (ChartFormat format : {ChartFormat::Png, ChartFormat::Svg, ChartFormat::Pdf, ChartFormat::Csv,
                                   ChartFormat::Pptx, ChartFormat::Xlsx}) {
            const QString path =
                m_sample.filePath(QStringLiteral("pane.") + ChartExporter::formatName(format));
            QString error;
            QVERIFY2(pane()->exportTo(path, format, &error), qPrintable(error));
        }
        QImage image(m_sample.filePath(QStringLiteral("pane.png")));
        QCOMPARE(image.size(), QSize(1920, 1080));
        QFile svg(m_sample.filePath(QStringLiteral("pane.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString svgText = QString::fromUtf8(svg.readAll());
        QVERIFY(svgText.contains(QStringLiteral("人才补贴/奖补金额")));
        QVERIFY(svgText.contains(QStringLiteral("各地区最新年份")));
        QFile csv(m_sample.filePath(QStringLiteral("pane.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(csv.readAll()).contains(QStringLiteral(",150000000,元,1.5,亿元,")));
        QFile pdf(m_sample.filePath(QStringLiteral("pane.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF"));

        // PPTX and XLSX are zip packages holding the chart title and the raw value.
        for (const QString& name : {QStringLiteral("pane.pptx"), QStringLiteral("pane.xlsx")}) {
            QFile package(m_sample.filePath(name));
            QVERIFY(package.open(QIODevice::ReadOnly));
            QVERIFY(package.read(2) == "PK");
        }

        pane()->copyToClipboard();
        const QMimeData* mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QVERIFY(mime->hasImage());
        QVERIFY(mime->text().contains(QStringLiteral("150000000")));
    }
};

QTEST_MAIN(TestComparisonPane)
#include "tst_comparisonpane.moc"
