#pragma once

#include "domain/MetricReview.h"
#include "metrics/ReviewOverlay.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVector>

#include <array>

namespace rs {

class Database;

// Machine-extracted metrics and the analyst's reviews of them. Re-extraction replaces machine rows
// only; reviews are kept and re-applied through ReviewOverlay.
class MetricStore
{
    Q_DECLARE_TR_FUNCTIONS(MetricStore)

public:
    explicit MetricStore(Database& database);

    QVector<ReviewOverlay::MachineRow> machineRows(qint64 articleId, QString* error = nullptr) const;
    QVector<MetricReview> reviews(qint64 articleId, QString* error = nullptr) const;
    // Machine output with decisions applied, rejected figures included (status Rejected).
    QVector<ReviewedMetric> reviewedMetrics(qint64 articleId, QString* error = nullptr) const;
    // The same for every article, ordered by article and position.
    QVector<ReviewedMetric> allReviewedMetrics(QString* error = nullptr) const;
    // The same for the articles holding a figure with one of `keys` (machine or reviewed); their other
    // figures are included too, since a review may have moved a figure to another key.
    QVector<ReviewedMetric> reviewedMetricsForKeys(const QStringList& keys, QString* error = nullptr) const;
    // Number of articles with a machine figure per taxonomy key.
    QHash<QString, int> articleCountsByKey(QString* error = nullptr) const;
    // Whether some article has a machine figure with `key` (one index probe, unlike the counts).
    bool hasFigures(const QString& key, QString* error = nullptr) const;

    // One transaction: the article's machine rows are replaced whole or not at all. The comparison's
    // groups of the old and new figures are left stale: a caller replacing many reports refreshes them
    // after a run of reports (ComparisonStore::refreshGroups), not after each.
    bool replaceMachineMetrics(qint64 articleId, const QVector<Metric>& metrics, QString* error = nullptr);
    // The columns start_offset .. key_reason of a figure row, its values in that order, and those
    // values bound in that order.
    static QString metricColumns();
    static std::array<QVariant, 15> metricValues(const Metric& metric);
    static void bindMetric(QSqlQuery& query, const Metric& metric);
    // A figure from the columns start_offset .. key_reason (ComparisonSql::metricFields' order), read
    // from `first` on.
    static Metric metricFrom(const QSqlQuery& query, int first);

    // Returns the new review's id, 0 on failure.
    qint64 addReview(const MetricReview& review, QString* error = nullptr);
    bool removeReview(qint64 reviewId, QString* error = nullptr);
    bool review(qint64 reviewId, MetricReview* review, QString* error = nullptr) const;

    // Every function that can fail says why in *error (when given), in words: what was being done and
    // what the database answered, as Database::describe() words it.
    Database& database() const { return m_database; }

private:
    QVector<ReviewedMetric> overlay(const QString& articleCondition, const QVariantList& values,
                                    QString* error) const;
    bool insertReview(const MetricReview& review, qint64* id, QString* error);
    // Sets *error (when given) to what failed and why; returns false.
    bool failed(QString* error, const QString& doing, const QSqlError& why) const;

    Database& m_database;
};

} // namespace rs
