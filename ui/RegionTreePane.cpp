#include "RegionTreePane.h"

#include "models/RegionTreeModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTreeView>
#include <QVBoxLayout>

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

void RegionTreePane::selectAllReports()
{
    if (m_model && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

} // namespace rs
