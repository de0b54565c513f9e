#pragma once

#include "storage/ArticleStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace rs {

class Gazetteer;

// The report list. Rows are fetched lazily in pages (canFetchMore/fetchMore), so a corpus of
// 100,000 reports opens at once; sorting and filtering are done by the database.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        RegionColumn,
        DateColumn,
        SourceColumn,
        LengthColumn,
        SnippetColumn, // why a report matched the search; empty without one
        ColumnCount
    };
    enum Role
    {
        ArticleIdRole = Qt::UserRole + 1,
        RegionCodeRole,
        SnippetRole
    };
    static constexpr int pageSize = 256;

    ReportTableModel(ArticleStore& store, const Gazetteer& gazetteer, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const ArticleFilter& filter);
    // Search results restrict every filter (region, unknown) and are listed best first until a column
    // header is clicked; snippets (SearchIndex markers) show as the title's tooltip.
    void setSearchResults(const QVector<qint64>& rankedIds, const QHash<qint64, QString>& snippets);
    void clearSearch();
    bool isSearchActive() const { return m_filter.restrictToIds; }
    // The column the rows are sorted by, or -1 while search results are listed best first.
    int sortColumn() const;
    Qt::SortOrder sortOrder() const { return m_order; }
    ArticleFilter filter() const { return m_filter; }
    int totalCount() const { return m_total; }
    qint64 articleId(int row) const;
    // Loads pages until the article is present; returns its row or -1 when it is not in the filter.
    int rowOfArticle(qint64 articleId);

public Q_SLOTS:
    void reload();

private:
    QString regionLabel(const QString& code) const;

    ArticleStore& m_store;
    const Gazetteer& m_gazetteer;
    ArticleFilter m_filter;
    ArticleSort m_sort = ArticleSort::PublishedOn;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QVector<ArticleSummary> m_rows;
    QHash<qint64, QString> m_snippets;
    ArticleSort m_sortBeforeSearch = ArticleSort::PublishedOn;
    Qt::SortOrder m_orderBeforeSearch = Qt::DescendingOrder;
    int m_total = 0;
    bool m_resetting = false;
};

} // namespace rs
