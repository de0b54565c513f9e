#include "IndicatorStore.h"

#include "Database.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace rs {
namespace {

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

IndicatorStore::IndicatorStore(Database& database) : m_database(database) {}

bool IndicatorStore::store(const QVector<IndicatorValue>& values, QString* error)
{
    QSqlDatabase db = m_database.connection();
    QString detail;
    if (!m_database.beginWrite(&detail))
        return fail(error, detail);
    const QString action = tr("storing the indicators");
    QSqlQuery query(db);
    // An upsert both engines take: a value already stored for the indicator, region and year is replaced.
    if (!query.prepare(
            QStringLiteral("INSERT INTO indicators (indicator, region_code, year, value, unit, source,"
                           " imported_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (indicator,"
                           " region_code, year) DO UPDATE SET value = excluded.value, unit ="
                           " excluded.unit, source = excluded.source, imported_at = excluded.imported_at"))) {
        const QString message = m_database.explainLastFailure(action);
        db.rollback();
        return fail(error, message);
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const IndicatorValue& value : values) {
        query.addBindValue(value.indicator);
        query.addBindValue(value.regionCode);
        query.addBindValue(value.year);
        query.addBindValue(value.value);
        query.addBindValue(value.unit);
        query.addBindValue(value.source);
        query.addBindValue(now);
        if (!query.exec()) {
            const QString message = m_database.explainLastFailure(action);
            db.rollback();
            return fail(error, message);
        }
    }
    if (!db.commit()) {
        const QString message = m_database.explainLastFailure(action);
        db.rollback();
        return fail(error, message);
    }
    return true;
}

bool IndicatorStore::units(QHash<QString, QString>* units, QString* error) const
{
    units->clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT indicator, MIN(unit) FROM indicators GROUP BY indicator")))
        return fail(error, m_database.explainLastFailure(tr("reading the indicators")));
    while (query.next())
        units->insert(query.value(0).toString(), query.value(1).toString());
    return true;
}

bool IndicatorStore::list(QVector<IndicatorSummary>* summaries, QString* error) const
{
    summaries->clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT indicator, MIN(unit), COUNT(*), COUNT(DISTINCT region_code), MIN(year), MAX(year)"
            " FROM indicators GROUP BY indicator ORDER BY indicator")))
        return fail(error, m_database.explainLastFailure(tr("reading the indicators")));
    while (query.next()) {
        IndicatorSummary summary;
        summary.indicator = query.value(0).toString();
        summary.unit = query.value(1).toString();
        summary.values = query.value(2).toInt();
        summary.regions = query.value(3).toInt();
        summary.firstYear = query.value(4).toInt();
        summary.lastYear = query.value(5).toInt();
        summaries->append(summary);
    }
    QSqlQuery sources(m_database.connection());
    sources.setForwardOnly(true);
    if (!sources.exec(QStringLiteral("SELECT indicator, source FROM indicators GROUP BY indicator, source "
                                     "ORDER BY indicator, source")))
        return fail(error, m_database.explainLastFailure(tr("reading the indicators")));
    while (sources.next()) {
        for (IndicatorSummary& summary : *summaries) {
            if (summary.indicator == sources.value(0).toString())
                summary.sources.append(sources.value(1).toString());
        }
    }
    return true;
}

bool IndicatorStore::values(const QString& indicator, QVector<IndicatorValue>* values, QString* error) const
{
    values->clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT region_code, year, value, unit, source FROM indicators"
                                 " WHERE indicator = ? ORDER BY region_code, year"));
    query.addBindValue(indicator);
    if (!query.exec())
        return fail(error, m_database.explainLastFailure(tr("reading the indicator %1").arg(indicator)));
    while (query.next()) {
        IndicatorValue value;
        value.indicator = indicator;
        value.regionCode = query.value(0).toString();
        value.year = query.value(1).toInt();
        value.value = query.value(2).toDouble();
        value.unit = query.value(3).toString();
        value.source = query.value(4).toString();
        values->append(value);
    }
    return true;
}

} // namespace rs
