#pragma once

#include "domain/Tag.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QVector>

namespace rs {

class AnnotationEditor;

// The codebook as a tree: each tag with its colour, description and the number of annotations
// carrying it. Renaming in place and moving by drag and drop go through the AnnotationEditor, so they
// are undoable like every other codebook action; the model reloads when the editor reports a change.
class CodebookModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CountColumn,
        ColumnCount
    };
    enum Role
    {
        TagIdRole = Qt::UserRole + 1,
        ColorRole,
        PathRole
    };

    explicit CodebookModel(AnnotationEditor& editor, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    QModelIndex indexOfTag(qint64 tagId) const;
    qint64 tagId(const QModelIndex& index) const;
    bool tag(qint64 tagId, Tag* tag) const;
    // "政策/人才补贴"
    QString path(qint64 tagId) const;
    // Every tag, parents before children, with its path: what the tag palette filters.
    QVector<QPair<qint64, QString>> paths() const;

public Q_SLOTS:
    void reload();

private:
    static QString mimeType() { return QStringLiteral("application/x-regionscope-tag-ids"); }
    QVector<qint64> draggedIds(const QMimeData* data) const;

    AnnotationEditor& m_editor;
    QVector<Tag> m_tags;                       // parents before children
    QHash<qint64, int> m_position;             // tag id → index into m_tags
    QHash<qint64, QVector<qint64>> m_children; // parent id (0 = top) → child ids in order
    QHash<qint64, int> m_counts;               // tag id → annotations carrying it
};

} // namespace rs
