#include "TrendSource.h"

#include "ComparisonSource.h"
#include "storage/ComparisonStore.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace rs {
namespace {

bool isYear(const QString& period)
{
    static const QRegularExpression year(QStringLiteral("^(19|20|21)\\d\\d$"));
    return year.match(period).hasMatch();
}

} // namespace

TrendSource::TrendSource(Database& database, const Gazetteer& gazetteer)
    : m_database(database), m_gazetteer(gazetteer)
{}

TrendSource::Result TrendSource::load(const ComparisonQuery& query) const
{
    Result result;
    const QStringList keys = ComparisonSource::figureKeys(query.keys);
    if (keys.isEmpty())
        return result;
    FigureScope scope = ComparisonSource::scopeOf(query, keys);
    scope.includeTargets = false; // targets come in a pass of their own
    ComparisonStore store(m_database);
    store.setCancelCheck(m_cancel);
    QString error;
    const auto failed = [&] { return ComparisonSource::stopped(store, error, &result); };
    const ComparisonStore::Coverage coverage = store.coverage(scope, &error);
    if (failed())
        return result;
    result.usualUnits = ComparisonSource::usualUnits(coverage.units);
    const auto labelOf = ComparisonSource::regionLabeller(m_gazetteer);
    QSet<QString> years;
    const auto collect = [&](const QVector<RegionFigureSummary>& summaries, QVector<ComparisonRow>* rows) {
        for (const RegionFigureSummary& summary : summaries) {
            const QString period = summary.shown.figure.metric.period;
            if (!isYear(period))
                continue;
            rows->append(ComparisonSource::summaryRow(summary, labelOf(summary.regionCode)));
            years.insert(period);
        }
    };
    collect(store.summariesByPeriod(scope, result.usualUnits, &error), &result.rows);
    if (failed())
        return result;
    // Targets in their own pass: a plan for 2026 is no achievement of 2026, and their units are the key's.
    FigureScope targets = scope;
    targets.targetsOnly = true;
    collect(store.summariesByPeriod(targets, result.usualUnits, &error), &result.targets);
    if (failed())
        return result;
    result.years = QStringList(years.cbegin(), years.cend());
    std::sort(result.years.begin(), result.years.end());
    return result;
}

} // namespace rs
