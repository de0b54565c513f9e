#include "CodebookModel.h"

#include "annotations/AnnotationEditor.h"
#include "storage/AnnotationStore.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace rs {

CodebookModel::CodebookModel(AnnotationEditor& editor, QObject* parent)
    : QAbstractItemModel(parent), m_editor(editor)
{
    connect(&m_editor, &AnnotationEditor::codebookChanged, this, &CodebookModel::reload);
    connect(&m_editor, &AnnotationEditor::annotationsChanged, this, &CodebookModel::reload);
    reload();
}

void CodebookModel::reload()
{
    beginResetModel();
    m_tags = m_editor.store().tags();
    m_position.clear();
    m_children.clear();
    m_counts.clear();
    for (int i = 0; i < m_tags.size(); ++i) {
        m_position.insert(m_tags.at(i).id, i);
        m_children[m_tags.at(i).parentId].append(m_tags.at(i).id);
    }
    // The same roll-up as By Region: a tag counts its sub-tags' passages, each passage once.
    const QHash<QString, QHash<qint64, int>> byRegion = m_editor.store().passageCountsByRegion();
    for (const QHash<qint64, int>& counts : byRegion) {
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            m_counts[it.key()] += it.value();
    }
    endResetModel();
}

qint64 CodebookModel::tagId(const QModelIndex& index) const
{
    return index.isValid() ? qint64(index.internalId()) : 0;
}

bool CodebookModel::tag(qint64 tagId, Tag* tag) const
{
    const auto it = m_position.constFind(tagId);
    if (it == m_position.cend())
        return false;
    *tag = m_tags.at(*it);
    return true;
}

QModelIndex CodebookModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != NameColumn))
        return {};
    const QVector<qint64> children = m_children.value(tagId(parent));
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex CodebookModel::parent(const QModelIndex& child) const
{
    Tag tag;
    if (!child.isValid() || !this->tag(tagId(child), &tag) || tag.parentId == 0)
        return {};
    return indexOfTag(tag.parentId);
}

QModelIndex CodebookModel::indexOfTag(qint64 id) const
{
    Tag tag;
    if (!this->tag(id, &tag))
        return {};
    const int row = int(m_children.value(tag.parentId).indexOf(id));
    return createIndex(row, NameColumn, quintptr(id));
}

int CodebookModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    return int(m_children.value(tagId(parent)).size());
}

int CodebookModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant CodebookModel::data(const QModelIndex& index, int role) const
{
    Tag tag;
    if (!index.isValid() || !this->tag(tagId(index), &tag))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == CountColumn)
            return m_counts.value(tag.id);
        return tag.name;
    case Qt::DecorationRole:
    case ColorRole:
        if (index.column() == NameColumn || role == ColorRole)
            return tag.color;
        return {};
    case Qt::ToolTipRole:
        return tag.description.isEmpty() ? path(tag.id) : path(tag.id) + QLatin1Char('\n') + tag.description;
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case TagIdRole:
        return tag.id;
    case PathRole:
        return path(tag.id);
    default:
        return {};
    }
}

bool CodebookModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != NameColumn || role != Qt::EditRole)
        return false;
    return m_editor.renameTag(tagId(index), value.toString()); // the reload follows from the editor's signal
}

QVariant CodebookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Tag") : tr("Passages");
}

Qt::ItemFlags CodebookModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags =
        Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QString CodebookModel::path(qint64 tagId) const
{
    QStringList names;
    Tag tag;
    for (qint64 id = tagId; id != 0 && this->tag(id, &tag) && names.size() <= m_tags.size();
         id = tag.parentId)
        names.prepend(tag.name);
    return names.join(u'/');
}

QVector<QPair<qint64, QString>> CodebookModel::paths() const
{
    QVector<QPair<qint64, QString>> result;
    result.reserve(m_tags.size());
    for (const Tag& tag : m_tags)
        result.append({tag.id, path(tag.id)});
    return result;
}

QStringList CodebookModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData* CodebookModel::mimeData(const QModelIndexList& indexes) const
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    QVector<qint64> ids;
    for (const QModelIndex& index : indexes) {
        if (index.isValid() && !ids.contains(tagId(index)))
            ids.append(tagId(index));
    }
    stream << ids;
    auto* data = new QMimeData;
    data->setData(mimeType(), bytes);
    return data;
}

QVector<qint64> CodebookModel::draggedIds(const QMimeData* data) const
{
    QVector<qint64> ids;
    if (data == nullptr || !data->hasFormat(mimeType()))
        return ids;
    QDataStream stream(data->data(mimeType()));
    stream >> ids;
    return stream.status() == QDataStream::Ok ? ids : QVector<qint64>();
}

bool CodebookModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                    const QModelIndex& parent) const
{
    if (action != Qt::MoveAction)
        return false;
    const QVector<qint64> ids = draggedIds(data);
    const qint64 target = tagId(parent);
    for (qint64 id : ids) {
        if (m_editor.subtree(id).contains(target))
            return false;
    }
    return !ids.isEmpty();
}

bool CodebookModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                 const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const qint64 target = tagId(parent.sibling(parent.row(), NameColumn));
    for (qint64 id : draggedIds(data)) {
        Tag tag;
        if (this->tag(id, &tag) && tag.parentId != target)
            m_editor.moveTag(id, target);
    }
    // The view must not delete the source rows itself: the reload after the move has done it.
    return false;
}

} // namespace rs
