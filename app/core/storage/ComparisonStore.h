#pragma once

#include "ComparisonSql.h"
#include "domain/MetricReview.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace rs {

class Database;

// Which figures a comparison reads: reviewed figures (decisions applied, rejected ones left out) of
// some metric keys in the reports of some regions.
struct FigureScope
{
    QStringList keys;
    QStringList regionPrefixes; // a region code and the regions under it; empty = every known region
    QString exactRegion;        // only this region, not those under it (drill-down); empty = unused
    bool includeTargets = false;
    bool targetsOnly = false; // only plans and targets (计划, 目标, 到2026年), drawn apart from achievements
    bool unknownRegion = false; // only reports whose region is unknown (the figures left out for it)
};

// A reviewed figure with the report it comes from (drill-down rows).
struct ScopedFigure
{
    ReviewedMetric figure;
    QString regionCode;
    QString reportTitle;
    QDate published;
};

// One key and region of a comparison, aggregated by the database: how many figures it has in the
// period, and the one to chart. Candidates are figures in the key's usual unit that are not caps;
// each report's candidate is its largest; the charted one is the largest reviewed candidate, else
// the candidate of the most recent report (then the larger, then the lower report id).
struct RegionFigureSummary
{
    QString key;
    QString regionCode;
    int figures = 0;    // in the period, excluded ones included
    int candidates = 0; // figures that could be charted
    int reports = 0;    // reports with a candidate
    double lowest = 0;  // smallest and largest of the reports' candidates: they disagree when these do
    double highest = 0;
    bool hasCandidate = false;
    // The charted figure, or the first excluded one when the region has no candidate.
    ScopedFigure shown;
    int exclusion = 0; // of `shown`: 0 none, 1 another unit, 2 a cap
};

// Figures of one key a comparison does not chart, by the reason (the chart's notes count them).
struct FiguresLeftOut
{
    int noRegion = 0;    // in reports whose region is unknown
    int noYear = 0;      // no year of their own and none from their report
    int targets = 0;     // plans and targets, when targets are not shown
    int otherUnit = 0;   // in another unit than the key's usual one
    int otherPeriod = 0; // of another year than the one charted
    int total() const { return noRegion + noYear + targets + otherUnit + otherPeriod; }
};

// The SQL behind Compare Metrics and the CLI's chart: periods, units and one row per key and region,
// with the analysts' decisions applied in the query, so no figure object is built for a region that
// ends up as one bar. A decision is matched to the machine figure with its span and quote, or else the
// nearest figure with its quote (ReviewOverlay's rule); when two decisions claim one figure the older
// keeps it and the newer stands alone, where ReviewOverlay would try the next nearest figure.
class ComparisonStore
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonStore)

public:
    explicit ComparisonStore(Database& database);
    ~ComparisonStore();
    ComparisonStore(const ComparisonStore&) = delete;
    ComparisonStore& operator=(const ComparisonStore&) = delete;

    struct PeriodCoverage
    {
        QString period;
        int regions = 0;
    };
    struct UnitCount
    {
        QString key;
        QString unit;
        int figures = 0;
    };
    struct Coverage
    {
        QVector<PeriodCoverage> periods; // with the number of regions reporting each, latest first
        QVector<UnitCount> units;        // figures per key and unit in every period (usual unit: the most)
    };
    // Each query below says why it failed in *error (when given): in words, or "cancelled" when the
    // cancel check abandoned it (wasCancelled() tells the two apart).
    Coverage coverage(const FigureScope& scope, QString* error = nullptr) const;
    // `period` for the latest year each region reports (each region's own latest figures).
    static QString latestPeriod() { return ComparisonSql::latestPeriod(); }
    // One row per key and region for `period` (empty: every period; latestPeriod(): each region's
    // latest), ordered by key and region.
    QVector<RegionFigureSummary> summaries(const FigureScope& scope, const QString& period,
                                           const QHash<QString, QString>& usualUnits,
                                           QString* error = nullptr) const;
    // The same for every period at once, one row per key, region and period (trends over years);
    // shown.figure.metric.period says the period.
    QVector<RegionFigureSummary> summariesByPeriod(const FigureScope& scope,
                                                   const QHash<QString, QString>& usualUnits,
                                                   QString* error = nullptr) const;
    // Every figure in scope for `period`, ordered by report and position (drill-down into one region).
    QVector<ScopedFigure> figures(const FigureScope& scope, const QString& period,
                                  QString* error = nullptr) const;
    // Per key: the figures that cannot be charted for `period` and why. Figures of reports without a
    // region count whatever the scope; rejected figures do not count.
    QHash<QString, FiguresLeftOut> leftOut(const FigureScope& scope, const QString& period,
                                           const QHash<QString, QString>& usualUnits,
                                           QString* error = nullptr) const;

    // Whether `region` is one of the scope's regions (or under one).
    static bool covers(const FigureScope& scope, const QString& region);

    // Checked while a query runs; returning true abandons it (a newer request superseded it).
    void setCancelCheck(std::function<bool()> check) { m_cancel = std::move(check); }
    bool wasCancelled() const { return m_cancelled; }

    // Test hook: queries read across the figures of many reports, by this class or MetricStore.
    // Recomputes the groups of metric_groups that changes since the last refresh marked stale, inside
    // the caller's write transaction (the import calls it before each batch's commit). Stale groups
    // are read from their figures until then, so skipping it is slower, never wrong.
    static bool refreshGroups(QSqlDatabase& db);
    // The same in the connection's open transaction, else in one of its own. Writers that change
    // figures, decisions, regions or dates call it after their change; its failure leaves groups
    // stale, which costs time only, so they do not fail for it.
    static bool refreshGroups(Database& database);

    static int corpusQueries();
    static void countCorpusQuery();

private:
    // Figures per key, region, period and unit as coverage() read them (ComparisonSql::coverage's
    // parts); leftOut() counts from the same rows.
    struct FigureGroup
    {
        int part = 0;
        QString key;
        QString region;
        QString period;
        QString unit;
        int figures = 0;
        int targets = 0;
    };
    bool readGroups(const FigureScope& scope, QString* error) const;
    bool runStatement(QSqlQuery& query, const ComparisonSql::Statement& statement, QString* error) const;
    QVector<RegionFigureSummary> summarize(const FigureScope& scope, const QString& period,
                                           const QHash<QString, QString>& usualUnits, bool eachPeriod,
                                           QString* error) const;
    bool prepare(QSqlQuery& query, const QString& sql, QString* error) const;
    bool run(QSqlQuery& query, QString* error) const;

    Database& m_database;
    std::function<bool()> m_cancel;
    mutable QVector<FigureGroup> m_groups;
    mutable std::optional<FigureScope> m_groupsScope; // the scope m_groups were read for
    mutable bool m_cancelled = false;
};

} // namespace rs
