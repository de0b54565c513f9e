#include "AgreementDialog.h"

#include "models/AgreementTableModel.h"
#include "models/Corpus.h"
#include "models/DisagreementTableModel.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rs {
namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QSortFilterProxyModel* sorted(QAbstractItemModel* model, QObject* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(AgreementTableModel::SortRole);
    return proxy;
}

} // namespace

AgreementDialog::AgreementDialog(Corpus& corpus, QWidget* parent)
    : QDialog(parent), m_corpus(corpus), m_tagModel(new AgreementTableModel(this)),
      m_reportModel(new AgreementTableModel(this)), m_pairModel(new AgreementTableModel(this)),
      m_disagreementModel(new DisagreementTableModel(this))
{
    setWindowTitle(tr("Inter-coder Agreement"));
    m_tagProxy = sorted(m_tagModel, this);
    m_reportProxy = sorted(m_reportModel, this);
    m_pairProxy = sorted(m_pairModel, this);

    m_tags = makeTable(m_tagProxy, this);
    m_reports = makeTable(m_reportProxy, this);
    m_pairs = makeTable(m_pairProxy, this);
    // Sortable by a click on a header, but shown in codebook order (the pooled row last) until then.
    for (QTableView* table : {m_tags, m_reports, m_pairs}) {
        table->setSortingEnabled(true);
        table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        table->horizontalHeader()->setStretchLastSection(false);
        table->horizontalHeader()->setSectionResizeMode(AgreementTableModel::LabelColumn,
                                                        QHeaderView::Stretch);
    }
    m_disagreements = makeTable(m_disagreementModel, this);
    m_disagreements->setWordWrap(true);
    m_disagreements->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_disagreements->setToolTip(tr("Double-click a passage to open it in the reader"));
    m_details = new QTabWidget(this);
    m_details->addTab(m_reports, tr("By Report"));
    m_details->addTab(m_disagreements, tr("Disagreements"));
    m_details->addTab(m_pairs, tr("By Pair of Coders"));
    m_pairs->setToolTip(tr("Cohen's κ needs two coders: with three or more, each pair compared on its own"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tags);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    auto* exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("CSV Table…"), this, [this] { exportWithDialog(false); });
    exportMenu->addAction(tr("XLSX Workbook…"), this, [this] { exportWithDialog(true); });
    m_export->setMenu(exportMenu);
    QPushButton* refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    connect(refresh, &QPushButton::clicked, this, &AgreementDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildControls());
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_tags->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AgreementDialog::showSelectedTag);
    connect(m_disagreements, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT passageRequested(index.data(DisagreementTableModel::ArticleIdRole).toLongLong(),
                                index.data(DisagreementTableModel::StartRole).toInt(),
                                index.data(DisagreementTableModel::EndRole).toInt());
    });
    resize(1100, 720);
    reload();
}

QWidget* AgreementDialog::buildControls()
{
    auto* controls = new QWidget(this);
    auto* row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    auto* levelLabel = new QLabel(tr("&Unit:"), controls);
    m_level = new QComboBox(controls);
    for (const AgreementLevel level : {AgreementLevel::Character, AgreementLevel::Paragraph})
        m_level->addItem(AgreementCalculator::levelLabel(level), int(level));
    m_level->setToolTip(tr("Characters: a coder applied a tag to a character when one of their annotations "
                           "with the tag covers it. Paragraphs: when one overlaps the paragraph."));
    levelLabel->setBuddy(m_level);
    connect(m_level, &QComboBox::currentIndexChanged, this, &AgreementDialog::recompute);

    auto* codersLabel = new QLabel(tr("C&oders:"), controls);
    m_coders = new QListWidget(controls);
    m_coders->setFlow(QListView::LeftToRight);
    m_coders->setWrapping(true);
    m_coders->setMaximumHeight(fontMetrics().height() * 2 + 12);
    m_coders->setToolTip(tr("The annotation authors compared"));
    codersLabel->setBuddy(m_coders);
    connect(m_coders, &QListWidget::itemChanged, this, &AgreementDialog::recompute);

    row->addWidget(levelLabel);
    row->addWidget(m_level);
    row->addSpacing(12);
    row->addWidget(codersLabel);
    row->addWidget(m_coders, 1);
    return controls;
}

bool AgreementDialog::reload()
{
    QString error;
    const bool ok = m_corpus.annotations() && m_corpus.store() &&
                    AgreementInput::load(*m_corpus.annotations(), *m_corpus.store(), &m_input, &error);
    if (!ok)
        m_input = AgreementInput();
    // A coder the analyst left out stays out; a new author is compared from the start.
    QStringList leftOut;
    for (int i = 0; i < m_coders->count(); ++i) {
        if (m_coders->item(i)->checkState() != Qt::Checked)
            leftOut.append(m_coders->item(i)->text());
    }
    {
        const QSignalBlocker blocker(m_coders);
        m_coders->clear();
        for (const QString& author : m_input.authors()) {
            auto* item = new QListWidgetItem(author, m_coders);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(leftOut.contains(author) ? Qt::Unchecked : Qt::Checked);
        }
    }
    recompute();
    if (!ok)
        m_summary->setText(error.isEmpty() ? tr("No database is open.") : error);
    return ok;
}

AgreementLevel AgreementDialog::level() const
{
    return AgreementLevel(m_level->currentData().toInt());
}

void AgreementDialog::setLevel(AgreementLevel level)
{
    m_level->setCurrentIndex(m_level->findData(int(level)));
}

QStringList AgreementDialog::coders() const
{
    QStringList names;
    for (int i = 0; i < m_coders->count(); ++i) {
        if (m_coders->item(i)->checkState() == Qt::Checked)
            names.append(m_coders->item(i)->text());
    }
    return names;
}

void AgreementDialog::setCoders(const QStringList& names)
{
    {
        const QSignalBlocker blocker(m_coders);
        for (int i = 0; i < m_coders->count(); ++i)
            m_coders->item(i)->setCheckState(names.contains(m_coders->item(i)->text()) ? Qt::Checked
                                                                                       : Qt::Unchecked);
    }
    recompute();
}

void AgreementDialog::recompute()
{
    const QStringList chosen = coders();
    m_result = chosen.isEmpty() ? AgreementResult() : AgreementCalculator(m_input).compute(level(), chosen);
    m_result.level = level();
    m_tagModel->setResult(m_result);
    m_tags->resizeColumnsToContents();
    // An export of no rows would be a file of headers: said on the button instead.
    m_export->setEnabled(!m_result.tags.isEmpty());
    m_export->setToolTip(m_result.tags.isEmpty() ? tr("Nothing to export: choose two or more coders who "
                                                      "annotated the same reports")
                                                 : QString());
    if (m_tagProxy->rowCount() > 0)
        m_tags->selectRow(0);
    showSelectedTag();
    if (m_input.authors().size() < 2)
        m_summary->setText(tr("Agreement compares the annotations of two or more authors; this database "
                              "has annotations of %n author(s). Import the others' QDPX projects, or set "
                              "each analyst's name in Tools › Settings.",
                              nullptr, int(m_input.authors().size())));
    else
        m_summary->setText(tr("%n passage(s) where the coders differ. A coder takes part in the reports "
                              "they annotated; — marks a figure that is undefined (hover it for why).",
                              nullptr, int(m_result.disagreements.size())));
}

void AgreementDialog::showSelectedTag()
{
    const QModelIndex current = m_tagProxy->mapToSource(m_tags->currentIndex());
    const AgreementRow* row = m_tagModel->row(current.row());
    const qint64 tagId = row ? row->tagId : 0;
    if (row) {
        m_reportModel->setResult(m_result, AgreementTableModel::Rows::Reports, tagId);
        m_pairModel->setResult(m_result, AgreementTableModel::Rows::Pairs, tagId);
        m_disagreementModel->setResult(m_result, tagId);
    } else {
        m_reportModel->clear();
        m_pairModel->clear();
        m_disagreementModel->clear();
    }
    m_details->setTabVisible(m_details->indexOf(m_pairs), m_result.coders.size() > 2);
    m_reports->resizeColumnsToContents();
    m_pairs->resizeColumnsToContents();
    // Side by side: the passage and each coder's coding share the width and wrap, so all of them can be
    // read at once; report and tag keep a narrow column.
    QHeaderView* header = m_disagreements->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column = 0; column < m_disagreementModel->columnCount(); ++column)
        header->setSectionResizeMode(column, column < DisagreementTableModel::PassageColumn
                                                 ? QHeaderView::Interactive
                                                 : QHeaderView::Stretch);
    const int narrow = fontMetrics().averageCharWidth() * 18;
    m_disagreements->resizeColumnToContents(DisagreementTableModel::ReportColumn);
    m_disagreements->resizeColumnToContents(DisagreementTableModel::TagColumn);
    for (const int column :
         {int(DisagreementTableModel::ReportColumn), int(DisagreementTableModel::TagColumn)})
        m_disagreements->setColumnWidth(column, std::min(m_disagreements->columnWidth(column), narrow));
    m_disagreements->resizeRowsToContents();
    m_details->setTabText(1, tr("Disagreements (%1)").arg(m_disagreementModel->rowCount()));
}

bool AgreementDialog::exportTo(const QString& path, bool xlsx, QString* error) const
{
    return m_tagModel->write(path, xlsx, error);
}

void AgreementDialog::exportWithDialog(bool xlsx)
{
    const QString extension = xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Agreement"), QStringLiteral("agreement.") + extension,
                                     xlsx ? tr("XLSX workbooks (*.xlsx)") : tr("CSV tables (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, xlsx, &error))
        QMessageBox::warning(this, tr("Export Agreement"), error);
}

} // namespace rs
