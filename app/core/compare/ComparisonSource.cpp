#include "ComparisonSource.h"

#include "gazetteer/Gazetteer.h"
#include "gazetteer/PlaceNameIndex.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"
#include "storage/MetricStore.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace rs {

ComparisonSource::ComparisonSource(const MetricStore& metrics, const ArticleStore& articles,
                                   const Gazetteer& gazetteer)
    : m_metrics(metrics), m_articles(articles), m_gazetteer(gazetteer)
{}

QString ComparisonSource::regionLabel(const Gazetteer& gazetteer, const QString& code)
{
    const Region region = gazetteer.region(code);
    if (!region.isValid())
        return code;
    if (region.level != Region::Level::County)
        return region.name;
    const Region parent = gazetteer.region(region.cityCode.isEmpty() ? region.provinceCode : region.cityCode);
    if (!parent.isValid())
        return region.name;
    QString prefix = PlaceNameIndex::shortName(parent);
    if (prefix.isEmpty())
        prefix = parent.name;
    return prefix + QStringLiteral("·") + region.name;
}

QString ComparisonSource::scopeDescription(const Gazetteer& gazetteer, const ComparisonQuery& query)
{
    if (query.scope == ComparisonQuery::Scope::All || query.regionCodes.isEmpty())
        return QString();
    const QStringList codes =
        query.scope == ComparisonQuery::Scope::Subtree ? query.regionCodes.mid(0, 1) : query.regionCodes;
    const int listed = 3;
    QStringList names;
    for (const QString& code : codes.mid(0, listed)) {
        const Region region = gazetteer.region(code);
        names.append(region.isValid() ? region.name : code);
    }
    QString description = names.join(QStringLiteral("、"));
    if (codes.size() > listed)
        description += QStringLiteral("…(%1)").arg(codes.size());
    return description;
}

ComparisonSource::Result ComparisonSource::load(const ComparisonQuery& query) const
{
    Result result;
    if (query.keys.isEmpty())
        return result;
    QHash<qint64, ArticleSummary> articles;
    for (const ArticleSummary& summary : m_articles.all())
        articles.insert(summary.id, summary);

    const QSet<QString> keys(query.keys.cbegin(), query.keys.cend());
    QStringList metricKeys;
    for (const QString& key : query.keys) {
        if (!isTagKey(key))
            metricKeys.append(key);
    }
    QVector<ReviewedMetric> figures;
    for (const ReviewedMetric& reviewed : m_metrics.reviewedMetricsForKeys(metricKeys)) {
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
            it = labels.insert(code, regionLabel(m_gazetteer, code));
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
        else if (metric.qualifier == QLatin1String("max"))
            row.exclusion = ComparisonRow::Exclusion::Cap; // a per-person ceiling, not an amount
        if (row.isCandidate())
            reported.insert(metric.key + QLatin1Char('\n') + row.regionCode);
        result.rows.append(row);
    }

    for (const QString& key : query.keys) {
        if (isTagKey(key))
            appendTagRows(key, query, articles, &result);
    }
    for (const ComparisonRow& row : std::as_const(result.rows)) {
        if (isTagKey(row.key))
            reported.insert(row.key + QLatin1Char('\n') + row.regionCode);
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

} // namespace rs

namespace rs {

void ComparisonSource::appendTagRows(const QString& key, const ComparisonQuery& query,
                                     const QHash<qint64, ArticleSummary>& articles, Result* result) const
{
    if (m_annotations == nullptr)
        return;
    const qint64 tagId = m_annotations->tagByPath(key.mid(1));
    if (tagId == 0)
        return;
    AnnotationFilter filter;
    filter.tagIds = m_annotations->subtree(tagId);
    QMap<QString, ComparisonRow> byRegion; // ordered, so the rows come out the same every time
    for (const AnnotationRow& found : m_annotations->find(filter)) {
        const auto article = articles.constFind(found.annotation.articleId);
        if (article == articles.cend() || !query.covers(article->regionCode) || found.annotation.orphaned)
            continue;
        auto it = byRegion.find(article->regionCode);
        if (it == byRegion.end()) {
            ComparisonRow row;
            row.regionCode = article->regionCode;
            row.regionLabel = regionLabel(m_gazetteer, article->regionCode);
            row.key = key;
            row.value = 0;
            row.unit = tr("passages");
            row.articleId = found.annotation.articleId;
            row.start = found.annotation.anchor.start;
            row.end = found.annotation.anchor.end;
            row.quote = found.annotation.anchor.quote;
            row.reportTitle = article->title;
            row.published = article->publishedOn;
            row.status = ReviewedMetric::Status::Confirmed; // the analyst's own coding
            it = byRegion.insert(article->regionCode, row);
        }
        it->value = *it->value + 1;
    }
    for (const ComparisonRow& row : std::as_const(byRegion))
        result->rows.append(row);
}

} // namespace rs
