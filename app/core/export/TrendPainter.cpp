#include "TrendPainter.h"

#include "ChartStyle.h"

#include "comparison/ChartNumber.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace rs {
namespace {

using namespace chartstyle;

struct Range
{
    double low = 0.0;
    double high = 1.0;
};

Range rangeOf(const ChartData& chart, const QVector<int>& series)
{
    bool any = false;
    double low = 0.0;
    double high = 0.0;
    for (int s : series) {
        for (const std::optional<double>& value : chart.series.at(s).values) {
            if (!value)
                continue;
            const double v = displayed(chart, *value);
            low = any ? std::min(low, v) : v;
            high = any ? std::max(high, v) : v;
            any = true;
        }
    }
    // Lines of counts and amounts start at 0, so slopes compare as bars would.
    low = std::min(low, 0.0);
    if (!any || high <= low)
        high = low + 1.0;
    const QVector<double> ticks = ChartPainter::ticks(low, high, 5);
    return {ticks.first(), ticks.last()};
}

void drawMarker(QPainter& painter, const QPointF& centre, qreal radius, int shape, const QColor& colour,
                bool hollow)
{
    painter.setPen(QPen(colour, std::max<qreal>(1.0, radius / 2.5)));
    painter.setBrush(hollow ? QBrush(Qt::white) : QBrush(colour));
    switch (shape % 4) {
    case 0:
        painter.drawEllipse(centre, radius, radius);
        break;
    case 1:
        painter.drawRect(QRectF(centre.x() - radius, centre.y() - radius, radius * 2, radius * 2));
        break;
    case 2: {
        const QPointF points[3] = {centre + QPointF(0, -radius * 1.2),
                                   centre + QPointF(radius * 1.1, radius * 0.8),
                                   centre + QPointF(-radius * 1.1, radius * 0.8)};
        painter.drawPolygon(points, 3);
        break;
    }
    default: {
        const QPointF points[4] = {centre + QPointF(0, -radius * 1.3), centre + QPointF(radius * 1.3, 0),
                                   centre + QPointF(0, radius * 1.3), centre + QPointF(-radius * 1.3, 0)};
        painter.drawPolygon(points, 4);
        break;
    }
    }
}

// One plot: grid, value ticks (left), years (bottom), the given series' lines.
void drawPlot(QPainter& painter, const QRectF& box, const ChartData& chart, const QVector<int>& series,
              const Range& range, qreal base, bool yearLabels, bool valueTicks, QVector<ChartHit>* hits)
{
    const QFont tickFont = ChartPainter::font(base * 0.8);
    const QFontMetricsF tickMetrics(tickFont);
    QRectF plot = box;
    const QVector<double> tickValues = ChartPainter::ticks(range.low, range.high, valueTicks ? 5 : 2);
    qreal tickWidth = 0.0;
    for (double tick : tickValues)
        tickWidth = std::max(tickWidth, tickMetrics.horizontalAdvance(ChartNumber::tick(tick, tickValues)));
    plot.setLeft(plot.left() + tickWidth + base * 0.4);
    plot.setBottom(plot.bottom() - (yearLabels ? tickMetrics.height() * 1.2 : tickMetrics.height() * 0.3));
    plot.setTop(plot.top() + tickMetrics.height() * 0.5);
    const double low = tickValues.first();
    const double high = tickValues.last();
    if (plot.width() <= 2 || plot.height() <= 2)
        return;
    const int years = int(chart.categories.size());
    const qreal step = plot.width() / std::max(1, years);
    auto xOf = [&](int year) { return plot.left() + step * (year + 0.5); };
    auto yOf = [&](double value) { return plot.bottom() - (value - low) / (high - low) * plot.height(); };

    painter.setFont(tickFont);
    for (double tick : tickValues) {
        const qreal y = yOf(tick);
        painter.setPen(QPen(gridColour, 1.0));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(noteColour);
        const QString label = ChartNumber::tick(tick, tickValues);
        painter.drawText(QPointF(plot.left() - base * 0.3 - tickMetrics.horizontalAdvance(label),
                                 y + tickMetrics.ascent() / 2 - tickMetrics.descent() / 2),
                         label);
    }
    if (yearLabels) {
        const int stride =
            std::max(1, int(std::ceil(tickMetrics.horizontalAdvance(QStringLiteral("20000")) / step)));
        for (int y = 0; y < years; ++y) {
            if (y % stride != 0 && y != years - 1)
                continue;
            const QString label = chart.categories.at(y);
            painter.setPen(noteColour);
            painter.drawText(QPointF(xOf(y) - tickMetrics.horizontalAdvance(label) / 2,
                                     plot.bottom() + tickMetrics.ascent() + base * 0.15),
                             label);
        }
    }
    const qreal radius = std::clamp(std::min(step, plot.height()) * 0.06, 1.5, base * 0.32);
    for (int s : series) {
        const ChartSeries& line = chart.series.at(s);
        const QColor colour = TrendPainter::colour(chart, s);
        const bool selected = !line.target && chart.selected.value(s);
        QPen pen(colour, std::max<qreal>(1.2, base / (selected ? 5.0 : 9.0)));
        if (line.target)
            pen.setStyle(Qt::DashLine);
        QPainterPath path;
        bool open = false;
        for (int y = 0; y < years; ++y) {
            const std::optional<double> value = line.values.value(y);
            if (!value) {
                open = false; // a gap: the next point starts a new piece
                continue;
            }
            const QPointF point(xOf(y), yOf(displayed(chart, *value)));
            if (open)
                path.lineTo(point);
            else
                path.moveTo(point);
            open = true;
        }
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        const int shape = line.colour >= 0 ? line.colour / int(ChartPainter::palette().size()) : 0;
        for (int y = 0; y < years; ++y) {
            const std::optional<double> value = line.values.value(y);
            if (!value)
                continue;
            const QPointF point(xOf(y), yOf(displayed(chart, *value)));
            drawMarker(painter, point, radius, shape, colour, line.target);
            if (hits) {
                ChartHit hit;
                hit.area.addEllipse(point, radius + 3, radius + 3);
                hit.series = s;
                hit.category = y;
                hits->append(hit);
            }
        }
    }
}

} // namespace

QColor TrendPainter::colour(const ChartData& chart, int series)
{
    const ChartSeries& line = chart.series.at(series);
    const int index = line.colour >= 0 ? line.colour : series;
    if (!line.target && chart.selected.value(series))
        return ChartPainter::accent();
    if (line.target && chart.selected.value(index))
        return ChartPainter::accent();
    const QVector<QColor>& palette = ChartPainter::palette();
    return palette.at(index % palette.size());
}

namespace {

// A panel per region, its targets in the same panel.
void paintSmallMultiples(QPainter& painter, QRectF area, const ChartData& chart, const QVector<int>& achieved,
                         const QVector<int>& all, bool anyTarget, qreal base, QVector<ChartHit>* hits)
{
    const QFont labelFont = ChartPainter::font(base * 0.8);
    if (anyTarget) {
        area.setTop(area.top() + drawLine(painter, labelFont, noteColour, area, chart.targetLabel) +
                    base * 0.2);
    }
    const int panels = int(achieved.size());
    // Columns so that panels come out about 1.6 times as wide as high.
    int columns = 1;
    for (; columns < panels; ++columns) {
        const int rows = (panels + columns - 1) / columns;
        if ((area.width() / columns) / (area.height() / rows) <= 1.6)
            break;
    }
    const int rows = (panels + columns - 1) / columns;
    const qreal width = area.width() / columns;
    const qreal height = area.height() / rows;
    const Range shared = rangeOf(chart, all);
    const qreal panelBase = std::clamp(std::min(height / 9.0, width / 14.0), 7.0, base);
    for (int p = 0; p < panels; ++p) {
        const int s = achieved.at(p);
        QVector<int> members{s};
        for (int t = 0; t < chart.series.size(); ++t) {
            if (chart.series.at(t).target && chart.series.at(t).regionCode == chart.series.at(s).regionCode)
                members.append(t);
        }
        const QRectF box(area.left() + (p % columns) * width, area.top() + (p / columns) * height, width,
                         height);
        const QRectF inner = box.adjusted(panelBase * 0.4, 0, -panelBase * 0.6, -panelBase * 0.4);
        const QFont titleFont = ChartPainter::font(panelBase * 0.95, chart.selected.value(s));
        const qreal titleHeight =
            drawLine(painter, titleFont, chart.selected.value(s) ? ChartPainter::accent() : textColour, inner,
                     chart.series.at(s).name);
        const Range range = chart.sharedAxis ? shared : rangeOf(chart, members);
        const bool bottomRow = p / columns == rows - 1 || p + columns >= panels;
        drawPlot(painter, inner.adjusted(0, titleHeight, 0, 0), chart, members, range, panelBase,
                 bottomRow || !chart.sharedAxis, true, hits);
    }
}

// One plot; the legend on the right, regions in the order of their latest value.
void paintLines(QPainter& painter, const QRectF& area, const ChartData& chart, const QVector<int>& achieved,
                const QVector<int>& all, bool anyTarget, qreal base, QVector<ChartHit>* hits)
{
    const int legendItems = int(achieved.size()) + (anyTarget ? 1 : 0);
    const qreal legendSize = std::clamp(area.height() / std::max(1, legendItems) * 0.8, 6.0, base * 0.8);
    const QFont legendFont = ChartPainter::font(legendSize);
    const QFontMetricsF legendMetrics(legendFont);
    qreal legendWidth = 0.0;
    for (int s : std::as_const(achieved))
        legendWidth = std::max(legendWidth, legendMetrics.horizontalAdvance(chart.series.at(s).name));
    if (anyTarget)
        legendWidth = std::max(legendWidth, legendMetrics.horizontalAdvance(chart.targetLabel));
    legendWidth = std::min(legendWidth + legendSize * 2.5, area.width() * 0.3);
    const QRectF legend(area.right() - legendWidth, area.top(), legendWidth, area.height());
    QRectF plotBox = area;
    plotBox.setRight(legend.left() - base);
    // Value axis title (the unit) above the plot.
    plotBox.setTop(plotBox.top() + drawLine(painter, ChartPainter::font(base * 0.8, true), noteColour,
                                            plotBox, chart.unitLabel));
    drawPlot(painter, plotBox, chart, all, rangeOf(chart, all), base, true, true, hits);
    qreal y = legend.top();
    const qreal lineHeight = legendMetrics.height() * 1.1;
    auto legendEntry = [&](const QString& name, const QColor& colour, bool dashed, bool bold) {
        QPen pen(colour, std::max<qreal>(1.5, legendSize / 6));
        if (dashed)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        const qreal mid = y + lineHeight / 2;
        painter.drawLine(QPointF(legend.left(), mid), QPointF(legend.left() + legendSize * 1.8, mid));
        QFont font = legendFont;
        font.setBold(bold);
        painter.setFont(font);
        painter.setPen(textColour);
        painter.drawText(QPointF(legend.left() + legendSize * 2.2,
                                 mid + legendMetrics.ascent() / 2 - legendMetrics.descent() / 2),
                         legendMetrics.elidedText(name, Qt::ElideRight, legendWidth - legendSize * 2.3));
        y += lineHeight;
    };
    for (int s : std::as_const(achieved)) {
        if (y + lineHeight > legend.bottom())
            break;
        legendEntry(chart.series.at(s).name, TrendPainter::colour(chart, s), false, chart.selected.value(s));
    }
    if (anyTarget && y + lineHeight <= legend.bottom())
        legendEntry(chart.targetLabel, noteColour, true, false);
}

} // namespace

void TrendPainter::paint(QPainter& painter, const QRectF& rect, const ChartData& chart,
                         const ChartPaintOptions& options, QVector<ChartHit>* hits)
{
    const ChartText text = ChartText::forLanguage(options.language);
    const qreal base = baseSize(rect);
    QRectF area = beginChart(painter, rect, chart, options, text, base);
    drawFooter(painter, area, footerNote(chart, options, chart.missingNote), 3.0, base); // how to read it
    if (chart.categories.isEmpty() || chart.series.isEmpty()) {
        drawLine(painter, ChartPainter::font(base), missingColour, area, text.noData, Qt::AlignCenter);
        painter.restore();
        return;
    }
    QVector<int> achieved;
    QVector<int> all;
    bool anyTarget = false;
    for (int s = 0; s < chart.series.size(); ++s) {
        all.append(s);
        if (!chart.series.at(s).target)
            achieved.append(s);
        anyTarget = anyTarget || chart.series.at(s).target;
    }

    if (chart.kind == ChartData::Kind::SmallMultiples)
        paintSmallMultiples(painter, area, chart, achieved, all, anyTarget, base, hits);
    else
        paintLines(painter, area, chart, achieved, all, anyTarget, base, hits);
    painter.restore();
}

} // namespace rs
