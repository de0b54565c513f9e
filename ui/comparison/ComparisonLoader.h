#pragma once

#include "comparison/ComparisonQuery.h"
#include "comparison/ComparisonSource.h"
#include "comparison/TrendSource.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace rs {

class Database;

// Loads comparisons on the pane's worker thread with its own connection (Database is per thread),
// so the window never waits for the database. Each request has a serial; a request whose serial is
// no longer the latest is abandoned, inside SQLite if it is running (a new metric chosen before the
// old one finished), and reported as cancelled.
class ComparisonLoader : public QObject
{
    Q_OBJECT

public:
    explicit ComparisonLoader(std::shared_ptr<std::atomic<int>> latest);
    ~ComparisonLoader() override;
    // Also load every year (trends, rankings) with each comparison; safe to call from any thread.
    void setWithTrend(bool withTrend) { m_withTrend = withTrend; }

public Q_SLOTS:
    // withMetricList: also count the reports per key for the metric list; when query's first key is
    // empty or has no figures, the first key of the taxonomy that has figures is compared.
    void load(int serial, const QString& databasePath, const rs::ComparisonQuery& query, bool withMetricList);

Q_SIGNALS:
    void loaded(int serial, const rs::ComparisonQuery& query, const rs::ComparisonSource::Result& result,
                const QHash<QString, int>& metricCounts);
    void trendLoaded(int serial, const rs::TrendSource::Result& trend); // before loaded(), when asked
    void cancelled(int serial);
    void failed(int serial, const QString& message);

private:
    bool superseded(int serial) const { return m_latest->load() != serial; }

    std::shared_ptr<std::atomic<int>> m_latest;
    std::unique_ptr<Database> m_database;
    std::atomic<bool> m_withTrend{false};
};

} // namespace rs
