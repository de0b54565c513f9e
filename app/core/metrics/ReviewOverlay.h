#pragma once

#include "domain/MetricReview.h"

#include <QVector>

namespace rs {

// Applies analyst decisions to machine output. A decision is matched to the machine figure with the
// same span and quote, or else the same quote nearest its old position (the body or the extractor
// changed); decisions that match nothing stay visible as their own rows, never silently dropped.
class ReviewOverlay
{
public:
    struct MachineRow
    {
        qint64 id = 0;
        Metric metric;
    };

    static QVector<ReviewedMetric> apply(qint64 articleId, const QVector<MachineRow>& machine,
                                         const QVector<MetricReview>& reviews);
};

} // namespace rs
