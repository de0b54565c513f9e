#include "ComparisonSource.h"

#include "gazetteer/Gazetteer.h"
#include "gazetteer/PlaceNameIndex.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"
#include "storage/ComparisonStore.h"
#include "storage/MetricStore.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace rs {

ComparisonSource::ComparisonSource(const MetricStore& metrics, const ArticleStore& articles,
                                   const Gazetteer& gazetteer)
    : m_metrics(metrics), m_articles(articles), m_gazetteer(gazetteer)
{}

QStringList ComparisonSource::figureKeys(const QStringList& keys)
{
    QStringList figures;
    for (const QString& key : keys) {
        if (!isTagKey(key))
            figures.append(key);
    }
    return figures;
}

FigureScope ComparisonSource::scopeOf(const ComparisonQuery& query, const QStringList& metricKeys)
{
    FigureScope scope;
    scope.keys = metricKeys;
    scope.includeTargets = query.includeTargets;
    if (query.scope == ComparisonQuery::Scope::Subtree)
        scope.regionPrefixes = query.regionCodes.mid(0, 1);
    else if (query.scope == ComparisonQuery::Scope::Codes)
        // No region listed: nothing is covered ("-" is below every code and no code starts with it).
        scope.regionPrefixes =
            query.regionCodes.isEmpty() ? QStringList{QStringLiteral("-")} : query.regionCodes;
    return scope;
}

std::function<QString(const QString&)> ComparisonSource::regionLabeller(const Gazetteer& gazetteer)
{
    return [&gazetteer, labels = QHash<QString, QString>()](const QString& code) mutable {
        auto it = labels.find(code);
        if (it == labels.end())
            it = labels.insert(code, regionLabel(gazetteer, code));
        return it.value();
    };
}

QHash<QString, QString> ComparisonSource::usualUnits(const QVector<ComparisonStore::UnitCount>& units)
{
    QHash<QString, QString> usual;
    QHash<QString, int> bestCount;
    for (const ComparisonStore::UnitCount& count : units) {
        const int current = bestCount.value(count.key, 0);
        if (count.figures > current || (count.figures == current && count.unit < usual.value(count.key))) {
            bestCount.insert(count.key, count.figures);
            usual.insert(count.key, count.unit);
        }
    }
    return usual;
}

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

namespace {

bool sameValue(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

ComparisonRow rowFrom(const ScopedFigure& scoped, const QString& label)
{
    const Metric& metric = scoped.figure.metric;
    ComparisonRow row;
    row.regionCode = scoped.regionCode;
    row.regionLabel = label;
    row.key = metric.key;
    row.value = metric.value;
    row.unit = metric.unit;
    row.qualifier = metric.qualifier;
    row.period = metric.period;
    row.periodByReport = metric.periodByReport;
    row.articleId = scoped.figure.articleId;
    row.start = metric.start;
    row.end = metric.end;
    row.quote = metric.quote;
    row.reportTitle = scoped.reportTitle;
    row.published = scoped.published;
    row.status = scoped.figure.status;
    return row;
}

} // namespace

ComparisonSource::Result ComparisonSource::load(const ComparisonQuery& query) const
{
    Result result;
    if (query.keys.isEmpty())
        return result;
    const QStringList metricKeys = figureKeys(query.keys);
    ComparisonStore store(m_metrics.database());
    store.setCancelCheck(m_cancel);
    const FigureScope scope = scopeOf(query, metricKeys);
    QString error;
    const auto failed = [&] { return stopped(store, error, &result); };

    // Periods by the number of regions reporting them; the default period is the best covered one.
    const ComparisonStore::Coverage coverage = store.coverage(scope, &error);
    if (failed())
        return result;
    result.period = query.latestPerRegion() ? ComparisonStore::latestPeriod() : query.period;
    int best = 0;
    for (const ComparisonStore::PeriodCoverage& period : coverage.periods) {
        result.periods.append(period.period);
        if (query.period.isEmpty() && period.regions > best) {
            best = period.regions;
            result.period = period.period;
        }
    }

    result.usualUnits = usualUnits(coverage.units);

    const auto labelOf = regionLabeller(m_gazetteer);
    const QVector<RegionFigureSummary> summaries =
        store.summaries(scope, result.period, result.usualUnits, &error);
    if (failed())
        return result;
    result.leftOut = store.leftOut(scope, result.period, result.usualUnits, &error);
    if (failed())
        return result;
    result.rows.reserve(summaries.size());
    QVector<const RegionFigureSummary*> ordered; // by the query's keys, then region code
    for (const QString& key : metricKeys) {
        for (const RegionFigureSummary& summary : summaries) {
            if (summary.key == key)
                ordered.append(&summary);
        }
    }
    for (const RegionFigureSummary* each : std::as_const(ordered)) {
        const RegionFigureSummary& summary = *each;
        result.rows.append(summaryRow(summary, labelOf(summary.regionCode)));
    }

    for (const QString& key : query.keys) {
        if (isTagKey(key))
            appendTagRows(key, query, &result);
    }
    appendMissingRows(query, &result);
    makeLabelsUnique(&result.rows);
    return result;
}

QVector<ComparisonRow> ComparisonSource::loadRegion(const ComparisonQuery& query, const Result& loaded,
                                                    const QString& key, const QString& regionCode) const
{
    QVector<ComparisonRow> rows;
    if (isTagKey(key) || regionCode.isEmpty())
        return rows;
    ComparisonStore store(m_metrics.database());
    FigureScope scope = scopeOf(query, {key});
    scope.regionPrefixes.clear();
    scope.exactRegion = regionCode;
    QString label;
    for (const ComparisonRow& row : loaded.rows) {
        if (row.regionCode == regionCode)
            label = row.regionLabel; // keeps the loaded table's unique label
    }
    if (label.isEmpty())
        label = regionLabel(m_gazetteer, regionCode);
    QString period = loaded.period;
    if (period == ComparisonStore::latestPeriod()) {
        // Each region has its own latest year: the one its row was charted for.
        period.clear();
        for (const ComparisonRow& row : loaded.rows) {
            if (row.regionCode == regionCode && row.key == key)
                period = row.period;
        }
    }
    for (const ScopedFigure& scoped : store.figures(scope, period)) {
        ComparisonRow row = rowFrom(scoped, label);
        row.key = key;
        if (row.unit != loaded.usualUnits.value(row.key))
            row.exclusion = ComparisonRow::Exclusion::OtherUnit;
        else if (row.qualifier == Qualifier::Max)
            row.exclusion = ComparisonRow::Exclusion::Cap; // a per-person ceiling, not an amount
        rows.append(row);
    }
    return rows;
}

QVector<ComparisonSource::LeftOutFigure>
ComparisonSource::leftOutFigures(const ComparisonQuery& query, const Result& loaded, QString* error) const
{
    // The rules of ComparisonStore::leftOut, figure by figure: reports without a region whatever the
    // scope, then the scope's figures without a year, targets, another unit, another year.
    QVector<LeftOutFigure> result;
    const QStringList metricKeys = figureKeys(query.keys);
    if (metricKeys.isEmpty())
        return result;
    ComparisonStore store(m_metrics.database());
    const FigureScope scope = scopeOf(query, metricKeys);
    FigureScope unknown = scope;
    unknown.regionPrefixes.clear();
    unknown.unknownRegion = true;
    unknown.includeTargets = true;
    FigureScope known = scope;
    known.includeTargets = true;
    const bool single = !loaded.period.isEmpty() && loaded.period != ComparisonStore::latestPeriod();
    const auto reasonFor = [&](const ScopedFigure& scoped) -> QString {
        const Metric& metric = scoped.figure.metric;
        if (scoped.regionCode.isEmpty())
            return tr("no region: the report's region is unknown");
        if (metric.period.isEmpty())
            return tr("no year");
        if (metric.isTarget && !scope.includeTargets)
            return tr("a plan or target");
        const QString usual = loaded.usualUnits.value(metric.key.section(QLatin1Char('/'), 0, 0));
        const bool inPeriod = !single || metric.period == loaded.period;
        if (metric.unit != usual && inPeriod)
            return tr("in %1, not the usual %2").arg(metric.unit, usual);
        if (metric.unit == usual && !inPeriod)
            return tr("of %1, not %2").arg(metric.period, loaded.period);
        return QString();
    };
    for (const FigureScope& part : {unknown, known}) {
        const QVector<ScopedFigure> figures = store.figures(part, QString(), error);
        if (error && !error->isEmpty())
            return result;
        for (const ScopedFigure& scoped : figures) {
            const QString reason = reasonFor(scoped);
            if (reason.isEmpty())
                continue;
            LeftOutFigure left;
            left.row =
                rowFrom(scoped, scoped.regionCode.isEmpty() ? tr("Unknown region")
                                                            : regionLabel(m_gazetteer, scoped.regionCode));
            left.reason = reason;
            result.append(left);
        }
    }
    return result;
}

ComparisonRow ComparisonSource::summaryRow(const RegionFigureSummary& summary, const QString& label)
{
    ComparisonRow row = rowFrom(summary.shown, label);
    row.key = summary.key; // as the query names it: "enterprises/high_tech"
    row.aggregated = true;
    row.figures = summary.figures;
    row.reports = summary.reports;
    if (summary.exclusion == 1)
        row.exclusion = ComparisonRow::Exclusion::OtherUnit;
    else if (summary.exclusion == 2)
        row.exclusion = ComparisonRow::Exclusion::Cap;
    row.chosen = summary.hasCandidate;
    row.conflict = summary.hasCandidate && !sameValue(summary.lowest, summary.highest);
    if (row.conflict) {
        row.reportedLow = summary.lowest;
        row.reportedHigh = summary.highest;
    }
    return row;
}

void ComparisonSource::appendMissingRows(const ComparisonQuery& query, Result* result) const
{
    QSet<QString> reported; // "key\ncode"
    for (const ComparisonRow& row : std::as_const(result->rows)) {
        if (row.isCandidate() || isTagKey(row.key))
            reported.insert(row.key + QLatin1Char('\n') + row.regionCode);
    }
    // Regions the analyst named but that report nothing are listed as missing, never as 0.
    for (const QString& code : query.namedCodes()) {
        for (const QString& key : query.keys) {
            if (reported.contains(key + QLatin1Char('\n') + code))
                continue;
            bool coveredBelow = false; // "44" is reported through its counties
            for (const ComparisonRow& row : std::as_const(result->rows))
                coveredBelow = coveredBelow || (row.key == key && row.regionCode.startsWith(code));
            if (coveredBelow)
                continue;
            ComparisonRow row;
            row.regionCode = code;
            row.regionLabel = regionLabel(m_gazetteer, code);
            row.key = key;
            row.unit = result->usualUnits.value(key);
            row.period = query.latestPerRegion() ? QString() : result->period;
            result->rows.append(row);
        }
    }
}

void ComparisonSource::makeLabelsUnique(QVector<ComparisonRow>* rows)
{
    // Labels must stay unique: two regions with one label get their code appended.
    QHash<QString, QString> codeByLabel;
    for (const ComparisonRow& row : std::as_const(*rows)) {
        const auto it = codeByLabel.constFind(row.regionLabel);
        if (it == codeByLabel.cend())
            codeByLabel.insert(row.regionLabel, row.regionCode);
        else if (it.value() != row.regionCode)
            codeByLabel[row.regionLabel] = QString(); // ambiguous
    }
    for (ComparisonRow& row : *rows) {
        if (codeByLabel.value(row.regionLabel, row.regionCode).isEmpty())
            row.regionLabel += QStringLiteral(" (%1)").arg(row.regionCode);
    }
}

} // namespace rs

namespace rs {

void ComparisonSource::appendTagRows(const QString& key, const ComparisonQuery& query, Result* result) const
{
    if (m_annotations == nullptr)
        return;
    const qint64 tagId = m_annotations->tagByPath(key.mid(1));
    if (tagId == 0)
        return;
    QHash<qint64, ArticleSummary> articles;
    for (const ArticleSummary& summary : m_articles.all())
        articles.insert(summary.id, summary);
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
