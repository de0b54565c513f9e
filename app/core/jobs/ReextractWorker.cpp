#include "ReextractWorker.h"

#include "metrics/MetricExtractor.h"
#include "metrics/Taxonomy.h"
#include "metrics/TaxonomyFile.h"
#include "storage/ArticleStore.h"
#include "storage/ComparisonStore.h"
#include "storage/Database.h"
#include "storage/MetricStore.h"

namespace rs {

ReextractWorker::ReextractWorker(const QString& databasePath, QObject* parent)
    : QObject(parent), m_databasePath(databasePath)
{}

void ReextractWorker::run()
{
    Database database;
    if (!database.open(m_databasePath)) {
        Q_EMIT finished(0, 0, false, database.error());
        return;
    }
    QString taxonomyWarning;
    const std::shared_ptr<const Taxonomy> taxonomy = TaxonomyFile::load(&taxonomyWarning);
    if (!taxonomyWarning.isEmpty())
        Q_EMIT warning(taxonomyWarning);
    const MetricExtractor extractor(*taxonomy);
    const ArticleStore articles(database);
    MetricStore metrics(database);

    const QVector<qint64> ids = articles.ids();
    int done = 0;
    int metricCount = 0;
    for (const qint64 id : ids) {
        if (m_cancelled.load()) {
            ComparisonStore::refreshGroups(database);
            Q_EMIT finished(done, metricCount, true, QString());
            return;
        }
        Q_EMIT progress(done, int(ids.size()));
        StoredArticle article;
        if (!articles.load(id, &article))
            continue;
        const QVector<Metric> found =
            extractor.extract(article.body, article.metadata.publishedOn, article.metadata.title);
        QString error;
        if (!metrics.replaceMachineMetrics(id, found, &error)) {
            Q_EMIT finished(done, metricCount, false, error);
            return;
        }
        metricCount += int(found.size());
        // The comparison's groups, a run of reports at a time: one report's refresh would cost as much
        // as its extraction, and all at the end would hold the write lock for half a minute at 100,000.
        if (++done % 2000 == 0)
            ComparisonStore::refreshGroups(database);
    }
    ComparisonStore::refreshGroups(database);
    Q_EMIT progress(done, int(ids.size()));
    Q_EMIT finished(done, metricCount, false, QString());
}

} // namespace rs
