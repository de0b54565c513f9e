#include "MetricReview.h"

namespace rs {
namespace {

const char* const decisionNames[] = {"confirmed", "corrected", "rejected", "added"};
const char* const statusNames[] = {"machine", "confirmed", "corrected", "rejected", "added"};

} // namespace

QString MetricReview::decisionName(Decision decision)
{
    return QString::fromLatin1(decisionNames[int(decision)]);
}

bool MetricReview::decisionFromName(const QString& name, Decision* decision)
{
    for (int i = 0; i < int(std::size(decisionNames)); ++i) {
        if (name == QLatin1String(decisionNames[i])) {
            *decision = Decision(i);
            return true;
        }
    }
    return false;
}

QString ReviewedMetric::statusName(Status status)
{
    return QString::fromLatin1(statusNames[int(status)]);
}

} // namespace rs
