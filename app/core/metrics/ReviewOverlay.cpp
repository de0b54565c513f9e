#include "ReviewOverlay.h"

#include <algorithm>
#include <cstdlib>

namespace rs {
namespace {

ReviewedMetric::Status statusFor(MetricReview::Decision decision)
{
    switch (decision) {
    case MetricReview::Decision::Confirmed:
        return ReviewedMetric::Status::Confirmed;
    case MetricReview::Decision::Corrected:
        return ReviewedMetric::Status::Corrected;
    case MetricReview::Decision::Rejected:
        return ReviewedMetric::Status::Rejected;
    case MetricReview::Decision::Added:
        break;
    }
    return ReviewedMetric::Status::Added;
}

int findMachineRow(const QVector<ReviewOverlay::MachineRow>& machine, const QVector<bool>& taken,
                   const Metric& anchor)
{
    for (int i = 0; i < machine.size(); ++i) {
        const Metric& m = machine.at(i).metric;
        if (!taken.at(i) && m.start == anchor.start && m.end == anchor.end && m.quote == anchor.quote)
            return i;
    }
    int best = -1;
    for (int i = 0; i < machine.size(); ++i) {
        if (taken.at(i) || machine.at(i).metric.quote != anchor.quote)
            continue;
        if (best < 0 || std::abs(machine.at(i).metric.start - anchor.start) <
                            std::abs(machine.at(best).metric.start - anchor.start))
            best = i;
    }
    return best;
}

} // namespace

QVector<ReviewedMetric> ReviewOverlay::apply(qint64 articleId, const QVector<MachineRow>& machine,
                                             const QVector<MetricReview>& reviews)
{
    QVector<ReviewedMetric> result;
    result.reserve(machine.size() + reviews.size());
    for (const MachineRow& row : machine) {
        ReviewedMetric reviewed;
        reviewed.metric = row.metric;
        reviewed.articleId = articleId;
        reviewed.machineId = row.id;
        result.append(reviewed);
    }
    QVector<bool> taken(machine.size(), false);
    for (const MetricReview& review : reviews) {
        const int index = review.decision == MetricReview::Decision::Added
                              ? -1
                              : findMachineRow(machine, taken, review.metric);
        ReviewedMetric* target = nullptr;
        if (index >= 0) {
            taken[index] = true;
            target = &result[index];
        } else {
            ReviewedMetric orphan;
            orphan.articleId = articleId;
            orphan.metric = review.metric;
            result.append(orphan);
            target = &result.last();
        }
        target->reviewId = review.id;
        target->status = statusFor(review.decision);
        // A decision on a figure the machine no longer finds still stands, with its own values.
        if (review.decision == MetricReview::Decision::Corrected ||
            review.decision == MetricReview::Decision::Added || index < 0)
            target->metric = review.metric;
        else
            target->metric.quote = review.metric.quote;
    }
    std::stable_sort(result.begin(), result.end(), [](const ReviewedMetric& a, const ReviewedMetric& b) {
        return a.metric.start < b.metric.start;
    });
    return result;
}

} // namespace rs
