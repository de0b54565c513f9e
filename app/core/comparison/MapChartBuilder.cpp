#include "MapChartBuilder.h"

#include "ComparisonChartBuilder.h"
#include "ComparisonSource.h"
#include "gazetteer/Gazetteer.h"
#include "gazetteer/RegionBoundaries.h"
#include "metrics/Taxonomy.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>
#include <limits>

namespace rs {

QVector<double> MapChartBuilder::quantileBreaks(QVector<double> values, int count)
{
    QVector<double> breaks;
    if (values.isEmpty() || count < 2)
        return breaks;
    std::sort(values.begin(), values.end());
    const int n = int(values.size());
    for (int c = 1; c < count; ++c) {
        const double limit = values.at(std::min(n - 1, (c * n + count - 1) / count - 1));
        if (limit < values.last() && (breaks.isEmpty() || limit > breaks.last()))
            breaks.append(limit);
    }
    return breaks;
}

QVector<double> MapChartBuilder::naturalBreaks(QVector<double> values, int count)
{
    QVector<double> breaks;
    if (values.isEmpty() || count < 2)
        return breaks;
    std::sort(values.begin(), values.end());
    const int n = int(values.size());
    const int k = std::min(count, n);
    // Jenks: split the sorted values into k runs with the least summed squared deviation, by dynamic
    // programming over prefix sums. The cost of a run satisfies the quadrangle inequality, so the best
    // split point moves right with the run's end: divide and conquer finds each row in O(n log n).
    QVector<double> sum(n + 1, 0.0);
    QVector<double> squares(n + 1, 0.0);
    for (int i = 0; i < n; ++i) {
        sum[i + 1] = sum[i] + values.at(i);
        squares[i + 1] = squares[i] + values.at(i) * values.at(i);
    }
    const auto cost = [&](int from, int to) { // values[from, to)
        const double s = sum[to] - sum[from];
        return squares[to] - squares[from] - s * s / double(to - from);
    };
    const double infinity = std::numeric_limits<double>::infinity();
    QVector<QVector<double>> best(k + 1, QVector<double>(n + 1, infinity));
    QVector<QVector<int>> split(k + 1, QVector<int>(n + 1, 0));
    for (int j = 1; j <= n; ++j)
        best[1][j] = cost(0, j);
    for (int c = 2; c <= k; ++c) {
        // best[c][j] for j in [lo, hi], its split known to lie in [from, to].
        const std::function<void(int, int, int, int)> solve = [&](int lo, int hi, int from, int to) {
            if (lo > hi)
                return;
            const int mid = (lo + hi) / 2;
            int chosen = from;
            for (int i = from; i <= std::min(to, mid - 1); ++i) {
                const double candidate = best[c - 1][i] + cost(i, mid);
                if (candidate < best[c][mid]) {
                    best[c][mid] = candidate;
                    chosen = i;
                }
            }
            split[c][mid] = chosen;
            solve(lo, mid - 1, from, chosen);
            solve(mid + 1, hi, chosen, to);
        };
        solve(c, n, c - 1, n - 1);
    }
    QVector<int> ends;
    for (int c = k, j = n; c > 1; --c) {
        j = split[c][j];
        ends.prepend(j);
    }
    for (int end : std::as_const(ends)) {
        const double limit = values.at(end - 1);
        if (limit < values.last() && (breaks.isEmpty() || limit > breaks.last()))
            breaks.append(limit);
    }
    return breaks;
}

ChartData MapChartBuilder::build(const QVector<ComparisonRow>& rows, const RegionBoundaries& boundaries,
                                 const MapChartOptions& options)
{
    const ChartText text = ChartText::forLanguage(options.language);
    ChartData chart;
    chart.kind = ChartData::Kind::Map;
    chart.classes = options.classes;
    QString key;
    QHash<QString, const ComparisonRow*> byCode;
    for (const ComparisonRow& row : rows) {
        if (!row.isCandidate() || !row.chosen)
            continue;
        if (key.isEmpty()) {
            key = row.key;
            chart.unit = row.unit;
        }
        if (row.key == key && row.unit == chart.unit)
            byCode.insert(row.regionCode, &row);
    }
    QHash<QString, QString> labels;
    for (const ComparisonRow& row : rows)
        labels.insert(row.regionCode, row.regionLabel);
    const QSet<QString> selected(options.selectedCodes.cbegin(), options.selectedCodes.cend());
    ChartSeries series;
    series.metricKey = key;
    const Taxonomy::Entry* entry = key.isEmpty() ? nullptr : Taxonomy::builtin().entry(key);
    series.name = entry ? entry->zh : key;
    QVector<double> present;
    QStringList periods;
    int outside = 0;
    for (const QString& code : boundaries.codes()) {
        chart.categories.append(labels.contains(code)
                                    ? labels.value(code)
                                    : ComparisonSource::regionLabel(Gazetteer::builtin(), code));
        chart.categoryCodes.append(code);
        chart.shapes.append(boundaries.shapes().value(code));
        chart.selected.append(selected.contains(code));
        const ComparisonRow* row = byCode.value(code);
        series.values.append(row ? row->value : std::nullopt);
        series.qualifiers.append(row ? row->qualifier : Qualifier::Exact);
        series.sources.append(row ? ComparisonChartBuilder::sourceOf(*row) : ChartValueSource());
        if (row) {
            present.append(*row->value);
            if (!row->period.isEmpty() && !periods.contains(row->period))
                periods.append(row->period);
        }
    }
    for (auto it = byCode.cbegin(); it != byCode.cend(); ++it)
        outside += boundaries.shapes().contains(it.key()) ? 0 : 1;
    chart.series.append(series);
    // Labels of regions without data come from the gazetteer's code when no row names them.
    chart.classBreaks = options.classes == ChartData::Classes::NaturalBreaks
                            ? naturalBreaks(present, options.classCount)
                            : quantileBreaks(present, options.classCount);
    ComparisonChartBuilder::chooseDisplayUnit(chart);
    chart.period = periods.size() == 1 ? periods.first() : QString();

    chart.sourceNote = ComparisonChartBuilder::sourceNote(chart, text, false);
    const bool chinese = options.language == ChartText::Language::Chinese;
    const QString classes = options.classes == ChartData::Classes::NaturalBreaks
                                ? (chinese ? QStringLiteral("自然断点分级") : tr("natural breaks"))
                                : (chinese ? QStringLiteral("分位数分级") : tr("quantile classes"));
    QStringList filters{text.regionsPrefix + (options.regionsDescription.isEmpty()
                                                  ? text.allRegions
                                                  : options.regionsDescription)};
    if (!chart.period.isEmpty())
        filters.append(text.periodPrefix + chart.period);
    filters.append(classes);
    if (outside > 0)
        filters.append(chinese ? QStringLiteral("%1个有数据的地区不在底图中").arg(outside)
                               : tr("%1 region(s) with data are not on the map").arg(outside));
    chart.filterNote = filters.join(QStringLiteral("; "));
    const QString source = options.mapSource.isEmpty() ? boundaries.source() : options.mapSource;
    const QString approval = options.mapApproval.isEmpty() ? boundaries.approval() : options.mapApproval;
    const QString unknown = chinese ? QStringLiteral("未注明") : tr("not given");
    chart.mapNote =
        chinese ? QStringLiteral("底图来源:%1;审图号:%2")
                      .arg(source.isEmpty() ? unknown : source, approval.isEmpty() ? unknown : approval)
                : tr("Boundaries: %1; map approval number (审图号): %2")
                      .arg(source.isEmpty() ? unknown : source, approval.isEmpty() ? unknown : approval);
    const QString generated =
        series.name + (chart.period.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(chart.period));
    chart.title = options.title.isEmpty() ? generated : options.title;
    return chart;
}

} // namespace rs
