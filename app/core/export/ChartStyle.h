#pragma once

#include "ChartPainter.h"
#include "comparison/ChartData.h"
#include "comparison/ChartText.h"

#include <QColor>
#include <QFontMetricsF>
#include <QPainter>
#include <QRectF>
#include <QString>

#include <algorithm>

namespace rs::chartstyle {

// The greys, the one-line text helper and the start of a chart (margins, title and notes) the bar,
// trend and map painters share, so a chart of every kind reads as one family.
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

// The text size, in pixels, that a chart drawn in `rect` measures its margins, fonts and gaps by.
inline qreal baseSize(const QRectF& rect)
{
    return std::clamp(std::min(rect.height() / 45.0, rect.width() / 60.0), 9.0, 28.0);
}

// How every painter starts a chart: the painter saved (the painter restores it), clipped to `rect` and
// antialiased; inside the margins, the title and the unit and filter line when the options draw notes.
// Returns the area left below them.
inline QRectF beginChart(QPainter& painter, const QRectF& rect, const ChartData& chart,
                         const ChartPaintOptions& options, const ChartText& text, qreal base)
{
    const qreal margin = base * 1.2;
    QRectF area = rect.adjusted(margin, margin * 0.8, -margin, -margin * 0.8);
    painter.save();
    painter.setClipRect(rect);
    painter.setRenderHint(QPainter::Antialiasing);
    if (options.includeNotes) {
        area.setTop(area.top() +
                    drawLine(painter, ChartPainter::font(base * 1.5, true), textColour, area, chart.title) +
                    base * 0.3);
        const QString notes = text.unitLine.arg(chart.unitLabel) + QStringLiteral("    ") + chart.filterNote;
        area.setTop(area.top() + drawLine(painter, ChartPainter::font(base * 0.85), noteColour, area, notes) +
                    base * 0.4);
    }
    return area;
}

// `note` wrapped at the bottom of `area`, `maxLines` lines at most; `area` shrinks above it.
inline void drawFooter(QPainter& painter, QRectF& area, const QString& note, qreal maxLines, qreal base)
{
    const QFont noteFont = ChartPainter::font(base * 0.75);
    const QFontMetricsF metrics(noteFont);
    const qreal height =
        std::min(metrics.height() * maxLines,
                 metrics.boundingRect(QRectF(0, 0, area.width(), 1e6), Qt::TextWordWrap, note).height());
    painter.setFont(noteFont);
    painter.setPen(noteColour);
    painter.drawText(QRectF(area.left(), area.bottom() - height, area.width(), height),
                     Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, note);
    area.setBottom(area.bottom() - height - base * 0.5);
}

// A footer that always says `fixedNote` (how to read the chart, what publishing it needs), with the
// source note above it when the options draw notes.
inline QString footerNote(const ChartData& chart, const ChartPaintOptions& options, const QString& fixedNote)
{
    if (options.includeNotes && !chart.sourceNote.isEmpty())
        return chart.sourceNote + QLatin1Char('\n') + fixedNote;
    return fixedNote;
}

} // namespace rs::chartstyle
