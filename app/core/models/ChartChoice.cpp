#include "ChartChoice.h"

#include "MetricReviewer.h"
#include "storage/MetricStore.h"

namespace rs {

bool ChartChoice::store(MetricStore& metrics, const ComparisonRow& row, const QString& reviewer,
                        QString* error)
{
    QString readError;
    const QVector<ReviewedMetric> figures = metrics.reviewedMetrics(row.articleId, &readError);
    for (const ReviewedMetric& figure : figures) {
        if (figure.metric.start != row.start || figure.metric.end != row.end || !figure.counts())
            continue;
        if (figure.status != ReviewedMetric::Status::Machine)
            return true; // an analyst's decision already puts it first
        return MetricReviewer(metrics, reviewer).confirm(figure, error);
    }
    if (error)
        *error = readError.isEmpty()
                     ? tr("the figure \"%1\" is no longer in report %2 (re-extracted meanwhile?)")
                           .arg(row.quote)
                           .arg(row.articleId)
                     : readError;
    return false;
}

} // namespace rs
