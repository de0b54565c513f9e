#pragma once

#include "comparison/ChartData.h"
#include "export/ExportTable.h"

namespace fixtures {

// A talent-subsidy comparison: count regions, values in 元 shown in 万元, region 3 missing, region 1
// selected.
inline rs::ChartData subsidyChart(int count = 5)
{
    rs::ChartData chart;
    chart.title = QStringLiteral("人才政策补贴 (2022)");
    chart.unit = QStringLiteral("元");
    chart.unitLabel = QStringLiteral("万元");
    chart.displayDivisor = 10000.0;
    chart.displayDecimals = 2;
    chart.sourceNote = QStringLiteral("来源: 珠海特区报 2023-03-24");
    chart.filterNote = QStringLiteral("地区: 广东省; 年份: 2022");
    rs::ChartSeries series;
    series.metricKey = QStringLiteral("talent.subsidy");
    series.name = QStringLiteral("人才政策补贴");
    for (int i = 0; i < count; ++i) {
        chart.categories.append(i == 0 ? QStringLiteral("珠海·金湾区") : QStringLiteral("地区%1").arg(i));
        chart.categoryCodes.append(QString::number(440404 + i));
        chart.selected.append(i == 1);
        series.values.append(i == 3 ? std::optional<double>()
                                    : std::optional<double>(150000000.0 - i * 12345.0));
        series.qualifiers.append(rs::Qualifier::Exact);
    }
    chart.series.append(series);
    return chart;
}

inline rs::ExportTable comparisonRows(int count)
{
    rs::ExportTable table = rs::ExportTable::comparisonTable(QStringLiteral("对比表: 人才政策补贴"));
    table.displayDivisor = 10000.0;
    table.displayUnitLabel = QStringLiteral("万元");
    for (int i = 0; i < count; ++i) {
        table.rows.append({QStringLiteral("地区%1").arg(i), QString::number(110000 + i),
                           i == 7 ? QVariant() : QVariant(1000000.0 + i), QStringLiteral("元"),
                           QStringLiteral("approx"), QStringLiteral("2022"), QStringLiteral("报告%1").arg(i),
                           qint64(i + 1), QStringLiteral("confirmed")});
    }
    return table;
}

} // namespace fixtures
