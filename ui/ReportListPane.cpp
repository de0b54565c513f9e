#include "ReportListPane.h"

#include "models/ReportTableModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace rs {

ReportListPane::ReportListPane(QWidget* parent)
    : QWidget(parent), m_view(new QTableView(this)), m_count(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_count);
    m_count->setContentsMargins(6, 2, 6, 2);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setAccessibleName(tr("Reports"));
}

void ReportListPane::setModel(ReportTableModel* model)
{
    m_model = model;
    m_view->setModel(model);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(ReportTableModel::TitleColumn, QHeaderView::Stretch);
    for (int column : {ReportTableModel::RegionColumn, ReportTableModel::DateColumn,
                       ReportTableModel::SourceColumn, ReportTableModel::LengthColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSortIndicator(ReportTableModel::DateColumn, Qt::DescendingOrder);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    Q_EMIT articleSelected(m_model->articleId(current.row()));
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReportListPane::selectedArticlesChanged);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &ReportListPane::updateCount);
    updateCount();
    if (model->rowCount() > 0)
        m_view->selectRow(0);
}

void ReportListPane::updateCount()
{
    m_count->setText(m_model ? tr("%n report(s)", nullptr, m_model->totalCount()) : QString());
}

qint64 ReportListPane::currentArticleId() const
{
    return m_model ? m_model->articleId(m_view->currentIndex().row()) : 0;
}

QVector<qint64> ReportListPane::selectedArticleIds() const
{
    QVector<qint64> ids;
    if (!m_model || !m_view->selectionModel())
        return ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& row : std::as_const(rows))
        ids.append(m_model->articleId(row.row()));
    return ids;
}

void ReportListPane::selectArticle(qint64 articleId)
{
    const int row = m_model ? m_model->rowOfArticle(articleId) : -1;
    if (row >= 0)
        m_view->selectRow(row);
}

} // namespace rs
