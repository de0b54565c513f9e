#pragma once

#include "ChartHit.h"
#include "ChartPainter.h"
#include "comparison/ChartData.h"

#include <QColor>
#include <QRectF>
#include <QTransform>
#include <QVector>

class QPainter;

namespace rs {

// Draws ChartData::Kind::Map: each category's shape filled by the class of its value (a sequential
// blue scale), regions without a value hatched, a legend of the classes, and the boundary source and
// map approval number (审图号) on every rendering, notes or not.
class MapPainter
{
public:
    static void paint(QPainter& painter, const QRectF& rect, const ChartData& chart,
                      const ChartPaintOptions& options, QVector<ChartHit>* hits = nullptr);
    // Class of a raw value (0 .. classBreaks.size()).
    static int classOf(const ChartData& chart, double value);
    static QColor classColour(int index, int count);
    // Maps the shapes' coordinates into area, keeping their proportions.
    static QTransform fit(const ChartData& chart, const QRectF& area);
};

} // namespace rs
