#pragma once

#include "ChartText.h"
#include "comparison/ChartData.h"
#include "comparison/ComparisonRow.h"
#include "storage/ComparisonStore.h"

#include <QHash>

#include <QStringList>
#include <QVector>

namespace rs {

class ComparisonTableModel;

struct ComparisonChartOptions
{
    enum class Sort
    {
        ByValue,
        ByCode
    };
    enum class Reference
    {
        None,
        Mean,
        Median
    };
    enum class Style
    {
        Bars,
        Dots
    };

    Sort sort = Sort::ByValue;
    Reference reference = Reference::None;
    Style style = Style::Bars;
    int topN = 0;               // 0 = every region; else the N largest plus the selected ones
    bool bottom = false;        // with topN: the N smallest instead (regions without data never count)
    QStringList selectedCodes;  // drawn in the accent colour, kept by top-N
    QString title;              // replaces the generated title when set
    QString regionsDescription; // for the filter note ("广东省"); empty = all regions
    ChartText::Language language = ChartText::Language::Chinese;
    // Each region's latest year (ComparisonQuery::latest()): every bar is labelled with its year.
    bool latestPerRegion = false;
    QHash<QString, FiguresLeftOut> leftOut; // per key (ComparisonSource::Result): counted in the notes
};

// Turns the charted rows of a comparison model into charts: one per unit (two units never share
// an axis), metrics with the same unit side by side as grouped bars. Sorts (largest on top, or by
// administrative code), cuts to top-N plus the selected regions, computes the mean or median over
// every region, and scales money to 万元/亿元 by magnitude.
class ComparisonChartBuilder
{
public:
    static QVector<ChartData> build(const ComparisonTableModel& model, const ComparisonChartOptions& options);

    // Sets unitLabel and displayDivisor from the unit and the largest magnitude.
    static void chooseDisplayUnit(ChartData& chart);
    // "未计入: 无地区2项, 目标1项" for the keys given; empty when nothing was left out.
    static QString leftOutNote(const QHash<QString, FiguresLeftOut>& leftOut, const QStringList& keys,
                               const ChartText& text);
    // Where a charted row's value comes from: its passage, report, publication date and review status
    // (bar and trend charts alike).
    static ChartValueSource sourceOf(const ComparisonRow& row);
    // "来源: 报告 2023-03-24; …" naming the first three reports behind the chart's values, and how many
    // there are in all; with noteConflicts, also that reports disagree where they do.
    static QString sourceNote(const ChartData& chart, const ChartText& text, bool noteConflicts);
    // Median of the values present (nullopt when none).
    static std::optional<double> median(QVector<double> values);
};

} // namespace rs
