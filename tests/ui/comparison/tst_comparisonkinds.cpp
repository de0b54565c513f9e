#include "ImportController.h"
#include "MainWindow.h"
#include "ReaderPane.h"
#include "SampleCorpusWindow.h"
#include "TestFiles.h"
#include "comparison/ComparisonPane.h"
#include "comparison/IndicatorImportDialog.h"
#include "comparison/PaintedChartView.h"
#include "gazetteer/Gazetteer.h"
#include "models/Corpus.h"
#include "models/RankingTableModel.h"

#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace rs;

// The Compare Metrics pane's other views on the sample corpus, offscreen: a map drawn from synthetic
// outlines keyed by real codes, where clicking a region opens its passage; a trend whose points do the
// same; values per 10,000 residents after an indicator import; the ranking table.
class TestComparisonKinds : public QObject
{
    Q_OBJECT

    SampleCorpusWindow m_sample;

    ComparisonPane* pane() const { return m_sample.comparisonPane(); }
    bool loaded() const { return m_sample.comparisonLoaded(); }
    QString write(const QString& name, const QByteArray& bytes)
    {
        return writeTestFile(m_sample.filePath(QString()), name, bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sample.openWithComparisonPane(QStringLiteral("kinds.sqlite"), &error), qPrintable(error));
        pane()->setMetric(QStringLiteral("talent_subsidy_amount"));
        QVERIFY(loaded());
    }

    void clickingAMapRegionOpensThePassage()
    {
        const QString boundaries = write(QStringLiteral("outlines.geojson"),
                                         R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"adcode":"440404"},"geometry":{"type":"Polygon","coordinates":[[[113,22],[114,22],[114,23],[113,23],[113,22]]]}},
 {"type":"Feature","properties":{"adcode":"440402"},"geometry":{"type":"Polygon","coordinates":[[[114,22],[115,22],[115,23],[114,23],[114,22]]]}}]})");
        QString error;
        QVERIFY2(pane()->setBoundaries(boundaries, &error), qPrintable(error));
        pane()->setKind(ComparisonPane::Kind::Map);
        QVERIFY(loaded());
        PaintedChartView* view = pane()->paintedView();
        QVERIFY(view->isVisible());
        QCOMPARE(view->chart().kind, ChartData::Kind::Map);
        QCOMPARE(view->chart().categoryCodes,
                 (QStringList{QStringLiteral("440402"), QStringLiteral("440404")}));
        QVERIFY(view->chart().mapNote.contains(QStringLiteral("审图号")));

        QSignalSpy passage(pane(), &ComparisonPane::passageRequested);
        // Xiangzhou has no figure: clicking it opens nothing.
        QTest::mouseClick(view, Qt::LeftButton, {}, view->centreOf(0, 0).toPoint());
        QCOMPARE(passage.count(), 0);
        QTest::mouseClick(view, Qt::LeftButton, {}, view->centreOf(0, 1).toPoint());
        QCOMPARE(passage.count(), 1);
        ReaderPane* reader = m_sample.window()->readerPane();
        QCOMPARE(reader->articleId(), passage.first().at(0).toLongLong());
        QCOMPARE(reader->textView()->textCursor().selectedText(), QStringLiteral("近1.5亿元"));
    }

    void clickingATrendPointOpensThePassage()
    {
        pane()->setKind(ComparisonPane::Kind::Trend);
        QVERIFY(loaded());
        PaintedChartView* view = pane()->paintedView();
        QTRY_COMPARE(view->chart().kind, ChartData::Kind::Line);
        QVERIFY(!view->chart().series.isEmpty());
        QVERIFY(view->chart().missingNote.contains(QStringLiteral("不插值")));
        int category = -1;
        for (int i = 0; i < view->chart().categories.size(); ++i) {
            if (view->chart().series.first().values.at(i))
                category = i;
        }
        QVERIFY(category >= 0);
        QSignalSpy passage(pane(), &ComparisonPane::passageRequested);
        QTest::mouseClick(view, Qt::LeftButton, {}, view->centreOf(0, category).toPoint());
        QCOMPARE(passage.count(), 1);
        QCOMPARE(passage.first().at(0).toLongLong(),
                 view->chart().series.first().sources.at(category).articleId);
    }

    void perTenThousandResidentsAfterImport()
    {
        IndicatorImportDialog dialog(*m_sample.corpus()->database());
        QVERIFY(!dialog.importFile(write(QStringLiteral("bad.csv"),
                                         "region_code,year,indicator,value,unit,source\n"
                                         "440404,2022,population,25,万人,年鉴\n"
                                         "999999,2022,population,10,万人,年鉴\n")));
        QVERIFY2(dialog.report().contains(QStringLiteral("999999")), qPrintable(dialog.report()));
        QVERIFY(dialog.importFile(write(QStringLiteral("population.csv"),
                                        "region_code,year,indicator,value,unit,source\n"
                                        "440404,2022,population,25,万人,珠海统计年鉴2023\n")));
        QCOMPARE(dialog.imported(), 1);

        pane()->setKind(ComparisonPane::Kind::Bar);
        pane()->setMetric(QStringLiteral("cadre_training_attendance"));
        QVERIFY(loaded());
        pane()->setPeriod(QStringLiteral("2022")); // the year the population is for
        QVERIFY(loaded());
        pane()->setPerIndicator(QStringLiteral("population"));
        QVERIFY(loaded());
        const ChartData& chart = pane()->charts().first();
        QCOMPARE(*chart.series.first().values.first(), 400.0); // 1万余人次 / 25万人 × 10,000
        QCOMPARE(chart.unit, QStringLiteral("人次/万人"));
        QVERIFY(chart.sourceNote.contains(QStringLiteral("珠海统计年鉴2023")));
        pane()->setPerIndicator(QString());
        QVERIFY(loaded());
        QCOMPARE(*pane()->charts().first().series.first().values.first(), 10000.0);
    }

    void rankingTable()
    {
        pane()->setMetric(QStringLiteral("talent_subsidy_amount"));
        QVERIFY(loaded());
        pane()->setKind(ComparisonPane::Kind::Ranking);
        QVERIFY(loaded());
        QCOMPARE(pane()->table()->model()->columnCount(), int(RankingTableModel::ColumnCount));
        QVERIFY(pane()->ranking()->rowCount() >= 1);
        QCOMPARE(pane()->ranking()->entries().first().rank, 1);
        const QString csv = m_sample.filePath(QStringLiteral("ranking.csv"));
        QString error;
        QVERIFY2(pane()->exportTo(csv, ChartFormat::Csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("rank,region_code")));
        pane()->setKind(ComparisonPane::Kind::Bar);
        QVERIFY(loaded());
    }
};

QTEST_MAIN(TestComparisonKinds)
#include "tst_comparisonkinds.moc"
