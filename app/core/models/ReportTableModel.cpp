#include "ReportTableModel.h"

#include "gazetteer/Gazetteer.h"
#include "storage/SearchIndex.h"

#include <QLocale>

namespace rs {

ReportTableModel::ReportTableModel(ArticleStore& store, const Gazetteer& gazetteer, QObject* parent)
    : QAbstractTableModel(parent), m_store(store), m_gazetteer(gazetteer)
{
    reload();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReportTableModel::regionLabel(const QString& code) const
{
    if (code.isEmpty())
        return tr("Unknown");
    QStringList path = m_gazetteer.namePath(code);
    if (path.size() > 2)
        path.removeFirst(); // the province is in the tooltip; city and county identify a district
    return path.isEmpty() ? code : path.join(QLatin1Char(' '));
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const ArticleSummary& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return row.title;
        case RegionColumn:
            return regionLabel(row.regionCode);
        case DateColumn:
            return row.publishedOn.isValid() ? QLocale().toString(row.publishedOn, QLocale::ShortFormat)
                                             : QString();
        case SourceColumn:
            return row.source;
        case LengthColumn:
            return QLocale().toString(row.charCount);
        case SnippetColumn:
            return SearchIndex::plain(m_snippets.value(row.id)).simplified();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == RegionColumn)
            return row.regionCode.isEmpty() ? tr("Region not detected; set it from the reader")
                                            : m_gazetteer.namePath(row.regionCode).join(QLatin1Char(' '));
        if (index.column() == SourceColumn)
            return row.source;
        if (index.column() == TitleColumn || index.column() == SnippetColumn) {
            const QString snippet = m_snippets.value(row.id);
            if (snippet.isEmpty())
                return row.title;
            return QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                .arg(row.title.toHtmlEscaped(),
                     SearchIndex::highlighted(snippet.toHtmlEscaped(),
                                              QStringLiteral("<span style=\"background:#fde68a\">"),
                                              QStringLiteral("</span>")));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == LengthColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ArticleIdRole:
        return row.id;
    case RegionCodeRole:
        return row.regionCode;
    case SnippetRole:
        return m_snippets.value(row.id);
    }
    return QVariant();
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case RegionColumn:
        return tr("Region");
    case DateColumn:
        return tr("Date");
    case SourceColumn:
        return tr("Source");
    case LengthColumn:
        return tr("Length");
    case SnippetColumn:
        return tr("Match");
    }
    return QVariant();
}

bool ReportTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void ReportTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_resetting) {
        // Views react to modelReset by fetching; inserting rows inside that notification would
        // nest a row insertion in the reset, so fetch once the reset has been delivered.
        QMetaObject::invokeMethod(
            this, [this] { fetchMore(QModelIndex()); }, Qt::QueuedConnection);
        return;
    }
    const QVector<ArticleSummary> page =
        m_store.page(m_filter, m_sort, m_order, int(m_rows.size()), pageSize);
    if (page.isEmpty()) {
        // The table shrank under us (another writer); stop offering more rows.
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

void ReportTableModel::sort(int column, Qt::SortOrder order)
{
    static const ArticleSort byColumn[ColumnCount] = {ArticleSort::Title,       ArticleSort::Region,
                                                      ArticleSort::PublishedOn, ArticleSort::Source,
                                                      ArticleSort::Length,      ArticleSort::Relevance};
    if (column < 0 || column >= ColumnCount)
        return;
    if (byColumn[column] == ArticleSort::Relevance && !m_filter.restrictToIds)
        return;
    m_sort = byColumn[column];
    m_order = order;
    reload();
}

void ReportTableModel::setFilter(const ArticleFilter& filter)
{
    const bool searching = m_filter.restrictToIds;
    const QVector<qint64> ids = m_filter.ids;
    m_filter = filter;
    m_filter.restrictToIds = searching;
    m_filter.ids = ids;
    reload();
}

void ReportTableModel::setSearchResults(const QVector<qint64>& rankedIds,
                                        const QHash<qint64, QString>& snippets)
{
    if (!m_filter.restrictToIds) {
        m_sortBeforeSearch = m_sort;
        m_orderBeforeSearch = m_order;
    }
    m_filter.restrictToIds = true;
    m_filter.ids = rankedIds;
    m_snippets = snippets;
    m_sort = ArticleSort::Relevance;
    m_order = Qt::AscendingOrder;
    reload();
}

void ReportTableModel::clearSearch()
{
    if (!m_filter.restrictToIds)
        return;
    m_filter.restrictToIds = false;
    m_filter.ids.clear();
    m_snippets.clear();
    m_sort = m_sortBeforeSearch;
    m_order = m_orderBeforeSearch;
    reload();
}

void ReportTableModel::reload()
{
    m_resetting = true;
    beginResetModel();
    m_rows = m_store.page(m_filter, m_sort, m_order, 0, pageSize);
    m_total = qMax(int(m_rows.size()), m_store.count(m_filter));
    endResetModel();
    m_resetting = false;
}

int ReportTableModel::sortColumn() const
{
    switch (m_sort) {
    case ArticleSort::Title:
        return TitleColumn;
    case ArticleSort::Region:
        return RegionColumn;
    case ArticleSort::PublishedOn:
        return DateColumn;
    case ArticleSort::Source:
        return SourceColumn;
    case ArticleSort::Length:
        return LengthColumn;
    case ArticleSort::Relevance:
    case ArticleSort::Id:
        break;
    }
    return -1;
}

qint64 ReportTableModel::articleId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ReportTableModel::rowOfArticle(qint64 articleId)
{
    int scanned = 0;
    for (;;) {
        for (; scanned < m_rows.size(); ++scanned) {
            if (m_rows.at(scanned).id == articleId)
                return scanned;
        }
        if (!canFetchMore(QModelIndex()) || m_resetting)
            return -1;
        fetchMore(QModelIndex());
    }
}

} // namespace rs
