#pragma once

#include <QPainterPath>

namespace rs {

// Where a drawn value lies, so a view can tell which point or region is under the mouse and open
// the passage it came from (series and category index into ChartData).
struct ChartHit
{
    QPainterPath area;
    int series = 0;
    int category = 0;
};

} // namespace rs
