#include "RegionTreeModel.h"

#include "gazetteer/Gazetteer.h"
#include "util/PinyinCollator.h"

#include <QHash>

#include <functional>

#include <algorithm>

namespace rs {

struct RegionTreeModel::Node
{
    enum class Kind
    {
        Root,
        All,
        Region,
        Unknown
    };
    Kind kind = Kind::Root;
    QString code;
    QString name;
    int count = 0;
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }

    Node* addChild(Kind childKind, const QString& childCode, const QString& childName)
    {
        auto child = std::make_unique<Node>();
        child->kind = childKind;
        child->code = childCode;
        child->name = childName;
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }
};

RegionTreeModel::RegionTreeModel(ArticleStore& store, const Gazetteer& gazetteer, QObject* parent)
    : QAbstractItemModel(parent), m_store(store), m_gazetteer(gazetteer), m_root(std::make_unique<Node>())
{
    reload();
}

RegionTreeModel::~RegionTreeModel() = default;

void RegionTreeModel::reload()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    const QHash<QString, int> counts = m_store.countsByRegion();

    int total = 0;
    int unknown = 0;
    QHash<QString, Node*> byCode;
    // Creates the node for a code and its ancestors on demand.
    std::function<Node*(const QString&)> nodeForCode = [&](const QString& code) -> Node* {
        if (Node* existing = byCode.value(code))
            return existing;
        const Region region = m_gazetteer.region(code);
        Node* parentNode = m_root.get();
        if (region.level == Region::Level::County && !region.cityCode.isEmpty() &&
            m_gazetteer.region(region.cityCode).isValid())
            parentNode = nodeForCode(region.cityCode);
        else if (region.level != Region::Level::Province && !region.provinceCode.isEmpty())
            parentNode = nodeForCode(region.provinceCode);
        Node* node = parentNode->addChild(Node::Kind::Region, code, region.isValid() ? region.name : code);
        byCode.insert(code, node);
        return node;
    };
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        total += it.value();
        if (it.key().isEmpty()) {
            unknown += it.value();
            continue;
        }
        for (Node* node = nodeForCode(it.key()); node && node != m_root.get(); node = node->parent)
            node->count += it.value();
    }
    m_byCode = byCode;

    const PinyinCollator collator;
    std::function<void(Node*)> sortChildren = [&](Node* node) {
        std::sort(node->children.begin(), node->children.end(),
                  [&](const std::unique_ptr<Node>& a, const std::unique_ptr<Node>& b) {
                      return collator.compare(a->name, b->name) < 0;
                  });
        for (auto& child : node->children)
            sortChildren(child.get());
    };
    sortChildren(m_root.get());

    auto all = std::make_unique<Node>();
    all->kind = Node::Kind::All;
    all->count = total;
    all->parent = m_root.get();
    m_root->children.insert(m_root->children.begin(), std::move(all));
    if (unknown > 0)
        m_root->addChild(Node::Kind::Unknown, QString(), QString())->count = unknown;
    if (isCountFiltered())
        applyCounts(m_store.countsByRegion(m_countFilter));
    endResetModel();
}

bool RegionTreeModel::isCountFiltered() const
{
    return m_countFilter.restrictToIds || !m_countFilter.tagIds.isEmpty();
}

void RegionTreeModel::setCountFilter(const ArticleFilter& filter)
{
    m_countFilter = filter;
    m_countFilter.scope = ArticleFilter::Scope::All;
    m_countFilter.regionCode.clear();
    // Counts change in place: a reset would lose the region the analyst chose.
    applyCounts(m_store.countsByRegion(isCountFiltered() ? m_countFilter : ArticleFilter()));
    std::function<void(const QModelIndex&)> notify = [&](const QModelIndex& parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        Q_EMIT dataChanged(index(0, CountColumn, parent), index(rows - 1, CountColumn, parent),
                           {Qt::DisplayRole, CountRole});
        for (int row = 0; row < rows; ++row)
            notify(index(row, NameColumn, parent));
    };
    notify(QModelIndex());
}

// Puts counts on the existing nodes; regions without a count show 0 (the tree keeps its shape).
void RegionTreeModel::applyCounts(const QHash<QString, int>& counts)
{
    std::function<void(Node*)> zero = [&](Node* node) {
        node->count = 0;
        for (auto& child : node->children)
            zero(child.get());
    };
    zero(m_root.get());
    Node* all = nullptr;
    Node* unknown = nullptr;
    for (auto& child : m_root->children) {
        if (child->kind == Node::Kind::All)
            all = child.get();
        else if (child->kind == Node::Kind::Unknown)
            unknown = child.get();
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (all)
            all->count += it.value();
        if (it.key().isEmpty()) {
            if (unknown)
                unknown->count += it.value();
            continue;
        }
        for (Node* node = m_byCode.value(it.key()); node && node != m_root.get(); node = node->parent)
            node->count += it.value();
    }
}

RegionTreeModel::Node* RegionTreeModel::nodeFor(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex RegionTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return QModelIndex();
    if (parent.isValid() && parent.column() != 0)
        return QModelIndex();
    const Node* parentNode = nodeFor(parent);
    if (row >= int(parentNode->children.size()))
        return QModelIndex();
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex RegionTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return QModelIndex();
    const Node* node = nodeFor(child);
    if (!node->parent || node->parent == m_root.get())
        return QModelIndex();
    return createIndex(node->parent->row(), 0, node->parent);
}

int RegionTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int RegionTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant RegionTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const Node* node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CountColumn)
            return node->count;
        switch (node->kind) {
        case Node::Kind::All:
            return tr("All reports");
        case Node::Kind::Unknown:
            return tr("Unknown region");
        default:
            return node->name;
        }
    case Qt::ToolTipRole:
        if (node->kind == Node::Kind::Region)
            return QStringLiteral("%1 (%2)").arg(m_gazetteer.namePath(node->code).join(QLatin1Char(' ')),
                                                 node->code);
        if (node->kind == Node::Kind::Unknown)
            return tr("Reports whose region could not be detected");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RegionCodeRole:
        return node->code;
    case ScopeRole:
        return int(filterFor(index).scope);
    case CountRole:
        return node->count;
    }
    return QVariant();
}

QVariant RegionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    return section == NameColumn ? tr("Region") : tr("Reports");
}

ArticleFilter RegionTreeModel::filterFor(const QModelIndex& index) const
{
    ArticleFilter filter;
    const Node* node = nodeFor(index);
    if (node->kind == Node::Kind::Region) {
        filter.scope = ArticleFilter::Scope::RegionSubtree;
        filter.regionCode = node->code;
    } else if (node->kind == Node::Kind::Unknown) {
        filter.scope = ArticleFilter::Scope::UnknownRegion;
    }
    return filter;
}

QModelIndex RegionTreeModel::indexOfNode(const Node* node) const
{
    if (!node || node == m_root.get())
        return QModelIndex();
    return createIndex(node->row(), 0, const_cast<Node*>(node));
}

QModelIndex RegionTreeModel::indexOfRegion(const QString& code) const
{
    std::function<const Node*(const Node*)> find = [&](const Node* node) -> const Node* {
        for (const auto& child : node->children) {
            if (child->kind == Node::Kind::Region && child->code == code)
                return child.get();
            if (const Node* found = find(child.get()))
                return found;
        }
        return nullptr;
    };
    return indexOfNode(find(m_root.get()));
}

} // namespace rs
