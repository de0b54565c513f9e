#pragma once

#include "domain/Metric.h"

#include <QDateTime>
#include <QString>

namespace rs {

// An analyst's decision about one figure. `metric` holds the anchor (start, end, quote) and, for
// corrected and added figures, the analyst's values.
struct MetricReview
{
    enum class Decision
    {
        Confirmed,
        Corrected,
        Rejected,
        Added
    };
    qint64 id = 0;
    qint64 articleId = 0;
    Decision decision = Decision::Confirmed;
    Metric metric;
    QString note;
    QString reviewer;
    QDateTime reviewedAt;

    static QString decisionName(Decision decision);
    static bool decisionFromName(const QString& name, Decision* decision);
};

// A figure as the analyst sees it: machine output with the analyst's decision applied.
struct ReviewedMetric
{
    enum class Status
    {
        Machine,
        Confirmed,
        Corrected,
        Rejected,
        Added
    };
    Metric metric;
    Status status = Status::Machine;
    qint64 articleId = 0;
    qint64 machineId = 0; // 0 for added figures
    qint64 reviewId = 0;  // 0 when not reviewed

    bool counts() const { return status != Status::Rejected; }
    static QString statusName(Status status);
};

} // namespace rs
