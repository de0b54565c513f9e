#include "ComparisonTableModel.h"

#include "ChartNumber.h"
#include "metrics/FigureColumns.h"
#include "metrics/Taxonomy.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QLocale>
#include <QMap>

#include <cmath>
#include <limits>

namespace rs {
namespace {

bool sameValue(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

} // namespace

ComparisonTableModel::ComparisonTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ComparisonTableModel::setRows(const QVector<ComparisonRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    resolveGroups();
    endResetModel();
    Q_EMIT choicesChanged();
}

void ComparisonTableModel::resolveGroups()
{
    m_groups.clear();
    m_groupOfRow = QVector<int>(m_rows.size(), -1);
    m_aggregateChoice.clear();
    QHash<QString, int> groupByKey;
    for (int i = 0; i < m_rows.size(); ++i) {
        ComparisonRow& row = m_rows[i];
        if (row.aggregated)
            m_aggregateChoice.insert(i, {row.chosen, row.conflict});
        row.chosen = false;
        row.conflict = false;
        const QString groupKey = row.key + QLatin1Char('\n') + row.regionCode;
        auto it = groupByKey.find(groupKey);
        if (it == groupByKey.end()) {
            it = groupByKey.insert(groupKey, int(m_groups.size()));
            m_groups.append(QVector<int>());
        }
        m_groups[it.value()].append(i);
        m_groupOfRow[i] = it.value();
    }
    for (const QVector<int>& group : std::as_const(m_groups)) {
        if (group.size() == 1 && m_rows.at(group.first()).aggregated) {
            m_rows[group.first()].chosen = m_aggregateChoice.value(group.first()).first;
            m_rows[group.first()].conflict = m_aggregateChoice.value(group.first()).second;
            continue; // the database chose (ComparisonStore::summaries), by the rule below
        }
        // One figure per report: the largest, as a report's total usually exceeds its parts. Reports
        // in id order, so that of two equally recent reports with one value the first is charted.
        QMap<qint64, int> primaryByArticle;
        int reviewed = -1;
        for (int i : group) {
            const ComparisonRow& row = m_rows.at(i);
            if (!row.isCandidate())
                continue;
            const auto it = primaryByArticle.constFind(row.articleId);
            if (it == primaryByArticle.cend() || *m_rows.at(it.value()).value < *row.value)
                primaryByArticle.insert(row.articleId, i);
            if (row.isReviewed() && (reviewed < 0 || *m_rows.at(reviewed).value < *row.value))
                reviewed = i;
        }
        int chosen = reviewed;
        if (chosen < 0) {
            for (auto it = primaryByArticle.cbegin(); it != primaryByArticle.cend(); ++it) {
                const ComparisonRow& row = m_rows.at(it.value());
                if (chosen < 0) {
                    chosen = it.value();
                    continue;
                }
                const ComparisonRow& best = m_rows.at(chosen);
                if (row.published > best.published ||
                    (row.published == best.published && *row.value > *best.value))
                    chosen = it.value();
            }
        }
        bool disagree = false;
        for (auto it = primaryByArticle.cbegin(); it != primaryByArticle.cend(); ++it) {
            for (auto other = primaryByArticle.cbegin(); other != primaryByArticle.cend(); ++other)
                disagree =
                    disagree || !sameValue(*m_rows.at(it.value()).value, *m_rows.at(other.value()).value);
        }
        std::optional<double> low;
        std::optional<double> high;
        for (auto it = primaryByArticle.cbegin(); disagree && it != primaryByArticle.cend(); ++it) {
            const double value = *m_rows.at(it.value()).value;
            low = low ? std::min(*low, value) : value;
            high = high ? std::max(*high, value) : value;
        }
        for (int i : group) {
            m_rows[i].conflict = disagree && m_rows.at(i).isCandidate();
            m_rows[i].reportedLow = m_rows.at(i).conflict ? low : std::nullopt;
            m_rows[i].reportedHigh = m_rows.at(i).conflict ? high : std::nullopt;
            m_rows[i].chosen = i == chosen || (m_rows.at(i).isMissing() && group.size() == 1);
        }
    }
    updateScales();
}

bool ComparisonTableModel::updateScales()
{
    // The scale a chart of each key and unit would choose: from its charted values, else from all.
    QHash<QString, double> largestCharted;
    QHash<QString, double> largestAny;
    for (const ComparisonRow& row : std::as_const(m_rows)) {
        if (!row.value)
            continue;
        const QString key = scaleKey(row);
        largestAny[key] = std::max(largestAny.value(key), std::abs(*row.value));
        if (row.chosen)
            largestCharted[key] = std::max(largestCharted.value(key), std::abs(*row.value));
    }
    QHash<QString, ChartNumber::Scale> scales;
    for (auto it = largestAny.cbegin(); it != largestAny.cend(); ++it) {
        const QString unit = it.key().section(QLatin1Char('\n'), 1);
        scales.insert(it.key(), ChartNumber::scaleFor(unit, largestCharted.value(it.key(), it.value())));
    }
    bool changed = scales.size() != m_scales.size();
    for (auto it = scales.cbegin(); !changed && it != scales.cend(); ++it)
        changed = m_scales.value(it.key()).divisor != it.value().divisor;
    m_scales = scales;
    return changed;
}

QString ComparisonTableModel::scaleKey(const ComparisonRow& row)
{
    return row.key + QLatin1Char('\n') + row.unit;
}

int ComparisonTableModel::aggregatedRow(const QString& key, const QString& regionCode) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const ComparisonRow& row = m_rows.at(i);
        if (row.aggregated && row.key == key && row.regionCode == regionCode)
            return i;
    }
    return -1;
}

bool ComparisonTableModel::expand(int index, const QVector<ComparisonRow>& figures)
{
    if (index < 0 || index >= m_rows.size() || !m_rows.at(index).aggregated || figures.isEmpty())
        return false;
    beginResetModel();
    m_rows.remove(index);
    for (int i = 0; i < figures.size(); ++i)
        m_rows.insert(index + i, figures.at(i));
    resolveGroups();
    endResetModel();
    Q_EMIT choicesChanged();
    return true;
}

bool ComparisonTableModel::choose(int index)
{
    if (index < 0 || index >= m_rows.size() || !m_rows.at(index).isCandidate())
        return false;
    for (int i : m_groups.at(m_groupOfRow.at(index))) {
        if (m_rows.at(i).chosen != (i == index)) {
            m_rows[i].chosen = i == index;
            Q_EMIT dataChanged(this->index(i, 0), this->index(i, ColumnCount - 1));
        }
    }
    if (updateScales() && !m_rows.isEmpty())
        Q_EMIT dataChanged(this->index(0, ValueColumn), this->index(int(m_rows.size()) - 1, UnitColumn));
    Q_EMIT choicesChanged();
    return true;
}

QVector<int> ComparisonTableModel::chartedRows() const
{
    QVector<int> charted;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).chosen)
            charted.append(i);
    }
    return charted;
}

int ComparisonTableModel::conflictCount() const
{
    int count = 0;
    for (const QVector<int>& group : m_groups) {
        bool conflict = false;
        for (int i : group)
            conflict = conflict || m_rows.at(i).conflict;
        count += conflict ? 1 : 0;
    }
    return count;
}

int ComparisonTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComparisonTableModel::statusText(const ComparisonRow& row) const
{
    if (row.isMissing())
        return tr("no data");
    QString text = ReviewedMetric::statusName(row.status);
    if (row.exclusion == ComparisonRow::Exclusion::OtherUnit)
        text = tr("%1, other unit: not charted").arg(text);
    else if (row.exclusion == ComparisonRow::Exclusion::Cap)
        text = tr("%1, a cap: not charted").arg(text);
    else if (row.conflict)
        text = row.chosen ? tr("%1, conflict: charted").arg(text) : tr("%1, conflict").arg(text);
    else if (!row.chosen)
        text = tr("%1, other figure of the report").arg(text);
    if (row.aggregated && row.figures > 1)
        text += tr("; %n figure(s) in all: click to list them", nullptr, row.figures);
    return text;
}

QVariant ComparisonTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ComparisonRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RegionColumn:
            return row.regionLabel;
        case MetricColumn: {
            // In the interface's language, like the metric list and the Figures pane.
            const QString label = Taxonomy::builtin().label(row.key.section(QLatin1Char('/'), 0, 0),
                                                            row.key.section(QLatin1Char('/'), 1),
                                                            QLocale().language() == QLocale::Chinese);
            return label.isEmpty() ? row.key : label;
        }
        case ValueColumn:
            // In the scale the chart of the key uses (万 from 1万 on), as on its axis and labels.
            return row.value ? ChartNumber::format(*row.value, m_scales.value(scaleKey(row))) : tr("no data");
        case UnitColumn:
            return m_scales.contains(scaleKey(row)) ? m_scales.value(scaleKey(row)).unitLabel : row.unit;
        case QualifierColumn:
            return qualifierSymbol(row.qualifier);
        case PeriodColumn:
            return row.period;
        case ReportColumn:
            return row.articleId > 0 ? QStringLiteral("%1 %2").arg(row.articleId).arg(row.reportTitle)
                                     : QString();
        case StatusColumn:
            return statusText(row);
        }
        return {};
    case Qt::ToolTipRole:
        if (row.isMissing())
            return tr("No figure for this region and period.");
        return tr("%1: \"%2\" in report %3 (%4)")
            .arg(row.regionLabel, row.quote, row.reportTitle, QLocale().toString(*row.value, 'f', 0));
    case Qt::ForegroundRole:
        if (row.isMissing() || !row.isCandidate())
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::BackgroundRole:
        if (row.conflict)
            return QBrush(row.chosen ? QColor(0xFF, 0xE8, 0xB0) : QColor(0xFF, 0xF4, 0xDA));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ArticleIdRole:
        return row.articleId;
    case StartRole:
        return row.start;
    case EndRole:
        return row.end;
    case RegionCodeRole:
        return row.regionCode;
    case KeyRole:
        return row.key;
    case RawValueRole:
        return row.value ? QVariant(*row.value) : QVariant();
    case ConflictRole:
        return row.conflict;
    case ChosenRole:
        return row.chosen;
    case SortRole:
        if (index.column() == ValueColumn)
            return row.value ? *row.value : -std::numeric_limits<double>::infinity();
        if (index.column() == RegionColumn)
            return row.regionCode;
        return data(index, Qt::DisplayRole);
    }
    return {};
}

// FigureColumns names the value, unit and qualifier columns, which stand side by side.
static_assert(ComparisonTableModel::UnitColumn == ComparisonTableModel::ValueColumn + 1 &&
              ComparisonTableModel::QualifierColumn == ComparisonTableModel::ValueColumn + 2);

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (const QString figure = FigureColumns::header(section - ValueColumn); !figure.isEmpty())
        return figure;
    switch (section) {
    case RegionColumn:
        return tr("Region");
    case MetricColumn:
        return tr("Metric");
    case PeriodColumn:
        return tr("Period");
    case ReportColumn:
        return tr("Report");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace rs
