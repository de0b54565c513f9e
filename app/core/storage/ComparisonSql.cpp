#include "ComparisonSql.h"

#include "ComparisonStore.h"

namespace rs {

using Statement = ComparisonSql::Statement;

Statement& Statement::operator<<(const QString& text)
{
    sql += text;
    return *this;
}

Statement& Statement::operator<<(const Statement& other)
{
    sql += other.sql;
    values += other.values;
    return *this;
}

Statement& Statement::bind(const QVariant& value)
{
    sql += QLatin1Char('?');
    values.append(value);
    return *this;
}

Statement& Statement::bindList(const QStringList& list)
{
    for (int i = 0; i < list.size(); ++i) {
        if (i > 0)
            sql += QStringLiteral(", ");
        bind(list.at(i));
    }
    return *this;
}

namespace {

const QString reviewedStatus = QStringLiteral("('confirmed', 'corrected', 'added')");

// The keys of a scope: a key may name a sub-key ("enterprises/high_tech"); its figures are those of
// the key with that sub-key, and they come out under the query's key so each is a column of its own.
struct Keys
{
    QStringList all;
    QStringList base;
    QStringList subKeyed;
};

Keys keysOf(const FigureScope& scope)
{
    Keys keys;
    keys.all = scope.keys;
    for (const QString& key : scope.keys) {
        const QString base = key.section(QLatin1Char('/'), 0, 0);
        if (!keys.base.contains(base))
            keys.base.append(base);
        if (key.contains(QLatin1Char('/')))
            keys.subKeyed.append(key);
    }
    return keys;
}

// A figure's key as the query names it.
Statement keySelect(const Keys& keys, const QString& table)
{
    Statement s;
    if (keys.subKeyed.isEmpty())
        return s << table + QStringLiteral(".metric_key");
    s << QStringLiteral("%1.metric_key || CASE WHEN (%1.metric_key || '/' || COALESCE(%1.sub_key, '')) IN (")
             .arg(table);
    s.bindList(keys.subKeyed) << QStringLiteral(") THEN '/' || ") + table +
                                     QStringLiteral(".sub_key ELSE '' END");
    return s;
}

Statement keyCondition(const Keys& keys, const QString& table)
{
    Statement s;
    s << table + QStringLiteral(".metric_key IN (");
    s.bindList(keys.base) << QStringLiteral(")");
    if (!keys.subKeyed.isEmpty()) {
        s << QStringLiteral(" AND ") << keySelect(keys, table) << QStringLiteral(" IN (");
        s.bindList(keys.all) << QStringLiteral(")");
    }
    return s;
}

// The scope's regions as a condition on a region code column (never an empty code).
Statement regionCondition(const FigureScope& scope, const QString& column)
{
    Statement s;
    if (scope.unknownRegion)
        return s << column + QStringLiteral(" = ''");
    s << column + QStringLiteral(" <> ''");
    if (!scope.exactRegion.isEmpty()) {
        s << QStringLiteral(" AND ") + column + QStringLiteral(" = ");
        s.bind(scope.exactRegion);
    } else if (!scope.regionPrefixes.isEmpty()) {
        s << QStringLiteral(" AND (");
        for (int i = 0; i < scope.regionPrefixes.size(); ++i) {
            // Codes are digits; ':' sorts right after '9', so this range is the prefix's subtree.
            s << (i > 0 ? QStringLiteral(" OR (") : QStringLiteral("(")) << column + QStringLiteral(" >= ");
            s.bind(scope.regionPrefixes.at(i)) << QStringLiteral(" AND ") + column + QStringLiteral(" < ");
            s.bind(scope.regionPrefixes.at(i) + QLatin1Char(':')) << QStringLiteral(")");
        }
        s << QStringLiteral(")");
    }
    return s;
}

QString targetCondition(const FigureScope& scope, const QString& table)
{
    if (scope.targetsOnly)
        return table + QStringLiteral(".is_target = 1");
    return scope.includeTargets ? QStringLiteral("1 = 1") : table + QStringLiteral(".is_target = 0");
}

Statement usualValues(const QHash<QString, QString>& usualUnits)
{
    Statement s;
    s << QStringLiteral("usual(metric_key, unit) AS (VALUES ");
    if (usualUnits.isEmpty())
        s << QStringLiteral("('', '')");
    bool first = true;
    for (auto it = usualUnits.cbegin(); it != usualUnits.cend(); ++it) {
        s << (first ? QStringLiteral("(") : QStringLiteral(", ("));
        s.bind(it.key()) << QStringLiteral(", ");
        s.bind(it.value()) << QStringLiteral(")");
        first = false;
    }
    return s << QStringLiteral(")");
}

// Exclusion of a machine row read from the index: 0 a candidate, 1 another unit than the key's usual
// one, 2 a cap (最高20万元). The usual unit is looked up by the key as the query names it.
Statement machineExclusion(const Keys& keys, const QHash<QString, QString>& usualUnits)
{
    Statement s;
    s << QStringLiteral("CASE WHEN COALESCE(m.unit, '') <> COALESCE(");
    if (usualUnits.isEmpty()) {
        s << QStringLiteral("NULL");
    } else {
        s << QStringLiteral("CASE ") << keySelect(keys, QStringLiteral("m"));
        for (auto it = usualUnits.cbegin(); it != usualUnits.cend(); ++it) {
            s << QStringLiteral(" WHEN ");
            s.bind(it.key()) << QStringLiteral(" THEN ");
            s.bind(it.value());
        }
        s << QStringLiteral(" END");
    }
    return s << QStringLiteral(", '') THEN 1 WHEN m.qualifier = 'max' THEN 2 ELSE 0 END");
}

// Machine figures of the scope in reports without any decision, read from the region index.
Statement machineCondition(const FigureScope& scope, const Keys& keys)
{
    Statement s;
    s << keyCondition(keys, QStringLiteral("m")) << QStringLiteral(" AND ")
      << regionCondition(scope, QStringLiteral("m.region_code")) << QStringLiteral(" AND ")
      << targetCondition(scope, QStringLiteral("m"))
      << QStringLiteral(" AND m.article_id NOT IN (SELECT article_id FROM metric_reviews)");
    return s;
}

// The figures of the stale groups, aliased m, read through their region's reports (articles_filter) and
// each report's figures of the key (metrics_compare): a region's reports are one range of the first
// index, a report's figures of a key one range of the second. A figure's region is its report's, ''
// where the report has none (NULL).
const QString staleFigures = QStringLiteral(
    "metric_groups_stale st ${JOIN} articles a ON a.region_code ${IS} NULLIF(st.region_code, '')"
    " ${JOIN} metrics m ON m.article_id = a.id AND m.metric_key = st.metric_key"
    " AND COALESCE(m.period, '') = st.period");

// The reports of the scope's regions as a condition on `a` (unknown region: no region at all).
Statement articleRegionCondition(const FigureScope& scope)
{
    Statement s;
    if (scope.unknownRegion)
        return s << QStringLiteral("a.region_code IS NULL");
    return regionCondition(scope, QStringLiteral("a.region_code"));
}

// Where machine figures are read from, aliased m: only those of the key's stale groups (grouped), the
// fresh ones being read from metric_groups; else every figure of the key in the reports of the scope's
// regions (or of every region, without a scope), report by report.
Statement machineSource(bool grouped, const FigureScope* scope)
{
    Statement s;
    if (grouped)
        return s << staleFigures;
    s << QStringLiteral("articles a ${JOIN} metrics m ON m.article_id = a.id");
    if (scope)
        s << QStringLiteral(" AND ") << articleRegionCondition(*scope);
    return s;
}

// A group `g` no change has marked stale since its last refresh.
const QString freshGroup = QStringLiteral("NOT EXISTS (SELECT 1 FROM metric_groups_stale st WHERE"
                                          " st.metric_key = g.metric_key AND st.region_code = g.region_code"
                                          " AND st.period = g.period)");

// The fresh groups of the scope's keys, regions and target choice (metric_groups.targets: 0 figures
// that are no target, 1 targets only, 2 both).
Statement groupCondition(const FigureScope& scope, const Keys& keys)
{
    Statement s;
    s << QStringLiteral("g.metric_key IN (");
    s.bindList(keys.base) << QStringLiteral(") AND g.targets = ");
    s.bind(scope.targetsOnly      ? 1
           : scope.includeTargets ? 2
                                  : 0)
        << QStringLiteral(" AND ") << regionCondition(scope, QStringLiteral("g.region_code"))
        << QStringLiteral(" AND ") + freshGroup;
    return s;
}

// A group's unit is its key's usual one (joined as `u` from `usual`): its uncapped figures are
// candidates.
const QString usualGroup = QStringLiteral("g.unit = COALESCE(u.unit, '')");
const QString pickableGroup = usualGroup + QStringLiteral(" AND g.pick_report IS NOT NULL");

// Typed nulls: PostgreSQL takes a column that is NULL in every part of a UNION for text.
const QString nullReal = QStringLiteral("CAST(NULL AS DOUBLE PRECISION)");
const QString nullInteger = QStringLiteral("CAST(NULL AS INTEGER)");

// Each decision's machine figure: the one with its span and quote, else the nearest with its quote
// (ReviewOverlay's rule); of two decisions claiming one figure the older keeps it.
const QString overlayCtes = QStringLiteral(
    "matched AS (SELECT review_id, machine_id FROM (SELECT r.id AS review_id, m.id AS machine_id,"
    " ROW_NUMBER() OVER (PARTITION BY r.id ORDER BY CASE WHEN m.start_offset = r.start_offset"
    " AND m.end_offset = r.end_offset THEN 0 ELSE 1 END, abs(m.start_offset - r.start_offset),"
    " m.start_offset, m.id) AS nearest"
    " FROM metric_reviews r ${JOIN} metrics m ON m.article_id = r.article_id AND m.quote = r.quote"
    " WHERE r.decision <> 'added') AS candidates WHERE nearest = 1),"
    " taken AS (SELECT review_id, machine_id FROM (SELECT review_id, machine_id,"
    " ROW_NUMBER() OVER (PARTITION BY machine_id ORDER BY review_id) AS claim"
    " FROM matched) AS claims WHERE claim = 1)");

// The reviewed figures of the scope's reports that pass `articleFilter` (a condition on `a.id`) as
// the table `name`: article_id, region_code, published, machine_id, review_id, status, s_off
// (start), value, unit, qualifier, period, metric_key, orphan (a decision matched to no machine
// figure) and tie (position order). Rejected figures are left out.
Statement figuresCtes(const FigureScope& scope, const Keys& keys, const QString& name,
                      const QString& articleFilter)
{
    const QString scoped = name + QStringLiteral("_scoped");
    const QString targetsM = targetCondition(scope, QStringLiteral("m"));
    Statement s;
    s << scoped
      << QStringLiteral(" AS (SELECT a.id AS article_id, a.region_code AS region_code,"
                        " COALESCE(a.published_on, '') AS published FROM articles a WHERE ")
      << regionCondition(scope, QStringLiteral("a.region_code")) << QStringLiteral(" AND ") + articleFilter
      << QStringLiteral("), ") + name + QStringLiteral(" AS (");
    // machine figures nobody decided on
    s << QStringLiteral("SELECT s.article_id, s.region_code, s.published, m.id AS machine_id, 0 AS review_id,"
                        " 'machine' AS status, m.start_offset AS s_off, m.value AS value,"
                        " COALESCE(m.unit, '') AS unit, COALESCE(m.qualifier, '') AS qualifier,"
                        " COALESCE(m.period, '') AS period, ")
      << keySelect(keys, QStringLiteral("m"))
      << QStringLiteral(" AS metric_key, 0 AS orphan, m.id AS tie FROM ") + scoped +
             QStringLiteral(" s CROSS JOIN metrics m WHERE m.article_id = s.article_id AND ")
      << keyCondition(keys, QStringLiteral("m"))
      << QStringLiteral(" AND ") + targetsM +
             QStringLiteral(" AND m.id NOT IN (SELECT machine_id FROM taken)");
    // confirmed machine figures: the machine's values
    s << QStringLiteral(" UNION ALL SELECT s.article_id, s.region_code, s.published, m.id, r.id, 'confirmed',"
                        " m.start_offset, m.value, COALESCE(m.unit, ''), COALESCE(m.qualifier, ''),"
                        " COALESCE(m.period, ''), ")
      << keySelect(keys, QStringLiteral("m"))
      << QStringLiteral(", 0, m.id FROM taken t JOIN metric_reviews r ON r.id = t.review_id"
                        " JOIN metrics m ON m.id = t.machine_id JOIN ") +
             scoped + QStringLiteral(" s ON s.article_id = m.article_id WHERE r.decision = 'confirmed' AND ")
      << keyCondition(keys, QStringLiteral("m")) << QStringLiteral(" AND ") + targetsM;
    // corrected and added figures, and decisions whose figure the machine no longer finds
    s << QStringLiteral(
             " UNION ALL SELECT s.article_id, s.region_code, s.published, COALESCE(t.machine_id, 0),"
             " r.id, r.decision, r.start_offset, COALESCE(r.value, 0), COALESCE(r.unit, ''),"
             " COALESCE(r.qualifier, ''), COALESCE(r.period, ''), ")
      << keySelect(keys, QStringLiteral("r"))
      << QStringLiteral(", CASE WHEN t.machine_id IS NULL THEN 1 ELSE 0 END, COALESCE(t.machine_id, r.id)"
                        " FROM metric_reviews r JOIN ") +
             scoped +
             QStringLiteral(" s ON s.article_id = r.article_id LEFT JOIN taken t ON t.review_id = r.id"
                            " WHERE (r.decision IN ('corrected', 'added') OR (r.decision = 'confirmed'"
                            " AND t.machine_id IS NULL)) AND ")
      << keyCondition(keys, QStringLiteral("r"))
      << QStringLiteral(" AND ") + targetCondition(scope, QStringLiteral("r")) + QStringLiteral(")");
    return s;
}

// `name`: the rows of the overlay table `from` with their exclusion (see machineExclusion).
QString withExclusion(const QString& name, const QString& from)
{
    return name +
           QStringLiteral(" AS (SELECT f.*, CASE WHEN f.unit <> COALESCE(u.unit, '') THEN 1"
                          " WHEN f.qualifier = 'max' THEN 2 ELSE 0 END AS exclusion FROM ") +
           from + QStringLiteral(" f LEFT JOIN usual u ON u.metric_key = f.metric_key)");
}

// How a period is chosen: every period together, one period, each region's latest, or each period
// apart (a row per period: trends).
enum class PeriodChoice
{
    Every,
    One,
    Latest,
    Each
};

// The figures of the period, as a join (Latest) and a condition on `column` (One).
Statement periodJoin(PeriodChoice choice, const Statement& key, const QString& region, const QString& column)
{
    Statement s;
    if (choice == PeriodChoice::Latest)
        s << QStringLiteral(" JOIN latest l ON l.metric_key = ") << key
          << QStringLiteral(" AND l.region_code = ") + region + QStringLiteral(" AND ") + column +
                 QStringLiteral(" = l.period");
    return s;
}

Statement periodCondition(PeriodChoice choice, const QString& period, const QString& column)
{
    Statement s;
    if (choice == PeriodChoice::One) {
        s << QStringLiteral(" AND ") + column + QStringLiteral(" = ");
        s.bind(period);
    }
    return s;
}

// Each region's latest year: of its candidates, else of any figure (every part, every period).
Statement latestCte(const FigureScope& scope, const Keys& keys, const QHash<QString, QString>& usualUnits,
                    bool grouped)
{
    Statement s;
    s << QStringLiteral(
        "latest AS (SELECT metric_key, region_code, COALESCE(MAX(cp), MAX(ap)) AS period FROM (");
    if (grouped) {
        s << QStringLiteral(
                 "SELECT g.metric_key AS metric_key, g.region_code AS region_code, MAX(CASE WHEN ") +
                 usualGroup +
                 QStringLiteral(" AND g.figures > g.capped AND g.period <> '' THEN g.period END) AS cp,"
                                " MAX(CASE WHEN g.period <> '' THEN g.period END) AS ap FROM metric_groups g"
                                " LEFT JOIN usual u ON u.metric_key = g.metric_key WHERE ")
          << groupCondition(scope, keys)
          << QStringLiteral(" GROUP BY g.metric_key, g.region_code UNION ALL ");
    }
    s << QStringLiteral("SELECT ") << keySelect(keys, QStringLiteral("m"))
      << QStringLiteral(" AS metric_key, m.region_code AS region_code, MAX(CASE WHEN ")
      << machineExclusion(keys, usualUnits)
      << QStringLiteral(" = 0 AND COALESCE(m.period, '') <> '' THEN m.period END) AS cp,"
                        " MAX(CASE WHEN COALESCE(m.period, '') <> '' THEN m.period END) AS ap FROM ")
      << machineSource(grouped, &scope) << QStringLiteral(" WHERE ") << machineCondition(scope, keys)
      << QStringLiteral(" GROUP BY 1, m.region_code"
                        " UNION ALL SELECT metric_key, region_code,"
                        " MAX(CASE WHEN exclusion = 0 AND period <> '' THEN period END),"
                        " MAX(CASE WHEN period <> '' THEN period END) FROM reviewed_excluded"
                        " GROUP BY metric_key, region_code) AS parts GROUP BY metric_key, region_code)");
    return s;
}

// Rows per key, region and report of the period: its figures, candidates, largest candidate (best)
// and largest reviewed candidate (rbest). The machine part is read in index order and grouped as it
// is read, a row per report and unit: only the usual unit's row of a report has candidates, so the
// sums and the largest candidates come out as for one row per report. A fresh group stands for all
// its reports: their count with a candidate (reported), the lowest and highest of their best, and
// the report its own rule would show (best, published) — or, without a candidate, its first report.
Statement reportsCte(const FigureScope& scope, const Keys& keys, const QHash<QString, QString>& usualUnits,
                     PeriodChoice choice, const QString& period, bool grouped)
{
    Statement s;
    s << QStringLiteral("reports AS (");
    if (grouped) {
        Statement groupKey;
        groupKey << QStringLiteral("g.metric_key");
        s << QStringLiteral("SELECT g.metric_key AS metric_key, g.region_code AS region_code, CASE WHEN ") +
                 pickableGroup +
                 QStringLiteral(" THEN g.pick_published ELSE '' END AS published, CASE WHEN ") +
                 pickableGroup +
                 QStringLiteral(
                     " THEN g.pick_report ELSE g.first_report END AS article_id, g.period AS period,"
                     " g.figures AS figures, CASE WHEN ") +
                 usualGroup +
                 QStringLiteral(" THEN g.figures - g.capped ELSE 0 END AS candidates, CASE WHEN ") +
                 pickableGroup + QStringLiteral(" THEN g.pick_value END AS best, ") + nullReal +
                 QStringLiteral(" AS rbest, CASE WHEN ") + usualGroup +
                 QStringLiteral(" THEN g.reports ELSE 0 END AS reported, CASE WHEN ") + usualGroup +
                 QStringLiteral(" THEN g.lowest END AS lowest, CASE WHEN ") + usualGroup +
                 QStringLiteral(" THEN g.highest END AS highest FROM metric_groups g"
                                " LEFT JOIN usual u ON u.metric_key = g.metric_key")
          << periodJoin(choice, groupKey, QStringLiteral("g.region_code"), QStringLiteral("g.period"))
          << QStringLiteral(" WHERE ") << groupCondition(scope, keys)
          << periodCondition(choice, period, QStringLiteral("g.period")) << QStringLiteral(" UNION ALL ");
    }
    const Statement machineKey = keySelect(keys, QStringLiteral("m"));
    const Statement exclusion = machineExclusion(keys, usualUnits);
    // A report's date is the same on each of its figures; with every period at once, the period
    // is not used (PostgreSQL wants an aggregate for each column not grouped by).
    s << QStringLiteral("SELECT ") << machineKey
      << QStringLiteral(" AS metric_key, m.region_code AS region_code, MAX(m.published_on) AS published,"
                        " m.article_id AS article_id, ") +
             (choice == PeriodChoice::Every ? QStringLiteral("MAX(COALESCE(m.period, ''))")
                                            : QStringLiteral("COALESCE(m.period, '')")) +
             QStringLiteral(" AS period, COUNT(*) AS figures, SUM(CASE WHEN ")
      << exclusion << QStringLiteral(" = 0 THEN 1 ELSE 0 END) AS candidates, MAX(CASE WHEN ") << exclusion
      << QStringLiteral(" = 0 THEN m.value END) AS best, ") + nullReal + QStringLiteral(" AS rbest, ") +
             nullInteger + QStringLiteral(" AS reported, ") + nullReal + QStringLiteral(" AS lowest, ") +
             nullReal + QStringLiteral(" AS highest FROM ")
      << machineSource(grouped, &scope)
      << periodJoin(choice, machineKey, QStringLiteral("m.region_code"),
                    QStringLiteral("COALESCE(m.period, '')"))
      << QStringLiteral(" WHERE ") << machineCondition(scope, keys)
      << periodCondition(choice, period, QStringLiteral("COALESCE(m.period, '')"))
      << (choice == PeriodChoice::Every
              ? QStringLiteral(" GROUP BY 1, m.region_code, m.unit, m.article_id")
              : QStringLiteral(" GROUP BY 1, m.region_code, m.period, m.unit, m.article_id"));
    Statement reviewedKey;
    reviewedKey << QStringLiteral("e.metric_key");
    s << QStringLiteral(" UNION ALL SELECT e.metric_key, e.region_code, MAX(e.published), e.article_id, ") +
             (choice == PeriodChoice::Each ? QStringLiteral("e.period") : QStringLiteral("MAX(e.period)")) +
             QStringLiteral(", COUNT(*),"
                            " SUM(CASE WHEN e.exclusion = 0 THEN 1 ELSE 0 END),"
                            " MAX(CASE WHEN e.exclusion = 0 THEN e.value END), MAX(CASE WHEN e.exclusion = 0"
                            " AND e.status IN ") +
             reviewedStatus + QStringLiteral(" THEN e.value END), NULL, NULL, NULL FROM reviewed_excluded e")
      << periodJoin(choice, reviewedKey, QStringLiteral("e.region_code"), QStringLiteral("e.period"))
      << QStringLiteral(" WHERE 1 = 1") << periodCondition(choice, period, QStringLiteral("e.period"))
      << (choice == PeriodChoice::Each
              ? QStringLiteral(" GROUP BY e.metric_key, e.region_code, e.period, e.article_id)")
              : QStringLiteral(" GROUP BY e.metric_key, e.region_code, e.article_id)"));
    return s;
}

// Whether the machine part can read metric_groups: groups hold base keys and one period each.
bool groupedScope(const Keys& keys, PeriodChoice choice)
{
    return keys.subKeyed.isEmpty() && choice != PeriodChoice::Every;
}

// What differs between the engines, marked in the text: ${JOIN} a join in the order written (SQLite's
// CROSS JOIN; PostgreSQL's planner orders joins itself and takes no ON after CROSS JOIN), ${IS} equality
// that holds for two NULLs, ${LEAST} and ${GREATEST} of two values (SQLite's MIN and MAX of two
// arguments), ${C} text compared by code point as SQLite compares it, whatever the server's collation.
QString adapted(QString sql, bool postgres)
{
    sql.replace(QLatin1String("${JOIN}"), postgres ? QLatin1String("JOIN") : QLatin1String("CROSS JOIN"));
    sql.replace(QLatin1String("${IS}"),
                postgres ? QLatin1String("IS NOT DISTINCT FROM") : QLatin1String("IS"));
    sql.replace(QLatin1String("${LEAST}"), postgres ? QLatin1String("LEAST") : QLatin1String("MIN"));
    sql.replace(QLatin1String("${GREATEST}"), postgres ? QLatin1String("GREATEST") : QLatin1String("MAX"));
    sql.replace(QLatin1String("${C}"), postgres ? QLatin1String(" COLLATE \"C\"") : QLatin1String(""));
    return sql;
}

Statement adapted(Statement statement, bool postgres)
{
    statement.sql = adapted(statement.sql, postgres);
    return statement;
}

// The report a comparison shows of the rows of `reports` in a key's and region's group (by: the period
// too), as the column article_id: the one with the largest reviewed candidate (rbest), else the most
// recent report with a candidate (best; then the larger, then the lower id), else the lowest id. SQLite
// folds them with regionscope_shown_report (ComparisonFunctions); PostgreSQL ranks them by that rule.
QString shownReport(const QString& by, bool postgres)
{
    if (!postgres) {
        return QStringLiteral(
            "regionscope_shown_report(rbest, best, published, article_id) AS article_id FROM reports");
    }
    return QStringLiteral("MAX(CASE WHEN shown_rank = 1 THEN article_id END) AS article_id FROM (SELECT *,"
                          " ROW_NUMBER() OVER (PARTITION BY ") +
           by +
           QStringLiteral("metric_key, region_code ORDER BY rbest IS NULL, rbest DESC,"
                          " CASE WHEN rbest IS NULL AND best IS NOT NULL THEN 0 ELSE 1 END,"
                          " CASE WHEN rbest IS NULL AND best IS NOT NULL THEN COALESCE(published, '') END "
                          "COLLATE \"C\" DESC,"
                          " CASE WHEN rbest IS NULL THEN best END DESC, article_id) AS shown_rank FROM "
                          "reports) AS ranked_reports");
}

} // namespace

QString ComparisonSql::metricFields(const QString& table)
{
    QStringList fields;
    for (const char* column :
         {"start_offset", "end_offset", "quote", "value", "low", "high", "unit", "qualifier", "subject",
          "metric_key", "period", "is_target", "period_by_report", "sub_key", "key_reason"})
        fields.append(table + QLatin1Char('.') + QLatin1String(column));
    return fields.join(QStringLiteral(", "));
}

// Three parts, each grouped by key, region, period and unit with its figures (n) and targets (t):
// 0 the machine figures of reports without decisions, in every region and of every key under the
// base keys (from the fresh groups and the figures of stale ones, or read in index order, grouped as
// read); 1 the reviewed figures of the other reports, in scope; 2 their machine figures that no
// decision rejects or corrects by its span (the notes').
Statement ComparisonSql::coverage(const FigureScope& scope, bool postgres)
{
    const Keys keys = keysOf(scope);
    const bool grouped = keys.subKeyed.isEmpty();
    Statement baseKeys;
    baseKeys << QStringLiteral("m.metric_key IN (");
    baseKeys.bindList(keys.base) << QStringLiteral(")");
    Statement s;
    s << QStringLiteral("WITH ") + overlayCtes + QStringLiteral(", ")
      << figuresCtes(scope, keys, QStringLiteral("reviewed"),
                     QStringLiteral("a.id IN (SELECT article_id FROM metric_reviews)"));
    if (grouped) {
        s << QStringLiteral(" SELECT 0, g.metric_key, g.region_code, g.period, g.unit,"
                            " SUM(CASE WHEN g.targets = 2 THEN g.figures ELSE 0 END),"
                            " SUM(CASE WHEN g.targets = 1 THEN g.figures ELSE 0 END) FROM metric_groups g"
                            " WHERE g.metric_key IN (");
        s.bindList(keys.base) << QStringLiteral(") AND g.targets > 0 AND ") + freshGroup +
                                     QStringLiteral(" GROUP BY g.metric_key, g.region_code, g.period, g.unit"
                                                    " UNION ALL");
    }
    s << QStringLiteral(" SELECT 0, ") << keySelect(keys, QStringLiteral("m"))
      << QStringLiteral(", m.region_code, COALESCE(m.period, ''), COALESCE(m.unit, ''), COUNT(*),"
                        " SUM(m.is_target) FROM ")
      << machineSource(grouped, nullptr) << QStringLiteral(" WHERE ") << baseKeys
      << QStringLiteral(
             " AND m.article_id NOT IN (SELECT article_id FROM metric_reviews)"
             " GROUP BY 2, m.region_code, m.period, m.unit"
             " UNION ALL SELECT 1, metric_key, region_code, period, unit, COUNT(*), 0 FROM reviewed"
             " GROUP BY metric_key, region_code, period, unit UNION ALL SELECT 2, ")
      << keySelect(keys, QStringLiteral("m"))
      << QStringLiteral(", m.region_code, COALESCE(m.period, ''), COALESCE(m.unit, ''), COUNT(*),"
                        " SUM(m.is_target) FROM (SELECT DISTINCT article_id FROM metric_reviews) AS ra"
                        " ${JOIN} metrics m ON m.article_id = ra.article_id WHERE ")
      << baseKeys
      << QStringLiteral(" AND m.id NOT IN (SELECT d.id FROM metric_reviews r ${JOIN} metrics d"
                        " ON d.article_id = r.article_id AND d.start_offset = r.start_offset"
                        " AND d.end_offset = r.end_offset WHERE r.decision IN ('rejected', 'corrected'))"
                        " GROUP BY 2, m.region_code, m.period, m.unit");
    return adapted(s, postgres);
}

namespace {

// The groups of the figures `source` (aliased m) yields where `condition` holds, as the CTE `batch`:
// per report its figures, its capped ones (最高…) and its largest uncapped value (best); over the
// reports, those with a best (reported), the lowest and highest best, the first report, and the report
// the comparison shows (pick: the most recent with a best, then the larger best, then the lower id —
// regionscope_shown_report's rule, with its date and best).
QString groupsOf(const QString& source, const QString& condition)
{
    return QStringLiteral(
               "WITH per_report AS (SELECT m.metric_key AS metric_key, m.region_code AS region_code,"
               " COALESCE(m.period, '') AS period, COALESCE(m.unit, '') AS unit, t.targets AS targets,"
               " m.article_id AS article_id, MAX(m.published_on) AS published, COUNT(*) AS figures,"
               " SUM(CASE WHEN m.qualifier = 'max' THEN 1 ELSE 0 END) AS capped,"
               " MAX(CASE WHEN m.qualifier = 'max' THEN NULL ELSE m.value END) AS best FROM ") +
           source +
           QStringLiteral(
               " CROSS JOIN (SELECT 0 AS targets UNION ALL SELECT 1 UNION ALL SELECT 2) AS t"
               " WHERE (t.targets = 2 OR t.targets = m.is_target) AND m.metric_key IS NOT NULL AND ") +
           condition +
           QStringLiteral(
               " GROUP BY 1, 2, 3, 4, 5, 6),"
               " ranked AS (SELECT *, ROW_NUMBER() OVER (PARTITION BY metric_key, region_code, period, unit,"
               " targets ORDER BY best IS NULL, published${C} DESC, best DESC, article_id) AS rank FROM "
               "per_report),"
               " batch AS (SELECT metric_key, region_code, period, unit, targets, SUM(figures) AS figures,"
               " SUM(capped) AS capped, COUNT(best) AS reports, MIN(best) AS lowest, MAX(best) AS highest,"
               " MIN(article_id) AS first_report,"
               " MAX(CASE WHEN rank = 1 AND best IS NOT NULL THEN article_id END) AS pick_report,"
               " MAX(CASE WHEN rank = 1 AND best IS NOT NULL THEN published END) AS pick_published,"
               " MAX(CASE WHEN rank = 1 THEN best END) AS pick_value FROM ranked GROUP BY 1, 2, 3, 4, 5)"
               " INSERT INTO metric_groups (metric_key, region_code, period, unit, targets, figures, capped,"
               " reports, lowest, highest, first_report, pick_report, pick_published, pick_value)"
               " SELECT * FROM batch WHERE 1 = 1");
}

} // namespace

QStringList ComparisonSql::refreshGroups(bool postgres)
{
    QStringList statements = {
        QStringLiteral("DELETE FROM metric_groups WHERE (metric_key, region_code, period) IN"
                       " (SELECT metric_key, region_code, period FROM metric_groups_stale)"),
        groupsOf(staleFigures, QStringLiteral("m.article_id NOT IN (SELECT article_id FROM metric_reviews)")),
        QStringLiteral("DELETE FROM metric_groups_stale"),
    };
    for (QString& statement : statements)
        statement = adapted(statement, postgres);
    // SQLite runs one writer at a time. PostgreSQL's writers run side by side, and each statement sees
    // what was committed when it started: a change committed between the recomputation and the last
    // DELETE would lose its mark unrecomputed. Holding the marks' table makes a change's mark wait for
    // the end of the refresh (it then stays for the next one), and the refresh see every earlier one.
    if (postgres)
        statements.prepend(QStringLiteral("LOCK TABLE metric_groups_stale IN EXCLUSIVE MODE"));
    return statements;
}

// New reports only add to a group, so their sums, extremes and pick merge with the group's own: rows
// of values in the table's column order (MetricGroupBatch sums them up).
QString ComparisonSql::addToGroups(int rows, bool postgres)
{
    // The group's row is named by its table: PostgreSQL finds a bare column ambiguous next to excluded.
    // Smaller and larger by comparison rather than SQLite's two-argument MIN() and MAX(), so both
    // engines take the statement.
    const auto newer = [](const QString& column) {
        return QStringLiteral(
                   "CASE WHEN excluded.pick_report IS NOT NULL AND (g.pick_report IS NULL"
                   " OR excluded.pick_published${C} > g.pick_published OR (excluded.pick_published ="
                   " g.pick_published AND (excluded.pick_value > g.pick_value OR (excluded.pick_value ="
                   " g.pick_value AND excluded.pick_report < g.pick_report)))) THEN excluded.%1 ELSE g.%1 "
                   "END")
            .arg(column);
    };
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values.append(QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return adapted(
        QStringLiteral(
            "INSERT INTO metric_groups AS g (metric_key, region_code, period, unit, targets, figures,"
            " capped, reports, lowest, highest, first_report, pick_report, pick_published,"
            " pick_value) VALUES ") +
            values.join(QStringLiteral(", ")) +
            QStringLiteral(
                " ON CONFLICT (metric_key, region_code, period, unit, targets) DO UPDATE SET"
                " figures = g.figures + excluded.figures, capped = g.capped + excluded.capped,"
                " reports = g.reports + excluded.reports,"
                " lowest = COALESCE(${LEAST}(g.lowest, excluded.lowest), g.lowest, excluded.lowest),"
                " highest = COALESCE(${GREATEST}(g.highest, excluded.highest), g.highest,"
                " excluded.highest), first_report = ${LEAST}(g.first_report, excluded.first_report),"
                " pick_report = ") +
            newer(QStringLiteral("pick_report")) + QStringLiteral(", pick_published = ") +
            newer(QStringLiteral("pick_published")) + QStringLiteral(", pick_value = ") +
            newer(QStringLiteral("pick_value")),
        postgres);
}

// Per key and region: the counts over its reports, and the report shown (picks): the one with the
// largest reviewed candidate, else the most recent report with a candidate (then the larger, then
// the lower id), else the lowest id. Of that report the figure shown is the same rule's (shown).
Statement ComparisonSql::summaries(const FigureScope& scope, const QString& period,
                                   const QHash<QString, QString>& usualUnits, bool eachPeriod, bool postgres)
{
    const Keys keys = keysOf(scope);
    const PeriodChoice choice = eachPeriod                 ? PeriodChoice::Each
                                : period == latestPeriod() ? PeriodChoice::Latest
                                : period.isEmpty()         ? PeriodChoice::Every
                                                           : PeriodChoice::One;
    // Each period apart: every step groups by the period first.
    const QString by = choice == PeriodChoice::Each ? QStringLiteral("period, ") : QString();
    const auto samePeriod = [&](const QString& table) {
        return choice == PeriodChoice::Each
                   ? QStringLiteral(" AND c.period = ") + table + QStringLiteral(".period")
                   : QString();
    };
    Statement s;
    s << QStringLiteral("WITH ") + overlayCtes + QStringLiteral(", ")
      << figuresCtes(scope, keys, QStringLiteral("reviewed"),
                     QStringLiteral("a.id IN (SELECT article_id FROM metric_reviews)"))
      << QStringLiteral(", ") << usualValues(usualUnits)
      << QStringLiteral(", ") +
             withExclusion(QStringLiteral("reviewed_excluded"), QStringLiteral("reviewed"));
    const bool grouped = groupedScope(keys, choice);
    if (choice == PeriodChoice::Latest)
        s << QStringLiteral(", ") << latestCte(scope, keys, usualUnits, grouped);
    s << QStringLiteral(", ") << reportsCte(scope, keys, usualUnits, choice, period, grouped);
    s << QStringLiteral(", picks AS (SELECT ") + by +
             QStringLiteral(
                 "metric_key, region_code, SUM(figures) AS figures, SUM(candidates) AS candidates,"
                 " SUM(COALESCE(reported, CASE WHEN best IS NULL THEN 0 ELSE 1 END)) AS reports,"
                 " MIN(COALESCE(lowest, best)) AS lowest, MAX(COALESCE(highest, best)) AS highest, ") +
             shownReport(by, postgres) + QStringLiteral(" GROUP BY ") + by +
             QStringLiteral("metric_key, region_code), ");
    s << figuresCtes(scope, keys, QStringLiteral("picked"),
                     QStringLiteral("a.id IN (SELECT article_id FROM picks)"))
      << QStringLiteral(", ") + withExclusion(QStringLiteral("picked_excluded"), QStringLiteral("picked"));
    Statement pickedKey;
    pickedKey << QStringLiteral("f.metric_key");
    s << QStringLiteral(", shown AS (SELECT f.*, ROW_NUMBER() OVER (PARTITION BY ") +
             (by.isEmpty() ? QString() : QStringLiteral("f.period, ")) +
             QStringLiteral("f.metric_key, f.region_code ORDER BY f.exclusion <> 0,"
                            " CASE WHEN f.exclusion = 0 AND f.status IN ") +
             reviewedStatus +
             QStringLiteral(" THEN 0 ELSE 1 END, CASE WHEN f.exclusion = 0 THEN f.value END DESC, f.s_off,"
                            " f.orphan, f.tie) AS pick FROM picked_excluded f JOIN picks c"
                            " ON c.metric_key = f.metric_key AND c.region_code = f.region_code"
                            " AND c.article_id = f.article_id") +
             samePeriod(QStringLiteral("f"))
      << periodJoin(choice, pickedKey, QStringLiteral("f.region_code"), QStringLiteral("f.period"))
      << QStringLiteral(" WHERE 1 = 1") << periodCondition(choice, period, QStringLiteral("f.period"))
      << QStringLiteral(")");
    s << QStringLiteral(" SELECT c.figures, c.candidates, c.reports, c.lowest, c.highest, p.metric_key,"
                        " p.exclusion, p.article_id, p.region_code, p.published, p.machine_id, p.review_id,"
                        " p.status, p.orphan, a.title, ") +
             metricFields(QStringLiteral("m")) + QStringLiteral(", ") + metricFields(QStringLiteral("r")) +
             QStringLiteral(" FROM shown p JOIN picks c ON c.metric_key = p.metric_key"
                            " AND c.region_code = p.region_code") +
             samePeriod(QStringLiteral("p")) +
             QStringLiteral(
                 " JOIN articles a ON a.id = p.article_id"
                 " LEFT JOIN metrics m ON m.id = p.machine_id LEFT JOIN metric_reviews r"
                 " ON r.id = p.review_id WHERE p.pick = 1 ORDER BY p.metric_key${C}, p.region_code${C}");
    return adapted(s, postgres);
}

Statement ComparisonSql::figures(const FigureScope& scope, const QString& period, bool postgres)
{
    const Keys keys = keysOf(scope);
    Statement s;
    s << QStringLiteral("WITH ") + overlayCtes + QStringLiteral(", ")
      << figuresCtes(scope, keys, QStringLiteral("figures"), QStringLiteral("1 = 1"))
      << QStringLiteral(
             " SELECT f.article_id, f.region_code, f.published, f.machine_id, f.review_id, f.status,"
             " f.orphan, a.title, ") +
             metricFields(QStringLiteral("m")) + QStringLiteral(", ") + metricFields(QStringLiteral("r")) +
             QStringLiteral(" FROM figures f JOIN articles a ON a.id = f.article_id"
                            " LEFT JOIN metrics m ON m.id = f.machine_id LEFT JOIN metric_reviews r"
                            " ON r.id = f.review_id WHERE COALESCE(");
    s.bind(period) << QStringLiteral(", '') = '' OR f.period = ");
    s.bind(period) << QStringLiteral(" ORDER BY f.article_id, f.s_off, f.orphan, f.tie");
    return adapted(s, postgres);
}

} // namespace rs
