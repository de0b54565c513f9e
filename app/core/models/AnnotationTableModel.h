#pragma once

#include "storage/AnnotationStore.h"

#include <QAbstractTableModel>

namespace rs {

class AnnotationEditor;
class CodebookModel;
class Gazetteer;

// The annotations browser's rows: every annotation matching a filter across the corpus, with its
// quote in context, tags, note, status, author and report. Reloads when the editor changes anything.
class AnnotationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        QuoteColumn,
        TagsColumn,
        NoteColumn,
        StatusColumn,
        AuthorColumn,
        ReportColumn,
        RegionColumn,
        DateColumn,
        ColumnCount
    };
    enum Role
    {
        AnnotationIdRole = Qt::UserRole + 1,
        ArticleIdRole,
        StartRole,
        EndRole,
        OrphanedRole
    };

    AnnotationTableModel(AnnotationEditor& editor, const CodebookModel& codebook, const Gazetteer& gazetteer,
                         QObject* parent = nullptr);

    void setFilter(const AnnotationFilter& filter);
    const AnnotationFilter& filter() const { return m_filter; }
    const AnnotationRow& row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "…prefix【quote】suffix…" on one line, the context cut to `context` characters either side and
    // a quote longer than maxQuote shortened in the middle.
    static QString quoteInContext(const TextAnchor& anchor, int context = 8, int maxQuote = 60);

public Q_SLOTS:
    void reload();

private:
    QString tagList(const Annotation& annotation) const;

    AnnotationEditor& m_editor;
    const CodebookModel& m_codebook;
    const Gazetteer& m_gazetteer;
    AnnotationFilter m_filter;
    QVector<AnnotationRow> m_rows;
};

} // namespace rs
