#pragma once

#include "ChartData.h"

#include <QString>
#include <QVector>

namespace rs {

// One number style for a chart wherever it is shown: the Compare Metrics pane, PNG/SVG/PDF, PPTX, XLSX
// and the comparison and ranking tables. A chart picks one display scale for all its values — 万 when
// the largest is at least 1万, 亿 from 1亿 on — and names it in the unit (万人次, 亿元), and one number
// of decimals (two below 10, one below 100, none above); every value label is then the value in that
// scale with those decimals, in plain digits. No label carries a suffix of its own, so an axis never
// reads "8000, 1万" and a slide never says 20,900 where the picture says 2.09万.
class ChartNumber
{
public:
    struct Scale
    {
        double divisor = 1.0;
        QString unitLabel; // the unit with the scale's character (万人次), or the unit as it is
        int decimals = 0;  // of every value label
    };

    // The scale for values of `unit` whose largest magnitude is `largest`.
    static Scale scaleFor(const QString& unit, double largest);
    // The scale of a chart's values (ComparisonChartBuilder::chooseDisplayUnit stores it in the chart).
    static Scale scaleOf(const ChartData& chart);

    // A value label: the raw value in the scale, with the scale's decimals.
    static QString format(double raw, const Scale& scale);
    static QString label(const ChartData& chart, double raw);
    // An axis tick (already in the display scale), with as many decimals as the step between ticks needs.
    static QString tick(double displayed, const QVector<double>& ticks);
    // The OOXML/Excel number format that writes a displayed value as label() does ("0.00").
    static QString formatCode(int decimals);
};

} // namespace rs
