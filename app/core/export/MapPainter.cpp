#include "MapPainter.h"

#include "ChartStyle.h"

#include "comparison/ChartNumber.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace rs {
namespace {

using namespace chartstyle;

const QColor borderColour(0x80, 0x80, 0x80);

QBrush hatch()
{
    QBrush brush(missingColour, Qt::BDiagPattern);
    return brush;
}

} // namespace

int MapPainter::classOf(const ChartData& chart, double value)
{
    const auto it = std::lower_bound(chart.classBreaks.cbegin(), chart.classBreaks.cend(), value);
    return int(it - chart.classBreaks.cbegin());
}

QColor MapPainter::classColour(int index, int count)
{
    // From light to dark blue (ColorBrewer "Blues" ends), evenly in between.
    const QColor light(0xDE, 0xEB, 0xF7);
    const QColor dark(0x08, 0x45, 0x94);
    const double t = count <= 1 ? 1.0 : double(index) / double(count - 1);
    return QColor::fromRgbF(float(light.redF() + (dark.redF() - light.redF()) * t),
                            float(light.greenF() + (dark.greenF() - light.greenF()) * t),
                            float(light.blueF() + (dark.blueF() - light.blueF()) * t));
}

QTransform MapPainter::fit(const ChartData& chart, const QRectF& area)
{
    QRectF bounds;
    for (const QPainterPath& shape : chart.shapes)
        bounds = bounds.isNull() ? shape.boundingRect() : bounds.united(shape.boundingRect());
    if (bounds.width() <= 0 || bounds.height() <= 0 || area.width() <= 0 || area.height() <= 0)
        return QTransform();
    const qreal scale = std::min(area.width() / bounds.width(), area.height() / bounds.height());
    const qreal dx = area.left() + (area.width() - bounds.width() * scale) / 2 - bounds.left() * scale;
    const qreal dy = area.top() + (area.height() - bounds.height() * scale) / 2 - bounds.top() * scale;
    return QTransform(scale, 0, 0, scale, dx, dy);
}

void MapPainter::paint(QPainter& painter, const QRectF& rect, const ChartData& chart,
                       const ChartPaintOptions& options, QVector<ChartHit>* hits)
{
    const ChartText text = ChartText::forLanguage(options.language);
    const qreal base = baseSize(rect);
    QRectF area = beginChart(painter, rect, chart, options, text, base);
    // The map note always: publishing a map needs its source and approval number.
    drawFooter(painter, area, footerNote(chart, options, chart.mapNote), 3.0, base);

    // Legend on the right: one box per class with its range, then the hatched box for no data.
    const ChartSeries series = chart.series.value(0);
    const int classes = int(chart.classBreaks.size()) + 1;
    const QFont legendFont = ChartPainter::font(base * 0.8);
    const QFontMetricsF legendMetrics(legendFont);
    double lowest = 0.0;
    double highest = 0.0;
    bool any = false;
    for (const std::optional<double>& value : series.values) {
        if (!value)
            continue;
        lowest = any ? std::min(lowest, *value) : *value;
        highest = any ? std::max(highest, *value) : *value;
        any = true;
    }
    const auto shown = [&](double raw) { return ChartNumber::label(chart, raw); };
    QStringList labels;
    for (int c = 0; c < classes && any; ++c) {
        const double from = c == 0 ? lowest : chart.classBreaks.at(c - 1);
        const double to = c == classes - 1 ? highest : chart.classBreaks.at(c);
        labels.append(shown(from) + QStringLiteral(" – ") + shown(to));
    }
    labels.append(text.noData);
    qreal legendWidth = legendMetrics.horizontalAdvance(chart.unitLabel);
    for (const QString& label : std::as_const(labels))
        legendWidth = std::max(legendWidth, legendMetrics.horizontalAdvance(label));
    legendWidth += base * 2.0;
    const QRectF legend(area.right() - legendWidth, area.top(), legendWidth, area.height());
    qreal y = legend.top() +
              drawLine(painter, ChartPainter::font(base * 0.8, true), noteColour, legend, chart.unitLabel) +
              base * 0.3;
    const qreal box = legendMetrics.height() * 0.8;
    for (int i = 0; i < labels.size(); ++i) {
        const bool missing = i == labels.size() - 1;
        const QRectF swatch(legend.left(), y + (legendMetrics.height() - box) / 2, box * 1.4, box);
        painter.setPen(QPen(borderColour, 0.8));
        if (missing) {
            painter.setBrush(Qt::white);
            painter.drawRect(swatch);
            painter.setBrush(hatch());
        } else {
            painter.setBrush(classColour(i, classes));
        }
        painter.drawRect(swatch);
        painter.setPen(textColour);
        painter.setFont(legendFont);
        painter.drawText(QPointF(swatch.right() + base * 0.4, y + legendMetrics.ascent()), labels.at(i));
        y += legendMetrics.height() * 1.3;
    }

    QRectF mapArea = area;
    mapArea.setRight(legend.left() - base);
    const QTransform transform = fit(chart, mapArea);
    const qreal border = std::clamp(transform.m11() > 0 ? 0.6 : 0.6, 0.3, 1.0);
    for (int i = 0; i < chart.shapes.size(); ++i) {
        const QPainterPath path = transform.map(chart.shapes.at(i));
        const std::optional<double> value = series.values.value(i);
        painter.setPen(QPen(borderColour, border));
        if (value) {
            painter.setBrush(classColour(classOf(chart, *value), classes));
            painter.drawPath(path);
        } else {
            painter.setBrush(Qt::white);
            painter.drawPath(path);
            painter.setBrush(hatch());
            painter.drawPath(path);
        }
        if (chart.selected.value(i)) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(ChartPainter::accent(), std::max<qreal>(2.0, base / 8)));
            painter.drawPath(path);
        }
        if (hits) {
            ChartHit hit;
            hit.area = path;
            hit.series = 0;
            hit.category = i;
            hits->append(hit);
        }
    }
    painter.restore();
}

} // namespace rs
