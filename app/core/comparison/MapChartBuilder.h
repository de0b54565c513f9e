#pragma once

#include "ChartText.h"
#include "ComparisonRow.h"
#include "comparison/ChartData.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace rs {

class RegionBoundaries;

struct MapChartOptions
{
    ChartData::Classes classes = ChartData::Classes::Quantile;
    int classCount = 5;
    QStringList selectedCodes;
    QString title;
    QString regionsDescription;
    QString mapSource;   // overrides the boundary file's own source
    QString mapApproval; // 审图号; overrides the file's own
    ChartText::Language language = ChartText::Language::Chinese;
};

// A choropleth of a comparison's charted values (the first key) over the analyst's boundaries: one
// category per outline (by region code), values classed by quantiles or natural breaks (Jenks),
// outlines without a value kept (hatched when drawn), the boundary source and 审图号 in mapNote.
class MapChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(MapChartBuilder)

public:
    static ChartData build(const QVector<ComparisonRow>& rows, const RegionBoundaries& boundaries,
                           const MapChartOptions& options);
    // Upper bounds of each class but the last (ascending, at most count - 1; fewer when values repeat).
    static QVector<double> quantileBreaks(QVector<double> values, int count);
    static QVector<double> naturalBreaks(QVector<double> values, int count);
};

} // namespace rs
