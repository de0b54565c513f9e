#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace rs {

class AnnotationEditor;
class CodebookModel;
class Gazetteer;

// Counts of tags by region: one row per region with annotated reports (county level as stored, unknown
// region last), one column per tag, each cell the passages carrying the tag or one of its sub-tags.
// A tag column can be charted across regions in the comparison pane.
class TagCrossTabModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        RegionCodeRole = Qt::UserRole + 1,
        TagIdRole
    };

    TagCrossTabModel(AnnotationEditor& editor, const CodebookModel& codebook, const Gazetteer& gazetteer,
                     QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 tagAt(int column) const { return m_tagIds.value(column); }
    int count(const QString& regionCode, qint64 tagId) const;

public Q_SLOTS:
    void reload();

private:
    AnnotationEditor& m_editor;
    const CodebookModel& m_codebook;
    const Gazetteer& m_gazetteer;
    QStringList m_regionCodes;
    QVector<qint64> m_tagIds;
    QHash<QString, QHash<qint64, int>> m_counts; // rolled up to each tag from its sub-tags
};

} // namespace rs
