#pragma once

#include "ChartHit.h"
#include "ChartPainter.h"
#include "comparison/ChartData.h"

#include <QRectF>
#include <QVector>

class QPainter;

namespace rs {

// Draws ChartData::Kind::Line (every region's line on one plot, years along the bottom) and
// Kind::SmallMultiples (a panel per region, on one value axis or each on its own). Targets are dashed
// with hollow markers; a missing year leaves a gap; the missing-year rule is printed under the plot.
class TrendPainter
{
public:
    static void paint(QPainter& painter, const QRectF& rect, const ChartData& chart,
                      const ChartPaintOptions& options, QVector<ChartHit>* hits = nullptr);
    static QColor colour(const ChartData& chart, int series);
};

} // namespace rs
