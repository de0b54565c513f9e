#include "TagCrossTabModel.h"

#include "CodebookModel.h"
#include "annotations/AnnotationEditor.h"
#include "comparison/ComparisonSource.h"
#include "gazetteer/Gazetteer.h"
#include "storage/AnnotationStore.h"

#include <algorithm>

namespace rs {

TagCrossTabModel::TagCrossTabModel(AnnotationEditor& editor, const CodebookModel& codebook,
                                   const Gazetteer& gazetteer, QObject* parent)
    : QAbstractTableModel(parent), m_editor(editor), m_codebook(codebook), m_gazetteer(gazetteer)
{
    connect(&m_editor, &AnnotationEditor::codebookChanged, this, &TagCrossTabModel::reload);
    connect(&m_editor, &AnnotationEditor::annotationsChanged, this, &TagCrossTabModel::reload);
    reload();
}

void TagCrossTabModel::reload()
{
    beginResetModel();
    m_tagIds.clear();
    const QVector<Tag> tags = m_editor.store().tags();
    for (const Tag& tag : tags)
        m_tagIds.append(tag.id);
    // Each ancestor counts its sub-tags' passages too, each passage once (the Codebook's rule).
    m_counts = m_editor.store().passageCountsByRegion();
    m_regionCodes = m_counts.keys();
    std::sort(m_regionCodes.begin(), m_regionCodes.end(), [](const QString& a, const QString& b) {
        return a.isEmpty() != b.isEmpty() ? !a.isEmpty() : a < b; // unknown region last
    });
    endResetModel();
}

int TagCrossTabModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_regionCodes.size());
}

int TagCrossTabModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tagIds.size());
}

int TagCrossTabModel::count(const QString& regionCode, qint64 tagId) const
{
    return m_counts.value(regionCode).value(tagId);
}

QVariant TagCrossTabModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_regionCodes.size() || index.column() >= m_tagIds.size())
        return {};
    const QString& code = m_regionCodes.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const int n = count(code, m_tagIds.at(index.column()));
        return n == 0 ? QVariant() : QVariant(n);
    }
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case RegionCodeRole:
        return code;
    case TagIdRole:
        return m_tagIds.at(index.column());
    default:
        return {};
    }
}

QVariant TagCrossTabModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section < m_tagIds.size()) {
        if (role == Qt::DisplayRole)
            return m_codebook.path(m_tagIds.at(section));
        if (role == Qt::DecorationRole)
            return m_codebook.data(m_codebook.indexOfTag(m_tagIds.at(section)), CodebookModel::ColorRole);
        if (role == TagIdRole)
            return m_tagIds.at(section);
        return {};
    }
    if (orientation == Qt::Vertical && section < m_regionCodes.size() && role == Qt::DisplayRole) {
        const QString& code = m_regionCodes.at(section);
        return code.isEmpty() ? tr("Unknown region") : ComparisonSource::regionLabel(m_gazetteer, code);
    }
    return {};
}

} // namespace rs
