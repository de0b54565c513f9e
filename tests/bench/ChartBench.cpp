#include "ChartBench.h"

#include "comparison/ComparisonChartBuilder.h"
#include "comparison/ComparisonSource.h"
#include "comparison/ComparisonTableModel.h"
#include "export/ChartExporter.h"
#include "gazetteer/Gazetteer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <random>

using namespace rs;

namespace {

QVector<ComparisonRow> rows(int regions)
{
    const Gazetteer& gazetteer = Gazetteer::builtin();
    std::mt19937 random(7);
    std::lognormal_distribution<double> amount(17.0, 1.2); // 元: tens of millions, a long tail
    QVector<ComparisonRow> result;
    for (const Region& region : gazetteer.all()) {
        if (region.level != Region::Level::County)
            continue;
        if (result.size() == regions)
            break;
        ComparisonRow row;
        row.regionCode = region.code;
        row.regionLabel = ComparisonSource::regionLabel(gazetteer, region.code);
        row.key = QStringLiteral("talent_subsidy_amount");
        row.value = std::round(amount(random));
        row.unit = QStringLiteral("元");
        row.qualifier = Qualifier::Exact;
        row.period = QStringLiteral("2022");
        row.articleId = result.size() + 1;
        row.quote = QStringLiteral("人才补贴");
        row.reportTitle = QStringLiteral("报告 %1").arg(result.size() + 1);
        result.append(row);
    }
    return result;
}

QString ms(qint64 nanoseconds)
{
    return QStringLiteral("%1 ms").arg(nanoseconds / 1e6, 0, 'f', 1);
}

} // namespace

void benchChart(const std::function<void(const QString&, const QString&, const QString&)>& row)
{
    const QVector<ComparisonRow> data = rows(3000);
    const QString detail = QStringLiteral("%1 regions, 1920×1080").arg(data.size());
    {
        // Warm-up: the taxonomy, ICU formatters and the font database load once per process.
        ComparisonTableModel warm;
        warm.setRows(data.mid(0, 10));
        ChartExporter::image(ComparisonChartBuilder::build(warm, {}), ChartExportOptions());
    }
    QElapsedTimer timer;
    timer.start();
    ComparisonTableModel model;
    model.setRows(data);
    ComparisonChartOptions options;
    options.reference = ComparisonChartOptions::Reference::Median;
    const QVector<ChartData> charts = ComparisonChartBuilder::build(model, options);
    const qint64 built = timer.nsecsElapsed();
    const QImage image = ChartExporter::image(charts, ChartExportOptions());
    const qint64 rendered = timer.nsecsElapsed();
    row(QStringLiteral("chart: model + build (3,000 regions)"), ms(built), detail);
    row(QStringLiteral("chart: build + render to image (target < 300 ms)"), ms(rendered),
        QStringLiteral("%1; %2×%3 image").arg(detail).arg(image.width()).arg(image.height()));

    QTemporaryDir dir;
    for (ChartFormat format : {ChartFormat::Png, ChartFormat::Svg, ChartFormat::Pdf, ChartFormat::Csv,
                               ChartFormat::Pptx, ChartFormat::Xlsx}) {
        const QString name = ChartExporter::formatName(format);
        const QString path = dir.filePath(QStringLiteral("chart.") + name);
        QString error;
        timer.restart();
        const bool ok = ChartExporter::write(path, format, charts, ChartExportOptions(), &error);
        const qint64 elapsed = timer.nsecsElapsed();
        row(QStringLiteral("chart export %1 (3,000 regions)").arg(name.toUpper()), ok ? ms(elapsed) : error,
            ok ? QStringLiteral("%1 KB").arg(QFileInfo(path).size() / 1024) : QString());
    }
}
