#pragma once

#include "comparison/ChartData.h"
#include "comparison/ComparisonRow.h"
#include "export/ExportTable.h"

#include <QAbstractTableModel>
#include <QVector>

#include <optional>

namespace rs {

// The ranking analysts present: each region's rank by a metric in one year, its value, the change
// against the previous year with data and how many places it moved. Ties share a rank (1, 1, 3).
// Sortable by any column (numbers as numbers); exportable as a table (CSV, XLSX).
class RankingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RankColumn,
        RegionColumn,
        ValueColumn,
        PreviousColumn,
        ChangeColumn,
        ChangePercentColumn,
        RankChangeColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // numeric where the column is
        RegionCodeRole,
        ArticleIdRole,
        StartRole,
        EndRole
    };
    struct Entry
    {
        QString regionCode;
        QString label;
        double value = 0.0;
        std::optional<double> previous;
        int rank = 0;
        int previousRank = 0; // 0: not ranked the previous year
        ChartValueSource source;
    };

    explicit RankingTableModel(QObject* parent = nullptr);

    // Ranks the charted rows of the first key in `period` against those in `previousPeriod` (rows of
    // several years, as TrendSource gives them). Empty periods: the latest year and the one before it.
    void setRows(const QVector<ComparisonRow>& rows, const QString& period = QString(),
                 const QString& previousPeriod = QString());
    const QVector<Entry>& entries() const { return m_entries; }
    QString period() const { return m_period; }
    QString previousPeriod() const { return m_previousPeriod; }
    QString unit() const { return m_unit; }
    // Shown values are raw / divisor with unitLabel ("万元"), chosen by magnitude as charts do.
    double divisor() const { return m_divisor; }
    QString unitLabel() const { return m_unitLabel; }

    ExportTable table(const QString& name) const;
    QByteArray csv() const; // UTF-8 with BOM
    // Writes the CSV or an XLSX workbook of table(); false with a message (path untouched) on failure.
    bool write(const QString& path, bool xlsx, QString* error) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant sortValue(const Entry& entry, int column) const;

    QVector<Entry> m_entries;
    QString m_period;
    QString m_previousPeriod;
    QString m_unit;
    QString m_unitLabel;
    double m_divisor = 1.0;
};

} // namespace rs
