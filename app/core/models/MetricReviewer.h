#pragma once

#include "domain/MetricReview.h"

#include <QString>

namespace rs {

class MetricStore;

// The analyst's review actions on one figure. Each action replaces the figure's previous decision,
// so a figure carries at most one decision; clearing it returns the figure to machine output.
class MetricReviewer
{
public:
    MetricReviewer(MetricStore& store, const QString& reviewerName);

    bool confirm(const ReviewedMetric& figure);
    bool reject(const ReviewedMetric& figure);
    // `corrected` keeps the figure's span; its values (value, unit, key, period …) are the analyst's.
    bool correct(const ReviewedMetric& figure, const Metric& corrected);
    bool add(qint64 articleId, const Metric& metric);
    bool clearDecision(const ReviewedMetric& figure);

    QString lastError() const { return m_lastError; }
    static QString defaultReviewerName();

private:
    bool decide(const ReviewedMetric& figure, MetricReview::Decision decision, const Metric& metric);

    MetricStore& m_store;
    QString m_reviewer;
    QString m_lastError;
};

} // namespace rs
