#include "RegionTreePane.h"

#include "models/RegionTreeModel.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace rs {

RegionTreePane::RegionTreePane(QWidget* parent) : QWidget(parent), m_view(new QTreeView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Regions"));
}

void RegionTreePane::setModel(RegionTreeModel* model)
{
    m_model = model;
    m_view->setModel(model);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(RegionTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(RegionTreeModel::CountColumn, QHeaderView::ResizeToContents);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (m_model)
                    Q_EMIT filterChanged(m_model->filterFor(current.siblingAtColumn(0)));
            });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandToDepth(1);
        selectAllReports();
    });
    m_view->expandToDepth(1);
    selectAllReports();
}

int RegionTreePane::preferredWidth() const
{
    if (!m_model)
        return m_view->sizeHint().width();
    // The widest expanded row: its indentation and name, then the widest count.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = metrics.averageCharWidth() * 2;
    int name = 0;
    int count = 0;
    std::function<void(const QModelIndex&, int)> visit = [&](const QModelIndex& parent, int depth) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, RegionTreeModel::NameColumn, parent);
            name = std::max(name, m_view->indentation() * (depth + 1) +
                                      metrics.horizontalAdvance(index.data().toString()) + padding);
            count =
                std::max(count, metrics.horizontalAdvance(
                                    index.siblingAtColumn(RegionTreeModel::CountColumn).data().toString()) +
                                    padding);
            if (m_view->isExpanded(index))
                visit(index, depth + 1);
        }
    };
    visit(QModelIndex(), 0);
    // The header's labels too ("Reports" is wider than the counts).
    name = std::max(name, m_view->header()->sectionSizeHint(RegionTreeModel::NameColumn));
    count = std::max(count, m_view->header()->sectionSizeHint(RegionTreeModel::CountColumn));
    return name + count + m_view->frameWidth() * 2 + m_view->verticalScrollBar()->sizeHint().width();
}

void RegionTreePane::selectAllReports()
{
    if (m_model && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

} // namespace rs
