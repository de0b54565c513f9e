#include "RankingTableModel.h"

#include "util/CsvText.h"

#include "comparison/ChartNumber.h"
#include "export/XlsxWriter.h"

#include <QHash>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace rs {
namespace {} // namespace

RankingTableModel::RankingTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RankingTableModel::setRows(const QVector<ComparisonRow>& rows, const QString& period,
                                const QString& previousPeriod)
{
    beginResetModel();
    m_entries.clear();
    QString key;
    m_unit.clear();
    QSet<QString> periods;
    for (const ComparisonRow& row : rows) {
        if (!row.isCandidate() || !row.chosen)
            continue;
        if (key.isEmpty()) {
            key = row.key;
            m_unit = row.unit;
        }
        if (row.key == key && row.unit == m_unit)
            periods.insert(row.period);
    }
    QStringList sorted(periods.cbegin(), periods.cend());
    std::sort(sorted.begin(), sorted.end());
    m_period = period.isEmpty() ? sorted.value(sorted.size() - 1) : period;
    m_previousPeriod = previousPeriod;
    if (m_previousPeriod.isEmpty()) {
        for (const QString& p : std::as_const(sorted)) {
            if (p < m_period)
                m_previousPeriod = p; // the latest before
        }
    }
    QHash<QString, const ComparisonRow*> current;
    QHash<QString, const ComparisonRow*> previous;
    for (const ComparisonRow& row : rows) {
        if (!row.isCandidate() || !row.chosen || row.key != key || row.unit != m_unit)
            continue;
        if (row.period == m_period)
            current.insert(row.regionCode, &row);
        else if (!m_previousPeriod.isEmpty() && row.period == m_previousPeriod)
            previous.insert(row.regionCode, &row);
    }
    // Competition ranks: equal values share a rank, the next one skips.
    const auto ranks = [](const QHash<QString, const ComparisonRow*>& byCode) {
        QVector<QPair<double, QString>> ordered;
        for (auto it = byCode.cbegin(); it != byCode.cend(); ++it)
            ordered.append({*it.value()->value, it.key()});
        std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        QHash<QString, int> result;
        for (int i = 0; i < ordered.size(); ++i) {
            const int rank = i > 0 && ordered.at(i).first == ordered.at(i - 1).first
                                 ? result.value(ordered.at(i - 1).second)
                                 : i + 1;
            result.insert(ordered.at(i).second, rank);
        }
        return result;
    };
    const QHash<QString, int> currentRanks = ranks(current);
    const QHash<QString, int> previousRanks = ranks(previous);
    double largest = 0.0;
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        const ComparisonRow& row = *it.value();
        Entry entry;
        entry.regionCode = row.regionCode;
        entry.label = row.regionLabel;
        entry.value = *row.value;
        largest = std::max(largest, std::abs(entry.value));
        if (const ComparisonRow* before = previous.value(row.regionCode))
            entry.previous = before->value;
        entry.rank = currentRanks.value(row.regionCode);
        entry.previousRank = previousRanks.value(row.regionCode, 0);
        entry.source.articleId = row.articleId;
        entry.source.start = row.start;
        entry.source.end = row.end;
        entry.source.quote = row.quote;
        entry.source.report = row.reportTitle;
        m_entries.append(entry);
    }
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) {
        return a.rank != b.rank ? a.rank < b.rank : a.regionCode < b.regionCode;
    });
    m_scale = ChartNumber::scaleFor(m_unit, largest); // the display unit charts would choose
    endResetModel();
}

int RankingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RankingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RankingTableModel::sortValue(const Entry& entry, int column) const
{
    switch (column) {
    case RankColumn:
        return entry.rank;
    case RegionColumn:
        return entry.label;
    case ValueColumn:
        return entry.value;
    case PreviousColumn:
        return entry.previous ? QVariant(*entry.previous) : QVariant();
    case ChangeColumn:
        return entry.previous ? QVariant(entry.value - *entry.previous) : QVariant();
    case ChangePercentColumn:
        return entry.previous && *entry.previous != 0.0
                   ? QVariant((entry.value - *entry.previous) / std::abs(*entry.previous) * 100.0)
                   : QVariant();
    case RankChangeColumn:
        return entry.previousRank > 0 ? QVariant(entry.previousRank - entry.rank) : QVariant();
    default:
        return QVariant();
    }
}

QVariant RankingTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const Entry& entry = m_entries.at(index.row());
    const QVariant value = sortValue(entry, index.column());
    switch (role) {
    case SortRole:
        return value;
    case RegionCodeRole:
        return entry.regionCode;
    case ArticleIdRole:
        return entry.source.articleId;
    case StartRole:
        return entry.source.start;
    case EndRole:
        return entry.source.end;
    case Qt::TextAlignmentRole:
        return index.column() == RegionColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        return index.column() == ValueColumn
                   ? entry.source.quote + QStringLiteral(" — ") + entry.source.report
                   : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    if (!value.isValid())
        return index.column() == RankChangeColumn ? tr("new") : QStringLiteral("—");
    switch (index.column()) {
    case ValueColumn:
    case PreviousColumn:
    case ChangeColumn: {
        // In the scale and with the decimals a chart of these values shows.
        const QString text = ChartNumber::format(value.toDouble(), m_scale);
        return index.column() == ChangeColumn && value.toDouble() > 0 ? QLatin1Char('+') + text : text;
    }
    case ChangePercentColumn:
        return QStringLiteral("%1%2%")
            .arg(value.toDouble() > 0 ? QStringLiteral("+") : QString())
            .arg(value.toDouble(), 0, 'f', 1);
    case RankChangeColumn: {
        const int moved = value.toInt();
        return moved > 0   ? QStringLiteral("▲%1").arg(moved)
               : moved < 0 ? QStringLiteral("▼%1").arg(-moved)
                           : QStringLiteral("=");
    }
    default:
        return value;
    }
}

QVariant RankingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case RegionColumn:
        return tr("Region");
    case ValueColumn:
        return tr("%1 (%2)").arg(m_period, m_scale.unitLabel);
    case PreviousColumn:
        return tr("%1 (%2)").arg(m_previousPeriod.isEmpty() ? tr("Previous") : m_previousPeriod,
                                 m_scale.unitLabel);
    case ChangeColumn:
        return tr("Change");
    case ChangePercentColumn:
        return tr("Change %");
    case RankChangeColumn:
        return tr("Rank change");
    default:
        return QVariant();
    }
}

void RankingTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged();
    std::stable_sort(m_entries.begin(), m_entries.end(), [&](const Entry& a, const Entry& b) {
        const QVariant va = sortValue(a, column);
        const QVariant vb = sortValue(b, column);
        if (va.isValid() != vb.isValid())
            return va.isValid(); // empty cells last in either order
        if (!va.isValid())
            return false;
        const bool less =
            column == RegionColumn ? va.toString() < vb.toString() : va.toDouble() < vb.toDouble();
        const bool greater =
            column == RegionColumn ? vb.toString() < va.toString() : vb.toDouble() < va.toDouble();
        return order == Qt::AscendingOrder ? less : greater;
    });
    Q_EMIT layoutChanged();
}

ExportTable RankingTableModel::table(const QString& name) const
{
    ExportTable table;
    table.name = name;
    table.headers = {tr("Rank"),
                     tr("Region"),
                     tr("Region code"),
                     tr("Value %1").arg(m_period),
                     tr("Value %1").arg(m_previousPeriod),
                     tr("Change"),
                     tr("Change %"),
                     tr("Rank %1").arg(m_previousPeriod),
                     tr("Rank change"),
                     tr("Unit"),
                     tr("Report"),
                     tr("Report ID")};
    for (const Entry& entry : m_entries) {
        QVector<QVariant> row;
        row << entry.rank << entry.label << entry.regionCode << entry.value
            << (entry.previous ? QVariant(*entry.previous) : QVariant()) << sortValue(entry, ChangeColumn)
            << sortValue(entry, ChangePercentColumn)
            << (entry.previousRank > 0 ? QVariant(entry.previousRank) : QVariant())
            << sortValue(entry, RankChangeColumn) << m_unit << entry.source.report
            << (entry.source.articleId > 0 ? QVariant(entry.source.articleId) : QVariant());
        table.rows.append(row);
    }
    return table;
}

bool RankingTableModel::write(const QString& path, bool xlsx, QString* error) const
{
    if (m_entries.isEmpty()) {
        *error = tr("nothing to export: no region is ranked");
        return false;
    }
    if (xlsx)
        return XlsxWriter::write(path, {}, {table(tr("Ranking %1").arg(m_period))}, error);
    const QByteArray bytes = csv();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray RankingTableModel::csv() const
{
    QString text =
        QStringLiteral("rank,region_code,region,period,value,previous_period,previous_value,change,"
                       "change_percent,previous_rank,rank_change,unit,report_id,report,quote\r\n");
    const auto number = [](const QVariant& v) {
        return v.isValid() ? QString::number(v.toDouble(), 'g', 15) : QString();
    };
    for (const Entry& entry : m_entries) {
        const QStringList fields{QString::number(entry.rank),
                                 entry.regionCode,
                                 entry.label,
                                 m_period,
                                 QString::number(entry.value, 'g', 15),
                                 m_previousPeriod,
                                 number(sortValue(entry, PreviousColumn)),
                                 number(sortValue(entry, ChangeColumn)),
                                 number(sortValue(entry, ChangePercentColumn)),
                                 entry.previousRank > 0 ? QString::number(entry.previousRank) : QString(),
                                 number(sortValue(entry, RankChangeColumn)),
                                 m_unit,
                                 entry.source.articleId > 0 ? QString::number(entry.source.articleId)
                                                            : QString(),
                                 entry.source.report,
                                 entry.source.quote};
        text += CsvText::row(fields);
    }
    return CsvText::document(text);
}

} // namespace rs
