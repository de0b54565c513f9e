#include "MetricTableModel.h"

#include "metrics/Taxonomy.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace rs {

MetricTableModel::MetricTableModel(const Taxonomy& taxonomy, QObject* parent)
    : QAbstractTableModel(parent), m_taxonomy(taxonomy)
{}

void MetricTableModel::setMetrics(const QVector<ReviewedMetric>& metrics)
{
    beginResetModel();
    m_metrics = metrics;
    endResetModel();
}

int MetricTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_metrics.size());
}

int MetricTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MetricTableModel::qualifierLabel(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Approx:
        return tr("about");
    case Qualifier::AtLeast:
        return tr("at least");
    case Qualifier::AtMost:
        return tr("at most");
    case Qualifier::Max:
        return tr("max");
    case Qualifier::Range:
        return tr("range");
    case Qualifier::Exact:
        break;
    }
    return tr("exact");
}

QString MetricTableModel::statusLabel(ReviewedMetric::Status status)
{
    switch (status) {
    case ReviewedMetric::Status::Machine:
        return tr("to review");
    case ReviewedMetric::Status::Confirmed:
        return tr("confirmed");
    case ReviewedMetric::Status::Corrected:
        return tr("corrected");
    case ReviewedMetric::Status::Rejected:
        return tr("rejected");
    case ReviewedMetric::Status::Added:
        return tr("added");
    }
    return QString();
}

QString MetricTableModel::keyLabel(const QString& key) const
{
    if (key.isEmpty())
        return QString();
    const Taxonomy::Entry* entry = m_taxonomy.entry(key);
    if (!entry)
        return key;
    const bool chinese = QLocale().language() == QLocale::Chinese;
    return chinese ? entry->zh : entry->en;
}

QVariant MetricTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_metrics.size())
        return QVariant();
    const ReviewedMetric& reviewed = m_metrics.at(index.row());
    const Metric& m = reviewed.metric;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QuoteColumn:
            return m.quote;
        case ValueColumn:
            if (m.qualifier == Qualifier::Range && m.low && m.high)
                return QStringLiteral("%1–%2").arg(QLocale().toString(*m.low, 'g', 15),
                                                   QLocale().toString(*m.high, 'g', 15));
            return QLocale().toString(m.value, 'g', 15);
        case UnitColumn:
            return m.unit;
        case QualifierColumn:
            return qualifierLabel(m.qualifier);
        case SubjectColumn:
            return m.subject;
        case KeyColumn:
            return keyLabel(m.key);
        case PeriodColumn:
            if (m.isTarget)
                return m.period.isEmpty() ? tr("target, no year given") : tr("%1 (target)").arg(m.period);
            return m.period;
        case StatusColumn:
            return statusLabel(reviewed.status);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == KeyColumn)
            return m.key;
        break;
    case Qt::FontRole:
        if (reviewed.status == ReviewedMetric::Status::Rejected) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (reviewed.status == ReviewedMetric::Status::Rejected)
            return QColor(0x80, 0x80, 0x80);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case StartRole:
        return m.start;
    case EndRole:
        return m.end;
    case StatusRole:
        return int(reviewed.status);
    }
    return QVariant();
}

QVariant MetricTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuoteColumn:
        return tr("Text");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case QualifierColumn:
        return tr("Qualifier");
    case SubjectColumn:
        return tr("Counts");
    case KeyColumn:
        return tr("Metric");
    case PeriodColumn:
        return tr("Year");
    case StatusColumn:
        return tr("Status");
    }
    return QVariant();
}

} // namespace rs
