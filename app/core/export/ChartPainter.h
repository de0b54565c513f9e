#pragma once

#include "comparison/ChartData.h"
#include "comparison/ChartText.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QVector>

class QPainter;

namespace rs {

struct ChartPaintOptions
{
    bool includeNotes = true;      // title, unit line, filters and source note; the axis title always stays
    QColor background = Qt::white; // Qt::transparent for a transparent PNG
    ChartText::Language language = ChartText::Language::Chinese;
};

// Draws charts with QPainter onto any paint device (QImage, QSvgGenerator, QPdfWriter), so exports
// never depend on widgets or on what the screen shows. Text is drawn as text, so it stays text in
// SVG and selectable in PDF. Several charts (one per unit) are laid out side by side.
class ChartPainter
{
public:
    static void paint(QPainter& painter, const QRectF& rect, const QVector<ChartData>& charts,
                      const ChartPaintOptions& options = {});
    static void paintChart(QPainter& painter, const QRectF& rect, const ChartData& chart,
                           const ChartPaintOptions& options = {});

    // Okabe–Ito: distinguishable with the common colour-vision deficiencies.
    static const QVector<QColor>& palette();
    static QColor accent();
    // Noto Sans CJK SC at a pixel size: the font every export is drawn in.
    static QFont font(qreal pixelSize, bool bold = false);
    static QString fontFamily() { return QStringLiteral("Noto Sans CJK SC"); }

    // "≥1万", "≈1.5", "*" appended on conflicts; empty when missing.
    static QString valueLabel(const ChartData& chart, const ChartSeries& series, int category);
    // Round tick values covering [low, high] with at most about maxTicks steps.
    // The largest value a category's reports give when they disagree (its range's right end).
    static std::optional<double> reportedHigh(const ChartSeries& series, int category);
    static QVector<double> ticks(double low, double high, int maxTicks);
};

} // namespace rs
