#include "TrendBench.h"

#include "comparison/ComparisonSource.h"
#include "comparison/MapChartBuilder.h"
#include "comparison/TrendChartBuilder.h"
#include "export/ChartExporter.h"
#include "gazetteer/Gazetteer.h"
#include "gazetteer/RegionBoundaries.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <random>

using namespace rs;

namespace {

// Five years of talent subsidies for the first `regions` districts of the gazetteer (as ChartBench's
// rows), growing by a random rate, every seventh region missing a year; the last year's plans as targets.
void yearRows(int regions, QVector<ComparisonRow>* rows, QVector<ComparisonRow>* targets)
{
    const Gazetteer& gazetteer = Gazetteer::builtin();
    std::mt19937 random(7);
    std::lognormal_distribution<double> amount(17.0, 1.2);
    std::normal_distribution<double> growth(0.08, 0.1);
    int count = 0;
    for (const Region& region : gazetteer.all()) {
        if (region.level != Region::Level::County)
            continue;
        if (count == regions)
            break;
        double value = std::round(amount(random));
        for (int year = 2020; year <= 2024; ++year) {
            value *= 1.0 + growth(random);
            if (count % 7 == 3 && year == 2022)
                continue;
            ComparisonRow row;
            row.regionCode = region.code;
            row.regionLabel = ComparisonSource::regionLabel(gazetteer, region.code);
            row.key = QStringLiteral("talent_subsidy_amount");
            row.value = std::round(value);
            row.unit = QStringLiteral("元");
            row.qualifier = Qualifier::Exact;
            row.period = QString::number(year);
            row.articleId = rows->size() + 1;
            row.quote = QStringLiteral("人才补贴");
            row.reportTitle = QStringLiteral("报告 %1").arg(rows->size() + 1);
            row.chosen = true;
            rows->append(row);
            if (year == 2024 && count % 3 == 0) {
                row.value = std::round(value * 1.3);
                row.period = QStringLiteral("2026");
                targets->append(row);
            }
        }
        ++count;
    }
}

// One square per district on a grid, keyed by its real code (no real boundaries are bundled).
QByteArray gridBoundaries(const QVector<ComparisonRow>& rows)
{
    QJsonArray features;
    QStringList codes;
    for (const ComparisonRow& row : rows) {
        if (!codes.contains(row.regionCode))
            codes.append(row.regionCode);
    }
    const int columns = int(std::ceil(std::sqrt(double(codes.size()))));
    for (int i = 0; i < codes.size(); ++i) {
        const double x = 100.0 + (i % columns) * 0.1;
        const double y = 40.0 - (i / columns) * 0.1;
        QJsonArray ring;
        for (const auto& corner : {std::pair{0.0, 0.0}, {0.09, 0.0}, {0.09, 0.09}, {0.0, 0.09}, {0.0, 0.0}})
            ring.append(QJsonArray{x + corner.first, y + corner.second});
        features.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("Feature")},
            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("adcode"), codes.at(i)}}},
            {QStringLiteral("geometry"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")},
                                                     {QStringLiteral("coordinates"), QJsonArray{ring}}}}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                     {QStringLiteral("features"), features}})
        .toJson(QJsonDocument::Compact);
}

QString ms(qint64 nanoseconds)
{
    return QStringLiteral("%1 ms").arg(nanoseconds / 1e6, 0, 'f', 1);
}

} // namespace

void benchTrends(const std::function<void(const QString&, const QString&, const QString&)>& row)
{
    QVector<ComparisonRow> rows;
    QVector<ComparisonRow> targets;
    yearRows(3000, &rows, &targets);
    {
        TrendChartOptions warm;
        ChartExporter::image({TrendChartBuilder::build(rows.mid(0, 20), {}, warm)}, ChartExportOptions());
    }
    QElapsedTimer timer;
    for (const auto layout : {TrendChartOptions::Layout::Lines, TrendChartOptions::Layout::SmallMultiples}) {
        timer.start();
        TrendChartOptions options;
        options.layout = layout;
        options.maxRegions = 30;
        const ChartData chart = TrendChartBuilder::build(rows, targets, options);
        const qint64 built = timer.nsecsElapsed();
        const QImage image = ChartExporter::image({chart}, ChartExportOptions());
        const qint64 rendered = timer.nsecsElapsed();
        const bool lines = layout == TrendChartOptions::Layout::Lines;
        row(lines ? QStringLiteral("trend: 5 years × 30 regions, build + render (target < 300 ms)")
                  : QStringLiteral("small multiples: 30 regions × 5 years, build + render (target < 300 ms)"),
            ms(rendered),
            QStringLiteral("build %1 from %2 rows of 3,000 regions; %3 series; %4×%5 image")
                .arg(ms(built))
                .arg(rows.size() + targets.size())
                .arg(chart.series.size())
                .arg(image.width())
                .arg(image.height()));
    }

    QVector<ComparisonRow> latest;
    for (const ComparisonRow& each : std::as_const(rows)) {
        if (each.period == QLatin1String("2024"))
            latest.append(each);
    }
    const QByteArray geojson = gridBoundaries(rows);
    timer.restart();
    RegionBoundaries boundaries;
    QString error;
    boundaries.loadFromBytes(geojson, Gazetteer::builtin(), &error);
    const qint64 loaded = timer.nsecsElapsed();
    for (const auto classes : {ChartData::Classes::Quantile, ChartData::Classes::NaturalBreaks}) {
        timer.restart();
        MapChartOptions options;
        options.classes = classes;
        const ChartData chart = MapChartBuilder::build(latest, boundaries, options);
        const qint64 built = timer.nsecsElapsed();
        const QImage image = ChartExporter::image({chart}, ChartExportOptions());
        const qint64 rendered = timer.nsecsElapsed();
        const bool quantile = classes == ChartData::Classes::Quantile;
        row(quantile ? QStringLiteral("map: 3,000 regions, quantiles, build + render (target < 300 ms)")
                     : QStringLiteral("map: 3,000 regions, natural breaks, build + render (target < 300 ms)"),
            ms(rendered),
            QStringLiteral("build %1; %2 outlines (%3 with data); GeoJSON read once %4 (%5 KB)")
                .arg(ms(built))
                .arg(chart.shapes.size())
                .arg(latest.size())
                .arg(ms(loaded))
                .arg(geojson.size() / 1024));
    }
}
