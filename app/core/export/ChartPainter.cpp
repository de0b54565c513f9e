#include "ChartPainter.h"

#include "ChartStyle.h"

#include "MapPainter.h"
#include "TrendPainter.h"
#include "comparison/ChartNumber.h"
#include "comparison/ComparisonTableModel.h"
#include "domain/Qualifier.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace rs {
namespace {

using namespace chartstyle;

// The legend when there are several series; `area` shrinks below it.
void drawLegend(QPainter& painter, QRectF& area, const ChartData& chart, qreal base)
{
    if (chart.series.size() <= 1)
        return;
    const QVector<QColor>& palette = ChartPainter::palette();
    const QFont legendFont = ChartPainter::font(base * 0.85);
    const QFontMetricsF metrics(legendFont);
    qreal x = area.left();
    painter.setFont(legendFont);
    for (int s = 0; s < chart.series.size(); ++s) {
        const qreal box = metrics.height() * 0.6;
        painter.fillRect(QRectF(x, area.top() + (metrics.height() - box) / 2, box, box),
                         palette.at(s % palette.size()));
        x += box + base * 0.3;
        painter.setPen(textColour);
        painter.drawText(QPointF(x, area.top() + metrics.ascent()), chart.series.at(s).name);
        x += metrics.horizontalAdvance(chart.series.at(s).name) + base;
    }
    area.setTop(area.top() + metrics.height() + base * 0.4);
}

// Where the plot goes and how its rows are drawn, worked out once per chart.
struct PlotLayout
{
    qreal base = 0.0;
    QRectF plot;
    QFont tickFont;
    QFont labelFont;
    QFont selectedFont;
    qreal rowHeight = 0.0;
    int stride = 1;          // every stride-th category is labelled
    bool valueLabels = true; // rows tall enough to carry their values
    qreal labelWidth = 0.0;  // category labels, left of the plot
    QVector<double> tickValues;
    double low = 0.0; // value range of the axis (displayed units)
    double high = 0.0;
    qreal band = 0.0;      // height of a row's bars together
    qreal barHeight = 0.0; // height of one series' bar
    qreal zero = 0.0;      // x of the value 0

    qreal xOf(double value) const { return plot.left() + (value - low) / (high - low) * plot.width(); }
};

// Sizes the fonts to the rows, makes room for the category and value labels and picks the ticks; false
// (with the plot's rectangle set) when there is nothing to draw.
bool layOut(const ChartData& chart, const QRectF& area, qreal base, const ChartText& text, PlotLayout& layout)
{
    layout.base = base;
    layout.tickFont = ChartPainter::font(base * 0.8);
    const QFontMetricsF tickMetrics(layout.tickFont);
    const qreal axisHeight = tickMetrics.height() * 2.2;
    const qreal referenceHeight = chart.referenceLine ? tickMetrics.height() * 1.2 : 0.0;
    layout.plot = QRectF(area.left(), area.top() + referenceHeight, area.width(),
                         area.height() - axisHeight - referenceHeight);
    const int rows = int(chart.categories.size());
    if (rows == 0 || layout.plot.height() <= 0)
        return false;
    layout.rowHeight = layout.plot.height() / rows;
    const qreal minLabel = 7.0;
    const qreal labelSize = std::min(base * 0.85, layout.rowHeight * 0.8);
    layout.stride = labelSize >= minLabel ? 1 : int(std::ceil(minLabel * 1.25 / layout.rowHeight));
    layout.labelFont = ChartPainter::font(std::max(labelSize, minLabel));
    layout.selectedFont = ChartPainter::font(std::max(labelSize, minLabel), true);
    const QFontMetricsF labelMetrics(layout.selectedFont);
    layout.valueLabels = layout.stride == 1;

    for (int i = 0; i < rows; i += layout.stride)
        layout.labelWidth =
            std::max(layout.labelWidth, labelMetrics.horizontalAdvance(chart.categories.at(i)));
    layout.labelWidth = std::min(layout.labelWidth, area.width() * 0.35);

    double low = 0.0;
    double high = 0.0;
    qreal valueWidth = 0.0;
    for (const ChartSeries& series : chart.series) {
        for (int i = 0; i < series.values.size(); ++i) {
            if (!series.values.at(i))
                continue;
            const double value = displayed(chart, *series.values.at(i));
            low = std::min(low, value);
            high = std::max(high, value);
            if (const std::optional<double> reported = ChartPainter::reportedHigh(series, i))
                high = std::max(high, displayed(chart, *reported));
            if (layout.valueLabels)
                valueWidth = std::max(
                    valueWidth, labelMetrics.horizontalAdvance(ChartPainter::valueLabel(chart, series, i)));
        }
    }
    if (layout.valueLabels)
        valueWidth = std::max(valueWidth, labelMetrics.horizontalAdvance(text.noData));
    if (chart.referenceLine) {
        low = std::min(low, displayed(chart, *chart.referenceLine));
        high = std::max(high, displayed(chart, *chart.referenceLine));
    }
    layout.tickValues = ChartPainter::ticks(low, high, std::max(2, int(layout.plot.width() / (base * 6))));
    layout.low = layout.tickValues.first();
    layout.high = layout.tickValues.last();
    layout.plot.setLeft(layout.plot.left() + layout.labelWidth + base * 0.6);
    layout.plot.setRight(layout.plot.right() - valueWidth - base * 0.4);

    const int seriesCount = std::max(1, int(chart.series.size()));
    layout.band = layout.rowHeight * (chart.kind == ChartData::Kind::DotPlot ? 1.0 : 0.75);
    layout.barHeight = std::max<qreal>(layout.band / seriesCount, 0.6);
    layout.zero = layout.xOf(0.0);
    return true;
}

// Grid lines, tick labels and the axis title (the unit) below the plot.
void drawAxis(QPainter& painter, const PlotLayout& layout, const ChartData& chart)
{
    const QFontMetricsF tickMetrics(layout.tickFont);
    const QRectF& plot = layout.plot;
    painter.setFont(layout.tickFont);
    for (double tick : layout.tickValues) {
        const qreal x = layout.xOf(tick);
        painter.setPen(QPen(gridColour, 1.0));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(noteColour);
        const QString label = ChartNumber::tick(tick, layout.tickValues);
        const qreal w = tickMetrics.horizontalAdvance(label);
        painter.drawText(QPointF(x - w / 2, plot.bottom() + tickMetrics.ascent() + layout.base * 0.2), label);
    }
    drawLine(
        painter, ChartPainter::font(layout.base * 0.8, true), noteColour,
        QRectF(plot.left(), plot.bottom() + tickMetrics.height() * 1.15, plot.width(), tickMetrics.height()),
        chart.unitLabel, Qt::AlignRight);
}

// Where the reports of a region disagree: a thin line with end marks from the smallest to the largest
// value they give, across the bar or dot of the value charted. Returns its right end (or the plot's left).
qreal drawReportedRange(QPainter& painter, const PlotLayout& layout, const ChartData& chart,
                        const ChartSeries& series, int i, qreal centre)
{
    const ChartValueSource source = series.sources.value(i);
    if (!source.low || !source.high)
        return layout.plot.left();
    const qreal from = layout.xOf(displayed(chart, *source.low));
    const qreal to = layout.xOf(displayed(chart, *source.high));
    const qreal cap = std::clamp(layout.barHeight * 0.3, 1.5, layout.base * 0.4);
    painter.setPen(QPen(textColour, std::max(1.0, layout.base / 12.0)));
    painter.drawLine(QPointF(from, centre), QPointF(to, centre));
    painter.drawLine(QPointF(from, centre - cap), QPointF(from, centre + cap));
    painter.drawLine(QPointF(to, centre - cap), QPointF(to, centre + cap));
    return to;
}

// One category: its label, then a bar or dot and a value label per series (missing said, not drawn).
void drawRow(QPainter& painter, const PlotLayout& layout, const ChartData& chart, const ChartText& text,
             int i)
{
    const QRectF& plot = layout.plot;
    const qreal base = layout.base;
    const QFontMetricsF labelMetrics(layout.selectedFont);
    const QFontMetricsF plainMetrics(layout.labelFont);
    const qreal top = plot.top() + i * layout.rowHeight;
    const bool isSelected = chart.selected.value(i);
    const qreal centre = top + layout.rowHeight / 2;
    if (i % layout.stride == 0) {
        painter.setFont(isSelected ? layout.selectedFont : layout.labelFont);
        painter.setPen(isSelected ? ChartPainter::accent() : textColour);
        const QString label =
            plainMetrics.elidedText(chart.categories.at(i), Qt::ElideMiddle, layout.labelWidth);
        const qreal w = (isSelected ? labelMetrics : plainMetrics).horizontalAdvance(label);
        painter.drawText(QPointF(plot.left() - base * 0.4 - w,
                                 centre + plainMetrics.ascent() / 2 - plainMetrics.descent() / 2),
                         label);
    }
    if (chart.kind == ChartData::Kind::DotPlot && layout.rowHeight >= 3.0) {
        painter.setPen(QPen(gridColour, 0.8, Qt::DotLine));
        painter.drawLine(QPointF(plot.left(), centre), QPointF(plot.right(), centre));
    }
    const QVector<QColor>& palette = ChartPainter::palette();
    for (int s = 0; s < chart.series.size(); ++s) {
        const ChartSeries& series = chart.series.at(s);
        QColor colour = palette.at(s % palette.size());
        if (isSelected && chart.series.size() == 1)
            colour = ChartPainter::accent();
        const qreal barTop = top + (layout.rowHeight - layout.band) / 2 + s * layout.barHeight;
        const qreal textY =
            barTop + layout.barHeight / 2 + plainMetrics.ascent() / 2 - plainMetrics.descent() / 2;
        const std::optional<double> value = series.values.value(i);
        if (!value) {
            if (layout.valueLabels) { // missing is said, never drawn as a zero-length bar
                painter.setFont(layout.labelFont);
                painter.setPen(missingColour);
                painter.drawText(QPointF(layout.zero + base * 0.3, textY), text.noData);
            }
            continue;
        }
        const qreal x = layout.xOf(displayed(chart, *value));
        qreal labelX = std::max(x, layout.zero);
        if (chart.kind == ChartData::Kind::DotPlot) {
            const qreal radius = std::clamp(layout.rowHeight * 0.3, 1.2, base * 0.4);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawEllipse(QPointF(x, barTop + layout.barHeight / 2), radius, radius);
            labelX = x + radius;
        } else {
            painter.fillRect(
                QRectF(std::min(x, layout.zero), barTop, std::abs(x - layout.zero), layout.barHeight),
                colour);
        }
        labelX = std::max(
            labelX, drawReportedRange(painter, layout, chart, series, i, barTop + layout.barHeight / 2));
        if (layout.valueLabels) {
            painter.setFont(layout.labelFont);
            painter.setPen(textColour);
            painter.drawText(QPointF(labelX + base * 0.25, textY),
                             ChartPainter::valueLabel(chart, series, i));
        }
    }
}

// The mean or median as a dashed line across the plot, labelled above it (kept inside `rect`).
void drawReferenceLine(QPainter& painter, const PlotLayout& layout, const ChartData& chart,
                       const QRectF& rect)
{
    const double reference = displayed(chart, *chart.referenceLine);
    const qreal x = layout.xOf(reference);
    painter.setPen(QPen(textColour, std::max(1.0, layout.base / 10.0), Qt::DashLine));
    painter.drawLine(QPointF(x, layout.plot.top()), QPointF(x, layout.plot.bottom()));
    const QString label =
        chart.referenceLabel + QLatin1Char(' ') + ChartNumber::label(chart, *chart.referenceLine);
    painter.setFont(layout.tickFont);
    painter.setPen(textColour);
    const qreal w = QFontMetricsF(layout.tickFont).horizontalAdvance(label);
    painter.drawText(
        QPointF(std::clamp(x - w / 2, rect.left(), rect.right() - w), layout.plot.top() - layout.base * 0.3),
        label);
}

} // namespace

const QVector<QColor>& ChartPainter::palette()
{
    static const QVector<QColor> colours{QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                         QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                         QColor(0x56, 0xB4, 0xE9), QColor(0xF0, 0xE4, 0x42),
                                         QColor(0x00, 0x00, 0x00)};
    return colours;
}

QColor ChartPainter::accent()
{
    return QColor(0xD5, 0x5E, 0x00); // Okabe–Ito vermillion
}

QFont ChartPainter::font(qreal pixelSize, bool bold)
{
    QFont font(fontFamily());
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferAntialias);
    return font;
}

QString ChartPainter::valueLabel(const ChartData& chart, const ChartSeries& series, int category)
{
    const std::optional<double> value = series.values.value(category);
    if (!value)
        return QString();
    QString label = qualifierSymbol(series.qualifiers.value(category)) + ChartNumber::label(chart, *value);
    if (category < series.sources.size() && series.sources.at(category).conflict)
        label += QLatin1Char('*');
    return label;
}

std::optional<double> ChartPainter::reportedHigh(const ChartSeries& series, int category)
{
    return category < series.sources.size() ? series.sources.at(category).high : std::nullopt;
}

QVector<double> ChartPainter::ticks(double low, double high, int maxTicks)
{
    if (!(high > low))
        high = low + 1.0;
    const double rough = (high - low) / std::max(1, maxTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= rough)
            break;
    }
    QVector<double> values;
    for (double tick = std::floor(low / step) * step; tick <= high + step * 1e-9; tick += step)
        values.append(std::abs(tick) < step * 1e-9 ? 0.0 : tick);
    if (values.last() < high - step * 1e-9)
        values.append(values.last() + step);
    return values;
}

void ChartPainter::paint(QPainter& painter, const QRectF& rect, const QVector<ChartData>& charts,
                         const ChartPaintOptions& options)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (options.background.alpha() > 0)
        painter.fillRect(rect, options.background);
    const int count = int(charts.size());
    for (int i = 0; i < count; ++i) {
        const qreal width = rect.width() / count;
        paintChart(painter, QRectF(rect.left() + i * width, rect.top(), width, rect.height()), charts.at(i),
                   options);
    }
    painter.restore();
}

void ChartPainter::paintChart(QPainter& painter, const QRectF& rect, const ChartData& chart,
                              const ChartPaintOptions& options)
{
    if (chart.kind == ChartData::Kind::Line || chart.kind == ChartData::Kind::SmallMultiples) {
        TrendPainter::paint(painter, rect, chart, options);
        return;
    }
    if (chart.kind == ChartData::Kind::Map) {
        MapPainter::paint(painter, rect, chart, options);
        return;
    }
    const ChartText text = ChartText::forLanguage(options.language);
    const qreal base = baseSize(rect);
    QRectF area = beginChart(painter, rect, chart, options, text, base);
    drawLegend(painter, area, chart, base);
    if (options.includeNotes && !chart.sourceNote.isEmpty())
        drawFooter(painter, area, chart.sourceNote, 2.0, base); // the source note, two lines at most
    PlotLayout layout;
    if (!layOut(chart, area, base, text, layout)) {
        drawLine(painter, font(base), missingColour, layout.plot, text.noData, Qt::AlignCenter);
        painter.restore();
        return;
    }
    drawAxis(painter, layout, chart);
    for (int i = 0; i < chart.categories.size(); ++i)
        drawRow(painter, layout, chart, text, i);
    painter.setPen(QPen(noteColour, 1.0));
    painter.drawLine(QPointF(layout.zero, layout.plot.top()), QPointF(layout.zero, layout.plot.bottom()));
    if (chart.referenceLine)
        drawReferenceLine(painter, layout, chart, rect);
    painter.restore();
}

} // namespace rs
