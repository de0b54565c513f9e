#include "Commands.h"

#include "comparison/ComparisonChartBuilder.h"
#include "comparison/ComparisonSource.h"
#include "comparison/ComparisonTableModel.h"
#include "comparison/MapChartBuilder.h"
#include "comparison/PerCapita.h"
#include "comparison/TrendChartBuilder.h"
#include "comparison/TrendSource.h"
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

QStringList splitList(const QStringList& values)
{
    QStringList items;
    for (const QString& value : values) {
        for (const QString& item : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            items.append(item.trimmed());
    }
    return items;
}

// The command's options, declared once for the parser, the help and reading them back. Built in
// chartOptions(), where lupdate finds their texts in the rs::cli context like the command's other messages.
struct ChartCommandOptions
{
    const QCommandLineOption metric;
    const QCommandLineOption period;
    const QCommandLineOption regions;
    const QCommandLineOption top;
    const QCommandLineOption bottom;
    const QCommandLineOption format;
    const QCommandLineOption output;
    const QCommandLineOption title;
    const QCommandLineOption width;
    const QCommandLineOption height;
    const QCommandLineOption scale;
    const QCommandLineOption transparent;
    const QCommandLineOption noNotes;
    const QCommandLineOption sort;
    const QCommandLineOption reference;
    const QCommandLineOption style;
    const QCommandLineOption select;
    const QCommandLineOption targets;
    const QCommandLineOption kind;
    const QCommandLineOption per;
    const QCommandLineOption axis;
    const QCommandLineOption years;
    const QCommandLineOption boundaries;
    const QCommandLineOption classes;
    const QCommandLineOption mapSource;
    const QCommandLineOption mapApproval;

    // In the order the help lists them; --metric, --format and -o are required.
    void addTo(CommandSyntax& syntax) const
    {
        syntax.option(metric, true).option(period).option(targets).option(regions).option(top).option(bottom);
        syntax.option(select).option(format, true).option(output, true).option(title).option(width);
        syntax.option(height)
            .option(scale)
            .option(transparent)
            .option(noNotes)
            .option(sort)
            .option(reference);
        syntax.option(style).option(kind).option(per).option(axis).option(years).option(boundaries);
        syntax.option(classes).option(mapSource).option(mapApproval);
    }
};

// What kind of chart and what it is divided by: bar (default), trend, multiples or map.
struct ChartKind
{
    QString name = QStringLiteral("bar");
    bool sharedAxis = true;
    bool naturalBreaks = false;
    int lastYears = 0;
    QString perIndicator;
    QString boundariesPath;
    QString mapSource;
    QString mapApproval;

    bool isTrend() const { return name == QLatin1String("trend") || name == QLatin1String("multiples"); }
    bool isMap() const { return name == QLatin1String("map"); }
};

// Each read… step returns the usage error in words, empty when the options are fine.

QString readQuery(const QCommandLineParser& parser, const ChartCommandOptions& o, ComparisonQuery* query)
{
    query->keys = splitList(parser.values(o.metric));
    QStringList known;
    for (const Taxonomy::Entry& entry : Taxonomy::builtin().entries())
        known.append(entry.key);
    const QString keysHint = tr("metric keys: %1\n(regionscope-cli metrics --keys lists them with labels "
                                "and how many figures each has)")
                                 .arg(known.join(QStringLiteral(", ")));
    if (query->keys.isEmpty())
        return tr("--metric is required; ") + keysHint;
    for (const QString& key : std::as_const(query->keys)) {
        // KEY or KEY/SUBKEY (enterprises/high_tech): a sub-key compares like with like.
        const Taxonomy::Entry* entry = Taxonomy::builtin().entry(key.section(QLatin1Char('/'), 0, 0));
        bool isKnown = entry != nullptr;
        if (entry && key.contains(QLatin1Char('/'))) {
            isKnown = false;
            for (const Taxonomy::Entry::SubKey& sub : entry->subKeys)
                isKnown = isKnown || sub.key == key.section(QLatin1Char('/'), 1);
        }
        if (!isKnown)
            return tr("unknown metric key %1; ").arg(key) + keysHint;
    }
    // Default: each region's latest year, so every region that reports the metric is drawn;
    // "best" is the single year most regions report.
    query->period = parser.isSet(o.period) ? parser.value(o.period) : ComparisonQuery::latest();
    if (query->period == QLatin1String("best")) {
        query->period.clear();
    } else if (!query->latestPerRegion()) {
        bool yearOk = false;
        const int year = query->period.toInt(&yearOk);
        if (!yearOk || year < 1900 || year > 2100)
            return tr("--period must be a year (2023), latest or best");
    }
    query->includeTargets = parser.isSet(o.targets);
    if (parser.isSet(o.regions)) {
        query->scope = ComparisonQuery::Scope::Codes;
        query->regionCodes = splitList(parser.values(o.regions));
        for (const QString& code : std::as_const(query->regionCodes)) {
            if (!Gazetteer::builtin().region(code).isValid())
                return tr("unknown region code %1").arg(code);
        }
    }
    return QString();
}

QString readOutput(const QCommandLineParser& parser, const ChartCommandOptions& o, ChartFormat* format,
                   QString* output)
{
    if (!ChartExporter::formatFromName(parser.value(o.format), format))
        return tr("--format must be png, svg, pdf, pptx, xlsx or csv");
    *output = parser.value(o.output);
    if (output->isEmpty())
        return tr("-o FILE is required");
    return QString();
}

QString readChartOptions(const QCommandLineParser& parser, const ChartCommandOptions& o,
                         const ComparisonQuery& query, ComparisonChartOptions* chartOptions)
{
    bool ok = true;
    chartOptions->topN = parser.isSet(o.top) ? parser.value(o.top).toInt(&ok) : 0;
    if (!ok || chartOptions->topN < 0)
        return tr("--top needs a positive number");
    if (parser.isSet(o.bottom)) {
        if (parser.isSet(o.top))
            return tr("--top and --bottom exclude each other");
        chartOptions->topN = parser.value(o.bottom).toInt(&ok);
        chartOptions->bottom = true;
        if (!ok || chartOptions->topN <= 0)
            return tr("--bottom needs a positive number");
    }
    chartOptions->title = parser.value(o.title);
    chartOptions->selectedCodes = splitList(parser.values(o.select));
    const QString sort = parser.value(o.sort);
    const QString reference = parser.value(o.reference);
    const QString style = parser.value(o.style);
    if (sort != QLatin1String("value") && sort != QLatin1String("code"))
        return tr("--sort must be value or code");
    if (reference != QLatin1String("none") && reference != QLatin1String("mean") &&
        reference != QLatin1String("median"))
        return tr("--reference must be none, mean or median");
    if (style != QLatin1String("bars") && style != QLatin1String("dots"))
        return tr("--style must be bars or dots");
    chartOptions->sort = sort == QLatin1String("code") ? ComparisonChartOptions::Sort::ByCode
                                                       : ComparisonChartOptions::Sort::ByValue;
    chartOptions->reference = reference == QLatin1String("mean") ? ComparisonChartOptions::Reference::Mean
                              : reference == QLatin1String("median")
                                  ? ComparisonChartOptions::Reference::Median
                                  : ComparisonChartOptions::Reference::None;
    chartOptions->style = style == QLatin1String("dots") ? ComparisonChartOptions::Style::Dots
                                                         : ComparisonChartOptions::Style::Bars;
    chartOptions->regionsDescription = ComparisonSource::scopeDescription(Gazetteer::builtin(), query);
    return QString();
}

QString readExportOptions(const QCommandLineParser& parser, const ChartCommandOptions& o,
                          ChartExportOptions* exportOptions)
{
    bool widthOk = true;
    bool heightOk = true;
    bool scaleOk = true;
    exportOptions->size =
        QSize(parser.value(o.width).toInt(&widthOk), parser.value(o.height).toInt(&heightOk));
    exportOptions->scale = parser.value(o.scale).toDouble(&scaleOk);
    if (!widthOk || !heightOk || !scaleOk || exportOptions->size.width() < 200 ||
        exportOptions->size.height() < 150 || exportOptions->size.width() > 20000 ||
        exportOptions->size.height() > 20000 || exportOptions->scale <= 0 || exportOptions->scale > 4)
        return tr("size must be 200×150 to 20000×20000 pixels, scale above 0 and at most 4");
    exportOptions->transparent = parser.isSet(o.transparent);
    exportOptions->includeNotes = !parser.isSet(o.noNotes);
    return QString();
}

QString readKind(const QCommandLineParser& parser, const ChartCommandOptions& o, ChartKind* kind)
{
    kind->name = parser.value(o.kind);
    if (kind->name != QLatin1String("bar") && !kind->isTrend() && !kind->isMap())
        return tr("--kind must be bar, trend, multiples or map");
    const QString axis = parser.value(o.axis);
    if (axis != QLatin1String("shared") && axis != QLatin1String("independent"))
        return tr("--axis must be shared or independent");
    kind->sharedAxis = axis == QLatin1String("shared");
    const QString classes = parser.value(o.classes);
    if (classes != QLatin1String("quantile") && classes != QLatin1String("natural"))
        return tr("--classes must be quantile or natural");
    kind->naturalBreaks = classes == QLatin1String("natural");
    if (parser.isSet(o.years)) {
        bool ok = false;
        kind->lastYears = parser.value(o.years).toInt(&ok);
        if (!ok || kind->lastYears <= 0)
            return tr("--years needs a positive number");
    }
    kind->boundariesPath = parser.value(o.boundaries);
    if (kind->isMap() && kind->boundariesPath.isEmpty())
        return tr("--kind map needs --boundaries FILE.geojson (outlines keyed by region code)");
    kind->perIndicator = parser.value(o.per);
    kind->mapSource = parser.value(o.mapSource);
    kind->mapApproval = parser.value(o.mapApproval);
    return QString();
}

// Reads the outlines of a map; warns about features that match no region.
bool loadBoundaries(CommandContext& context, const ChartKind& kind, RegionBoundaries* boundaries)
{
    QString error;
    if (!boundaries->load(kind.boundariesPath, Gazetteer::builtin(), &error)) {
        context.err << "regionscope-cli chart: " << kind.boundariesPath << ": " << error << '\n';
        return false;
    }
    for (const RegionBoundaries::Unmatched& unmatched : boundaries->unmatched())
        context.err << tr("warning: feature %1 (%2) left out: %3")
                           .arg(unmatched.feature)
                           .arg(unmatched.name, unmatched.reason)
                    << '\n';
    return true;
}

// The indicator --per divides by: Success, or the exit code with the message written (a usage error when
// no such indicator was imported).
int loadPerCapita(CommandContext& context, Database& database, const QString& indicator, PerCapita* perCapita)
{
    QVector<IndicatorValue> values;
    QString error;
    if (!IndicatorStore(database).values(indicator, &values, &error)) {
        context.err << "regionscope-cli chart: " << error << '\n';
        return SomeFailed;
    }
    if (values.isEmpty()) {
        context.err << "regionscope-cli chart: "
                    << tr("no indicator %1 is stored; import it with \"indicators import FILE\" "
                          "(\"indicators list\" shows what is stored)")
                           .arg(indicator)
                    << '\n';
        return UsageError;
    }
    *perCapita = PerCapita(indicator, values);
    return Success;
}

// A trend or small multiples: each region's figures over the years. `period` says the years drawn.
bool buildTrendChart(CommandContext& context, Database& database, const ComparisonQuery& query,
                     const ComparisonChartOptions& chartOptions, const ChartKind& kind, PerCapita& perCapita,
                     QVector<ChartData>* charts, QString* period)
{
    const TrendSource::Result trend = TrendSource(database, Gazetteer::builtin()).load(query);
    if (!trend.error.isEmpty()) {
        context.err << "regionscope-cli chart: " << trend.error << '\n';
        return false;
    }
    TrendChartOptions trendOptions;
    trendOptions.layout = kind.name == QLatin1String("multiples") ? TrendChartOptions::Layout::SmallMultiples
                                                                  : TrendChartOptions::Layout::Lines;
    trendOptions.sharedAxis = kind.sharedAxis;
    trendOptions.maxRegions = chartOptions.topN > 0 ? chartOptions.topN : 30;
    trendOptions.lastYears = kind.lastYears;
    trendOptions.selectedCodes = chartOptions.selectedCodes;
    trendOptions.title = chartOptions.title;
    trendOptions.regionsDescription = chartOptions.regionsDescription;
    const QVector<ComparisonRow> rows = perCapita.isValid() ? perCapita.apply(trend.rows) : trend.rows;
    const QVector<ComparisonRow> targets =
        perCapita.isValid() ? perCapita.apply(trend.targets) : trend.targets;
    const ChartData chart = TrendChartBuilder::build(rows, targets, trendOptions);
    if (!chart.series.isEmpty())
        charts->append(chart);
    if (!chart.categories.isEmpty())
        *period = chart.categories.first() + QLatin1Char('-') + chart.categories.last();
    return true;
}

// Bars or a map: one figure per region. `period` says the year drawn, or "latest per region".
void buildRegionCharts(Database& database, const ComparisonQuery& query, ComparisonChartOptions chartOptions,
                       const ChartKind& kind, PerCapita& perCapita, const RegionBoundaries& boundaries,
                       QVector<ChartData>* charts, QString* period)
{
    const MetricStore metrics(database);
    const ArticleStore articles(database);
    const ComparisonSource::Result loaded =
        ComparisonSource(metrics, articles, Gazetteer::builtin()).load(query);
    *period = loaded.period.isEmpty()   ? QString()
              : query.latestPerRegion() ? tr("latest per region")
                                        : loaded.period;
    const QVector<ComparisonRow> rows = perCapita.isValid() ? perCapita.apply(loaded.rows) : loaded.rows;
    if (kind.isMap()) {
        MapChartOptions mapOptions;
        mapOptions.classes =
            kind.naturalBreaks ? ChartData::Classes::NaturalBreaks : ChartData::Classes::Quantile;
        mapOptions.selectedCodes = chartOptions.selectedCodes;
        mapOptions.title = chartOptions.title;
        mapOptions.regionsDescription = chartOptions.regionsDescription;
        mapOptions.mapSource = kind.mapSource;
        mapOptions.mapApproval = kind.mapApproval;
        const ChartData chart = MapChartBuilder::build(rows, boundaries, mapOptions);
        if (!chart.series.isEmpty() && !chart.series.first().metricKey.isEmpty())
            charts->append(chart);
        return;
    }
    ComparisonTableModel model;
    model.setRows(rows);
    chartOptions.latestPerRegion = query.latestPerRegion();
    chartOptions.leftOut = loaded.leftOut;
    *charts = ComparisonChartBuilder::build(model, chartOptions);
}

// Loads the figures, builds the charts and writes them; says what it wrote.
int writeCharts(CommandContext& context, const ComparisonQuery& query,
                const ComparisonChartOptions& chartOptions, const ChartKind& kind, ChartFormat format,
                const QString& output, const ChartExportOptions& exportOptions)
{
    RegionBoundaries boundaries;
    if (kind.isMap() && !loadBoundaries(context, kind, &boundaries))
        return SomeFailed;
    Database database;
    if (!openDatabase(context, database))
        return SomeFailed;
    PerCapita perCapita;
    if (!kind.perIndicator.isEmpty()) {
        const int status = loadPerCapita(context, database, kind.perIndicator, &perCapita);
        if (status != Success)
            return status;
    }
    QVector<ChartData> charts;
    QString period;
    if (kind.isTrend()) {
        if (!buildTrendChart(context, database, query, chartOptions, kind, perCapita, &charts, &period))
            return SomeFailed;
    } else {
        buildRegionCharts(database, query, chartOptions, kind, perCapita, boundaries, &charts, &period);
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
    context.out << QStringLiteral("wrote %1 (%2 chart(s), %3 region(s), period %4)")
                       .arg(output)
                       .arg(charts.size())
                       .arg(regions)
                       .arg(period.isEmpty() ? tr("any") : period)
                << '\n';
    return Success;
}

ChartCommandOptions chartOptions()
{
    return ChartCommandOptions{
        QCommandLineOption(QStringLiteral("metric"),
                           tr("metric key from the taxonomy (repeat for several), or KEY/SUBKEY for one kind "
                              "under it (enterprises/high_tech)"),
                           QStringLiteral("KEY")),
        QCommandLineOption(QStringLiteral("period"),
                           tr("the year to compare; latest (default): each region's latest year, each bar "
                              "labelled with its year; best: the year most regions report"),
                           QStringLiteral("YEAR")),
        QCommandLineOption(QStringLiteral("regions"), tr("only these regions and the regions under them"),
                           QStringLiteral("CODE,...")),
        QCommandLineOption(QStringLiteral("top"), tr("only the N largest, plus --select"),
                           QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("bottom"), tr("only the N smallest, plus --select"),
                           QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("format"), tr("png, svg, pdf, pptx, xlsx or csv"),
                           QStringLiteral("FORMAT")),
        QCommandLineOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                           tr("the file to write"), QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("title"), tr("the chart's title"), QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("width"), tr("width in pixels"), QStringLiteral("PX"),
                           QStringLiteral("1920")),
        QCommandLineOption(QStringLiteral("height"), tr("height in pixels"), QStringLiteral("PX"),
                           QStringLiteral("1080")),
        QCommandLineOption(QStringLiteral("scale"), tr("PNG scale"), QStringLiteral("1|2|3"),
                           QStringLiteral("1")),
        QCommandLineOption(QStringLiteral("transparent"), tr("transparent PNG background")),
        QCommandLineOption(QStringLiteral("no-notes"),
                           tr("leave out the title, unit line, filters and sources")),
        QCommandLineOption(QStringLiteral("sort"), tr("order of the regions"), QStringLiteral("value|code"),
                           QStringLiteral("value")),
        QCommandLineOption(QStringLiteral("reference"), tr("reference line"),
                           QStringLiteral("none|mean|median"), QStringLiteral("none")),
        QCommandLineOption(QStringLiteral("style"), tr("bars or dots"), QStringLiteral("bars|dots"),
                           QStringLiteral("bars")),
        QCommandLineOption(QStringLiteral("select"), tr("regions drawn in the accent colour"),
                           QStringLiteral("CODE,...")),
        QCommandLineOption(QStringLiteral("targets"), tr("chart plans and targets too")),
        QCommandLineOption(QStringLiteral("kind"), tr("bar, trend, multiples or map"), QStringLiteral("KIND"),
                           QStringLiteral("bar")),
        QCommandLineOption(QStringLiteral("per"), tr("per 10,000 residents, or per unit of the indicator"),
                           QStringLiteral("INDICATOR")),
        QCommandLineOption(QStringLiteral("axis"), tr("small multiples: one value axis or one per panel"),
                           QStringLiteral("shared|independent"), QStringLiteral("shared")),
        QCommandLineOption(QStringLiteral("years"), tr("trends: only the last N years"), QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("boundaries"), tr("GeoJSON outlines for --kind map"),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("classes"), tr("map classes"), QStringLiteral("quantile|natural"),
                           QStringLiteral("quantile")),
        QCommandLineOption(QStringLiteral("map-source"),
                           tr("where the outlines come from (default: the file's source)"),
                           QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("map-approval"),
                           tr("the map approval number (default: the file's)"), QStringLiteral("TEXT")),
    };
}

} // namespace

CommandSyntax chartSyntax()
{
    CommandSyntax syntax(QStringLiteral("chart"));
    chartOptions().addTo(syntax);
    return syntax;
}

int chartCommand(CommandContext& context)
{
    const ChartCommandOptions options = chartOptions();
    CommandSyntax syntax(QStringLiteral("chart"));
    options.addTo(syntax);
    QCommandLineParser parser;
    const auto usageError = [&](const QString& message) { return cli::usageError(context, syntax, message); };
    if (const int parsed = parseOptionsOnly(context, syntax, parser, context.arguments); parsed != Success)
        return parsed;

    ComparisonQuery query;
    ChartFormat format = ChartFormat::Png;
    QString output;
    ComparisonChartOptions chartOptions;
    ChartExportOptions exportOptions;
    ChartKind kind;
    QString problem = readQuery(parser, options, &query);
    if (problem.isEmpty())
        problem = readOutput(parser, options, &format, &output);
    if (problem.isEmpty())
        problem = readChartOptions(parser, options, query, &chartOptions);
    if (problem.isEmpty())
        problem = readExportOptions(parser, options, &exportOptions);
    if (problem.isEmpty())
        problem = readKind(parser, options, &kind);
    if (!problem.isEmpty())
        return usageError(problem);
    return writeCharts(context, query, chartOptions, kind, format, output, exportOptions);
}

} // namespace rs::cli
