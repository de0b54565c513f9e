#include "ComparisonStore.h"

#include "ComparisonSql.h"
#include "Database.h"
#include "MetricStore.h"
#include "SqlValues.h"
#include "SqliteHandle.h"

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

ReviewedMetric::Status statusFromName(const QString& name)
{
    for (auto status : {ReviewedMetric::Status::Confirmed, ReviewedMetric::Status::Corrected,
                        ReviewedMetric::Status::Rejected, ReviewedMetric::Status::Added}) {
        if (name == ReviewedMetric::statusName(status))
            return status;
    }
    return ReviewedMetric::Status::Machine;
}

int progress(void* context)
{
    const auto* check = static_cast<const std::function<bool()>*>(context);
    return (*check)() ? 1 : 0;
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
        figure.metric = MetricStore::metricFrom(query, first + 8 + ComparisonSql::metricFieldCount);
    } else {
        figure.metric = MetricStore::metricFrom(query, first + 8);
        if (figure.reviewId > 0)
            figure.metric.quote = query.value(first + 8 + ComparisonSql::metricFieldCount + 2).toString();
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

bool ComparisonStore::refreshGroups(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM metric_groups_stale)")) || !query.next())
        return false;
    if (!query.value(0).toBool())
        return true;
    const bool postgres = db.driverName() == QLatin1String("QPSQL");
    for (const QString& statement : ComparisonSql::refreshGroups(postgres)) {
        if (!query.exec(statement))
            return false;
    }
    return true;
}

bool ComparisonStore::refreshGroups(Database& database)
{
    QSqlDatabase db = database.connection();
    sqlite3* sqlite = sqliteHandle(db);
    if (sqlite && !sqlite3_get_autocommit(sqlite))
        return refreshGroups(db);
    if (database.isPostgres()) {
        // Inside the caller's transaction, a savepoint keeps a failed refresh from aborting it; outside
        // any (where a savepoint is refused, harmlessly), one of its own.
        QSqlQuery savepoint(db);
        if (savepoint.exec(QStringLiteral("SAVEPOINT regionscope_groups"))) {
            if (refreshGroups(db))
                return savepoint.exec(QStringLiteral("RELEASE SAVEPOINT regionscope_groups"));
            savepoint.exec(QStringLiteral("ROLLBACK TO SAVEPOINT regionscope_groups"));
            return false;
        }
    }
    if (!database.beginWrite())
        return false;
    if (refreshGroups(db) && db.commit())
        return true;
    db.rollback();
    return false;
}

int ComparisonStore::corpusQueries()
{
    return corpusQueryCount.load();
}

void ComparisonStore::countCorpusQuery()
{
    ++corpusQueryCount;
}

bool ComparisonStore::prepare(QSqlQuery& query, const QString& sql, QString* error) const
{
    if (query.prepare(sql))
        return true;
    m_cancelled = false;
    if (error)
        *error = m_database.describe(query.lastError());
    return false;
}

bool ComparisonStore::run(QSqlQuery& query, QString* error) const
{
    m_cancelled = false;
    countCorpusQuery();
    sqlite3* sqlite = m_cancel ? sqliteHandle(m_database.connection()) : nullptr;
    if (sqlite)
        sqlite3_progress_handler(sqlite, 2000, &progress, const_cast<std::function<bool()>*>(&m_cancel));
    const bool ok = query.exec();
    if (!ok) {
        m_cancelled = m_cancel && m_cancel();
        if (error)
            *error = m_cancelled ? tr("cancelled") : m_database.describe(query.lastError());
    }
    return ok;
}

bool ComparisonStore::runStatement(QSqlQuery& query, const ComparisonSql::Statement& statement,
                                   QString* error) const
{
    // On PostgreSQL the rows are read whole (not row by row, as QPSQL reads forward-only results), so
    // the statement after it (RESET below) leaves them all to read.
    query.setForwardOnly(!m_database.isPostgres());
    if (!prepare(query, statement.sql, error))
        return false;
    for (const QVariant& value : statement.values)
        query.addBindValue(value);
    if (!m_database.isPostgres())
        return run(query, error);
    // PostgreSQL guesses a few rows for the comparison's aggregated steps (picks, latest) where a key
    // has one per region, and then joins them in nested loops, row by row: 2-3 s at 3,000 reports,
    // where hash joins take a tenth of it. The joins it cannot hash then look so costly that it would
    // compile the statement (JIT): seconds of compiling for a statement that runs in milliseconds.
    // The settings hold for this statement only.
    QSqlQuery planner(m_database.connection());
    planner.exec(QStringLiteral("SET enable_nestloop = off"));
    planner.exec(QStringLiteral("SET jit = off"));
    const bool ok = run(query, error);
    planner.exec(QStringLiteral("RESET enable_nestloop"));
    planner.exec(QStringLiteral("RESET jit"));
    return ok;
}

bool ComparisonStore::covers(const FigureScope& scope, const QString& region)
{
    if (region.isEmpty())
        return false;
    if (!scope.exactRegion.isEmpty())
        return region == scope.exactRegion;
    if (scope.regionPrefixes.isEmpty())
        return true;
    for (const QString& prefix : scope.regionPrefixes) {
        if (region.startsWith(prefix))
            return true;
    }
    return false;
}

bool ComparisonStore::readGroups(const FigureScope& scope, QString* error) const
{
    const auto same = [&](const FigureScope& other) {
        return other.keys == scope.keys && other.regionPrefixes == scope.regionPrefixes &&
               other.exactRegion == scope.exactRegion && other.includeTargets == scope.includeTargets &&
               other.targetsOnly == scope.targetsOnly;
    };
    if (m_groupsScope && same(*m_groupsScope))
        return true;
    m_groups.clear();
    m_groupsScope.reset();
    QSqlQuery query(m_database.connection());
    if (!runStatement(query, ComparisonSql::coverage(scope, m_database.isPostgres()), error))
        return false;
    while (query.next()) {
        m_groups.append(FigureGroup{query.value(0).toInt(), query.value(1).toString(),
                                    query.value(2).toString(), query.value(3).toString(),
                                    query.value(4).toString(), query.value(5).toInt(),
                                    query.value(6).toInt()});
    }
    if (m_cancel && m_cancel()) {
        m_cancelled = true;
        m_groups.clear();
        return false;
    }
    m_groupsScope = scope;
    return true;
}

ComparisonStore::Coverage ComparisonStore::coverage(const FigureScope& scope, QString* error) const
{
    Coverage result;
    if (scope.keys.isEmpty() || !readGroups(scope, error))
        return result;
    // Periods by the regions reporting them and figures per unit, of the figures charted: the
    // reviewed ones (part 1, already in scope) and the machine ones of the other reports (part 0).
    QMap<QString, QSet<QString>> regionsByPeriod;
    QMap<QPair<QString, QString>, int> figuresByUnit;
    for (const FigureGroup& group : std::as_const(m_groups)) {
        if (group.part == 2 || !scope.keys.contains(group.key))
            continue;
        int figures = group.figures;
        if (group.part == 0) {
            if (!covers(scope, group.region))
                continue;
            figures = scope.targetsOnly      ? group.targets
                      : scope.includeTargets ? group.figures
                                             : group.figures - group.targets;
        }
        if (figures <= 0)
            continue;
        if (!group.period.isEmpty())
            regionsByPeriod[group.period].insert(group.region);
        figuresByUnit[{group.key, group.unit}] += figures;
    }
    for (auto it = regionsByPeriod.cbegin(); it != regionsByPeriod.cend(); ++it)
        result.periods.prepend(PeriodCoverage{it.key(), int(it.value().size())}); // latest first
    for (auto it = figuresByUnit.cbegin(); it != figuresByUnit.cend(); ++it)
        result.units.append(UnitCount{it.key().first, it.key().second, it.value()});
    return result;
}

QVector<RegionFigureSummary> ComparisonStore::summaries(const FigureScope& scope, const QString& period,
                                                        const QHash<QString, QString>& usualUnits,
                                                        QString* error) const
{
    return summarize(scope, period, usualUnits, false, error);
}

QVector<RegionFigureSummary> ComparisonStore::summariesByPeriod(const FigureScope& scope,
                                                                const QHash<QString, QString>& usualUnits,
                                                                QString* error) const
{
    return summarize(scope, QString(), usualUnits, true, error);
}

QVector<RegionFigureSummary> ComparisonStore::summarize(const FigureScope& scope, const QString& period,
                                                        const QHash<QString, QString>& usualUnits,
                                                        bool eachPeriod, QString* error) const
{
    QVector<RegionFigureSummary> result;
    if (scope.keys.isEmpty() || usualUnits.isEmpty())
        return result;
    QSqlQuery query(m_database.connection());
    if (!runStatement(
            query, ComparisonSql::summaries(scope, period, usualUnits, eachPeriod, m_database.isPostgres()),
            error))
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

QVector<ScopedFigure> ComparisonStore::figures(const FigureScope& scope, const QString& period,
                                               QString* error) const
{
    QVector<ScopedFigure> result;
    if (scope.keys.isEmpty())
        return result;
    QSqlQuery query(m_database.connection());
    if (!runStatement(query, ComparisonSql::figures(scope, period, m_database.isPostgres()), error))
        return result;
    while (query.next())
        result.append(scopedFigureFrom(query, 0));
    return result;
}

QHash<QString, FiguresLeftOut> ComparisonStore::leftOut(const FigureScope& scope, const QString& period,
                                                        const QHash<QString, QString>& usualUnits,
                                                        QString* error) const
{
    QHash<QString, FiguresLeftOut> result;
    if (scope.keys.isEmpty() || !readGroups(scope, error))
        return result;
    // Machine figures, whatever the scope's regions and targets (parts 0 and 2): rejected ones are
    // not left out, they are gone. The usual unit is the base key's ("enterprises" for its sub-keys).
    const bool single = !period.isEmpty() && period != latestPeriod();
    for (const FigureGroup& group : std::as_const(m_groups)) {
        if (group.part == 1 || !scope.keys.contains(group.key))
            continue;
        FiguresLeftOut& counts = result[group.key];
        if (group.region.isEmpty()) {
            counts.noRegion += group.figures;
            continue;
        }
        if (!covers(scope, group.region))
            continue;
        if (group.period.isEmpty()) {
            counts.noYear += group.figures;
            continue;
        }
        const int charted = scope.includeTargets ? group.figures : group.figures - group.targets;
        counts.targets += scope.includeTargets ? 0 : group.targets;
        const bool otherUnit = group.unit != usualUnits.value(group.key.section(QLatin1Char('/'), 0, 0));
        const bool inPeriod = !single || group.period == period;
        if (otherUnit && inPeriod)
            counts.otherUnit += charted;
        else if (!otherUnit && !inPeriod)
            counts.otherPeriod += charted;
    }
    return result;
}

} // namespace rs
