#pragma once

#include "ChartNumber.h"
#include "ComparisonRow.h"

#include <QAbstractTableModel>
#include <QVector>

namespace rs {

// The comparison as a table: one row per region and key as the database aggregated it (or, for a
// region drilled into, one per figure with its report and passage), plus rows for regions that
// report nothing. The chart is built from the same model, so the table and
// the chart never disagree. For each region and key one row is "chosen" (charted): a reviewed value
// first, else the largest figure of the most recent report; when reports disagree the rows are
// flagged as a conflict and the analyst can choose another one.
class ComparisonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RegionColumn,
        MetricColumn,
        ValueColumn,
        UnitColumn,
        QualifierColumn,
        PeriodColumn,
        ReportColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        ArticleIdRole = Qt::UserRole + 1,
        StartRole,
        EndRole,
        RegionCodeRole,
        KeyRole,
        RawValueRole, // double, or invalid when missing
        ConflictRole,
        ChosenRole,
        SortRole // numeric for the value column, text otherwise
    };

    explicit ComparisonTableModel(QObject* parent = nullptr);

    void setRows(const QVector<ComparisonRow>& rows);
    const QVector<ComparisonRow>& rows() const { return m_rows; }
    const ComparisonRow& row(int index) const { return m_rows.at(index); }

    // The aggregated row of a key and region (ComparisonRow::aggregated), -1 when there is none.
    int aggregatedRow(const QString& key, const QString& regionCode) const;
    // Drill-down: replaces the aggregated row at `index` with the region's own figures, which then
    // choose their charted value here (the same one, unless the analyst picks another).
    bool expand(int index, const QVector<ComparisonRow>& figures);
    // Makes `index` the charted value of its region and key; false when the row cannot be charted.
    bool choose(int index);
    // Indexes of the charted rows (and missing rows), in table order.
    QVector<int> chartedRows() const;
    int conflictCount() const; // regions × keys whose reports disagree

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString statusText(const ComparisonRow& row) const;

Q_SIGNALS:
    void choicesChanged();

private:
    void resolveGroups();
    // Picks each key and unit's display scale; true when one changed.
    bool updateScales();
    static QString scaleKey(const ComparisonRow& row);

    QVector<ComparisonRow> m_rows;
    QVector<QVector<int>> m_groups; // rows of one region and key
    QVector<int> m_groupOfRow;
    QHash<int, QPair<bool, bool>> m_aggregateChoice; // row: chosen, conflict as the database gave them
    QHash<QString, ChartNumber::Scale> m_scales;     // by key and unit (scaleKey)
};

} // namespace rs
