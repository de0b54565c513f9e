#include "AnnotationBrowser.h"

#include "AnnotationDetails.h"
#include "AnnotationFilterBar.h"
#include "annotations/AnnotationEditor.h"
#include "models/AnnotationTableModel.h"
#include "models/CodebookModel.h"
#include "models/Corpus.h"
#include "models/TagCrossTabModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rs {

AnnotationBrowser::AnnotationBrowser(Corpus& corpus, QWidget* parent)
    : QWidget(parent), m_corpus(corpus), m_tabs(new QTabWidget(this)),
      m_filterBar(new AnnotationFilterBar(corpus, this)), m_table(new QTableView(this)),
      m_count(new QLabel(this)), m_details(new AnnotationDetails(corpus, this)),
      m_crossTable(new QTableView(this)), m_chart(new QPushButton(tr("Chart This Tag by Region"), this))
{
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Annotations"));
    m_crossTable->setAccessibleName(tr("Tags by region"));
    m_chart->setToolTip(tr("Show the selected column in the Compare Metrics pane"));

    auto* passages = new QWidget(this);
    auto* splitter = new QSplitter(Qt::Vertical, passages);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_filterBar);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_count);
    splitter->addWidget(top);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* passagesLayout = new QVBoxLayout(passages);
    passagesLayout->setContentsMargins(4, 4, 4, 4);
    passagesLayout->addWidget(splitter);

    auto* byRegion = new QWidget(this);
    auto* regionLayout = new QVBoxLayout(byRegion);
    regionLayout->setContentsMargins(4, 4, 4, 4);
    regionLayout->addWidget(
        new QLabel(tr("Passages per tag (sub-tags included) in each region's reports:"), byRegion));
    regionLayout->addWidget(m_crossTable, 1);
    auto* chartRow = new QHBoxLayout;
    chartRow->addStretch(1);
    chartRow->addWidget(m_chart);
    regionLayout->addLayout(chartRow);

    m_tabs->addTab(passages, tr("Passages"));
    m_tabs->addTab(byRegion, tr("By Region"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_filterBar, &AnnotationFilterBar::filterChanged, this, [this] {
        if (m_model)
            m_model->setFilter(m_filterBar->filter());
    });
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { openRow(index.row()); });
    connect(m_details, &AnnotationDetails::reattachRequested, this, &AnnotationBrowser::reattachRequested);
    connect(m_details, &AnnotationDetails::openRequested, this, &AnnotationBrowser::selectAnnotation);
    connect(m_details, &AnnotationDetails::openRequested, this, [this] {
        if (m_table->currentIndex().isValid())
            openRow(m_table->currentIndex().row());
    });
    connect(m_chart, &QPushButton::clicked, this, [this] {
        if (m_crossTab && m_crossTable->currentIndex().isValid())
            Q_EMIT chartTagRequested(m_crossTab->tagAt(m_crossTable->currentIndex().column()));
    });
    connect(&m_corpus, &Corpus::opened, this, &AnnotationBrowser::attach);
    attach();
}

AnnotationBrowser::~AnnotationBrowser() = default;

void AnnotationBrowser::attach()
{
    m_table->setModel(nullptr);
    m_crossTable->setModel(nullptr);
    m_model.reset();
    m_crossTab.reset();
    if (!m_corpus.annotationEditor())
        return;
    m_filterBar->refreshChoices();
    m_model = std::make_unique<AnnotationTableModel>(*m_corpus.annotationEditor(), *m_corpus.codebook(),
                                                     m_corpus.gazetteer());
    m_model->setFilter(m_filterBar->filter());
    m_crossTab = std::make_unique<TagCrossTabModel>(*m_corpus.annotationEditor(), *m_corpus.codebook(),
                                                    m_corpus.gazetteer());
    m_table->setModel(m_model.get());
    m_crossTable->setModel(m_crossTab.get());
    m_table->horizontalHeader()->setSectionResizeMode(AnnotationTableModel::QuoteColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(AnnotationTableModel::TagsColumn, 140);
    m_table->setColumnWidth(AnnotationTableModel::NoteColumn, 160);
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, &AnnotationBrowser::updateCount);
    connect(m_model.get(), &QAbstractItemModel::modelReset, m_details, &AnnotationDetails::reload);
    connect(m_corpus.codebook(), &QAbstractItemModel::modelReset, m_filterBar,
            &AnnotationFilterBar::refreshChoices);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                m_details->setAnnotation(
                    index.isValid() ? index.data(AnnotationTableModel::AnnotationIdRole).toLongLong() : 0);
            });
    connect(m_crossTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& index) { m_chart->setEnabled(index.isValid()); });
    m_chart->setEnabled(false);
    updateCount();
}

void AnnotationBrowser::updateCount()
{
    if (!m_model)
        return;
    m_count->setText(tr("%n annotation(s)", nullptr, m_model->rowCount()));
    // Keep the edited annotation selected across reloads.
    selectAnnotation(m_details->annotationId());
}

void AnnotationBrowser::openRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const AnnotationRow& r = m_model->row(row);
    Q_EMIT passageRequested(r.annotation.articleId, r.annotation.anchor.start, r.annotation.anchor.end);
}

void AnnotationBrowser::showTag(qint64 tagId)
{
    m_tabs->setCurrentIndex(0);
    m_filterBar->setTag(tagId);
}

void AnnotationBrowser::selectAnnotation(qint64 annotationId)
{
    if (!m_model || annotationId <= 0)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->row(row).annotation.id == annotationId) {
            m_table->setCurrentIndex(m_model->index(row, AnnotationTableModel::QuoteColumn));
            m_table->scrollTo(m_table->currentIndex());
            return;
        }
    }
}

void AnnotationBrowser::setCurrentArticle(qint64 articleId)
{
    m_filterBar->setCurrentArticle(articleId);
}

} // namespace rs
