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
    QStringList keys;
    for (const QString& key : query.keys) {
        if (!ComparisonSource::isTagKey(key))
            keys.append(key);
    }
    if (keys.isEmpty())
        return result;
    FigureScope scope;
    scope.keys = keys;
    if (query.scope == ComparisonQuery::Scope::Subtree)
        scope.regionPrefixes = query.regionCodes.mid(0, 1);
    else if (query.scope == ComparisonQuery::Scope::Codes)
        scope.regionPrefixes =
            query.regionCodes.isEmpty() ? QStringList{QStringLiteral("-")} : query.regionCodes;
    ComparisonStore store(m_database);
    store.setCancelCheck(m_cancel);
    QString error;
    const auto failed = [&] {
        result.cancelled = store.wasCancelled();
        result.error = error;
        return result.cancelled || !error.isEmpty();
    };
    const ComparisonStore::Coverage coverage = store.coverage(scope, &error);
    if (failed())
        return result;
    QHash<QString, int> bestCount;
    for (const ComparisonStore::UnitCount& count : coverage.units) {
        const int current = bestCount.value(count.key, 0);
        if (count.figures > current ||
            (count.figures == current && count.unit < result.usualUnits.value(count.key))) {
            bestCount.insert(count.key, count.figures);
            result.usualUnits.insert(count.key, count.unit);
        }
    }
    QHash<QString, QString> labels;
    auto labelOf = [&](const QString& code) {
        auto it = labels.find(code);
        if (it == labels.end())
            it = labels.insert(code, ComparisonSource::regionLabel(m_gazetteer, code));
        return it.value();
    };
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
