#include "MetricReviewer.h"

#include "storage/MetricStore.h"

#include <QDir>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace rs {

MetricReviewer::MetricReviewer(MetricStore& store, const QString& reviewerName)
    : m_store(store), m_reviewer(reviewerName.isEmpty() ? defaultReviewerName() : reviewerName)
{}

QString MetricReviewer::defaultReviewerName()
{
#ifdef Q_OS_UNIX
    // The account's full name (the first field of GECOS), else its login name.
    if (const passwd* account = ::getpwuid(::getuid())) {
        const QString fullName = QString::fromLocal8Bit(account->pw_gecos ? account->pw_gecos : "")
                                     .section(QLatin1Char(','), 0, 0);
        if (!fullName.trimmed().isEmpty())
            return fullName.trimmed();
        if (account->pw_name && *account->pw_name)
            return QString::fromLocal8Bit(account->pw_name);
    }
#endif
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(variable);
        if (!user.isEmpty())
            return user;
    }
    return QString(); // the GUI asks once (a home folder's name is no one's name)
}

bool MetricReviewer::decide(const ReviewedMetric& figure, MetricReview::Decision decision,
                            const Metric& metric, QString* error)
{
    if (figure.reviewId > 0 && !m_store.removeReview(figure.reviewId, error))
        return false;
    MetricReview review;
    review.articleId = figure.articleId;
    review.decision = decision;
    review.metric = metric;
    review.reviewer = m_reviewer;
    return m_store.addReview(review, error) != 0;
}

bool MetricReviewer::confirm(const ReviewedMetric& figure, QString* error)
{
    return decide(figure, MetricReview::Decision::Confirmed, figure.metric, error);
}

bool MetricReviewer::reject(const ReviewedMetric& figure, QString* error)
{
    return decide(figure, MetricReview::Decision::Rejected, figure.metric, error);
}

bool MetricReviewer::correct(const ReviewedMetric& figure, const Metric& corrected, QString* error)
{
    Metric metric = corrected;
    metric.start = figure.metric.start;
    metric.end = figure.metric.end;
    metric.quote = figure.metric.quote;
    // A figure the analyst added stays "added" when its values are edited later.
    const auto decision = figure.status == ReviewedMetric::Status::Added ? MetricReview::Decision::Added
                                                                         : MetricReview::Decision::Corrected;
    return decide(figure, decision, metric, error);
}

bool MetricReviewer::add(qint64 articleId, const Metric& metric, QString* error)
{
    ReviewedMetric figure;
    figure.articleId = articleId;
    return decide(figure, MetricReview::Decision::Added, metric, error);
}

bool MetricReviewer::clearDecision(const ReviewedMetric& figure, QString* error)
{
    if (figure.reviewId <= 0)
        return true;
    return m_store.removeReview(figure.reviewId, error);
}

} // namespace rs
