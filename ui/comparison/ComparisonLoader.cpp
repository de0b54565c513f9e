#include "ComparisonLoader.h"

#include "gazetteer/Gazetteer.h"
#include "metrics/Taxonomy.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/MetricStore.h"

#include <future>

namespace rs {

ComparisonLoader::ComparisonLoader(std::shared_ptr<std::atomic<int>> latest) : m_latest(std::move(latest)) {}

ComparisonLoader::~ComparisonLoader() = default;

void ComparisonLoader::load(int serial, const QString& databasePath, const ComparisonQuery& query,
                            bool withMetricList)
{
    if (superseded(serial)) {
        Q_EMIT cancelled(serial);
        return;
    }
    if (!m_database || m_database->path() != databasePath || !m_database->isOpen()) {
        m_database = std::make_unique<Database>();
        if (!m_database->open(databasePath)) {
            const QString error = m_database->error();
            m_database.reset();
            Q_EMIT failed(serial, error);
            return;
        }
    }
    const MetricStore metrics(*m_database);
    const ArticleStore articles(*m_database);
    const AnnotationStore annotations(*m_database);
    ComparisonQuery effective = query;
    // The metric list's counts read every figure's key: they are counted on a connection of their
    // own while the comparison loads, so the chart does not wait for both one after the other.
    std::future<QHash<QString, int>> countsLoaded;
    if (withMetricList) {
        countsLoaded = std::async(std::launch::async, [databasePath] {
            Database database;
            return database.open(databasePath) ? MetricStore(database).articleCountsByKey()
                                               : QHash<QString, int>();
        });
        const QString first = effective.keys.value(0);
        if (first.isEmpty() || (!ComparisonSource::isTagKey(first) && !metrics.hasFigures(first))) {
            effective.keys.removeAll(first);
            for (const Taxonomy::Entry& entry : Taxonomy::builtin().entries()) {
                if (metrics.hasFigures(entry.key)) {
                    effective.keys.prepend(entry.key);
                    break;
                }
            }
            effective.keys.removeDuplicates();
        }
    }
    if (superseded(serial)) {
        Q_EMIT cancelled(serial);
        return;
    }
    ComparisonSource source(metrics, articles, Gazetteer::builtin());
    source.setAnnotations(&annotations);
    source.setCancelCheck([this, serial] { return superseded(serial); });
    const ComparisonSource::Result result = source.load(effective);
    if (result.cancelled || superseded(serial)) {
        Q_EMIT cancelled(serial);
        return;
    }
    if (!result.error.isEmpty()) {
        Q_EMIT failed(serial, result.error);
        return;
    }
    if (m_withTrend) {
        TrendSource trends(*m_database, Gazetteer::builtin());
        trends.setCancelCheck([this, serial] { return superseded(serial); });
        const TrendSource::Result trend = trends.load(effective);
        if (trend.cancelled || superseded(serial)) {
            Q_EMIT cancelled(serial);
            return;
        }
        if (!trend.error.isEmpty()) {
            Q_EMIT failed(serial, trend.error);
            return;
        }
        Q_EMIT trendLoaded(serial, trend);
    }
    const QHash<QString, int> counts = countsLoaded.valid() ? countsLoaded.get() : QHash<QString, int>();
    Q_EMIT loaded(serial, effective, result, counts);
}

} // namespace rs
