#include "comparison/MapChartBuilder.h"
#include "comparison/TrendChartBuilder.h"
#include "export/ChartExporter.h"
#include "export/MapPainter.h"
#include "export/TrendPainter.h"
#include "gazetteer/Gazetteer.h"
#include "gazetteer/RegionBoundaries.h"
#include "models/RankingTableModel.h"

#include <QAbstractItemModelTester>
#include <QPainter>
#include <QTest>

using namespace rs;

namespace {

ComparisonRow row(const QString& code, const QString& period, double value, qint64 article = 1)
{
    ComparisonRow r;
    r.regionCode = code;
    r.regionLabel = code;
    r.key = QStringLiteral("talent_subsidy_amount");
    r.value = value;
    r.unit = QStringLiteral("元");
    r.period = period;
    r.articleId = article;
    r.start = int(article) * 10;
    r.end = r.start + 5;
    r.quote = QStringLiteral("补贴");
    r.reportTitle = QStringLiteral("报告");
    r.chosen = true;
    return r;
}

QByteArray square(const QString& code, double x, double y)
{
    return QStringLiteral(R"({"type":"Feature","properties":{"adcode":"%1"},"geometry":{"type":"Polygon",)"
                          R"("coordinates":[[[%2,%3],[%4,%3],[%4,%5],[%2,%5],[%2,%3]]]}})")
        .arg(code)
        .arg(x)
        .arg(y)
        .arg(x + 1)
        .arg(y + 1)
        .toUtf8();
}

} // namespace

// Trend, small-multiples and map charts built from comparison rows, the ranking table, and the hit
// areas views use to open a point's or a region's passage.
class TestTrendCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trendHasYearsRegionsGapsAndTargets()
    {
        const QVector<ComparisonRow> rows{row(QStringLiteral("440404"), QStringLiteral("2021"), 1.2e8, 1),
                                          row(QStringLiteral("440404"), QStringLiteral("2023"), 1.8e8, 2),
                                          row(QStringLiteral("445102"), QStringLiteral("2021"), 3e7, 3),
                                          row(QStringLiteral("445102"), QStringLiteral("2022"), 3.5e7, 4),
                                          row(QStringLiteral("445102"), QStringLiteral("2023"), 4e7, 5)};
        const QVector<ComparisonRow> targets{row(QStringLiteral("440404"), QStringLiteral("2026"), 3e8, 6)};
        TrendChartOptions options;
        const ChartData chart = TrendChartBuilder::build(rows, targets, options);
        QCOMPARE(chart.kind, ChartData::Kind::Line);
        // Every year from the first to the last: 2024 and 2025 are reported by nobody, but have their place.
        QCOMPARE(chart.categories,
                 (QStringList{QStringLiteral("2021"), QStringLiteral("2022"), QStringLiteral("2023"),
                              QStringLiteral("2024"), QStringLiteral("2025"), QStringLiteral("2026")}));
        QCOMPARE(chart.series.size(), 3);
        QCOMPARE(chart.series.at(0).regionCode, QStringLiteral("440404")); // largest latest value first
        QVERIFY(!chart.series.at(0).values.at(1).has_value());             // 2022: a gap, not 0
        QVERIFY(!chart.series.at(0).values.at(5).has_value());             // the target is apart
        QVERIFY(chart.series.at(2).target);
        QCOMPARE(chart.series.at(2).colour, 0); // the target shares its region's colour
        QCOMPARE(*chart.series.at(2).values.at(5), 3e8);
        QCOMPARE(chart.series.at(0).sources.at(2).articleId, 2);
        QCOMPARE(chart.unitLabel, QStringLiteral("亿元"));
        QVERIFY(chart.missingNote.contains(QStringLiteral("不插值")));
        QVERIFY(chart.title.contains(QStringLiteral("2021–2026")));

        options.maxRegions = 1;
        options.lastYears = 2;
        options.layout = TrendChartOptions::Layout::SmallMultiples;
        const ChartData cut = TrendChartBuilder::build(rows, {}, options);
        QCOMPARE(cut.kind, ChartData::Kind::SmallMultiples);
        QCOMPARE(cut.categories, (QStringList{QStringLiteral("2022"), QStringLiteral("2023")}));
        QCOMPARE(cut.series.size(), 1);
        QCOMPARE(cut.totalCategories, 2);
    }

    void trendPointsCanBeHit()
    {
        const QVector<ComparisonRow> rows{row(QStringLiteral("440404"), QStringLiteral("2021"), 10, 1),
                                          row(QStringLiteral("440404"), QStringLiteral("2022"), 20, 2)};
        for (const auto layout :
             {TrendChartOptions::Layout::Lines, TrendChartOptions::Layout::SmallMultiples}) {
            TrendChartOptions options;
            options.layout = layout;
            const ChartData chart = TrendChartBuilder::build(rows, {}, options);
            QImage image(800, 500, QImage::Format_ARGB32);
            QPainter painter(&image);
            QVector<ChartHit> hits;
            TrendPainter::paint(painter, QRectF(0, 0, 800, 500), chart, {}, &hits);
            QCOMPARE(hits.size(), 2);
            QCOMPARE(hits.at(1).category, 1);
            // The later, larger value is drawn higher up.
            QVERIFY(hits.at(1).area.boundingRect().center().y() <
                    hits.at(0).area.boundingRect().center().y());
        }
    }

    void classBreaks()
    {
        const QVector<double> values{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        QCOMPARE(MapChartBuilder::quantileBreaks(values, 5), (QVector<double>{2, 4, 6, 8}));
        // Two clear clusters: natural breaks split between them.
        QCOMPARE(MapChartBuilder::naturalBreaks({1, 2, 3, 100, 101, 102}, 2), (QVector<double>{3}));
        QCOMPARE(MapChartBuilder::naturalBreaks({5, 5, 5}, 3), QVector<double>());
        QCOMPARE(MapChartBuilder::quantileBreaks({}, 5), QVector<double>());
    }

    void mapFromBoundaries()
    {
        const QByteArray json =
            "{\"type\":\"FeatureCollection\",\"source\":\"测试\",\"features\":[" +
            square(QStringLiteral("440404"), 113, 22) + "," + square(QStringLiteral("445102"), 116, 23) +
            "," + square(QStringLiteral("440402"), 114, 22) + "," +
            "{\"type\":\"Feature\",\"properties\":{\"name\":\"不存在区\"},\"geometry\":null}]}";
        RegionBoundaries boundaries;
        QString error;
        QVERIFY2(boundaries.loadFromBytes(json, Gazetteer::builtin(), &error), qPrintable(error));
        QCOMPARE(boundaries.codes(),
                 (QStringList{QStringLiteral("440402"), QStringLiteral("440404"), QStringLiteral("445102")}));
        QCOMPARE(boundaries.unmatched().size(), 1);
        QVERIFY(!boundaries.loadFromBytes("{\"type\":\"Feature\"}", Gazetteer::builtin(), &error));
        QVERIFY(error.contains(QStringLiteral("FeatureCollection")));
        QVERIFY(boundaries.loadFromBytes(json, Gazetteer::builtin(), &error));

        MapChartOptions options;
        options.mapApproval = QStringLiteral("GS(2099)1号");
        const ChartData chart =
            MapChartBuilder::build({row(QStringLiteral("440404"), QStringLiteral("2022"), 100, 7),
                                    row(QStringLiteral("445102"), QStringLiteral("2022"), 50, 8)},
                                   boundaries, options);
        QCOMPARE(chart.kind, ChartData::Kind::Map);
        QCOMPARE(chart.categoryCodes,
                 (QStringList{QStringLiteral("440402"), QStringLiteral("440404"), QStringLiteral("445102")}));
        QVERIFY(!chart.series.first().values.at(0).has_value()); // no data: hatched
        QVERIFY(chart.mapNote.contains(QStringLiteral("测试")) &&
                chart.mapNote.contains(QStringLiteral("GS(2099)1号")));

        QImage image(900, 600, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QVector<ChartHit> hits;
        MapPainter::paint(painter, QRectF(0, 0, 900, 600), chart, {}, &hits);
        painter.end();
        QCOMPARE(hits.size(), 3);
        // Xiangqiao's square is east of Jinwan's.
        QVERIFY(hits.at(2).area.boundingRect().center().x() > hits.at(1).area.boundingRect().center().x());
        // Jinwan (the larger value) is filled darker than Xiangqiao.
        const QColor jinwan = image.pixelColor(hits.at(1).area.boundingRect().center().toPoint());
        const QColor xiangqiao = image.pixelColor(hits.at(2).area.boundingRect().center().toPoint());
        QVERIFY(jinwan.lightness() < xiangqiao.lightness());
    }

    void ranking()
    {
        RankingTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({row(QStringLiteral("440404"), QStringLiteral("2022"), 100),
                       row(QStringLiteral("445102"), QStringLiteral("2022"), 200),
                       row(QStringLiteral("440402"), QStringLiteral("2022"), 50),
                       row(QStringLiteral("440404"), QStringLiteral("2023"), 300),
                       row(QStringLiteral("445102"), QStringLiteral("2023"), 250),
                       row(QStringLiteral("440403"), QStringLiteral("2023"), 250)});
        QCOMPARE(model.period(), QStringLiteral("2023"));
        QCOMPARE(model.previousPeriod(), QStringLiteral("2022"));
        QCOMPARE(model.rowCount(), 3);
        const auto& entries = model.entries();
        QCOMPARE(entries.at(0).regionCode, QStringLiteral("440404"));
        QCOMPARE(entries.at(0).rank, 1);
        QCOMPARE(entries.at(0).previousRank, 2);
        QCOMPARE(entries.at(1).rank, 2); // a tie shares the rank
        QCOMPARE(entries.at(2).rank, 2);
        QCOMPARE(model.index(0, RankingTableModel::RankChangeColumn).data().toString(), QStringLiteral("▲1"));
        QCOMPARE(model.index(0, RankingTableModel::ChangeColumn).data(RankingTableModel::SortRole).toDouble(),
                 200.0);
        QCOMPARE(model.index(1, RankingTableModel::RankChangeColumn).data().toString(),
                 QStringLiteral("new"));

        model.sort(RankingTableModel::ChangeColumn, Qt::DescendingOrder);
        QCOMPARE(model.entries().at(0).regionCode, QStringLiteral("440404"));
        QCOMPARE(model.entries().at(1).regionCode, QStringLiteral("445102")); // +50
        QCOMPARE(model.entries().at(2).regionCode, QStringLiteral("440403")); // no previous value: last
        model.sort(RankingTableModel::RegionColumn, Qt::AscendingOrder);
        QCOMPARE(model.entries().at(0).regionCode, QStringLiteral("440403"));

        const QString csv = QString::fromUtf8(model.csv().mid(3));
        QVERIFY(csv.startsWith(QStringLiteral("rank,region_code,region,period,value,previous_period")));
        QVERIFY(csv.contains(QStringLiteral("1,440404,440404,2023,300,2022,100,200,200,2,1,元,")));
        const ExportTable table = model.table(QStringLiteral("排名"));
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.headers.size(), table.rows.first().size());
    }
};

QTEST_MAIN(TestTrendCharts)
#include "tst_trendcharts.moc"
