#include "MetricStore.h"

#include "MachineFigureInsert.h"

#include "ComparisonStore.h"
#include "Database.h"
#include "SqlValues.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rs {
namespace {

using sql::nullable;
using sql::optionalDouble;

const QString figureColumns = MetricStore::metricColumns();

} // namespace

QString MetricStore::metricColumns()
{
    return QStringLiteral("start_offset, end_offset, quote, value, low, high, unit, qualifier,"
                          " subject, metric_key, period, is_target, period_by_report, sub_key, key_reason");
}

std::array<QVariant, 15> MetricStore::metricValues(const Metric& metric)
{
    return {metric.start,
            metric.end,
            metric.quote,
            metric.value,
            nullable(metric.low),
            nullable(metric.high),
            nullable(metric.unit),
            qualifierName(metric.qualifier),
            nullable(metric.subject),
            nullable(metric.key),
            nullable(metric.period),
            metric.isTarget ? 1 : 0,
            metric.periodByReport ? 1 : 0,
            nullable(metric.subKey),
            nullable(metric.reason)};
}

void MetricStore::bindMetric(QSqlQuery& query, const Metric& metric)
{
    for (const QVariant& value : metricValues(metric))
        query.addBindValue(value);
}

namespace {

MetricReview reviewFrom(const QSqlQuery& query)
{
    MetricReview review;
    review.id = query.value(0).toLongLong();
    review.articleId = query.value(1).toLongLong();
    MetricReview::decisionFromName(query.value(2).toString(), &review.decision);
    review.note = query.value(3).toString();
    review.reviewer = query.value(4).toString();
    review.reviewedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
    review.metric = MetricStore::metricFrom(query, 6);
    return review;
}

const QString reviewColumns =
    QStringLiteral("id, article_id, decision, note, reviewer, reviewed_at, ") + figureColumns;

} // namespace

Metric MetricStore::metricFrom(const QSqlQuery& query, int first)
{
    Metric m;
    m.start = query.value(first).toInt();
    m.end = query.value(first + 1).toInt();
    m.quote = query.value(first + 2).toString();
    m.value = query.value(first + 3).toDouble();
    m.low = optionalDouble(query.value(first + 4));
    m.high = optionalDouble(query.value(first + 5));
    m.unit = query.value(first + 6).toString();
    m.qualifier = qualifierFromName(query.value(first + 7).toString());
    m.subject = query.value(first + 8).toString();
    m.key = query.value(first + 9).toString();
    m.period = query.value(first + 10).toString();
    m.isTarget = query.value(first + 11).toBool();
    m.periodByReport = query.value(first + 12).toBool();
    m.subKey = query.value(first + 13).toString();
    m.reason = query.value(first + 14).toString();
    return m;
}

MetricStore::MetricStore(Database& database) : m_database(database) {}

bool MetricStore::failed(QString* error, const QString& doing, const QSqlError& why) const
{
    if (error)
        *error = tr("%1 failed: %2").arg(doing, m_database.describe(why));
    return false;
}

QVector<ReviewOverlay::MachineRow> MetricStore::machineRows(qint64 articleId, QString* error) const
{
    QVector<ReviewOverlay::MachineRow> rows;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, ") + figureColumns +
                  QStringLiteral(" FROM metrics WHERE article_id = ? ORDER BY start_offset, id"));
    query.addBindValue(articleId);
    if (!query.exec()) {
        failed(error, tr("Reading the figures of report %1").arg(articleId), query.lastError());
        return rows;
    }
    while (query.next())
        rows.append({query.value(0).toLongLong(), metricFrom(query, 1)});
    return rows;
}

QVector<MetricReview> MetricStore::reviews(qint64 articleId, QString* error) const
{
    QVector<MetricReview> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + reviewColumns +
                  QStringLiteral(" FROM metric_reviews WHERE article_id = ? ORDER BY id"));
    query.addBindValue(articleId);
    if (!query.exec()) {
        failed(error, tr("Reading the decisions on report %1").arg(articleId), query.lastError());
        return result;
    }
    while (query.next())
        result.append(reviewFrom(query));
    return result;
}

QVector<ReviewedMetric> MetricStore::reviewedMetrics(qint64 articleId, QString* error) const
{
    return ReviewOverlay::apply(articleId, machineRows(articleId, error), reviews(articleId, error));
}

QVector<ReviewedMetric> MetricStore::allReviewedMetrics(QString* error) const
{
    return overlay(QString(), {}, error);
}

QVector<ReviewedMetric> MetricStore::reviewedMetricsForKeys(const QStringList& keys, QString* error) const
{
    if (keys.isEmpty())
        return {};
    const QString marks = QStringList(QVector<QString>(keys.size(), QStringLiteral("?")).toList()).join(u',');
    const QString condition =
        QStringLiteral(" WHERE article_id IN (SELECT article_id FROM metrics WHERE metric_key IN "
                       "(%1) UNION SELECT article_id FROM metric_reviews WHERE metric_key IN (%1))")
            .arg(marks);
    QVariantList values;
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString& key : keys)
            values.append(key);
    }
    return overlay(condition, values, error);
}

QHash<QString, int> MetricStore::articleCountsByKey(QString* error) const
{
    QHash<QString, int> counts;
    ComparisonStore::countCorpusQuery();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT metric_key, COUNT(DISTINCT article_id) FROM metrics"
                                   " WHERE metric_key IS NOT NULL GROUP BY metric_key"))) {
        failed(error, tr("Counting the reports per metric"), query.lastError());
        return counts;
    }
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

bool MetricStore::hasFigures(const QString& key, QString* error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM metrics WHERE metric_key = ? LIMIT 1"));
    query.addBindValue(key);
    if (!query.exec())
        return failed(error, tr("Looking for figures of %1").arg(key), query.lastError());
    return query.next();
}

// Machine rows and reviews of the articles selected by `articleCondition` (a WHERE clause on
// article_id with bound `values`, used for both tables), decisions applied.
QVector<ReviewedMetric> MetricStore::overlay(const QString& articleCondition, const QVariantList& values,
                                             QString* error) const
{
    QMap<qint64, QVector<ReviewOverlay::MachineRow>> machine;
    QMap<qint64, QVector<MetricReview>> decisions;
    ComparisonStore::countCorpusQuery();
    QSqlQuery rows(m_database.connection());
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT id, article_id, ") + figureColumns + QStringLiteral(" FROM metrics") +
                 articleCondition + QStringLiteral(" ORDER BY article_id, start_offset, id"));
    for (const QVariant& value : values)
        rows.addBindValue(value);
    if (rows.exec()) {
        while (rows.next())
            machine[rows.value(1).toLongLong()].append({rows.value(0).toLongLong(), metricFrom(rows, 2)});
    } else {
        failed(error, tr("Reading figures"), rows.lastError());
    }
    QSqlQuery reviewRows(m_database.connection());
    reviewRows.setForwardOnly(true);
    reviewRows.prepare(QStringLiteral("SELECT ") + reviewColumns + QStringLiteral(" FROM metric_reviews") +
                       articleCondition + QStringLiteral(" ORDER BY id"));
    for (const QVariant& value : values)
        reviewRows.addBindValue(value);
    if (reviewRows.exec()) {
        while (reviewRows.next()) {
            const MetricReview review = reviewFrom(reviewRows);
            decisions[review.articleId].append(review);
            machine[review.articleId]; // an article with reviews only still appears
        }
    } else {
        failed(error, tr("Reading decisions on figures"), reviewRows.lastError());
    }
    QVector<ReviewedMetric> result;
    for (auto it = machine.cbegin(); it != machine.cend(); ++it)
        result += ReviewOverlay::apply(it.key(), it.value(), decisions.value(it.key()));
    return result;
}

bool MetricStore::replaceMachineMetrics(qint64 articleId, const QVector<Metric>& metrics, QString* error)
{
    // A write transaction from the start, as every write takes: a deferred one can meet another
    // writer's lock half-way and fail at once instead of waiting for it.
    if (!m_database.beginWrite(error))
        return false;
    QSqlDatabase db = m_database.connection();
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM metrics WHERE article_id = ?"));
    remove.addBindValue(articleId);
    const QString doing = tr("Storing the figures of report %1").arg(articleId);
    if (!remove.exec()) {
        failed(error, doing, remove.lastError());
        db.rollback();
        return false;
    }
    QString insertError;
    if (!MachineFigureInsert(db).insert(articleId, metrics, &insertError)) {
        if (error)
            *error = tr("%1 failed: %2").arg(doing, insertError);
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        failed(error, doing, db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

bool MetricStore::insertReview(const MetricReview& review, qint64* id, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO metric_reviews (article_id, decision, note, reviewer, reviewed_at, ") +
        figureColumns +
        QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(review.articleId);
    query.addBindValue(MetricReview::decisionName(review.decision));
    query.addBindValue(nullable(review.note));
    query.addBindValue(nullable(review.reviewer));
    const QDateTime at = review.reviewedAt.isValid() ? review.reviewedAt : QDateTime::currentDateTimeUtc();
    query.addBindValue(at.toString(Qt::ISODateWithMs));
    bindMetric(query, review.metric);
    if (!query.exec())
        return failed(error, tr("Storing a decision on a figure of report %1").arg(review.articleId),
                      query.lastError());
    *id = query.lastInsertId().toLongLong();
    ComparisonStore::refreshGroups(m_database);
    return true;
}

qint64 MetricStore::addReview(const MetricReview& review, QString* error)
{
    qint64 id = 0;
    return insertReview(review, &id, error) ? id : 0;
}

bool MetricStore::removeReview(qint64 reviewId, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM metric_reviews WHERE id = ?"));
    query.addBindValue(reviewId);
    if (!query.exec())
        return failed(error, tr("Withdrawing a decision on a figure"), query.lastError());
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = tr("The decision was withdrawn already (perhaps by another window)");
        return false;
    }
    ComparisonStore::refreshGroups(m_database);
    return true;
}

bool MetricStore::review(qint64 reviewId, MetricReview* review, QString* error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + reviewColumns +
                  QStringLiteral(" FROM metric_reviews WHERE id = ?"));
    query.addBindValue(reviewId);
    if (!query.exec())
        return failed(error, tr("Reading a decision on a figure"), query.lastError());
    if (!query.next()) {
        if (error)
            *error = tr("There is no decision %1").arg(reviewId);
        return false;
    }
    *review = reviewFrom(query);
    return true;
}

} // namespace rs
