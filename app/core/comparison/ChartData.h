#pragma once

#include "domain/Qualifier.h"

#include <QPainterPath>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace rs {

// Where one charted value comes from, so every number stays traceable to its sentence.
struct ChartValueSource
{
    qint64 articleId = 0; // 0 when the value is missing
    int start = 0;        // UTF-16 offsets into the stored body
    int end = 0;
    QString quote;         // "近1.5亿元"
    QString report;        // report title
    QString published;     // "2023-03-24", empty when unknown
    QString status;        // machine, confirmed, corrected, added
    bool conflict = false; // other reports give another value for the same region and period
    QString period;        // the value's year ("2023"), empty when unknown
};

// What a comparison chart shows, independent of how it is drawn (Qt Charts on screen, QPainter for
// PNG/SVG/PDF, a native chart part in PPTX/XLSX). Values are raw (元, 人次 ...); displayDivisor and
// unitLabel say how to show them (e.g. 10000 and "万元").
struct ChartSeries
{
    QString metricKey;                     // taxonomy key
    QString name;                          // label shown in legends ("人才政策补贴")
    QVector<std::optional<double>> values; // one per category; nullopt = missing (never drawn as 0)
    QVector<Qualifier> qualifiers;         // one per category (Exact where the value is missing)
    QVector<ChartValueSource> sources;     // one per category when known (may be empty)
    // Trends: categories are years, each series a region (or that region's targets).
    QString regionCode;
    bool target = false; // plans and targets: dashed, hollow markers, never joined to achievements
    int colour = -1;     // palette index; a region's targets share its colour (-1: by position)
};

struct ChartData
{
    enum class Kind
    {
        HorizontalBars,
        GroupedBars,
        DotPlot,
        Line,           // categories are years, one series per region (and per region's targets)
        SmallMultiples, // the same data, one panel per region
        Map             // categories are regions with shapes; one series
    };
    enum class Classes
    {
        Quantile,
        NaturalBreaks
    };

    QString title;               // "人才政策补贴 (2022)"
    QString unit;                // raw unit: "元", "人次"
    QString unitLabel;           // as displayed: "万元"; the axis title and "单位:万元" use it
    double displayDivisor = 1.0; // raw value / displayDivisor = displayed value
    QString sourceNote;          // "来源: 珠海特区报 2023-03-24; …"
    QString filterNote;          // "地区: 广东省; 年份: 2022"
    QStringList categories;      // unique region labels ("珠海·金湾区"), in drawing order (top first)
    QStringList categoryCodes;   // region codes, parallel to categories
    QVector<bool> selected;      // parallel to categories: drawn in the accent colour
    QVector<ChartSeries> series; // several only for one unit (never two units on one axis)
    Kind kind = Kind::HorizontalBars;
    std::optional<double> referenceLine; // mean or median, raw units
    QString referenceLabel;              // "平均值" / "中位数"
    QString period;                      // "2022", empty when several or unknown
    int totalCategories = 0;             // regions before a top-N cut; 0 when no cut was made

    // Trends.
    bool sharedAxis = true; // small multiples: one value axis for every panel, or each its own
    QString missingNote;    // how a missing year is drawn ("缺少年份处折线断开,不插值")
    QString targetLabel;    // legend text of targets ("目标/计划")

    // Maps: one shape per category (projected: x east, y south), class breaks over the values.
    QVector<QPainterPath> shapes;
    Classes classes = Classes::Quantile;
    QVector<double> classBreaks; // upper bounds of each class but the last, raw units, ascending
    QString mapNote; // boundary source and map approval number (审图号), printed on every export
};

} // namespace rs
