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
                            const Metric& metric)
{
    if (figure.reviewId > 0 && !m_store.removeReview(figure.reviewId)) {
        m_lastError = m_store.lastError();
        return false;
    }
    MetricReview review;
    review.articleId = figure.articleId;
    review.decision = decision;
    review.metric = metric;
    review.reviewer = m_reviewer;
    if (m_store.addReview(review) == 0) {
        m_lastError = m_store.lastError();
        return false;
    }
    return true;
}

bool MetricReviewer::confirm(const ReviewedMetric& figure)
{
    return decide(figure, MetricReview::Decision::Confirmed, figure.metric);
}

bool MetricReviewer::reject(const ReviewedMetric& figure)
{
    return decide(figure, MetricReview::Decision::Rejected, figure.metric);
}

bool MetricReviewer::correct(const ReviewedMetric& figure, const Metric& corrected)
{
    Metric metric = corrected;
    metric.start = figure.metric.start;
    metric.end = figure.metric.end;
    metric.quote = figure.metric.quote;
    // A figure the analyst added stays "added" when its values are edited later.
    const auto decision = figure.status == ReviewedMetric::Status::Added ? MetricReview::Decision::Added
                                                                         : MetricReview::Decision::Corrected;
    return decide(figure, decision, metric);
}

bool MetricReviewer::add(qint64 articleId, const Metric& metric)
{
    ReviewedMetric figure;
    figure.articleId = articleId;
    return decide(figure, MetricReview::Decision::Added, metric);
}

bool MetricReviewer::clearDecision(const ReviewedMetric& figure)
{
    if (figure.reviewId <= 0)
        return true;
    if (!m_store.removeReview(figure.reviewId)) {
        m_lastError = m_store.lastError();
        return false;
    }
    return true;
}

} // namespace rs
