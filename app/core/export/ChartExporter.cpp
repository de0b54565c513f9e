#include "ChartExporter.h"

#include "util/CsvText.h"

#include "PdfToUnicodeRepair.h"
#include "PptxWriter.h"
#include "XlsxWriter.h"

#include <QBuffer>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>
#include <functional>

namespace rs {
namespace {

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

// Trends: each series is a region (or its targets) and each category a year.
bool isTrend(const ChartData& chart)
{
    return chart.kind == ChartData::Kind::Line || chart.kind == ChartData::Kind::SmallMultiples;
}

// One value of a chart as the tables list it: its series, its category, the value (or none) and
// where it comes from.
struct ChartCell
{
    const ChartSeries& series;
    int category;
    std::optional<double> value;
    ChartValueSource source;
};

// Calls `visit` for every cell of the chart, series by series, category by category.
void forEachCell(const ChartData& chart, const std::function<void(const ChartCell&)>& visit)
{
    for (const ChartSeries& series : chart.series) {
        for (int i = 0; i < chart.categories.size(); ++i)
            visit({series, i, series.values.value(i), series.sources.value(i)});
    }
}

// What `write` puts into a device in memory (a PNG, SVG or PDF file's bytes).
QByteArray written(const std::function<void(QIODevice*)>& write)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    write(&buffer);
    return bytes;
}

// The charts at the export's logical size on `device` (image, SVG or PDF), finished when this returns.
void paintCharts(QPaintDevice* device, const QVector<ChartData>& charts, const QSize& size,
                 const ChartPaintOptions& paintOptions)
{
    QPainter painter(device);
    ChartPainter::paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), charts, paintOptions);
}

} // namespace

ChartPaintOptions ChartExportOptions::paintOptions() const
{
    ChartPaintOptions options;
    options.includeNotes = includeNotes;
    options.background = transparent ? QColor(Qt::transparent) : QColor(Qt::white);
    options.language = language;
    return options;
}

bool ChartExporter::formatFromName(const QString& name, ChartFormat* format)
{
    const QString lower = name.toLower();
    for (ChartFormat candidate : {ChartFormat::Png, ChartFormat::Svg, ChartFormat::Pdf, ChartFormat::Csv,
                                  ChartFormat::Pptx, ChartFormat::Xlsx}) {
        if (lower == formatName(candidate)) {
            *format = candidate;
            return true;
        }
    }
    return false;
}

QString ChartExporter::formatName(ChartFormat format)
{
    switch (format) {
    case ChartFormat::Png:
        return QStringLiteral("png");
    case ChartFormat::Svg:
        return QStringLiteral("svg");
    case ChartFormat::Pdf:
        return QStringLiteral("pdf");
    case ChartFormat::Csv:
        return QStringLiteral("csv");
    case ChartFormat::Pptx:
        return QStringLiteral("pptx");
    case ChartFormat::Xlsx:
        return QStringLiteral("xlsx");
    }
    return QString();
}

QVector<QSize> ChartExporter::presets()
{
    return {QSize(1280, 720), QSize(1600, 900), QSize(1920, 1080), QSize(2560, 1440)};
}

QImage ChartExporter::image(const QVector<ChartData>& charts, const ChartExportOptions& options)
{
    const qreal scale = std::max<qreal>(0.1, options.scale);
    QImage image(QSize(int(std::lround(options.size.width() * scale)),
                       int(std::lround(options.size.height() * scale))),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(options.transparent ? Qt::transparent : Qt::white);
    paintCharts(&image, charts, options.size, options.paintOptions());
    return image;
}

QByteArray ChartExporter::png(const QVector<ChartData>& charts, const ChartExportOptions& options)
{
    return written([&](QIODevice* device) { image(charts, options).save(device, "PNG"); });
}

QByteArray ChartExporter::svg(const QVector<ChartData>& charts, const ChartExportOptions& options)
{
    return written([&](QIODevice* device) {
        QSvgGenerator generator;
        generator.setOutputDevice(device);
        generator.setSize(options.size);
        generator.setViewBox(QRect(QPoint(0, 0), options.size));
        generator.setResolution(96);
        generator.setTitle(charts.isEmpty() ? QString() : charts.first().title);
        paintCharts(&generator, charts, options.size, options.paintOptions());
    });
}

QByteArray ChartExporter::pdf(const QVector<ChartData>& charts, const ChartExportOptions& options)
{
    const QByteArray bytes = written([&](QIODevice* device) {
        QPdfWriter writer(device);
        // At 96 dpi one painter unit is one logical pixel, so the layout matches the PNG and SVG.
        writer.setResolution(96);
        writer.setPageSize(
            QPageSize(QSizeF(options.size) * 0.75, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(charts.isEmpty() ? QString() : charts.first().title);
        writer.setCreator(QStringLiteral("Regionscope"));
        ChartPaintOptions paintOptions = options.paintOptions();
        if (options.transparent)
            paintOptions.background = Qt::white; // PDF pages have no transparency to keep
        paintCharts(&writer, charts, options.size, paintOptions);
    });
    // Qt names some CJK glyphs by their radicals (⼈ for 人): the text layer must say what is drawn.
    return PdfToUnicodeRepair::repair(bytes);
}

QByteArray ChartExporter::csv(const QVector<ChartData>& charts)
{
    // Column names are identifiers for scripts and pivot tables, like the CLI's TSV headers.
    QString text = QStringLiteral("region_code,region,metric_key,metric,period,value,unit,display_value,"
                                  "display_unit,qualifier,report_id,report,published,quote,status,conflict");
    // Trends add whether a value was achieved or is a target; bar and map tables keep their columns.
    bool anyTrend = false;
    for (const ChartData& chart : charts)
        anyTrend = anyTrend || isTrend(chart);
    text += anyTrend ? QStringLiteral(",kind\r\n") : QStringLiteral("\r\n");
    for (const ChartData& chart : charts) {
        const bool trend = isTrend(chart);
        forEachCell(chart, [&](const ChartCell& cell) {
            QStringList fields{
                trend ? cell.series.regionCode : chart.categoryCodes.value(cell.category),
                trend ? cell.series.name : chart.categories.at(cell.category),
                cell.series.metricKey,
                trend ? QString() : cell.series.name,
                trend ? chart.categories.at(cell.category)
                      : (cell.source.period.isEmpty() ? chart.period : cell.source.period),
                cell.value ? number(*cell.value) : QString(),
                chart.unit,
                cell.value ? number(*cell.value / (chart.displayDivisor != 0.0 ? chart.displayDivisor : 1.0))
                           : QString(),
                chart.unitLabel,
                cell.value ? qualifierName(cell.series.qualifiers.value(cell.category)) : QString(),
                cell.source.articleId > 0 ? QString::number(cell.source.articleId) : QString(),
                cell.source.report,
                cell.source.published,
                cell.source.quote,
                cell.value ? cell.source.status : QStringLiteral("missing"),
                cell.source.conflict ? QStringLiteral("yes") : QString()};
            if (anyTrend)
                fields.append(cell.series.target ? QStringLiteral("target") : QStringLiteral("achieved"));
            text += CsvText::row(fields);
        });
    }
    return CsvText::document(text);
}

QVector<ExportTable> ChartExporter::tables(const QVector<ChartData>& charts)
{
    QVector<ExportTable> result;
    for (const ChartData& chart : charts) {
        ExportTable table = ExportTable::comparisonTable(chart.title);
        table.displayDivisor = chart.displayDivisor;
        table.displayUnitLabel = chart.unitLabel;
        table.displayDecimals = chart.displayDecimals;
        const bool trend = isTrend(chart);
        forEachCell(chart, [&](const ChartCell& cell) {
            QVector<QVariant> row(ExportTable::ComparisonColumnCount);
            row[ExportTable::Region] = trend ? cell.series.name : chart.categories.at(cell.category);
            row[ExportTable::RegionCode] =
                trend ? cell.series.regionCode : chart.categoryCodes.value(cell.category);
            if (cell.value)
                row[ExportTable::Value] = *cell.value;
            row[ExportTable::Unit] = chart.unit;
            row[ExportTable::Qualifier] =
                cell.value ? qualifierName(cell.series.qualifiers.value(cell.category)) : QString();
            row[ExportTable::Period] =
                trend ? chart.categories.at(cell.category)
                      : (cell.source.period.isEmpty() ? chart.period : cell.source.period);
            row[ExportTable::Report] = cell.source.report;
            if (cell.source.articleId > 0)
                row[ExportTable::ReportId] = cell.source.articleId;
            row[ExportTable::Status] = cell.value ? cell.source.status : QStringLiteral("missing");
            table.rows.append(row);
        });
        result.append(table);
    }
    return result;
}

QMimeData* ChartExporter::mimeData(const QVector<ChartData>& charts, const ChartExportOptions& options)
{
    auto* mime = new QMimeData;
    mime->setImageData(image(charts, options));
    mime->setData(QStringLiteral("image/png"), png(charts, options));
    mime->setData(QStringLiteral("image/svg+xml"), svg(charts, options));
    const QByteArray table = csv(charts);
    mime->setData(QStringLiteral("text/csv"), table);
    mime->setText(QString::fromUtf8(table.mid(3)));
    return mime;
}

bool ChartExporter::write(const QString& path, ChartFormat format, const QVector<ChartData>& charts,
                          const ChartExportOptions& options, QString* error)
{
    if (charts.isEmpty()) {
        *error = tr("nothing to export: no region reports this metric");
        return false;
    }
    if (format == ChartFormat::Xlsx)
        return XlsxWriter::write(path, charts, tables(charts), error);
    if (format == ChartFormat::Pptx) {
        const ChartText text = ChartText::forLanguage(options.language);
        QVector<PptxSlide> slides;
        for (const ChartData& chart : charts) {
            PptxSlide slide;
            slide.chart = chart;
            slide.includeNotes = options.includeNotes;
            slide.unitText = text.unitLine.arg(chart.unitLabel);
            // PowerPoint has no native map or small-multiples chart: those go in as pictures.
            if (chart.kind == ChartData::Kind::Map || chart.kind == ChartData::Kind::SmallMultiples) {
                ChartExportOptions pictureOptions = options;
                pictureOptions.includeNotes = false; // title and notes are the slide's text boxes
                pictureOptions.scale = 2.0;
                slide.pictureFallback = true;
                slide.png = png({chart}, pictureOptions);
            }
            slides.append(slide);
        }
        return PptxWriter::write(path, slides, error);
    }
    QByteArray bytes;
    switch (format) {
    case ChartFormat::Png:
        bytes = png(charts, options);
        break;
    case ChartFormat::Svg:
        bytes = svg(charts, options);
        break;
    case ChartFormat::Pdf:
        bytes = pdf(charts, options);
        break;
    case ChartFormat::Csv:
        bytes = csv(charts);
        break;
    case ChartFormat::Pptx:
    case ChartFormat::Xlsx:
        break; // written above
    }
    if (bytes.isEmpty()) {
        *error = tr("the %1 could not be rendered").arg(formatName(format).toUpper());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace rs
