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

    // Each returns false with the reason in *error when the decision could not be stored.
    bool confirm(const ReviewedMetric& figure, QString* error = nullptr);
    bool reject(const ReviewedMetric& figure, QString* error = nullptr);
    // `corrected` keeps the figure's span; its values (value, unit, key, period …) are the analyst's.
    bool correct(const ReviewedMetric& figure, const Metric& corrected, QString* error = nullptr);
    bool add(qint64 articleId, const Metric& metric, QString* error = nullptr);
    bool clearDecision(const ReviewedMetric& figure, QString* error = nullptr);

    static QString defaultReviewerName();

private:
    bool decide(const ReviewedMetric& figure, MetricReview::Decision decision, const Metric& metric,
                QString* error);

    MetricStore& m_store;
    QString m_reviewer;
};

} // namespace rs
