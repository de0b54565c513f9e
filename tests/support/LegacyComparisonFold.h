#pragma once

// The comparison as it was computed before the database aggregated it (ComparisonSource before
// issue 20): every reviewed figure of the keys loaded into memory, folded per region here, one
// ComparisonRow per figure. Kept as the oracle the SQL aggregate is checked against.

#include "comparison/ComparisonSource.h"
#include "gazetteer/Gazetteer.h"
#include "storage/ArticleStore.h"
#include "storage/MetricStore.h"

#include <QHash>
#include <QSet>

#include <algorithm>

inline rs::ComparisonSource::Result legacyComparison(const rs::MetricStore& metrics,
                                                     const rs::ArticleStore& articleStore,
                                                     const rs::Gazetteer& gazetteer,
                                                     const rs::ComparisonQuery& query)
{
    using namespace rs;

    ComparisonSource::Result result;
    if (query.keys.isEmpty())
        return result;
    QHash<qint64, ArticleSummary> articles;
    for (const ArticleSummary& summary : articleStore.all())
        articles.insert(summary.id, summary);

    const QSet<QString> keys(query.keys.cbegin(), query.keys.cend());
    QStringList metricKeys;
    for (const QString& key : query.keys) {
        if (!ComparisonSource::isTagKey(key))
            metricKeys.append(key);
    }
    QVector<ReviewedMetric> figures;
    for (const ReviewedMetric& reviewed : metrics.reviewedMetricsForKeys(metricKeys)) {
        if (!reviewed.counts() || !keys.contains(reviewed.metric.key))
            continue;
        if (reviewed.metric.isTarget && !query.includeTargets)
            continue;
        const auto article = articles.constFind(reviewed.articleId);
        if (article == articles.cend() || !query.covers(article->regionCode))
            continue;
        figures.append(reviewed);
    }

    // Periods by the number of regions reporting them; the default period is the best covered one.
    QHash<QString, QSet<QString>> regionsByPeriod;
    for (const ReviewedMetric& reviewed : std::as_const(figures)) {
        if (!reviewed.metric.period.isEmpty())
            regionsByPeriod[reviewed.metric.period].insert(articles.value(reviewed.articleId).regionCode);
    }
    result.periods = regionsByPeriod.keys();
    std::sort(result.periods.begin(), result.periods.end(), std::greater<QString>());
    result.period = query.period;
    if (result.period.isEmpty()) {
        int best = 0;
        for (const QString& period : std::as_const(result.periods)) {
            if (regionsByPeriod.value(period).size() > best) {
                best = int(regionsByPeriod.value(period).size());
                result.period = period;
            }
        }
    }

    // The usual unit of each key: the one most figures use.
    QHash<QString, QHash<QString, int>> unitCounts;
    for (const ReviewedMetric& reviewed : std::as_const(figures))
        ++unitCounts[reviewed.metric.key][reviewed.metric.unit];
    QHash<QString, QString> usualUnit;
    for (auto it = unitCounts.cbegin(); it != unitCounts.cend(); ++it) {
        int best = 0;
        for (auto unit = it->cbegin(); unit != it->cend(); ++unit) {
            if (unit.value() > best || (unit.value() == best && unit.key() < usualUnit.value(it.key()))) {
                best = unit.value();
                usualUnit[it.key()] = unit.key();
            }
        }
    }

    QHash<QString, QString> labels;
    auto labelOf = [&](const QString& code) {
        auto it = labels.find(code);
        if (it == labels.end())
            it = labels.insert(code, ComparisonSource::regionLabel(gazetteer, code));
        return it.value();
    };
    QSet<QString> reported; // "key\ncode"
    for (const ReviewedMetric& reviewed : std::as_const(figures)) {
        const Metric& metric = reviewed.metric;
        if (!result.period.isEmpty() && metric.period != result.period)
            continue;
        const ArticleSummary& article = articles[reviewed.articleId];
        ComparisonRow row;
        row.regionCode = article.regionCode;
        row.regionLabel = labelOf(article.regionCode);
        row.key = metric.key;
        row.value = metric.value;
        row.unit = metric.unit;
        row.qualifier = metric.qualifier;
        row.period = metric.period;
        row.articleId = reviewed.articleId;
        row.start = metric.start;
        row.end = metric.end;
        row.quote = metric.quote;
        row.reportTitle = article.title;
        row.published = article.publishedOn;
        row.status = reviewed.status;
        if (metric.unit != usualUnit.value(metric.key))
            row.exclusion = ComparisonRow::Exclusion::OtherUnit;
        else if (metric.qualifier == Qualifier::Max)
            row.exclusion = ComparisonRow::Exclusion::Cap; // a per-person ceiling, not an amount
        if (row.isCandidate())
            reported.insert(metric.key + QLatin1Char('\n') + row.regionCode);
        result.rows.append(row);
    }

    // Regions the analyst named but that report nothing are listed as missing, never as 0.
    for (const QString& code : query.namedCodes()) {
        for (const QString& key : query.keys) {
            if (reported.contains(key + QLatin1Char('\n') + code))
                continue;
            bool coveredBelow = false; // "44" is reported through its counties
            for (const ComparisonRow& row : std::as_const(result.rows))
                coveredBelow = coveredBelow || (row.key == key && row.regionCode.startsWith(code));
            if (coveredBelow)
                continue;
            ComparisonRow row;
            row.regionCode = code;
            row.regionLabel = labelOf(code);
            row.key = key;
            row.unit = usualUnit.value(key);
            row.period = result.period;
            result.rows.append(row);
        }
    }

    // Labels must stay unique: two regions with one label get their code appended.
    QHash<QString, QString> codeByLabel;
    for (const ComparisonRow& row : std::as_const(result.rows)) {
        const auto it = codeByLabel.constFind(row.regionLabel);
        if (it == codeByLabel.cend())
            codeByLabel.insert(row.regionLabel, row.regionCode);
        else if (it.value() != row.regionCode)
            codeByLabel[row.regionLabel] = QString(); // ambiguous
    }
    for (ComparisonRow& row : result.rows) {
        if (codeByLabel.value(row.regionLabel, row.regionCode).isEmpty())
            row.regionLabel += QStringLiteral(" (%1)").arg(row.regionCode);
    }
    return result;
}
