#include "Commands.h"

#include "compare/ComparisonChartBuilder.h"
#include "compare/ComparisonSource.h"
#include "compare/ComparisonTableModel.h"
#include "compare/MapChartBuilder.h"
#include "compare/PerCapita.h"
#include "compare/TrendChartBuilder.h"
#include "compare/TrendSource.h"
#include "export/ChartExporter.h"
#include "gazetteer/Gazetteer.h"
#include "gazetteer/RegionBoundaries.h"
#include "metrics/Taxonomy.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/IndicatorStore.h"
#include "storage/MetricStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace rs::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rs::cli::ChartCommand", text);
}

QStringList splitList(const QStringList& values)
{
    QStringList items;
    for (const QString& value : values) {
        for (const QString& item : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            items.append(item.trimmed());
    }
    return items;
}

QString usageText()
{
    return tr(
        "usage: regionscope-cli [--db FILE] chart --metric KEY [--period YEAR] [--regions CODE,...] [--top "
        "N]\n"
        "       --format png|svg|pdf|pptx|xlsx|csv -o FILE [--title TEXT] [--width PX] [--height PX] "
        "[--scale 1|2|3]\n"
        "       [--transparent] [--no-notes] [--sort value|code] [--reference none|mean|median]\n"
        "       [--style bars|dots] [--select CODE,...] [--kind bar|trend|multiples|map] [--per INDICATOR]\n"
        "       [--axis shared|independent] [--years N] [--boundaries FILE.geojson]\n"
        "       [--classes quantile|natural] [--map-source TEXT] [--map-approval TEXT]");
}

} // namespace

int chartCommand(CommandContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption metricOption(QStringLiteral("metric"), tr("Metric key (repeat for several)."),
                                          QStringLiteral("KEY"));
    const QCommandLineOption periodOption(QStringLiteral("period"), tr("Year."), QStringLiteral("YEAR"));
    const QCommandLineOption regionsOption(QStringLiteral("regions"),
                                           tr("Region codes, each with the regions under it."),
                                           QStringLiteral("CODES"));
    const QCommandLineOption topOption(QStringLiteral("top"), tr("Only the N largest (plus --select)."),
                                       QStringLiteral("N"));
    const QCommandLineOption bottomOption(QStringLiteral("bottom"),
                                          tr("Only the N smallest (plus --select)."), QStringLiteral("N"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format."),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Output file."), QStringLiteral("FILE"));
    const QCommandLineOption titleOption(QStringLiteral("title"), tr("Chart title."), QStringLiteral("TEXT"));
    const QCommandLineOption widthOption(QStringLiteral("width"), tr("Width in pixels."),
                                         QStringLiteral("PX"), QStringLiteral("1920"));
    const QCommandLineOption heightOption(QStringLiteral("height"), tr("Height in pixels."),
                                          QStringLiteral("PX"), QStringLiteral("1080"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), tr("PNG scale."), QStringLiteral("S"),
                                         QStringLiteral("1"));
    const QCommandLineOption transparentOption(QStringLiteral("transparent"),
                                               tr("Transparent PNG background."));
    const QCommandLineOption noNotesOption(QStringLiteral("no-notes"),
                                           tr("Leave out title, unit line and notes."));
    const QCommandLineOption sortOption(QStringLiteral("sort"), tr("value or code."), QStringLiteral("ORDER"),
                                        QStringLiteral("value"));
    const QCommandLineOption referenceOption(QStringLiteral("reference"), tr("none, mean or median."),
                                             QStringLiteral("LINE"), QStringLiteral("none"));
    const QCommandLineOption styleOption(QStringLiteral("style"), tr("bars or dots."),
                                         QStringLiteral("STYLE"), QStringLiteral("bars"));
    const QCommandLineOption selectOption(QStringLiteral("select"), tr("Regions drawn in the accent colour."),
                                          QStringLiteral("CODES"));
    const QCommandLineOption kindOption(QStringLiteral("kind"), tr("bar, trend, multiples or map."),
                                        QStringLiteral("KIND"), QStringLiteral("bar"));
    const QCommandLineOption perOption(QStringLiteral("per"), tr("Divide by this imported indicator."),
                                       QStringLiteral("INDICATOR"));
    const QCommandLineOption axisOption(QStringLiteral("axis"), tr("shared or independent (multiples)."),
                                        QStringLiteral("AXIS"), QStringLiteral("shared"));
    const QCommandLineOption yearsOption(QStringLiteral("years"), tr("Only the last N years (trends)."),
                                         QStringLiteral("N"));
    const QCommandLineOption boundariesOption(QStringLiteral("boundaries"), tr("GeoJSON outlines (map)."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption classesOption(QStringLiteral("classes"), tr("quantile or natural (map)."),
                                           QStringLiteral("METHOD"), QStringLiteral("quantile"));
    const QCommandLineOption mapSourceOption(QStringLiteral("map-source"),
                                             tr("Where the outlines come from."), QStringLiteral("TEXT"));
    const QCommandLineOption mapApprovalOption(
        QStringLiteral("map-approval"), tr("The map approval number (审图号)."), QStringLiteral("TEXT"));
    parser.addOptions({metricOption, periodOption,      regionsOption, topOption,       bottomOption,
                       formatOption, outputOption,      titleOption,   widthOption,     heightOption,
                       scaleOption,  transparentOption, noNotesOption, sortOption,      referenceOption,
                       styleOption,  selectOption,      kindOption,    perOption,       axisOption,
                       yearsOption,  boundariesOption,  classesOption, mapSourceOption, mapApprovalOption});

    auto usageError = [&](const QString& message) {
        context.err << "regionscope-cli chart: " << message << '\n' << usageText() << '\n';
        return UsageError;
    };
    if (!parser.parse(QStringList{QStringLiteral("chart")} + context.arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument %1").arg(parser.positionalArguments().first()));

    ComparisonQuery query;
    query.keys = splitList(parser.values(metricOption));
    QStringList known;
    for (const Taxonomy::Entry& entry : Taxonomy::builtin().entries())
        known.append(entry.key);
    const QString keysHint = tr("metric keys: %1\n(regionscope-cli metrics --keys lists them with labels "
                                "and how many figures each has)")
                                 .arg(known.join(QStringLiteral(", ")));
    if (query.keys.isEmpty())
        return usageError(tr("--metric is required; ") + keysHint);
    for (const QString& key : std::as_const(query.keys)) {
        if (!Taxonomy::builtin().entry(key))
            return usageError(tr("unknown metric key %1; ").arg(key) + keysHint);
    }
    query.period = parser.value(periodOption);
    if (parser.isSet(regionsOption)) {
        query.scope = ComparisonQuery::Scope::Codes;
        query.regionCodes = splitList(parser.values(regionsOption));
        for (const QString& code : std::as_const(query.regionCodes)) {
            if (!Gazetteer::builtin().region(code).isValid())
                return usageError(tr("unknown region code %1").arg(code));
        }
    }
    ChartFormat format = ChartFormat::Png;
    if (!ChartExporter::formatFromName(parser.value(formatOption), &format))
        return usageError(tr("--format must be png, svg, pdf, pptx, xlsx or csv"));
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return usageError(tr("-o FILE is required"));

    ComparisonChartOptions chartOptions;
    bool ok = true;
    chartOptions.topN = parser.isSet(topOption) ? parser.value(topOption).toInt(&ok) : 0;
    if (!ok || chartOptions.topN < 0)
        return usageError(tr("--top needs a positive number"));
    if (parser.isSet(bottomOption)) {
        if (parser.isSet(topOption))
            return usageError(tr("--top and --bottom exclude each other"));
        chartOptions.topN = parser.value(bottomOption).toInt(&ok);
        chartOptions.bottom = true;
        if (!ok || chartOptions.topN <= 0)
            return usageError(tr("--bottom needs a positive number"));
    }
    chartOptions.title = parser.value(titleOption);
    chartOptions.selectedCodes = splitList(parser.values(selectOption));
    const QString sort = parser.value(sortOption);
    const QString reference = parser.value(referenceOption);
    const QString style = parser.value(styleOption);
    if (sort != QLatin1String("value") && sort != QLatin1String("code"))
        return usageError(tr("--sort must be value or code"));
    if (reference != QLatin1String("none") && reference != QLatin1String("mean") &&
        reference != QLatin1String("median"))
        return usageError(tr("--reference must be none, mean or median"));
    if (style != QLatin1String("bars") && style != QLatin1String("dots"))
        return usageError(tr("--style must be bars or dots"));
    chartOptions.sort = sort == QLatin1String("code") ? ComparisonChartOptions::Sort::ByCode
                                                      : ComparisonChartOptions::Sort::ByValue;
    chartOptions.reference = reference == QLatin1String("mean") ? ComparisonChartOptions::Reference::Mean
                             : reference == QLatin1String("median")
                                 ? ComparisonChartOptions::Reference::Median
                                 : ComparisonChartOptions::Reference::None;
    chartOptions.style = style == QLatin1String("dots") ? ComparisonChartOptions::Style::Dots
                                                        : ComparisonChartOptions::Style::Bars;
    chartOptions.regionsDescription = ComparisonSource::scopeDescription(Gazetteer::builtin(), query);

    ChartExportOptions exportOptions;
    bool widthOk = true;
    bool heightOk = true;
    bool scaleOk = true;
    exportOptions.size =
        QSize(parser.value(widthOption).toInt(&widthOk), parser.value(heightOption).toInt(&heightOk));
    exportOptions.scale = parser.value(scaleOption).toDouble(&scaleOk);
    if (!widthOk || !heightOk || !scaleOk || exportOptions.size.width() < 200 ||
        exportOptions.size.height() < 150 || exportOptions.size.width() > 20000 ||
        exportOptions.size.height() > 20000 || exportOptions.scale <= 0 || exportOptions.scale > 4)
        return usageError(tr("size must be 200×150 to 20000×20000 pixels, scale above 0 and at most 4"));
    exportOptions.transparent = parser.isSet(transparentOption);
    exportOptions.includeNotes = !parser.isSet(noNotesOption);

    const QString kind = parser.value(kindOption);
    if (kind != QLatin1String("bar") && kind != QLatin1String("trend") &&
        kind != QLatin1String("multiples") && kind != QLatin1String("map"))
        return usageError(tr("--kind must be bar, trend, multiples or map"));
    const QString axis = parser.value(axisOption);
    if (axis != QLatin1String("shared") && axis != QLatin1String("independent"))
        return usageError(tr("--axis must be shared or independent"));
    const QString classes = parser.value(classesOption);
    if (classes != QLatin1String("quantile") && classes != QLatin1String("natural"))
        return usageError(tr("--classes must be quantile or natural"));
    int lastYears = 0;
    if (parser.isSet(yearsOption)) {
        lastYears = parser.value(yearsOption).toInt(&ok);
        if (!ok || lastYears <= 0)
            return usageError(tr("--years needs a positive number"));
    }
    if (kind == QLatin1String("map") && !parser.isSet(boundariesOption))
        return usageError(tr("--kind map needs --boundaries FILE.geojson (outlines keyed by region code)"));
    RegionBoundaries boundaries;
    if (kind == QLatin1String("map")) {
        QString boundaryError;
        if (!boundaries.load(parser.value(boundariesOption), Gazetteer::builtin(), &boundaryError)) {
            context.err << "regionscope-cli chart: " << parser.value(boundariesOption) << ": "
                        << boundaryError << '\n';
            return SomeFailed;
        }
        for (const RegionBoundaries::Unmatched& unmatched : boundaries.unmatched())
            context.err << tr("warning: feature %1 (%2) left out: %3")
                               .arg(unmatched.feature)
                               .arg(unmatched.name, unmatched.reason)
                        << '\n';
    }

    Database database;
    if (!database.openSqlite(context.databasePath)) {
        context.err << "regionscope-cli: " << database.error() << '\n';
        return SomeFailed;
    }
    PerCapita perCapita;
    if (parser.isSet(perOption)) {
        const QString indicator = parser.value(perOption);
        QVector<IndicatorValue> values;
        QString indicatorError;
        if (!IndicatorStore(database).values(indicator, &values, &indicatorError)) {
            context.err << "regionscope-cli chart: " << indicatorError << '\n';
            return SomeFailed;
        }
        if (values.isEmpty())
            return usageError(tr("no indicator %1 is stored; import it with \"indicators import FILE\" "
                                 "(\"indicators list\" shows what is stored)")
                                  .arg(indicator));
        perCapita = PerCapita(indicator, values);
    }
    const MetricStore metrics(database);
    const ArticleStore articles(database);
    QVector<ChartData> charts;
    QString loadedPeriod;
    if (kind == QLatin1String("trend") || kind == QLatin1String("multiples")) {
        const TrendSource::Result trend = TrendSource(database, Gazetteer::builtin()).load(query);
        if (!trend.error.isEmpty()) {
            context.err << "regionscope-cli chart: " << trend.error << '\n';
            return SomeFailed;
        }
        TrendChartOptions trendOptions;
        trendOptions.layout = kind == QLatin1String("multiples") ? TrendChartOptions::Layout::SmallMultiples
                                                                 : TrendChartOptions::Layout::Lines;
        trendOptions.sharedAxis = axis == QLatin1String("shared");
        trendOptions.maxRegions = chartOptions.topN > 0 ? chartOptions.topN : 30;
        trendOptions.lastYears = lastYears;
        trendOptions.selectedCodes = chartOptions.selectedCodes;
        trendOptions.title = chartOptions.title;
        trendOptions.regionsDescription = chartOptions.regionsDescription;
        QVector<ComparisonRow> rows = trend.rows;
        QVector<ComparisonRow> targets = trend.targets;
        if (perCapita.isValid()) {
            rows = perCapita.apply(rows);
            targets = perCapita.apply(targets);
        }
        const ChartData chart = TrendChartBuilder::build(rows, targets, trendOptions);
        if (!chart.series.isEmpty())
            charts.append(chart);
        if (!chart.categories.isEmpty())
            loadedPeriod = chart.categories.first() + QLatin1Char('-') + chart.categories.last();
    } else {
        const ComparisonSource::Result loaded =
            ComparisonSource(metrics, articles, Gazetteer::builtin()).load(query);
        loadedPeriod = loaded.period;
        QVector<ComparisonRow> rows = loaded.rows;
        if (perCapita.isValid())
            rows = perCapita.apply(rows);
        if (kind == QLatin1String("map")) {
            MapChartOptions mapOptions;
            mapOptions.classes = classes == QLatin1String("natural") ? ChartData::Classes::NaturalBreaks
                                                                     : ChartData::Classes::Quantile;
            mapOptions.selectedCodes = chartOptions.selectedCodes;
            mapOptions.title = chartOptions.title;
            mapOptions.regionsDescription = chartOptions.regionsDescription;
            mapOptions.mapSource = parser.value(mapSourceOption);
            mapOptions.mapApproval = parser.value(mapApprovalOption);
            const ChartData chart = MapChartBuilder::build(rows, boundaries, mapOptions);
            if (!chart.series.isEmpty() && !chart.series.first().metricKey.isEmpty())
                charts.append(chart);
        } else {
            ComparisonTableModel model;
            model.setRows(rows);
            charts = ComparisonChartBuilder::build(model, chartOptions);
        }
    }
    if (perCapita.isValid())
        perCapita.annotate(&charts, ChartText::Language::Chinese, !chartOptions.title.isEmpty());
    QString error;
    if (charts.isEmpty() || !ChartExporter::write(output, format, charts, exportOptions, &error)) {
        if (charts.isEmpty())
            error = tr("no region reports %1%2")
                        .arg(query.keys.join(QStringLiteral(", ")),
                             query.period.isEmpty() ? QString() : tr(" for %1").arg(query.period));
        context.err << "regionscope-cli chart: " << error << '\n';
        return SomeFailed;
    }
    int regions = 0;
    for (const ChartData& chart : charts) {
        if (chart.kind == ChartData::Kind::Line || chart.kind == ChartData::Kind::SmallMultiples) {
            for (const ChartSeries& series : chart.series)
                regions += series.target ? 0 : 1;
        } else {
            regions += int(chart.categories.size());
        }
    }
    context.out << tr("wrote %1 (%2 chart(s), %3 region(s), period %4)")
                       .arg(output)
                       .arg(charts.size())
                       .arg(regions)
                       .arg(loadedPeriod.isEmpty() ? tr("any") : loadedPeriod)
                << '\n';
    return Success;
}

} // namespace rs::cli
