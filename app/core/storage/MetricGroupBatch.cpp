#include "MetricGroupBatch.h"

#include "BoundStatement.h"
#include "ComparisonSql.h"
#include "SqlValues.h"
#include "SqliteHandle.h"

#include <QSqlError>

#include <algorithm>
#include <tuple>

namespace rs {
namespace {

using sql::nullable;

// Rows per statement: 14 values a row, so 32 rows bind 448, far below SQLite's limit.
constexpr int rowsPerBlock = 32;

// The group columns are NOT NULL: no period, unit or region is the empty text, never NULL (which a
// null QString binds as).
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// One report's figures of one group: what the SQL rule computes per report before merging.
struct ReportSums
{
    int figures = 0;
    int capped = 0;
    std::optional<double> best; // the largest uncapped figure
};

// The pick rule: a report with an uncapped figure, newest first, then the larger figure, then the
// lower id. Only reports with an uncapped figure are ever picked.
bool picksBefore(const QString& published, double value, qint64 id, const MetricGroupBatch::Sums& current)
{
    if (!current.pickValue)
        return true;
    if (published != current.pickPublished)
        return published > current.pickPublished;
    if (value != *current.pickValue)
        return value > *current.pickValue;
    return id < current.pickReport;
}

void merge(MetricGroupBatch::Sums* group, const ReportSums& report, qint64 articleId,
           const QString& published)
{
    group->figures += report.figures;
    group->capped += report.capped;
    if (group->firstReport == 0 || articleId < group->firstReport)
        group->firstReport = articleId;
    if (!report.best)
        return;
    const double best = *report.best;
    ++group->reports;
    group->lowest = group->lowest ? std::min(*group->lowest, best) : best;
    group->highest = group->highest ? std::max(*group->highest, best) : best;
    if (picksBefore(published, best, articleId, *group)) {
        group->pickReport = articleId;
        group->pickPublished = published;
        group->pickValue = best;
    }
}

} // namespace

bool MetricGroupBatch::Key::operator==(const Key& other) const
{
    return targets == other.targets && metricKey == other.metricKey && regionCode == other.regionCode &&
           period == other.period && unit == other.unit;
}

bool MetricGroupBatch::Key::operator<(const Key& other) const
{
    // The table's primary key order, so the merge walks its pages in order.
    return std::tie(metricKey, regionCode, period, unit, targets) <
           std::tie(other.metricKey, other.regionCode, other.period, other.unit, other.targets);
}

size_t qHash(const MetricGroupBatch::Key& key, size_t seed)
{
    return qHashMulti(seed, key.metricKey, key.regionCode, key.period, key.unit, key.targets);
}

void MetricGroupBatch::add(qint64 articleId, const QString& regionCode, const QString& publishedOn,
                           const QVector<Metric>& figures)
{
    // Most reports have a handful of groups: a short list beats a hash per report.
    QVector<std::pair<Key, ReportSums>> report;
    for (const Metric& figure : figures) {
        if (figure.key.isEmpty())
            continue;
        // Every figure counts under "both" (2) and under its own kind (1 target, 0 achievement).
        for (const int targets : {2, figure.isTarget ? 1 : 0}) {
            Key key{figure.key, regionCode, figure.period, figure.unit, targets};
            auto found =
                std::find_if(report.begin(), report.end(),
                             [&](const std::pair<Key, ReportSums>& entry) { return entry.first == key; });
            if (found == report.end()) {
                report.append({std::move(key), ReportSums()});
                found = report.end() - 1;
            }
            ReportSums& sums = found->second;
            ++sums.figures;
            if (figure.qualifier == Qualifier::Max)
                ++sums.capped;
            else
                sums.best = sums.best ? std::max(*sums.best, figure.value) : figure.value;
        }
    }
    for (const auto& [key, sums] : std::as_const(report))
        merge(&m_groups[key], sums, articleId, publishedOn);
}

bool MetricGroupBatch::mergeInto(QSqlDatabase& db, QSqlError* failure)
{
    if (m_groups.isEmpty())
        return true;
    QVector<Key> keys = m_groups.keys();
    std::sort(keys.begin(), keys.end());
    const bool postgres = db.driverName() == QLatin1String("QPSQL");
    const std::unique_ptr<BoundStatement> block =
        BoundStatement::prepare(db, ComparisonSql::addToGroups(rowsPerBlock, postgres));
    const std::unique_ptr<BoundStatement> single =
        BoundStatement::prepare(db, ComparisonSql::addToGroups(1, postgres));
    for (const BoundStatement* statement : {block.get(), single.get()}) {
        if (!statement->isPrepared()) {
            *failure = statement->lastError();
            return false;
        }
    }
    // Off SQLite every statement is a round trip to the server: the groups after the last full block go
    // in one statement of their count rather than one statement each.
    std::unique_ptr<BoundStatement> rest;
    const bool rowByRow = sqliteHandle(db) != nullptr;
    for (int first = 0; first < keys.size();) {
        const bool whole = keys.size() - first >= rowsPerBlock;
        int count = whole ? rowsPerBlock : 1;
        if (!whole && !rowByRow && keys.size() - first > 1) {
            count = int(keys.size()) - first;
            rest = BoundStatement::prepare(db, ComparisonSql::addToGroups(count, postgres));
        }
        BoundStatement& statement = whole ? *block : rest ? *rest : *single;
        for (int i = first; i < first + count; ++i) {
            const Key& key = keys.at(i);
            const Sums& sums = m_groups[key];
            statement.addBindValue(text(key.metricKey));
            statement.addBindValue(text(key.regionCode));
            statement.addBindValue(text(key.period));
            statement.addBindValue(text(key.unit));
            statement.addBindValue(key.targets);
            statement.addBindValue(sums.figures);
            statement.addBindValue(sums.capped);
            statement.addBindValue(sums.reports);
            statement.addBindValue(nullable(sums.lowest));
            statement.addBindValue(nullable(sums.highest));
            statement.addBindValue(sums.firstReport);
            statement.addBindValue(sums.pickValue ? QVariant(sums.pickReport) : QVariant());
            statement.addBindValue(sums.pickValue ? text(sums.pickPublished) : QVariant());
            statement.addBindValue(nullable(sums.pickValue));
        }
        if (!statement.exec()) {
            *failure = statement.lastError();
            return false;
        }
        first += count;
    }
    m_groups.clear();
    return true;
}

} // namespace rs
