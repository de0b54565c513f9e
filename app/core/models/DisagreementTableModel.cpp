#include "DisagreementTableModel.h"

#include <QColor>
#include <QFont>

namespace rs {

DisagreementTableModel::DisagreementTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void DisagreementTableModel::setResult(const AgreementResult& result, qint64 tagId)
{
    beginResetModel();
    m_coders = result.coders;
    m_rows.clear();
    for (const Disagreement& disagreement : result.disagreements) {
        if (tagId == 0 || disagreement.tagId == tagId)
            m_rows.append(disagreement);
    }
    endResetModel();
}

void DisagreementTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_coders.clear();
    endResetModel();
}

int DisagreementTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisagreementTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstCoderColumn + int(m_coders.size());
}

const Disagreement* DisagreementTableModel::disagreement(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant DisagreementTableModel::data(const QModelIndex& index, int role) const
{
    const Disagreement* d = disagreement(index.row());
    if (!d || index.column() < 0 || index.column() >= columnCount())
        return {};
    const int coder = index.column() - FirstCoderColumn;
    const bool tookPart = coder < 0 || d->coded.value(coder);
    const QString coded = coder >= 0 ? d->codedText.value(coder) : QString();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ReportColumn:
            return d->articleTitle.isEmpty() ? tr("Report %1").arg(d->articleId) : d->articleTitle;
        case TagColumn:
            return d->tagPath;
        case PassageColumn:
            return d->text;
        default:
            if (!tookPart)
                return tr("(did not code this report)");
            return coded.isEmpty() ? tr("(not coded)") : coded;
        }
    case Qt::ForegroundRole:
        return coder >= 0 && coded.isEmpty() ? QVariant(QColor(Qt::gray)) : QVariant();
    case Qt::FontRole:
        if (coder >= 0 && coded.isEmpty()) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case ArticleIdRole:
        return d->articleId;
    case StartRole:
        return d->start;
    case EndRole:
        return d->end;
    default:
        return {};
    }
}

QVariant DisagreementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReportColumn:
        return tr("Report");
    case TagColumn:
        return tr("Tag");
    case PassageColumn:
        return tr("Passage");
    default:
        return m_coders.value(section - FirstCoderColumn);
    }
}

} // namespace rs
