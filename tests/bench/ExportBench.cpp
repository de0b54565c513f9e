#include "ExportBench.h"

#include "export/PptxWriter.h"
#include "export/XlsxWriter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

namespace rs {

namespace {

ChartData syntheticChart(int regions)
{
    ChartData chart;
    chart.title = QStringLiteral("人才政策补贴 (2022)");
    chart.unit = QStringLiteral("元");
    chart.unitLabel = QStringLiteral("万元");
    chart.displayDivisor = 10000.0;
    chart.sourceNote = QStringLiteral("来源: 合成数据");
    ChartSeries series;
    series.name = QStringLiteral("人才政策补贴");
    for (int i = 0; i < regions; ++i) {
        chart.categories.append(QStringLiteral("某省·地区%1").arg(i));
        chart.categoryCodes.append(QString::number(110000 + i));
        chart.selected.append(i == 0);
        series.values.append(i % 17 == 5 ? std::optional<double>() : std::optional<double>(1e8 - i * 2711.0));
        series.qualifiers.append(Qualifier::Exact);
    }
    chart.series.append(series);
    return chart;
}

ExportTable syntheticTable(const ChartData& chart)
{
    ExportTable table = ExportTable::comparisonTable(QStringLiteral("对比表"));
    table.displayDivisor = chart.displayDivisor;
    table.displayUnitLabel = chart.unitLabel;
    const ChartSeries& series = chart.series.first();
    for (int i = 0; i < chart.categories.size(); ++i) {
        table.rows.append({chart.categories.at(i), chart.categoryCodes.at(i),
                           series.values.at(i) ? QVariant(*series.values.at(i)) : QVariant(), chart.unit,
                           qualifierName(series.qualifiers.at(i)), QStringLiteral("2022"),
                           QStringLiteral("报告%1").arg(i), qint64(i + 1), QStringLiteral("machine")});
    }
    return table;
}

// Best of a few runs: the figure is about the writer, not about a cold disk cache.
double bestMilliseconds(const std::function<bool()>& run, bool* ok)
{
    double best = 1e300;
    *ok = true;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        *ok = run() && *ok;
        best = std::min(best, timer.nsecsElapsed() / 1e6);
    }
    return best;
}

} // namespace

void benchExport(const std::function<void(const QString&, const QString&, const QString&)>& row)
{
    QTemporaryDir dir;
    const ChartData all = syntheticChart(3000);
    const ExportTable table = syntheticTable(all);
    ChartData top = all;
    top.categories = all.categories.mid(0, 30);
    top.categoryCodes = all.categoryCodes.mid(0, 30);
    top.selected = all.selected.mid(0, 30);
    top.series.first().values = all.series.first().values.mid(0, 30);
    top.series.first().qualifiers = all.series.first().qualifiers.mid(0, 30);

    QString error;
    bool ok = false;
    const QString xlsx = dir.filePath(QStringLiteral("export.xlsx"));
    double ms = bestMilliseconds([&] { return XlsxWriter::write(xlsx, {top}, {table}, &error); }, &ok);
    row(QStringLiteral("XLSX export (3,000-row table + Top-30 chart)"),
        QStringLiteral("%1 ms").arg(ms, 0, 'f', 1),
        ok ? QStringLiteral("%1 KB").arg(QFileInfo(xlsx).size() / 1024) : error);
    ms = bestMilliseconds([&] { return XlsxWriter::write(xlsx, {all}, {}, &error); }, &ok);
    row(QStringLiteral("XLSX export (3,000-category chart sheet)"),
        QStringLiteral("%1 ms").arg(ms, 0, 'f', 1),
        ok ? QStringLiteral("%1 KB").arg(QFileInfo(xlsx).size() / 1024) : error);

    PptxSlide slide;
    slide.chart = top;
    const QString pptx = dir.filePath(QStringLiteral("deck.pptx"));
    ms = bestMilliseconds([&] { return PptxWriter::write(pptx, {slide}, &error); }, &ok);
    row(QStringLiteral("PPTX export (1 slide, native Top-30 chart)"),
        QStringLiteral("%1 ms").arg(ms, 0, 'f', 1),
        ok ? QStringLiteral("%1 KB, embedded workbook included").arg(QFileInfo(pptx).size() / 1024) : error);
}

} // namespace rs
