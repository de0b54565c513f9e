#include "Commands.h"

#include "comparison/ComparisonChartBuilder.h"
#include "comparison/ComparisonSource.h"
#include "comparison/ComparisonTableModel.h"
#include "export/ChartExporter.h"
#include "gazetteer/Gazetteer.h"
#include "metrics/Taxonomy.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
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

QString usageText()
{
    return tr("usage: regionscope-cli [--db FILE] chart --metric KEY [--period YEAR|latest|best] [--regions "
              "CODE,...] "
              "[--top N]\n"
              "       --format png|svg|pdf|pptx|xlsx|csv -o FILE [--title TEXT] [--width PX] [--height PX] "
              "[--scale 1|2|3]\n"
              "       [--transparent] [--no-notes] [--sort value|code] [--reference none|mean|median]\n"
              "       [--style bars|dots] [--select CODE,...] [--targets]");
}

// The command's options, declared once for the parser and for reading them back. Built in chartCommand(),
// where lupdate finds their texts in the rs::cli context like the command's other messages.
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

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({metric, period, regions, top, bottom, format, output, title, width, height, scale,
                           transparent, noNotes, sort, reference, style, select, targets});
    }
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

// Loads the figures, builds the charts and writes them; says what it wrote.
int writeCharts(CommandContext& context, const ComparisonQuery& query, ComparisonChartOptions chartOptions,
                ChartFormat format, const QString& output, const ChartExportOptions& exportOptions)
{
    Database database;
    if (!openDatabase(context, database))
        return SomeFailed;
    const MetricStore metrics(database);
    const ArticleStore articles(database);
    const ComparisonSource::Result loaded =
        ComparisonSource(metrics, articles, Gazetteer::builtin()).load(query);
    ComparisonTableModel model;
    model.setRows(loaded.rows);
    chartOptions.latestPerRegion = query.latestPerRegion();
    chartOptions.leftOut = loaded.leftOut;
    const QVector<ChartData> charts = ComparisonChartBuilder::build(model, chartOptions);
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
    for (const ChartData& chart : charts)
        regions += int(chart.categories.size());
    context.out << QStringLiteral("wrote %1 (%2 chart(s), %3 region(s), period %4)")
                       .arg(output)
                       .arg(charts.size())
                       .arg(regions)
                       .arg(loaded.period.isEmpty()   ? tr("any")
                            : query.latestPerRegion() ? tr("latest per region")
                                                      : loaded.period)
                << '\n';
    return Success;
}

} // namespace

int chartCommand(CommandContext& context)
{
    QCommandLineParser parser;
    const ChartCommandOptions options{
        QCommandLineOption(QStringLiteral("metric"), tr("Metric key (repeat for several)."),
                           QStringLiteral("KEY")),
        QCommandLineOption(QStringLiteral("period"),
                           tr("Year; latest (default): each region's latest year, each bar labelled with it; "
                              "best: the year most regions report."),
                           QStringLiteral("YEAR")),
        QCommandLineOption(QStringLiteral("regions"), tr("Region codes, each with the regions under it."),
                           QStringLiteral("CODES")),
        QCommandLineOption(QStringLiteral("top"), tr("Only the N largest (plus --select)."),
                           QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("bottom"), tr("Only the N smallest (plus --select)."),
                           QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("format"), tr("Output format."), QStringLiteral("FORMAT")),
        QCommandLineOption(QStringList{QStringLiteral("o"), QStringLiteral("output")}, tr("Output file."),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("title"), tr("Chart title."), QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("width"), tr("Width in pixels."), QStringLiteral("PX"),
                           QStringLiteral("1920")),
        QCommandLineOption(QStringLiteral("height"), tr("Height in pixels."), QStringLiteral("PX"),
                           QStringLiteral("1080")),
        QCommandLineOption(QStringLiteral("scale"), tr("PNG scale."), QStringLiteral("S"),
                           QStringLiteral("1")),
        QCommandLineOption(QStringLiteral("transparent"), tr("Transparent PNG background.")),
        QCommandLineOption(QStringLiteral("no-notes"), tr("Leave out title, unit line and notes.")),
        QCommandLineOption(QStringLiteral("sort"), tr("value or code."), QStringLiteral("ORDER"),
                           QStringLiteral("value")),
        QCommandLineOption(QStringLiteral("reference"), tr("none, mean or median."), QStringLiteral("LINE"),
                           QStringLiteral("none")),
        QCommandLineOption(QStringLiteral("style"), tr("bars or dots."), QStringLiteral("STYLE"),
                           QStringLiteral("bars")),
        QCommandLineOption(QStringLiteral("select"), tr("Regions drawn in the accent colour."),
                           QStringLiteral("CODES")),
        QCommandLineOption(QStringLiteral("targets"), tr("Chart plans and targets too.")),
    };
    options.addTo(parser);
    const auto usageError = [&](const QString& message) {
        context.err << "regionscope-cli chart: " << message << '\n' << usageText() << '\n';
        return UsageError;
    };
    if (!parser.parse(QStringList{QStringLiteral("chart")} + context.arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument %1").arg(parser.positionalArguments().first()));

    ComparisonQuery query;
    ChartFormat format = ChartFormat::Png;
    QString output;
    ComparisonChartOptions chartOptions;
    ChartExportOptions exportOptions;
    QString problem = readQuery(parser, options, &query);
    if (problem.isEmpty())
        problem = readOutput(parser, options, &format, &output);
    if (problem.isEmpty())
        problem = readChartOptions(parser, options, query, &chartOptions);
    if (problem.isEmpty())
        problem = readExportOptions(parser, options, &exportOptions);
    if (!problem.isEmpty())
        return usageError(problem);
    return writeCharts(context, query, chartOptions, format, output, exportOptions);
}

} // namespace rs::cli
