#pragma once

#include "storage/ArticleStore.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace rs {

class Gazetteer;

// Province → city → county tree of the regions that have reports, with report counts summed up
// the tree, an "All reports" node first and an "Unknown region" node last. Names in pinyin order.
class RegionTreeModel : public QAbstractItemModel
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
        RegionCodeRole = Qt::UserRole + 1,
        ScopeRole,
        CountRole
    };

    RegionTreeModel(ArticleStore& store, const Gazetteer& gazetteer, QObject* parent = nullptr);
    ~RegionTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    ArticleFilter filterFor(const QModelIndex& index) const;
    // Counts only the reports a search or tag filter lets through (its region scope is ignored); the
    // tree keeps every region, so the analyst's place in it stays.
    void setCountFilter(const ArticleFilter& filter);
    bool isCountFiltered() const;
    QModelIndex indexOfRegion(const QString& code) const;

public Q_SLOTS:
    void reload();

private:
    struct Node;
    Node* nodeFor(const QModelIndex& index) const;
    QModelIndex indexOfNode(const Node* node) const;
    void applyCounts(const QHash<QString, int>& counts);

    ArticleStore& m_store;
    const Gazetteer& m_gazetteer;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node*> m_byCode;
    ArticleFilter m_countFilter;
};

} // namespace rs
