#pragma once

#include "domain/MetricReview.h"

#include <QAbstractTableModel>
#include <QVector>

namespace rs {

class Taxonomy;

// The figures of one report as the analyst reviews them: machine output with decisions applied,
// rejected figures included (shown struck out) so a rejection can be seen and undone.
class MetricTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        QuoteColumn,
        ValueColumn,
        UnitColumn,
        QualifierColumn,
        SubjectColumn,
        KeyColumn,
        PeriodColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        StartRole = Qt::UserRole + 1,
        EndRole,
        StatusRole
    };

    explicit MetricTableModel(const Taxonomy& taxonomy, QObject* parent = nullptr);

    void setMetrics(const QVector<ReviewedMetric>& metrics);
    const ReviewedMetric& metricAt(int row) const { return m_metrics.at(row); }
    const QVector<ReviewedMetric>& metrics() const { return m_metrics; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString qualifierLabel(Qualifier qualifier);
    static QString statusLabel(ReviewedMetric::Status status);

private:
    QString keyLabel(const QString& key) const;
    // A figure's key reason ("phrase:培训", Metric::reason) in words, for the Key column's tooltip.
    static QString reasonText(const QString& reason);

    const Taxonomy& m_taxonomy;
    QVector<ReviewedMetric> m_metrics;
};

} // namespace rs
