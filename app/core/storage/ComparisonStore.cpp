#include "ComparisonStore.h"

#include "Database.h"
#include "SqlValues.h"

#include <QMap>
#include <QPair>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <atomic>

namespace rs {
namespace {

std::atomic<int> corpusQueryCount{0};

QString marks(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(QStringLiteral("?"));
    return list.join(u',');
}

ReviewedMetric::Status statusFromName(const QString& name)
{
    for (auto status : {ReviewedMetric::Status::Confirmed, ReviewedMetric::Status::Corrected,
                        ReviewedMetric::Status::Rejected, ReviewedMetric::Status::Added}) {
        if (name == ReviewedMetric::statusName(status))
            return status;
    }
    return ReviewedMetric::Status::Machine;
}

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3* const*>(handle.data())
               : nullptr;
}

int progress(void* context)
{
    const auto* check = static_cast<const std::function<bool()>*>(context);
    return (*check)() ? 1 : 0;
}

constexpr int kMetricFields = 13; // start_offset .. period_by_report

// Columns start_offset .. period_by_report from `first` on (the order of metricFields below).
Metric metricFrom(const QSqlQuery& query, int first)
{
    Metric m;
    m.start = query.value(first).toInt();
    m.end = query.value(first + 1).toInt();
    m.quote = query.value(first + 2).toString();
    m.value = query.value(first + 3).toDouble();
    m.low = sql::optionalDouble(query.value(first + 4));
    m.high = sql::optionalDouble(query.value(first + 5));
    m.unit = query.value(first + 6).toString();
    m.qualifier = qualifierFromName(query.value(first + 7).toString());
    m.subject = query.value(first + 8).toString();
    m.key = query.value(first + 9).toString();
    m.period = query.value(first + 10).toString();
    m.isTarget = query.value(first + 11).toBool();
    m.periodByReport = query.value(first + 12).toBool();
    return m;
}

QString metricFields(const QString& table)
{
    QStringList fields;
    for (const char* column :
         {"start_offset", "end_offset", "quote", "value", "low", "high", "unit", "qualifier", "subject",
          "metric_key", "period", "is_target", "period_by_report"})
        fields.append(table + QLatin1Char('.') + QLatin1String(column));
    return fields.join(QStringLiteral(", "));
}

// Reads one `figures` row joined to its machine row (m.*) and decision (r.*): columns from `first`
// on are article_id, region_code, published, machine_id, review_id, status, orphan, title, then the
// machine's and the decision's metric fields.
ScopedFigure scopedFigureFrom(const QSqlQuery& query, int first)
{
    ScopedFigure scoped;
    ReviewedMetric& figure = scoped.figure;
    figure.articleId = query.value(first).toLongLong();
    scoped.regionCode = query.value(first + 1).toString();
    scoped.published = QDate::fromString(query.value(first + 2).toString(), Qt::ISODate);
    figure.machineId = query.value(first + 3).toLongLong();
    figure.reviewId = query.value(first + 4).toLongLong();
    figure.status = statusFromName(query.value(first + 5).toString());
    const bool orphan = query.value(first + 6).toInt() == 1;
    scoped.reportTitle = query.value(first + 7).toString();
    // A decision's own values stand for corrected and added figures and for those the machine no
    // longer finds; a confirmation keeps the machine's values (ReviewOverlay::apply).
    const bool own = figure.reviewId > 0 && (orphan || figure.status != ReviewedMetric::Status::Confirmed);
    if (own) {
        figure.metric = metricFrom(query, first + 8 + kMetricFields);
    } else {
        figure.metric = metricFrom(query, first + 8);
        if (figure.reviewId > 0)
            figure.metric.quote = query.value(first + 8 + kMetricFields + 2).toString();
    }
    if (orphan)
        figure.machineId = 0;
    return scoped;
}

} // namespace

ComparisonStore::ComparisonStore(Database& database) : m_database(database) {}

ComparisonStore::~ComparisonStore()
{
    // The handler points at m_cancel; later statements on the connection must not call it.
    if (sqlite3* sqlite = m_cancel ? sqliteHandle(m_database.connection()) : nullptr)
        sqlite3_progress_handler(sqlite, 0, nullptr, nullptr);
}

int ComparisonStore::corpusQueries()
{
    return corpusQueryCount.load();
}

void ComparisonStore::countCorpusQuery()
{
    ++corpusQueryCount;
}

// The reviewed figures in scope as a WITH clause ending in the table `figures`: article_id,
// region_code, published, machine_id, review_id, status, s_off (start), value, unit, qualifier,
// period, metric_key, orphan (a decision matched to no machine figure) and tie (position order).
// Machine figures come through a covering index on (article_id, metric_key, …), reached from the
// articles' (region_code, published_on) index, so no article or figure row is read for them.
// The articles in the scope's regions, as a condition on `a` (bound values appended).
QString ComparisonStore::regionConditionSql(const FigureScope& scope, QVariantList* values)
{
    QString regionCondition = QStringLiteral("a.region_code <> ''");
    if (!scope.exactRegion.isEmpty()) {
        regionCondition += QStringLiteral(" AND a.region_code = ?");
        values->append(scope.exactRegion);
    } else if (!scope.regionPrefixes.isEmpty()) {
        QStringList ranges;
        for (const QString& prefix : scope.regionPrefixes) {
            // Codes are digits; ':' sorts right after '9', so this range is the prefix's subtree.
            ranges.append(QStringLiteral("(a.region_code >= ? AND a.region_code < ?)"));
            values->append(prefix);
            values->append(prefix + QLatin1Char(':'));
        }
        regionCondition += QStringLiteral(" AND (") + ranges.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return regionCondition;
}

QString ComparisonStore::figuresSql(const FigureScope& scope, QVariantList* values) const
{
    QVariantList regionValues;
    const QString regionCondition = regionConditionSql(scope, &regionValues);
    // A key may name a sub-key ("enterprises/high_tech"): its figures are those of the key with that
    // sub-key, and they come out under the query's key so that each is a column of its own.
    QStringList baseKeys;
    QStringList subKeyed;
    for (const QString& key : scope.keys) {
        const QString base = key.section(QLatin1Char('/'), 0, 0);
        if (!baseKeys.contains(base))
            baseKeys.append(base);
        if (key.contains(QLatin1Char('/')))
            subKeyed.append(key);
    }
    struct KeySql
    {
        QString select; // the figure's key as the query names it
        QString where;
        QVariantList selectValues;
        QVariantList whereValues;
    };
    const auto keySql = [&](const QString& table) {
        KeySql k;
        if (subKeyed.isEmpty()) {
            k.select = table + QStringLiteral(".metric_key");
        } else {
            k.select =
                QStringLiteral("%1.metric_key || CASE WHEN (%1.metric_key || '/' || COALESCE(%1.sub_key, ''))"
                               " IN (%2) THEN '/' || %1.sub_key ELSE '' END")
                    .arg(table, marks(int(subKeyed.size())));
            for (const QString& key : subKeyed)
                k.selectValues.append(key);
        }
        k.where = table + QStringLiteral(".metric_key IN (") + marks(int(baseKeys.size())) + QLatin1Char(')');
        for (const QString& key : baseKeys)
            k.whereValues.append(key);
        if (!subKeyed.isEmpty()) {
            k.where += QStringLiteral(" AND ") + k.select + QStringLiteral(" IN (") +
                       marks(int(scope.keys.size())) + QLatin1Char(')');
            k.whereValues += k.selectValues;
            for (const QString& key : scope.keys)
                k.whereValues.append(key);
        }
        return k;
    };
    const KeySql machine = keySql(QStringLiteral("m"));
    const KeySql decision = keySql(QStringLiteral("r"));
    const auto targets = [&](const QString& table) {
        if (scope.targetsOnly)
            return table + QStringLiteral(".is_target = 1");
        return scope.includeTargets ? QStringLiteral("1 = 1") : table + QStringLiteral(".is_target = 0");
    };
    QString sql =
        QStringLiteral(
            "WITH scoped AS (SELECT a.id AS article_id, a.region_code AS region_code,"
            "  COALESCE(a.published_on, '') AS published FROM articles a WHERE %1),"
            // each decision's machine figure: its span and quote, else the nearest with its quote
            " matched AS (SELECT review_id, machine_id FROM (SELECT r.id AS review_id, m.id AS machine_id,"
            "  ROW_NUMBER() OVER (PARTITION BY r.id ORDER BY CASE WHEN m.start_offset = r.start_offset"
            "  AND m.end_offset = r.end_offset THEN 0 ELSE 1 END, abs(m.start_offset - r.start_offset),"
            "  m.start_offset, m.id) AS nearest"
            "  FROM metric_reviews r CROSS JOIN metrics m ON m.article_id = r.article_id AND m.quote = "
            "r.quote"
            "  WHERE r.decision <> 'added') AS candidates"
            "  WHERE nearest = 1),"
            " taken AS (SELECT review_id, machine_id FROM (SELECT review_id, machine_id,"
            "  ROW_NUMBER() OVER (PARTITION BY machine_id ORDER BY review_id) AS claim"
            "  FROM matched) AS claims WHERE claim = 1),"
            " figures AS ("
            // machine figures nobody decided on
            "  SELECT s.article_id, s.region_code, s.published, m.id AS machine_id, 0 AS review_id,"
            "  'machine' AS status, m.start_offset AS s_off, m.value AS value, COALESCE(m.unit, '') AS unit,"
            "  COALESCE(m.qualifier, '') AS qualifier, COALESCE(m.period, '') AS period, %5 AS metric_key,"
            "  0 AS orphan, m.id AS tie"
            "  FROM scoped s CROSS JOIN metrics m WHERE m.article_id = s.article_id AND %2"
            "  AND %3 AND m.id NOT IN (SELECT machine_id FROM taken)"
            // confirmed machine figures: the machine's values
            "  UNION ALL SELECT s.article_id, s.region_code, s.published, m.id, r.id, 'confirmed', "
            "m.start_offset,"
            "  m.value, COALESCE(m.unit, ''), COALESCE(m.qualifier, ''), COALESCE(m.period, ''), %5,"
            "  0, m.id"
            "  FROM taken t JOIN metric_reviews r ON r.id = t.review_id JOIN metrics m ON m.id = t.machine_id"
            "  JOIN scoped s ON s.article_id = m.article_id"
            "  WHERE r.decision = 'confirmed' AND %2 AND %3"
            // corrected and added figures, and decisions whose figure the machine no longer finds
            "  UNION ALL SELECT s.article_id, s.region_code, s.published, COALESCE(t.machine_id, 0), r.id,"
            "  r.decision, r.start_offset, COALESCE(r.value, 0), COALESCE(r.unit, ''),"
            "  COALESCE(r.qualifier, ''), COALESCE(r.period, ''), %6,"
            "  CASE WHEN t.machine_id IS NULL THEN 1 ELSE 0 END, COALESCE(t.machine_id, r.id)"
            "  FROM metric_reviews r JOIN scoped s ON s.article_id = r.article_id"
            "  LEFT JOIN taken t ON t.review_id = r.id"
            "  WHERE (r.decision IN ('corrected', 'added') OR (r.decision = 'confirmed' AND t.machine_id IS "
            "NULL))"
            "  AND %7 AND %4)")
            .arg(regionCondition, machine.where, targets(QStringLiteral("m")), targets(QStringLiteral("r")),
                 machine.select, decision.select, decision.where);
    // Marks in the order they stand in the statement: the scope's regions, then each part's key in
    // its select list and its condition.
    *values += regionValues;
    *values += machine.selectValues + machine.whereValues;
    *values += machine.selectValues + machine.whereValues;
    *values += decision.selectValues + decision.whereValues;
    return sql;
}

bool ComparisonStore::prepare(QSqlQuery& query, const QString& sql) const
{
    if (query.prepare(sql))
        return true;
    m_cancelled = false;
    m_lastError = m_database.describe(query.lastError());
    return false;
}

bool ComparisonStore::run(QSqlQuery& query) const
{
    m_cancelled = false;
    m_lastError.clear();
    countCorpusQuery();
    sqlite3* sqlite = m_cancel ? sqliteHandle(m_database.connection()) : nullptr;
    if (sqlite)
        sqlite3_progress_handler(sqlite, 2000, &progress, const_cast<std::function<bool()>*>(&m_cancel));
    const bool ok = query.exec();
    if (!ok) {
        m_cancelled = m_cancel && m_cancel();
        m_lastError = m_cancelled ? tr("cancelled") : m_database.describe(query.lastError());
    }
    return ok;
}

ComparisonStore::Coverage ComparisonStore::coverage(const FigureScope& scope) const
{
    Coverage result;
    if (scope.keys.isEmpty())
        return result;
    QVariantList values;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // One pass for both: figures per period, key, unit and region.
    if (!prepare(query,
                 figuresSql(scope, &values) +
                     QStringLiteral(" SELECT period, metric_key, unit, region_code, COUNT(*) FROM figures"
                                    " GROUP BY period, metric_key, unit, region_code")))
        return result;
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!run(query))
        return result;
    QMap<QString, QSet<QString>> regionsByPeriod;
    QMap<QPair<QString, QString>, int> figuresByUnit;
    while (query.next()) {
        const QString period = query.value(0).toString();
        if (!period.isEmpty())
            regionsByPeriod[period].insert(query.value(3).toString());
        figuresByUnit[{query.value(1).toString(), query.value(2).toString()}] += query.value(4).toInt();
    }
    if (m_cancel && m_cancel()) {
        m_cancelled = true;
        return {};
    }
    for (auto it = regionsByPeriod.cbegin(); it != regionsByPeriod.cend(); ++it)
        result.periods.prepend(PeriodCoverage{it.key(), int(it.value().size())}); // latest first
    for (auto it = figuresByUnit.cbegin(); it != figuresByUnit.cend(); ++it)
        result.units.append(UnitCount{it.key().first, it.key().second, it.value()});
    return result;
}

QVector<RegionFigureSummary> ComparisonStore::summaries(const FigureScope& scope, const QString& period,
                                                        const QHash<QString, QString>& usualUnits) const
{
    return summarize(scope, period, usualUnits, false);
}

QVector<RegionFigureSummary>
ComparisonStore::summariesByPeriod(const FigureScope& scope, const QHash<QString, QString>& usualUnits) const
{
    return summarize(scope, QString(), usualUnits, true);
}

QVector<RegionFigureSummary> ComparisonStore::summarize(const FigureScope& scope, const QString& period,
                                                        const QHash<QString, QString>& usualUnits,
                                                        bool eachPeriod) const
{
    QVector<RegionFigureSummary> result;
    if (scope.keys.isEmpty() || usualUnits.isEmpty())
        return result;
    const bool latest = !eachPeriod && period == latestPeriod();
    QVariantList values;
    QString sql = figuresSql(scope, &values);
    QStringList usual;
    for (auto it = usualUnits.cbegin(); it != usualUnits.cend(); ++it) {
        usual.append(QStringLiteral("(?, ?)"));
        values.append(it.key());
        values.append(it.value());
    }
    // Exclusion 0: a candidate; 1: another unit than the key's usual one; 2: a cap (最高20万元).
    // in_report 1: the report's largest candidate. pick 1: the row shown for the key and region (see
    // RegionFigureSummary; class 0 reviewed candidates, 1 reports' candidates, 2 excluded figures).
    sql +=
        QStringLiteral(
            ", usual(metric_key, unit) AS (VALUES %1),"
            " excluded AS (SELECT f.*, CASE WHEN f.unit <> COALESCE(u.unit, '') THEN 1"
            "  WHEN f.qualifier = 'max' THEN 2 ELSE 0 END AS exclusion"
            "  FROM figures f LEFT JOIN usual u ON u.metric_key = f.metric_key),"
            // each region's latest year: of its candidates, else of any figure
            " dated AS (SELECT e.*, COALESCE(MAX(CASE WHEN exclusion = 0 AND period <> '' THEN period END)"
            "  OVER byregion, MAX(CASE WHEN period <> '' THEN period END) OVER byregion) AS latest"
            "  FROM excluded e WINDOW byregion AS (PARTITION BY metric_key, region_code)),"
            " inperiod AS (SELECT * FROM dated WHERE %2),"
            " ranked AS (SELECT i.*, ROW_NUMBER() OVER (PARTITION BY ${BY}metric_key, article_id, exclusion "
            "= 0"
            "  ORDER BY value DESC, s_off, orphan, tie) AS in_report FROM inperiod i),"
            " classed AS (SELECT r.*, CASE WHEN exclusion = 0 AND status IN ('confirmed', 'corrected', "
            "'added')"
            "  THEN 0 WHEN exclusion = 0 AND in_report = 1 THEN 1 WHEN exclusion <> 0 THEN 2 ELSE 3 END AS "
            "class"
            "  FROM ranked r),"
            " picked AS (SELECT c.*, ROW_NUMBER() OVER (PARTITION BY ${BY}metric_key, region_code ORDER BY "
            "class,"
            "  CASE WHEN class = 1 THEN published ELSE '' END DESC,"
            "  CASE WHEN class IN (0, 1) THEN value ELSE 0 END DESC, article_id, s_off, orphan, tie) AS pick"
            "  FROM classed c),"
            " counts AS (SELECT ${BY}metric_key, region_code, COUNT(*) AS figures,"
            "  SUM(CASE WHEN exclusion = 0 THEN 1 ELSE 0 END) AS candidates,"
            "  SUM(CASE WHEN class <> 2 AND in_report = 1 THEN 1 ELSE 0 END) AS reports,"
            "  MIN(CASE WHEN class <> 2 AND in_report = 1 THEN value END) AS lowest,"
            "  MAX(CASE WHEN class <> 2 AND in_report = 1 THEN value END) AS highest"
            "  FROM classed GROUP BY ${BY}metric_key, region_code)"
            " SELECT c.figures, c.candidates, c.reports, c.lowest, c.highest, p.metric_key, p.exclusion,"
            "  p.article_id, p.region_code, p.published, p.machine_id, p.review_id, p.status, p.orphan, "
            "a.title, ")
            .arg(usual.join(u','), latest ? QStringLiteral("period = latest")
                                          : QStringLiteral("COALESCE(?, '') = '' OR period = ?")) +
        metricFields(QStringLiteral("m")) + QStringLiteral(", ") + metricFields(QStringLiteral("r")) +
        QStringLiteral(" FROM picked p JOIN counts c ON c.metric_key = p.metric_key AND c.region_code ="
                       " p.region_code${JOIN} JOIN articles a ON a.id = p.article_id"
                       " LEFT JOIN metrics m ON m.id = p.machine_id LEFT JOIN metric_reviews r ON r.id ="
                       " p.review_id WHERE p.pick = 1 ORDER BY p.metric_key, p.region_code");
    sql.replace(QLatin1String("${BY}"), eachPeriod ? QStringLiteral("period, ") : QString());
    sql.replace(QLatin1String("${JOIN}"),
                eachPeriod ? QStringLiteral(" AND c.period = p.period") : QString());
    if (!latest) {
        // The period's two marks come after the usual units' values in the statement.
        values.append(period);
        values.append(period);
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!prepare(query, sql))
        return result;
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!run(query))
        return result;
    while (query.next()) {
        RegionFigureSummary summary;
        summary.figures = query.value(0).toInt();
        summary.candidates = query.value(1).toInt();
        summary.reports = query.value(2).toInt();
        summary.lowest = query.value(3).toDouble();
        summary.highest = query.value(4).toDouble();
        summary.key = query.value(5).toString();
        summary.exclusion = query.value(6).toInt();
        summary.hasCandidate = summary.candidates > 0;
        summary.shown = scopedFigureFrom(query, 7);
        summary.regionCode = summary.shown.regionCode;
        result.append(summary);
    }
    return result;
}

QVector<ScopedFigure> ComparisonStore::figures(const FigureScope& scope, const QString& period) const
{
    QVector<ScopedFigure> result;
    if (scope.keys.isEmpty())
        return result;
    QVariantList values;
    const QString sql =
        figuresSql(scope, &values) +
        QStringLiteral(
            " SELECT f.article_id, f.region_code, f.published, f.machine_id, f.review_id, f.status,"
            " f.orphan, a.title, ") +
        metricFields(QStringLiteral("m")) + QStringLiteral(", ") + metricFields(QStringLiteral("r")) +
        QStringLiteral(" FROM figures f JOIN articles a ON a.id = f.article_id"
                       " LEFT JOIN metrics m ON m.id = f.machine_id LEFT JOIN metric_reviews r ON r.id ="
                       " f.review_id WHERE COALESCE(?, '') = '' OR f.period = ? ORDER BY f.article_id, "
                       "f.s_off, f.orphan,"
                       " f.tie");
    values.append(period);
    values.append(period);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!prepare(query, sql))
        return result;
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!run(query))
        return result;
    while (query.next())
        result.append(scopedFigureFrom(query, 0));
    return result;
}

QHash<QString, FiguresLeftOut> ComparisonStore::leftOut(const FigureScope& scope, const QString& period,
                                                        const QHash<QString, QString>& usualUnits) const
{
    QHash<QString, FiguresLeftOut> result;
    if (scope.keys.isEmpty())
        return result;
    QVariantList values;
    QStringList usual;
    for (auto it = usualUnits.cbegin(); it != usualUnits.cend(); ++it) {
        usual.append(QStringLiteral("(?, ?)"));
        values.append(it.key());
        values.append(it.value());
    }
    if (usual.isEmpty())
        usual.append(QStringLiteral("('', '')"));
    QStringList baseKeys;
    QStringList subKeyed;
    for (const QString& key : scope.keys) {
        const QString base = key.section(QLatin1Char('/'), 0, 0);
        if (!baseKeys.contains(base))
            baseKeys.append(base);
        if (key.contains(QLatin1Char('/')))
            subKeyed.append(key);
    }
    QString keyExpression = QStringLiteral("m.metric_key");
    if (!subKeyed.isEmpty()) {
        keyExpression =
            QStringLiteral("m.metric_key || CASE WHEN (m.metric_key || '/' || COALESCE(m.sub_key, ''))"
                           " IN (%1) THEN '/' || m.sub_key ELSE '' END")
                .arg(marks(int(subKeyed.size())));
        for (const QString& key : subKeyed)
            values.append(key);
    }
    const QString inScope = regionConditionSql(scope, &values);
    const bool single = !period.isEmpty() && period != latestPeriod();
    // Machine figures and the analysts' added or corrected ones; rejected figures are not left out,
    // they are gone.
    QString sql =
        QStringLiteral(
            "WITH usual(metric_key, unit) AS (VALUES %1),"
            " base AS (SELECT %6 AS k, COALESCE(a.region_code, '') = '' AS noregion,"
            "  CASE WHEN %2 THEN 1 ELSE 0 END AS inscope, COALESCE(m.period, '') AS period,"
            "  m.is_target AS target, COALESCE(m.unit, '') <> COALESCE(u.unit, '') AS otherunit"
            "  FROM metrics m JOIN articles a ON a.id = m.article_id"
            "  LEFT JOIN usual u ON u.metric_key = m.metric_key"
            "  WHERE m.metric_key IN (%3) AND NOT EXISTS (SELECT 1 FROM metric_reviews r"
            "  WHERE r.article_id = m.article_id AND r.start_offset = m.start_offset"
            "  AND r.end_offset = m.end_offset AND r.decision IN ('rejected', 'corrected')))"
            " SELECT k, SUM(noregion),"
            "  SUM(CASE WHEN NOT noregion AND inscope = 1 AND period = '' THEN 1 ELSE 0 END),"
            "  SUM(CASE WHEN NOT noregion AND inscope = 1 AND period <> '' AND target = 1 AND %4 THEN 1"
            "  ELSE 0 END),"
            "  SUM(CASE WHEN NOT noregion AND inscope = 1 AND period <> '' AND (target = 0 OR NOT %4)"
            "  AND otherunit AND (%5) THEN 1 ELSE 0 END),"
            "  SUM(CASE WHEN NOT noregion AND inscope = 1 AND period <> '' AND (target = 0 OR NOT %4)"
            "  AND NOT otherunit AND NOT (%5) THEN 1 ELSE 0 END)"
            " FROM base GROUP BY k")
            .arg(usual.join(u','), inScope, marks(int(baseKeys.size())),
                 scope.includeTargets ? QStringLiteral("0") : QStringLiteral("1"),
                 single ? QStringLiteral("period = ?") : QStringLiteral("1 = 1"), keyExpression);
    for (const QString& key : baseKeys)
        values.append(key);
    if (single) {
        values.append(period); // the unit count
        values.append(period); // the other-period count
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!prepare(query, sql))
        return result;
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!run(query))
        return result;
    while (query.next()) {
        FiguresLeftOut counts;
        counts.noRegion = query.value(1).toInt();
        counts.noYear = query.value(2).toInt();
        counts.targets = query.value(3).toInt();
        counts.otherUnit = query.value(4).toInt();
        counts.otherPeriod = query.value(5).toInt();
        if (scope.keys.contains(query.value(0).toString()))
            result.insert(query.value(0).toString(), counts);
    }
    return result;
}

} // namespace rs
