#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace rs {

struct FigureScope;

// The statements behind ComparisonStore, each with its bound values in the order their marks stand
// in the text. A comparison reads a key's figures in two parts: the figures of reports nobody
// reviewed, read report by report through the region's reports and aggregated as they are read; and the few
// reports with decisions through the review overlay (`taken`, `figures`), figure by figure. Both parts give
// the same rows, so the union is what the overlay would give for every report. The first part reads the key's
// groups (metric_groups, migration 15) where they are fresh, and the figures of stale groups, unless a
// sub-key is asked for or every period at once (neither sums up by groups): then it reads every figure of the
// key.
class ComparisonSql
{
public:
    struct Statement
    {
        QString sql;
        QVariantList values;

        Statement& operator<<(const QString& text);
        Statement& operator<<(const Statement& other);
        Statement& bind(const QVariant& value);
        Statement& bindList(const QStringList& list); // "?, ?, ?"
    };

    // Figures per key, region, period and unit (in every period) in three parts (see the definition):
    // periods, usual units and the figures left out, from one read of the figures.
    // postgres: the text PostgreSQL takes (SQLite's otherwise); every statement gives the same rows on
    // both engines.
    static Statement coverage(const FigureScope& scope, bool postgres = false);
    // One row per key and region (ComparisonStore::summaries for the columns); eachPeriod: one per key,
    // region and period, `period` unused.
    static Statement summaries(const FigureScope& scope, const QString& period,
                               const QHash<QString, QString>& usualUnits, bool eachPeriod = false,
                               bool postgres = false);
    // Every figure in scope for `period`, with its report and rows (drill-down).
    static Statement figures(const FigureScope& scope, const QString& period, bool postgres = false);

    // Recomputes the stale groups of metric_groups (migration 15) from their figures and clears the
    // stale marks: the statements in order, in one write transaction (on PostgreSQL the first locks
    // the marks until it ends).
    static QStringList refreshGroups(bool postgres = false);
    // Adds rows of sums (MetricGroupBatch: an import batch, whose figures the insert trigger leaves
    // unmarked) to their groups; each row binds the 14 columns of metric_groups in table order.
    static QString addToGroups(int rows, bool postgres = false);

    // The columns of a metric row, prefixed with `table`, in the order ComparisonStore reads them.
    static QString metricFields(const QString& table);
    static constexpr int metricFieldCount = 15;
    static QString latestPeriod() { return QStringLiteral("latest"); }
};

} // namespace rs
