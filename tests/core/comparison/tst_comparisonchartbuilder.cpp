#include "comparison/ComparisonChartBuilder.h"
#include "comparison/ComparisonSource.h"
#include "comparison/ComparisonTableModel.h"
#include "gazetteer/Gazetteer.h"

#include <QTest>

using namespace rs;

namespace {

ComparisonRow figure(const QString& code, std::optional<double> value,
                     const QString& key = QStringLiteral("talent_subsidy_amount"),
                     const QString& unit = QStringLiteral("元"))
{
    ComparisonRow row;
    row.regionCode = code;
    row.regionLabel = ComparisonSource::regionLabel(Gazetteer::builtin(), code);
    row.key = key;
    row.value = value;
    row.unit = unit;
    row.qualifier = Qualifier::Exact;
    row.period = QStringLiteral("2022");
    if (value) {
        row.articleId = 7;
        row.reportTitle = QStringLiteral("报告");
        row.quote = QStringLiteral("1亿元");
    }
    return row;
}

// Five regions, largest first: 5000 (440404), 4000, 3000, 2000, 1000 (220104).
QVector<ComparisonRow> fiveRegions()
{
    const QStringList codes{QStringLiteral("440404"), QStringLiteral("445102"), QStringLiteral("440703"),
                            QStringLiteral("110105"), QStringLiteral("220104")};
    QVector<ComparisonRow> rows;
    for (int i = 0; i < codes.size(); ++i)
        rows.append(figure(codes.at(i), 1000.0 * (codes.size() - i)));
    return rows;
}

} // namespace

class TestComparisonChartBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelsAreUniqueWithTheCity()
    {
        const Gazetteer& gazetteer = Gazetteer::builtin();
        QCOMPARE(ComparisonSource::regionLabel(gazetteer, QStringLiteral("440404")),
                 QStringLiteral("珠海·金湾区"));
        // 朝阳区 exists in Beijing and Changchun: the prefix tells them apart.
        QCOMPARE(ComparisonSource::regionLabel(gazetteer, QStringLiteral("110105")),
                 QStringLiteral("北京·朝阳区"));
        QCOMPARE(ComparisonSource::regionLabel(gazetteer, QStringLiteral("220104")),
                 QStringLiteral("长春·朝阳区"));
        QCOMPARE(ComparisonSource::regionLabel(gazetteer, QStringLiteral("3304")), QStringLiteral("嘉兴市"));
    }

    void sortsLargestFirstOrByCode()
    {
        ComparisonTableModel model;
        model.setRows({figure(QStringLiteral("445102"), 2e7), figure(QStringLiteral("440404"), 1.5e8),
                       figure(QStringLiteral("440703"), std::nullopt),
                       figure(QStringLiteral("110105"), 5e7)});
        ComparisonChartOptions options;
        QVector<ChartData> charts = ComparisonChartBuilder::build(model, options);
        QCOMPARE(charts.size(), 1);
        const ChartData& chart = charts.first();
        QCOMPARE(chart.categoryCodes, (QStringList{QStringLiteral("440404"), QStringLiteral("110105"),
                                                   QStringLiteral("445102"), QStringLiteral("440703")}));
        QCOMPARE(chart.categories.first(), QStringLiteral("珠海·金湾区"));
        QVERIFY(!chart.series.first().values.last().has_value()); // missing stays missing, last
        QCOMPARE(chart.unitLabel, QStringLiteral("亿元"));
        QCOMPARE(chart.displayDivisor, 1e8);
        QCOMPARE(chart.kind, ChartData::Kind::HorizontalBars);
        QCOMPARE(chart.period, QStringLiteral("2022"));
        QVERIFY(chart.title.contains(QStringLiteral("(2022)")));
        QVERIFY(chart.sourceNote.contains(QStringLiteral("报告")));
        QCOMPARE(chart.series.first().sources.first().articleId, 7);

        options.sort = ComparisonChartOptions::Sort::ByCode;
        charts = ComparisonChartBuilder::build(model, options);
        QCOMPARE(charts.first().categoryCodes,
                 (QStringList{QStringLiteral("110105"), QStringLiteral("440404"), QStringLiteral("440703"),
                              QStringLiteral("445102")}));
    }

    void topNKeepsTheSelectedRegions()
    {
        ComparisonTableModel model;
        model.setRows(fiveRegions());
        ComparisonChartOptions options;
        options.topN = 2;
        options.selectedCodes = {QStringLiteral("220104")};
        options.reference = ComparisonChartOptions::Reference::Mean;
        const ChartData chart = ComparisonChartBuilder::build(model, options).first();
        QCOMPARE(chart.categoryCodes,
                 (QStringList{QStringLiteral("440404"), QStringLiteral("445102"), QStringLiteral("220104")}));
        QCOMPARE(chart.selected, (QVector<bool>{false, false, true}));
        QCOMPARE(chart.totalCategories, 5);
        QCOMPARE(*chart.referenceLine, 3000.0); // over every region, not only the ones shown
        QCOMPARE(chart.referenceLabel, QStringLiteral("平均值"));
        QCOMPARE(chart.unitLabel, QStringLiteral("元"));
        QVERIFY(chart.filterNote.contains(QStringLiteral("前2名")));
    }

    void bottomNKeepsTheSmallestWithData()
    {
        ComparisonTableModel model;
        model.setRows(fiveRegions());
        ComparisonChartOptions options;
        options.topN = 2;
        options.bottom = true;
        options.selectedCodes = {QStringLiteral("440404")};
        const ChartData chart = ComparisonChartBuilder::build(model, options).first();
        // Largest first among what is shown: the selected region, then the two smallest.
        QCOMPARE(chart.categoryCodes,
                 (QStringList{QStringLiteral("440404"), QStringLiteral("110105"), QStringLiteral("220104")}));
        QCOMPARE(chart.totalCategories, 5);
        QVERIFY(chart.filterNote.contains(QStringLiteral("后2名")));
    }

    void medianOfEvenAndOddCounts()
    {
        QCOMPARE(*ComparisonChartBuilder::median({4, 1, 3}), 3.0);
        QCOMPARE(*ComparisonChartBuilder::median({4, 1, 3, 2}), 2.5);
        QVERIFY(!ComparisonChartBuilder::median({}).has_value());
    }

    void unitsNeverShareAnAxis()
    {
        ComparisonTableModel model;
        model.setRows(
            {figure(QStringLiteral("440404"), 1e5),
             figure(QStringLiteral("440404"), 10000, QStringLiteral("cadre_training_attendance"),
                    QStringLiteral("人次")),
             figure(QStringLiteral("445102"), 900, QStringLiteral("talent_count"), QStringLiteral("人次"))});
        const QVector<ChartData> charts = ComparisonChartBuilder::build(model, {});
        QCOMPARE(charts.size(), 2);
        QCOMPARE(charts.at(0).unitLabel, QStringLiteral("万元"));
        QCOMPARE(charts.at(1).unit, QStringLiteral("人次"));
        QCOMPARE(charts.at(1).series.size(), 2); // same unit: grouped bars
        QCOMPARE(charts.at(1).kind, ChartData::Kind::GroupedBars);
        QCOMPARE(charts.at(1).categoryCodes,
                 (QStringList{QStringLiteral("440404"), QStringLiteral("445102")}));
        QVERIFY(!charts.at(1).series.at(1).values.at(0).has_value()); // 金湾 has no talent_count
    }

    void disagreeingReportsCarryTheirRange()
    {
        // 金湾区 twice, from two reports that disagree; the later one is charted, both span the range.
        ComparisonRow early = figure(QStringLiteral("440404"), 9116.0,
                                     QStringLiteral("cadre_training_attendance"), QStringLiteral("人次"));
        early.articleId = 1;
        early.published = QDate(2023, 3, 1);
        ComparisonRow late = early;
        late.articleId = 2;
        late.value = 12000.0;
        late.published = QDate(2023, 9, 1);
        ComparisonRow agreed = figure(QStringLiteral("445102"), 500.0,
                                      QStringLiteral("cadre_training_attendance"), QStringLiteral("人次"));
        ComparisonTableModel model;
        model.setRows({early, late, agreed});
        const QVector<ChartData> charts = ComparisonChartBuilder::build(model, ComparisonChartOptions());
        QCOMPARE(charts.size(), 1);
        const ChartData& chart = charts.first();
        const int jinwan = int(chart.categoryCodes.indexOf(QStringLiteral("440404")));
        const int xiangqiao = int(chart.categoryCodes.indexOf(QStringLiteral("445102")));
        QVERIFY(jinwan >= 0 && xiangqiao >= 0);
        const ChartValueSource& source = chart.series.first().sources.at(jinwan);
        QCOMPARE(*chart.series.first().values.at(jinwan), 12000.0); // the latest report's
        QVERIFY(source.conflict);
        QCOMPARE(*source.low, 9116.0);
        QCOMPARE(*source.high, 12000.0);
        QVERIFY(!chart.series.first().sources.at(xiangqiao).low); // one report: no range
        QVERIFY(chart.sourceNote.contains(QStringLiteral("最新报告")) ||
                chart.sourceNote.contains(QStringLiteral("latest report"))); // the rule that picked it
    }
};

QTEST_GUILESS_MAIN(TestComparisonChartBuilder)
#include "tst_comparisonchartbuilder.moc"
