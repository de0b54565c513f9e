#include "ReportListPane.h"

#include "models/ReportTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace rs {

namespace {

constexpr int shortColumns[] = {ReportTableModel::RegionColumn, ReportTableModel::DateColumn,
                                ReportTableModel::SourceColumn, ReportTableModel::LengthColumn};

} // namespace

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
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setAccessibleName(tr("Reports"));
    m_view->viewport()->installEventFilter(this);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(m_view->fontMetrics().averageCharWidth() * 4);
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        // Widening a short column takes the room from the title, not from the window.
        if (!m_filling && logical != ReportTableModel::TitleColumn &&
            logical != ReportTableModel::SnippetColumn)
            fillWidth();
    });
}

void ReportListPane::setModel(ReportTableModel* model)
{
    m_model = model;
    m_view->setModel(model);
    applyColumnLayout();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    Q_EMIT articleSelected(m_model->articleId(current.row()));
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReportListPane::selectedArticlesChanged);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        syncWithModel();
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &ReportListPane::updateCount);
    updateCount();
    if (model->rowCount() > 0)
        m_view->selectRow(0);
}

void ReportListPane::applyColumnLayout()
{
    if (!m_model)
        return;
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column = 0; column < ReportTableModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    // The matching passage reads next to the title.
    const int snippetAt = header->visualIndex(ReportTableModel::SnippetColumn);
    if (snippetAt != ReportTableModel::TitleColumn + 1)
        header->moveSection(snippetAt, header->visualIndex(ReportTableModel::TitleColumn) + 1);
    syncWithModel();
}

// The match column and the sort indicator show the model's state: results best first have no column
// to point at.
void ReportListPane::syncWithModel()
{
    if (!m_model)
        return;
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionHidden(ReportTableModel::SnippetColumn, !m_model->isSearchActive());
    const int column = m_model->sortColumn();
    const QSignalBlocker blocker(header); // the model is sorted already
    header->setSortIndicatorShown(column >= 0);
    if (column >= 0)
        header->setSortIndicator(column, m_model->sortOrder());
    else
        header->setSortIndicator(-1, Qt::AscendingOrder);
    header->viewport()->update();
    if (!m_fitted && m_model->rowCount() > 0)
        fitColumnsToContent();
    fillWidth();
}

void ReportListPane::fitColumnsToContent()
{
    m_fitted = true;
    const int cap = m_view->fontMetrics().averageCharWidth() * 28;
    const QScopedValueRollback<bool> filling(m_filling, true);
    for (int column : shortColumns) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), cap));
    }
}

// Title (and match) take what the short columns leave of the viewport.
void ReportListPane::fillWidth()
{
    if (!m_model)
        return;
    const QScopedValueRollback<bool> filling(m_filling, true);
    QHeaderView* header = m_view->horizontalHeader();
    int others = 0;
    for (int column : shortColumns) {
        if (!header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    const int minimum = m_view->fontMetrics().averageCharWidth() * 16;
    const int room = std::max(minimum, m_view->viewport()->width() - others);
    if (header->isSectionHidden(ReportTableModel::SnippetColumn)) {
        header->resizeSection(ReportTableModel::TitleColumn, room);
        return;
    }
    const int title = std::max(minimum / 2, room * 2 / 5);
    header->resizeSection(ReportTableModel::TitleColumn, title);
    header->resizeSection(ReportTableModel::SnippetColumn, std::max(minimum / 2, room - title));
}

int ReportListPane::preferredWidth() const
{
    int width = m_view->frameWidth() * 2 + m_view->verticalScrollBar()->sizeHint().width();
    for (int column : shortColumns)
        width += m_view->horizontalHeader()->sectionSize(column);
    return width + m_view->fontMetrics().averageCharWidth() * 60; // room for a title of 30 characters
}

bool ReportListPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fillWidth();
    return QWidget::eventFilter(watched, event);
}

void ReportListPane::updateCount()
{
    if (!m_model) {
        m_count->clear();
        return;
    }
    m_count->setText(m_model->isSearchActive()
                         ? tr("%n report(s) match the search", nullptr, m_model->totalCount())
                         : tr("%n report(s)", nullptr, m_model->totalCount()));
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
