#pragma once

#include "ChartText.h"
#include "ComparisonRow.h"
#include "comparison/ChartData.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QVector>

namespace rs {

struct TrendChartOptions
{
    enum class Layout
    {
        Lines,
        SmallMultiples
    };
    Layout layout = Layout::Lines;
    bool sharedAxis = true;     // small multiples: one value axis for all panels
    int maxRegions = 30;        // the regions with the largest latest value (plus the selected); 0 = all
    int lastYears = 0;          // only the last N years with data; 0 = every year
    QStringList selectedCodes;  // drawn in the accent colour, always kept
    QString title;              // replaces the generated title when set
    QString regionsDescription; // for the filter note; empty = all regions
    ChartText::Language language = ChartText::Language::Chinese;
};

// Turns a TrendSource's rows (one per region and year) into a line chart or small multiples: the
// categories are the years, each region a series; plans and targets are series of their own, drawn
// dashed in their region's colour and never joined to the achievements. A missing year is a gap in
// the line (never interpolated, never 0), and the chart says so. Only the first key is drawn.
class TrendChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(TrendChartBuilder)

public:
    static ChartData build(const QVector<ComparisonRow>& rows, const QVector<ComparisonRow>& targets,
                           const TrendChartOptions& options);
    static QString missingRule(ChartText::Language language);
    static QString targetLabel(ChartText::Language language);

    // One region's rows by year.
    struct RegionLine
    {
        QString code;
        QString label;
        QHash<QString, const ComparisonRow*> byYear;
    };

private:
    // The steps of build(), in order.
    static QMap<QString, RegionLine> linesByRegion(const QVector<ComparisonRow>& rows, const QString& key,
                                                   const QString& unit, QSet<QString>* years);
    static QStringList chartedYears(const QSet<QString>& yearSet, int lastYears);
    static QStringList rankedRegions(const QMap<QString, RegionLine>& lines,
                                     const QMap<QString, RegionLine>& targetLines, const QStringList& years,
                                     const TrendChartOptions& options, int* totalCategories);
    static void addSeries(const QMap<QString, RegionLine>& lines,
                          const QMap<QString, RegionLine>& targetLines, const QStringList& codes,
                          const QString& key, const TrendChartOptions& options, ChartData* chart);
    static void writeNotes(const QString& key, const QStringList& years, const TrendChartOptions& options,
                           ChartData* chart);
};

} // namespace rs
