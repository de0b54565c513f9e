#include "AnnotationTableModel.h"

#include "CodebookModel.h"
#include "annotations/AnnotationEditor.h"
#include "gazetteer/Gazetteer.h"

#include <QLocale>

namespace rs {

AnnotationTableModel::AnnotationTableModel(AnnotationEditor& editor, const CodebookModel& codebook,
                                           const Gazetteer& gazetteer, QObject* parent)
    : QAbstractTableModel(parent), m_editor(editor), m_codebook(codebook), m_gazetteer(gazetteer)
{
    connect(&m_editor, &AnnotationEditor::codebookChanged, this, &AnnotationTableModel::reload);
    connect(&m_editor, &AnnotationEditor::annotationsChanged, this, &AnnotationTableModel::reload);
    reload();
}

void AnnotationTableModel::setFilter(const AnnotationFilter& filter)
{
    m_filter = filter;
    reload();
}

void AnnotationTableModel::reload()
{
    beginResetModel();
    m_rows = m_editor.store().find(m_filter);
    endResetModel();
}

int AnnotationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnotationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AnnotationTableModel::quoteInContext(const TextAnchor& anchor, int context, int maxQuote)
{
    // One line: paragraph breaks become spaces, and a long quote keeps its start and end.
    const auto oneLine = [](QString text) { return text.replace(u'\n', u' '); };
    const QString before = anchor.prefix.right(context);
    const QString after = anchor.suffix.left(context);
    QString quote = anchor.quote;
    if (quote.size() > maxQuote)
        quote = quote.left(maxQuote * 2 / 3) + QStringLiteral("…") + quote.right(maxQuote / 3);
    return oneLine((before.size() < anchor.prefix.size() ? QStringLiteral("…") : QString()) + before +
                   QStringLiteral("【") + quote + QStringLiteral("】") + after +
                   (after.size() < anchor.suffix.size() ? QStringLiteral("…") : QString()));
}

QString AnnotationTableModel::tagList(const Annotation& annotation) const
{
    QStringList paths;
    for (qint64 id : annotation.tagIds)
        paths << m_codebook.path(id);
    return paths.join(QStringLiteral(", "));
}

QVariant AnnotationTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AnnotationRow& row = m_rows.at(index.row());
    const Annotation& a = row.annotation;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QuoteColumn:
            return (a.orphaned ? tr("[orphaned] ") : QString()) + quoteInContext(a.anchor);
        case TagsColumn:
            return tagList(a);
        case NoteColumn:
            return a.note;
        case StatusColumn:
            return Annotation::statusLabel(a.status);
        case AuthorColumn:
            return a.author;
        case ReportColumn:
            return row.articleTitle;
        case RegionColumn:
            return row.regionCode.isEmpty() ? tr("Unknown region") : m_gazetteer.region(row.regionCode).name;
        case DateColumn:
            return row.publishedOn.isValid() ? QLocale().toString(row.publishedOn, QLocale::ShortFormat)
                                             : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == QuoteColumn)
            return a.anchor.prefix + QStringLiteral("【") + a.anchor.quote + QStringLiteral("】") +
                   a.anchor.suffix;
        if (index.column() == NoteColumn)
            return a.note;
        return {};
    case Qt::DecorationRole:
        if (index.column() == TagsColumn && !a.tagIds.isEmpty())
            return m_codebook.data(m_codebook.indexOfTag(a.tagIds.first()), CodebookModel::ColorRole);
        return {};
    case AnnotationIdRole:
        return a.id;
    case ArticleIdRole:
        return a.articleId;
    case StartRole:
        return a.anchor.start;
    case EndRole:
        return a.anchor.end;
    case OrphanedRole:
        return a.orphaned;
    default:
        return {};
    }
}

QVariant AnnotationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QuoteColumn:
        return tr("Passage");
    case TagsColumn:
        return tr("Tags");
    case NoteColumn:
        return tr("Note");
    case StatusColumn:
        return tr("Status");
    case AuthorColumn:
        return tr("Author");
    case ReportColumn:
        return tr("Report");
    case RegionColumn:
        return tr("Region");
    case DateColumn:
        return tr("Date");
    default:
        return {};
    }
}

} // namespace rs
