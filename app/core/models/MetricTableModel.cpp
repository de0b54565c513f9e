#include "MetricTableModel.h"

#include "metrics/FigureColumns.h"
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

QString MetricTableModel::reasonText(const QString& reason)
{
    const qsizetype colon = reason.indexOf(QLatin1Char(':'));
    const QString place = reason.left(colon);
    const QString cue = colon < 0 ? QString() : reason.mid(colon + 1);
    if (place == QLatin1String("phrase"))
        return tr("Chosen for “%1” in the phrase before the number.").arg(cue);
    if (place == QLatin1String("after"))
        return tr("Chosen for “%1” in the words after the number.").arg(cue);
    if (place == QLatin1String("clause"))
        return tr("Chosen for “%1” in the number's clause.").arg(cue);
    if (place == QLatin1String("list"))
        return tr("Chosen for “%1”, named after the list the number belongs to.").arg(cue);
    if (place == QLatin1String("training"))
        return tr("Chosen because “%1” are trained or study here.").arg(cue);
    if (place == QLatin1String("fallback"))
        return tr("No cue names it: a percentage is read as a share.");
    if (place == QLatin1String("list-next"))
        return tr("Shares the key of the next figure in its list (%1).").arg(cue);
    if (place == QLatin1String("list-previous"))
        return tr("A part or total of the figure before it (%1).").arg(cue);
    return reason;
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
            if (!m.subKey.isEmpty() && m_taxonomy.entry(m.key))
                return m_taxonomy.label(m.key, m.subKey, QLocale().language() == QLocale::Chinese);
            return keyLabel(m.key);
        case PeriodColumn:
            if (m.isTarget)
                return m.period.isEmpty() ? tr("target, no year given") : tr("%1 (target)").arg(m.period);
            if (m.periodByReport && !m.period.isEmpty())
                return tr("%1 (dated by report)").arg(m.period);
            return m.period;
        case StatusColumn:
            return statusLabel(reviewed.status);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == KeyColumn) {
            // The key, its finer kind and why it was chosen (the cue and where it was read).
            QString tip = m.subKey.isEmpty() ? m.key : m.key + QStringLiteral(" › ") + m.subKey;
            if (!m.reason.isEmpty())
                tip += QLatin1Char('\n') + reasonText(m.reason);
            return tip;
        }
        if (index.column() == PeriodColumn && m.periodByReport)
            return tr("The figure names no year of its own: the year is its report's (publication date, "
                      "else the year the report says it covers).");
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

// FigureColumns names the value, unit and qualifier columns, which stand side by side.
static_assert(MetricTableModel::UnitColumn == MetricTableModel::ValueColumn + 1 &&
              MetricTableModel::QualifierColumn == MetricTableModel::ValueColumn + 2);

QVariant MetricTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (const QString figure = FigureColumns::header(section - ValueColumn); !figure.isEmpty())
        return figure;
    switch (section) {
    case QuoteColumn:
        return tr("Text");
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
