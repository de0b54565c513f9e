#pragma once

#include "domain/Metric.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVector>

#include <optional>

namespace rs {

// The comparison's groups (metric_groups, migration 15) that an import batch adds to, summed up in
// memory as the batch stores its reports and merged into the table once, before the batch commits.
// Reading the batch's figures back and grouping them in SQL cost the writer thread a fifth of its
// time; summing them here as they go by costs microseconds per report.
//
// The sums follow the rule of ComparisonSql's groups: per key, region, period, unit and target
// choice (targets 0: achievements, 1: targets, 2: both), the machine figures, the capped ones
// (最高…: a per-person ceiling, never a total), the reports with an uncapped figure, their lowest
// and highest largest figure, the first report, and the pick: the newest report with an uncapped
// figure, then the larger figure, then the lower id.
class MetricGroupBatch
{
public:
    // A report stored in the batch: its id, its region and publication date as the figures carry
    // them ('' where it has none), and its machine figures. Add it once its savepoint is released, so
    // a report rolled back never counts.
    void add(qint64 articleId, const QString& regionCode, const QString& publishedOn,
             const QVector<Metric>& figures);
    // Merges the sums into metric_groups inside the caller's transaction and empties the batch; on
    // failure *failure holds the driver's error (the caller says in words what failed) and the batch
    // is kept.
    bool mergeInto(QSqlDatabase& db, QSqlError* failure);
    void clear() { m_groups.clear(); }

    struct Key
    {
        QString metricKey;
        QString regionCode;
        QString period;
        QString unit;
        int targets = 2;
        bool operator==(const Key& other) const;
        bool operator<(const Key& other) const;
    };
    // One report's or several reports' figures of a group.
    struct Sums
    {
        int figures = 0;
        int capped = 0;
        int reports = 0; // reports with an uncapped figure
        std::optional<double> lowest;
        std::optional<double> highest;
        qint64 firstReport = 0;
        // The report shown: its largest uncapped figure (none when every figure of it is capped).
        qint64 pickReport = 0;
        QString pickPublished;
        std::optional<double> pickValue;
    };

private:
    QHash<Key, Sums> m_groups;
};

size_t qHash(const MetricGroupBatch::Key& key, size_t seed = 0);

} // namespace rs
