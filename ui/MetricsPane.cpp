#include "MetricsPane.h"

#include "MetricEditDialog.h"
#include "SettingsDialog.h"
#include "metrics/MetricExtractor.h"
#include "metrics/Taxonomy.h"
#include "metrics/TaxonomyFile.h"
#include "models/Corpus.h"
#include "models/MetricReviewer.h"
#include "models/MetricTableModel.h"
#include "storage/MetricStore.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace rs {

MetricsPane::MetricsPane(Corpus& corpus, const Taxonomy& taxonomy, QWidget* parent)
    : QWidget(parent), m_corpus(corpus), m_taxonomy(taxonomy), m_model(new MetricTableModel(taxonomy, this)),
      m_view(new QTableView(this)), m_summary(new QLabel(this)),
      m_confirm(new QPushButton(tr("&Confirm"), this)), m_correct(new QPushButton(tr("Co&rrect…"), this)),
      m_reject(new QPushButton(tr("Re&ject"), this)), m_clear(new QPushButton(tr("C&lear Decision"), this)),
      m_add(new QPushButton(tr("&Add from Selection…"), this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Figures"));
    m_confirm->setToolTip(tr("The figure is read correctly (Ctrl+Return)"));
    m_confirm->setShortcut(QKeySequence(tr("Ctrl+Return")));
    m_reject->setToolTip(tr("This is not a figure to compare"));
    m_add->setToolTip(tr("Select a figure in the report text first"));

    // The summary gives way to the buttons, and buttons that do not fit go to the bar's » menu, so the
    // pane (and the reader above it) can be narrow.
    auto* buttons = new QHBoxLayout;
    m_summary->setMinimumWidth(m_summary->fontMetrics().averageCharWidth() * 12);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    buttons->addWidget(m_summary, 1);
    auto* bar = new QToolBar(this);
    bar->setFloatable(false);
    bar->setMovable(false);
    for (QPushButton* button : {m_confirm, m_correct, m_reject, m_clear, m_add})
        bar->addWidget(button);
    bar->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    buttons->addWidget(bar, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_confirm, &QPushButton::clicked, this, &MetricsPane::confirmCurrent);
    connect(m_reject, &QPushButton::clicked, this, &MetricsPane::rejectCurrent);
    connect(m_clear, &QPushButton::clicked, this, &MetricsPane::clearCurrent);
    connect(m_correct, &QPushButton::clicked, this, &MetricsPane::editCurrent);
    connect(m_add, &QPushButton::clicked, this, &MetricsPane::addFromSelectionRequested);
    connect(m_view, &QTableView::doubleClicked, this, &MetricsPane::editCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                updateButtons();
                if (index.isValid())
                    Q_EMIT figureActivated(index.data(MetricTableModel::StartRole).toInt(),
                                           index.data(MetricTableModel::EndRole).toInt());
            });
    updateButtons();
}

void MetricsPane::showArticle(qint64 articleId)
{
    const int row = m_view->currentIndex().row();
    m_articleId = articleId;
    m_model->setMetrics(articleId > 0 && m_corpus.isOpen() ? m_corpus.metrics()->reviewedMetrics(articleId)
                                                           : QVector<ReviewedMetric>());
    int toReview = 0;
    int reviewed = 0;
    for (const ReviewedMetric& m : m_model->metrics()) {
        if (m.status == ReviewedMetric::Status::Machine)
            ++toReview;
        else
            ++reviewed;
    }
    m_summary->setText(tr("%n figure(s)", nullptr, int(m_model->metrics().size())) + QStringLiteral(" · ") +
                       tr("%1 reviewed, %2 to review").arg(reviewed).arg(toReview));
    m_summary->setToolTip(m_summary->text());
    if (row >= 0 && row < m_model->rowCount())
        m_view->selectRow(row);
    updateButtons();
}

int MetricsPane::preferredHeight() const
{
    const int rows = m_view->verticalHeader()->defaultSectionSize() * preferredRows;
    return m_confirm->sizeHint().height() + m_view->horizontalHeader()->sizeHint().height() + rows +
           m_view->frameWidth() * 2 + m_view->horizontalScrollBar()->sizeHint().height() + 16;
}

const ReviewedMetric* MetricsPane::current() const
{
    const int row = m_view->currentIndex().row();
    return row >= 0 && row < m_model->rowCount() ? &m_model->metricAt(row) : nullptr;
}

void MetricsPane::updateButtons()
{
    const ReviewedMetric* figure = current();
    for (QPushButton* button : {m_confirm, m_correct, m_reject})
        button->setEnabled(figure != nullptr);
    m_clear->setEnabled(figure && figure->reviewId > 0);
    m_add->setEnabled(m_articleId > 0);
}

QString MetricsPane::reviewerName() const
{
    return QSettings().value(SettingsDialog::authorKey()).toString();
}

bool MetricsPane::finish(bool ok, const QString& error)
{
    if (!ok) {
        QMessageBox::warning(this, tr("Review"), tr("The decision could not be stored: %1").arg(error));
        return false;
    }
    showArticle(m_articleId);
    Q_EMIT reviewsChanged(m_articleId);
    return true;
}

bool MetricsPane::confirmCurrent()
{
    const ReviewedMetric* figure = current();
    if (!figure)
        return false;
    MetricReviewer reviewer(*m_corpus.metrics(), reviewerName());
    QString error;
    return finish(reviewer.confirm(*figure, &error), error);
}

bool MetricsPane::rejectCurrent()
{
    const ReviewedMetric* figure = current();
    if (!figure)
        return false;
    MetricReviewer reviewer(*m_corpus.metrics(), reviewerName());
    QString error;
    return finish(reviewer.reject(*figure, &error), error);
}

bool MetricsPane::clearCurrent()
{
    const ReviewedMetric* figure = current();
    if (!figure)
        return false;
    MetricReviewer reviewer(*m_corpus.metrics(), reviewerName());
    QString error;
    return finish(reviewer.clearDecision(*figure, &error), error);
}

bool MetricsPane::correctCurrent(const Metric& corrected)
{
    const ReviewedMetric* figure = current();
    if (!figure)
        return false;
    MetricReviewer reviewer(*m_corpus.metrics(), reviewerName());
    QString error;
    return finish(reviewer.correct(*figure, corrected, &error), error);
}

bool MetricsPane::addFigure(const Metric& metric)
{
    if (m_articleId <= 0)
        return false;
    MetricReviewer reviewer(*m_corpus.metrics(), reviewerName());
    QString error;
    return finish(reviewer.add(m_articleId, metric, &error), error);
}

void MetricsPane::editCurrent()
{
    const ReviewedMetric* figure = current();
    if (!figure)
        return;
    MetricEditDialog dialog(m_taxonomy, figure->metric, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    correctCurrent(dialog.metric());
    teachCue(dialog.metric().key, dialog.cueToTeach());
}

void MetricsPane::teachCue(const QString& key, const QString& cue)
{
    if (cue.isEmpty())
        return;
    const QString path = TaxonomyFile::userPath();
    QString error;
    if (!TaxonomyFile::addCue(path, key, cue, &error)) {
        QMessageBox::warning(this, tr("Taxonomy"), tr("The cue was not added: %1").arg(error));
        return;
    }
    const Taxonomy::Entry* entry = m_taxonomy.entry(key);
    const QString label = entry ? (QLocale().language() == QLocale::Chinese ? entry->zh : entry->en) : key;
    QMessageBox::information(
        this, tr("Taxonomy"),
        tr("\"%1\" now names %2 in your taxonomy (%3). Tools › Re-extract Figures applies it to the reports.")
            .arg(cue, label, QDir::toNativeSeparators(path)));
}

void MetricsPane::addFromText(int start, int end, const QString& quote)
{
    if (m_articleId <= 0 || end <= start) {
        QMessageBox::information(this, tr("Add Figure"), tr("Select the figure in the report text first."));
        return;
    }
    // Prefill with the extractor's reading of the selection, so usually only the key needs a look.
    Metric metric;
    const QVector<Metric> read = MetricExtractor(m_taxonomy).extract(quote);
    if (!read.isEmpty())
        metric = read.first();
    metric.start = start;
    metric.end = end;
    metric.quote = quote;
    MetricEditDialog dialog(m_taxonomy, metric, this);
    dialog.setWindowTitle(tr("Add Figure"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    addFigure(dialog.metric());
    teachCue(dialog.metric().key, dialog.cueToTeach());
}

} // namespace rs
