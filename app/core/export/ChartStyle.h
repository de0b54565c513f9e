#pragma once

#include "comparison/ChartData.h"

#include <QColor>
#include <QFontMetricsF>
#include <QPainter>
#include <QRectF>
#include <QString>

namespace rs::chartstyle {

// The greys and the one-line text helper the bar, trend and map painters share, so a chart of
// every kind reads as one family.
inline const QColor textColour{0x22, 0x22, 0x22};
inline const QColor noteColour{0x55, 0x55, 0x55};
inline const QColor gridColour{0xDD, 0xDD, 0xDD};
inline const QColor missingColour{0x99, 0x99, 0x99};

// A raw value in the chart's display scale (万元 …).
inline double displayed(const ChartData& chart, double raw)
{
    return chart.displayDivisor != 0.0 ? raw / chart.displayDivisor : raw;
}

// Draws one line of text elided to the area's width; returns its height.
inline qreal drawLine(QPainter& painter, const QFont& font, const QColor& colour, const QRectF& area,
                      const QString& text, Qt::Alignment alignment = Qt::AlignLeft)
{
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), metrics.height()),
                     int(alignment | Qt::AlignVCenter),
                     metrics.elidedText(text, Qt::ElideRight, area.width()));
    return metrics.height();
}

} // namespace rs::chartstyle
