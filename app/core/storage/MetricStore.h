#pragma once

#include "domain/MetricReview.h"
#include "metrics/ReviewOverlay.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVector>

namespace rs {

class Database;

// Machine-extracted metrics and the analyst's reviews of them. Re-extraction replaces machine rows
// only; reviews are kept and re-applied through ReviewOverlay.
class MetricStore
{
    Q_DECLARE_TR_FUNCTIONS(MetricStore)

public:
    explicit MetricStore(Database& database);

    QVector<ReviewOverlay::MachineRow> machineRows(qint64 articleId) const;
    QVector<MetricReview> reviews(qint64 articleId) const;
    // Machine output with decisions applied, rejected figures included (status Rejected).
    QVector<ReviewedMetric> reviewedMetrics(qint64 articleId) const;
    // The same for every article, ordered by article and position.
    QVector<ReviewedMetric> allReviewedMetrics() const;
    // The same for the articles holding a figure with one of `keys` (machine or reviewed); their other
    // figures are included too, since a review may have moved a figure to another key.
    QVector<ReviewedMetric> reviewedMetricsForKeys(const QStringList& keys) const;
    // Number of articles with a machine figure per taxonomy key.
    QHash<QString, int> articleCountsByKey() const;
    // Whether some article has a machine figure with `key` (one index probe, unlike the counts).
    bool hasFigures(const QString& key) const;

    // One transaction: the article's machine rows are replaced whole or not at all.
    bool replaceMachineMetrics(qint64 articleId, const QVector<Metric>& metrics);
    // Inserts machine rows inside the caller's transaction (import stores an article and its figures
    // together).
    static bool insertMachineMetrics(QSqlDatabase& db, qint64 articleId, const QVector<Metric>& metrics,
                                     QString* error);
    // The same with a statement prepared by prepareMachineMetricInsert(), reused across a batch.
    static void prepareMachineMetricInsert(QSqlQuery& insert);
    static bool insertMachineMetrics(QSqlQuery& insert, qint64 articleId, const QVector<Metric>& metrics,
                                     QString* error);

    // Returns the new review's id, 0 on failure.
    qint64 addReview(const MetricReview& review);
    bool removeReview(qint64 reviewId);
    bool review(qint64 reviewId, MetricReview* review) const;

    QString lastError() const { return m_lastError; }
    Database& database() const { return m_database; }

private:
    QVector<ReviewedMetric> overlay(const QString& articleCondition, const QVariantList& values) const;
    bool insertReview(const MetricReview& review, qint64* id);

    Database& m_database;
    mutable QString m_lastError;
};

} // namespace rs
