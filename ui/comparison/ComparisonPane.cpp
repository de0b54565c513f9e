#include "ComparisonPane.h"

#include "ComparisonChartView.h"
#include "ComparisonLoader.h"
#include "LeftOutDialog.h"
#include "MetricChoices.h"
#include "PaintedChartView.h"
#include "RegionPickerDialog.h"
#include "comparison/ComparisonChartBuilder.h"
#include "comparison/ComparisonSource.h"
#include "comparison/ComparisonTableModel.h"
#include "comparison/MapChartBuilder.h"
#include "comparison/TrendChartBuilder.h"
#include "gazetteer/Gazetteer.h"
#include "gazetteer/RegionBoundaries.h"
#include "metrics/Taxonomy.h"
#include "models/ChartChoice.h"
#include "models/CodebookModel.h"
#include "models/Corpus.h"
#include "models/RankingTableModel.h"
#include "storage/IndicatorStore.h"
#include "storage/MetricStore.h"
#include "util/AppInfo.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace rs {
namespace {

// Height per bar on screen: labels stay legible; the rest of the regions scroll.
const int pixelsPerBar = 24;

} // namespace

ComparisonPane::ComparisonPane(Corpus& corpus, QWidget* parent)
    : QWidget(parent), m_corpus(corpus), m_model(new ComparisonTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_chartArea(new QWidget(this)),
      m_scroll(new QScrollBar(Qt::Vertical, this)), m_table(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ComparisonTableModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ComparisonTableModel::ValueColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    buildControls();

    m_ranking = new RankingTableModel(this);
    m_rankingProxy = new QSortFilterProxyModel(this);
    m_rankingProxy->setSourceModel(m_ranking);
    m_rankingProxy->setSortRole(RankingTableModel::SortRole);
    auto* chartRow = new QHBoxLayout;
    auto* chartsLayout = new QHBoxLayout(m_chartArea);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    m_painted = new PaintedChartView(this);
    m_painted->hide();
    connect(m_painted, &PaintedChartView::sourceClicked, this, &ComparisonPane::openSource);
    chartRow->addWidget(m_painted, 1);
    chartRow->addWidget(m_chartArea, 1);
    chartRow->addWidget(m_scroll);
    auto* chartHolder = new QWidget(this);
    chartHolder->setLayout(chartRow);
    chartRow->setContentsMargins(0, 0, 0, 0);

    auto* tableHolder = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableHolder);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    auto* tableButtons = new QHBoxLayout;
    tableButtons->addWidget(m_summary, 1);
    tableButtons->addWidget(m_choose);
    tableLayout->addLayout(tableButtons);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(chartHolder);
    splitter->addWidget(tableHolder);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 500});
    static_cast<QVBoxLayout*>(layout())->addWidget(splitter, 1);

    connect(m_scroll, &QScrollBar::valueChanged, this, &ComparisonPane::updateWindow);
    connect(m_model, &ComparisonTableModel::choicesChanged, this, &ComparisonPane::rebuildCharts);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex& index) {
        if (kind() == Kind::Ranking) {
            const QModelIndex ranked = m_rankingProxy->mapToSource(index);
            const qint64 articleId = ranked.data(RankingTableModel::ArticleIdRole).toLongLong();
            if (articleId > 0)
                Q_EMIT passageRequested(articleId, ranked.data(RankingTableModel::StartRole).toInt(),
                                        ranked.data(RankingTableModel::EndRole).toInt());
            return;
        }
        const QModelIndex source = m_proxy->mapToSource(index);
        if (!source.isValid() || m_model->row(source.row()).articleId <= 0)
            return;
        const ComparisonRow row = m_model->row(source.row()); // a copy: drill-down resets the model
        Q_EMIT passageRequested(row.articleId, row.start, row.end);
        if (row.aggregated)
            showRegionFigures(row.regionCode);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
        m_choose->setEnabled(current.isValid() && m_model->row(current.row()).isCandidate() &&
                             !m_model->row(current.row()).chosen);
        rebuildCharts();
    });
    connect(m_choose, &QPushButton::clicked, this, &ComparisonPane::chooseSelectedRow);
    connect(&m_corpus, &Corpus::changed, this, &ComparisonPane::refresh);
    connect(&m_corpus, &Corpus::opened, this, &ComparisonPane::refresh);

    qRegisterMetaType<ComparisonQuery>();
    qRegisterMetaType<ComparisonSource::Result>();
    qRegisterMetaType<QHash<QString, int>>();
    qRegisterMetaType<TrendSource::Result>();
    auto* loader = m_loader = new ComparisonLoader(m_latest);
    loader->moveToThread(&m_thread);
    connect(loader, &ComparisonLoader::trendLoaded, this,
            [this](int serial, const TrendSource::Result& trend) {
                if (serial == m_pending)
                    m_trend = trend; // shown with the comparison that follows
            });
    connect(&m_thread, &QThread::finished, loader, &QObject::deleteLater);
    connect(this, &ComparisonPane::loadRequested, loader, &ComparisonLoader::load);
    connect(loader, &ComparisonLoader::loaded, this, &ComparisonPane::applyLoaded);
    connect(loader, &ComparisonLoader::cancelled, this, [this](int) { ++m_cancelledLoads; });
    connect(loader, &ComparisonLoader::failed, this, [this](int serial, const QString& message) {
        if (serial != m_pending)
            return;
        m_summary->setText(message);
        finishLoad(serial);
    });
    m_thread.start();
    // Nothing is read here: the first load comes when the pane is first shown (showEvent).
}

ComparisonPane::~ComparisonPane()
{
    m_latest->store(-1); // abandons a load under way
    m_thread.quit();
    m_thread.wait();
}

void ComparisonPane::buildControls()
{
    m_metric = new QComboBox(this);
    m_secondMetric = new QComboBox(this);
    m_period = new QComboBox(this);
    m_scope = new QComboBox(this);
    m_scope->addItem(tr("All regions"), int(ComparisonQuery::Scope::All));
    m_scope->addItem(tr("Region and below"), int(ComparisonQuery::Scope::Subtree));
    m_scope->addItem(tr("Listed regions"), int(ComparisonQuery::Scope::Codes));
    m_codes = new QLineEdit(this);
    m_codes->setPlaceholderText(tr("codes, e.g. 44 or 440404,445102"));
    m_codes->setEnabled(false);
    m_pick = new QToolButton(this);
    m_pick->setText(tr("Pick…"));
    m_pick->setEnabled(false);
    m_style = new QComboBox(this);
    m_style->addItem(tr("Bars"), int(ComparisonChartOptions::Style::Bars));
    m_style->addItem(tr("Dot plot"), int(ComparisonChartOptions::Style::Dots));
    m_sort = new QComboBox(this);
    m_sort->addItem(tr("Largest first"), int(ComparisonChartOptions::Sort::ByValue));
    m_sort->addItem(tr("Code order"), int(ComparisonChartOptions::Sort::ByCode));
    m_top = new QSpinBox(this);
    m_top->setRange(0, 5000);
    m_top->setSpecialValueText(tr("all"));
    m_topEnd = new QComboBox(this);
    m_topEnd->addItem(tr("Top"), false);
    m_topEnd->addItem(tr("Bottom"), true);
    m_topEnd->setToolTip(tr("Show the largest or the smallest N regions (plus the selected ones)"));
    m_reference = new QComboBox(this);
    m_reference->addItem(tr("No line"), int(ComparisonChartOptions::Reference::None));
    m_reference->addItem(tr("Mean"), int(ComparisonChartOptions::Reference::Mean));
    m_reference->addItem(tr("Median"), int(ComparisonChartOptions::Reference::Median));
    m_size = new QComboBox(this);
    for (const QSize& size : ChartExporter::presets())
        m_size->addItem(tr("%1×%2").arg(size.width()).arg(size.height()), size);
    m_size->setCurrentIndex(2);
    m_scale = new QComboBox(this);
    for (int scale : {1, 2, 3})
        m_scale->addItem(tr("%1×").arg(scale), scale);
    m_transparent = new QCheckBox(tr("Transparent"), this);
    m_notes = new QCheckBox(tr("Title and notes"), this);
    m_notes->setChecked(true);
    QToolButton* exportButton = buildExportButton(); // created here: the tab order follows creation
    m_choose = new QPushButton(tr("Chart This Value"), this);
    m_choose->setEnabled(false);
    m_choose->setToolTip(tr("Reports disagree: chart the selected row's value for its region. The choice is "
                            "stored as your confirmation of the figure, which charts always prefer."));
    m_summary = new QLabel(this);
    connect(m_summary, &QLabel::linkActivated, this, [this] {
        connect(LeftOutDialog::open(m_corpus.path(), m_corpus.gazetteer(), m_loadedQuery, m_loaded, this),
                &LeftOutDialog::passageRequested, this, &ComparisonPane::passageRequested);
    });
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy: the database does not say how far it is
    m_progress->setMaximumWidth(120);
    m_progress->setFormat(tr("Loading…"));
    m_progress->setToolTip(tr("Loading the comparison"));
    m_progress->hide();

    auto* first = new QHBoxLayout;
    first->addWidget(new QLabel(tr("Metric:"), this));
    first->addWidget(m_metric, 2);
    first->addWidget(new QLabel(tr("and:"), this));
    first->addWidget(m_secondMetric, 1);
    first->addWidget(new QLabel(tr("Year:"), this));
    first->addWidget(m_period);
    first->addWidget(m_scope);
    first->addWidget(m_codes, 1);
    first->addWidget(m_pick);
    first->addWidget(m_progress);
    auto* second = new QHBoxLayout;
    second->addWidget(m_style);
    second->addWidget(m_sort);
    second->addWidget(m_topEnd);
    second->addWidget(m_top);
    second->addWidget(m_reference);
    second->addStretch(1);
    second->addWidget(m_size);
    second->addWidget(m_scale);
    second->addWidget(m_transparent);
    second->addWidget(m_notes);
    second->addWidget(exportButton);
    m_kindBar = new ComparisonKindBar(this);
    kindChanged();
    connect(m_kindBar, &ComparisonKindBar::kindChanged, this, [this] {
        kindChanged();
        if (needsTrend() && m_trend.rows.isEmpty())
            reload();
        else
            rebuildCharts();
    });
    connect(m_kindBar, &ComparisonKindBar::perIndicatorChanged, this, [this] {
        m_perValues.clear();
        const QString indicator = m_kindBar->perIndicator();
        if (!indicator.isEmpty() && m_corpus.database())
            IndicatorStore(*m_corpus.database()).values(indicator, &m_perValues);
        if (!m_loading)
            reload();
    });
    connect(m_kindBar, &ComparisonKindBar::optionsChanged, this, &ComparisonPane::rebuildCharts);
    connect(m_kindBar, &ComparisonKindBar::boundariesRequested, this, &ComparisonPane::chooseBoundaries);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(first);
    layout->addWidget(m_kindBar);
    layout->addLayout(second);
    connectControls();
}

// The Export button and its menu of formats.
QToolButton* ComparisonPane::buildExportButton()
{
    auto* exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("PNG Image…"), this, [this] { exportWithDialog(ChartFormat::Png); });
    exportMenu->addAction(tr("SVG Drawing…"), this, [this] { exportWithDialog(ChartFormat::Svg); });
    exportMenu->addAction(tr("PDF Document…"), this, [this] { exportWithDialog(ChartFormat::Pdf); });
    exportMenu->addAction(tr("CSV Table…"), this, [this] { exportWithDialog(ChartFormat::Csv); });
    exportMenu->addAction(tr("PowerPoint/Impress Slides (PPTX)…"), this,
                          [this] { exportWithDialog(ChartFormat::Pptx); });
    exportMenu->addAction(tr("Excel Workbook (XLSX)…"), this,
                          [this] { exportWithDialog(ChartFormat::Xlsx); });
    exportMenu->addSeparator();
    exportMenu->addAction(tr("Copy to Clipboard"), this, &ComparisonPane::copyToClipboard);
    exportButton->setMenu(exportMenu);
    return exportButton;
}

void ComparisonPane::connectControls()
{
    const auto reloadOnChange = [this] {
        if (!m_loading)
            reload();
    };
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        m_period->setCurrentIndex(0); // another metric: each region's latest year
        m_wantedKey.clear();
        QSettings().setValue(QStringLiteral("comparison/metric"), m_metric->currentData().toString());
        reload();
    });
    connect(m_secondMetric, &QComboBox::currentIndexChanged, this, reloadOnChange);
    connect(m_period, &QComboBox::currentIndexChanged, this, reloadOnChange);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        const bool all = m_scope->currentData().toInt() == int(ComparisonQuery::Scope::All);
        m_codes->setEnabled(!all);
        m_pick->setEnabled(!all);
        if (!m_loading)
            reload();
    });
    connect(m_codes, &QLineEdit::editingFinished, this, reloadOnChange);
    connect(m_pick, &QToolButton::clicked, this, &ComparisonPane::pickRegion);
    for (QComboBox* box : {m_style, m_sort, m_reference})
        connect(box, &QComboBox::currentIndexChanged, this, &ComparisonPane::rebuildCharts);
    connect(m_top, &QSpinBox::valueChanged, this, &ComparisonPane::rebuildCharts);
    connect(m_topEnd, &QComboBox::currentIndexChanged, this, &ComparisonPane::rebuildCharts);
}

void ComparisonPane::refresh()
{
    if (!m_corpus.isOpen())
        return;
    refreshIndicators();
    m_stale = true;
    if (!isVisible())
        return; // loaded when shown
    m_stale = false;
    requestLoad(true);
}

void ComparisonPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ComparisonPane::requestLoad(bool withMetricList)
{
    ComparisonQuery q = query();
    if (!m_wantedKey.isEmpty()) {
        if (q.keys.isEmpty())
            q.keys = {m_wantedKey};
        else
            q.keys[0] = m_wantedKey;
        q.keys.removeDuplicates();
    } else if (q.keys.isEmpty()) {
        q.keys = {QSettings().value(QStringLiteral("comparison/metric")).toString()};
    }
    m_listPending = m_listPending || withMetricList; // a newer request must still fill the list
    const int serial = ++*m_latest;                  // the load under way, if any, is abandoned
    m_pending = serial;
    m_loader->setWithTrend(needsTrend());
    if (needsTrend())
        m_trend = TrendSource::Result(); // replaced before the comparison arrives
    m_progress->show();
    Q_EMIT loadRequested(serial, m_corpus.path(), q, m_listPending);
}

void ComparisonPane::applyLoaded(int serial, const ComparisonQuery& query,
                                 const ComparisonSource::Result& result,
                                 const QHash<QString, int>& metricCounts)
{
    if (serial != m_pending) {
        ++m_cancelledLoads; // superseded after the worker finished it: dropped, never shown
        return;
    }
    m_loading = true;
    if (m_listPending) {
        fillMetricLists(metricCounts, query.keys.value(0));
        m_listPending = false;
    }
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(query.keys.value(0))));
    if (query.keys.value(0) == m_wantedKey)
        m_wantedKey.clear();
    m_period->clear();
    // Each region's latest year first, as the CLI's chart: every region that reports the metric is drawn.
    m_period->addItem(tr("Latest per region"), ComparisonQuery::latest());
    m_period->addItem(tr("Best covered"), QString());
    for (const QString& p : result.periods)
        m_period->addItem(p, p);
    m_period->setCurrentIndex(std::max(0, m_period->findData(query.period)));
    m_loading = false;
    m_loadedQuery = query;
    m_loaded = result;
    m_model->setRows(divided(result.rows, &m_barPerCapita)); // rebuilds the charts through choicesChanged
    m_table->resizeColumnsToContents();
    finishLoad(serial);
}

void ComparisonPane::finishLoad(int serial)
{
    if (serial != m_pending)
        return;
    m_pending = 0;
    m_progress->hide();
    Q_EMIT loadFinished();
}

void ComparisonPane::fillMetricLists(const QHash<QString, int>& counts, const QString& current)
{
    MetricChoices::fill(m_metric, m_secondMetric, counts, m_corpus.codebook(), current);
}

void ComparisonPane::setMetric(const QString& key)
{
    m_wantedKey = key; // selected when the list holds it (it may still be loading)
    const int index = m_metric->findData(key);
    m_loading = true;
    if (index >= 0)
        m_metric->setCurrentIndex(index);
    m_period->setCurrentIndex(0); // another metric: each region's latest year
    m_loading = false;
    QSettings().setValue(QStringLiteral("comparison/metric"), key);
    reload();
}

void ComparisonPane::setTag(qint64 tagId)
{
    if (!m_corpus.codebook())
        return;
    m_wantedKey = ComparisonSource::tagKey(m_corpus.codebook()->path(tagId));
    refresh(); // the tag may have been created or used since the list was filled
}

void ComparisonPane::setPeriod(const QString& period)
{
    m_loading = true;
    m_period->setCurrentIndex(std::max(0, m_period->findData(period)));
    m_loading = false;
    reload();
}

void ComparisonPane::setRegionCodes(const QStringList& codes)
{
    m_loading = true;
    m_scope->setCurrentIndex(m_scope->findData(
        int(codes.isEmpty() ? ComparisonQuery::Scope::All : ComparisonQuery::Scope::Codes)));
    m_codes->setText(codes.join(QLatin1Char(',')));
    m_loading = false;
    reload();
}

ComparisonQuery ComparisonPane::query() const
{
    ComparisonQuery query;
    if (!m_metric->currentData().toString().isEmpty())
        query.keys.append(m_metric->currentData().toString());
    const QString second = m_secondMetric->currentData().toString();
    if (!second.isEmpty() && !query.keys.contains(second))
        query.keys.append(second);
    query.period = m_period->count() == 0 ? ComparisonQuery::latest() : m_period->currentData().toString();
    query.scope = ComparisonQuery::Scope(m_scope->currentData().toInt());
    for (const QString& code : m_codes->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (m_corpus.gazetteer().region(code.trimmed()).isValid())
            query.regionCodes.append(code.trimmed());
    }
    return query;
}

void ComparisonPane::reload()
{
    if (!m_corpus.isOpen())
        return;
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    requestLoad(false);
}

bool ComparisonPane::showRegionFigures(const QString& regionCode)
{
    if (!m_corpus.isOpen() || !m_corpus.metrics() || !m_corpus.store())
        return false;
    bool shown = false;
    const ComparisonSource source(*m_corpus.metrics(), *m_corpus.store(), m_corpus.gazetteer());
    for (const QString& key : std::as_const(m_loadedQuery.keys)) {
        const int row = m_model->aggregatedRow(key, regionCode);
        if (row < 0 || m_model->row(row).figures <= 1)
            continue;
        shown = m_model->expand(row, divided(source.loadRegion(m_loadedQuery, m_loaded, key, regionCode))) ||
                shown;
    }
    if (shown)
        m_table->resizeColumnsToContents();
    return shown;
}

QStringList ComparisonPane::selectedRegionCodes() const
{
    QStringList codes;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        codes.append(m_proxy->mapToSource(index).data(ComparisonTableModel::RegionCodeRole).toString());
    codes.removeDuplicates();
    return codes;
}

void ComparisonPane::rebuildCharts()
{
    ComparisonChartOptions options;
    options.sort = ComparisonChartOptions::Sort(m_sort->currentData().toInt());
    options.reference = ComparisonChartOptions::Reference(m_reference->currentData().toInt());
    options.style = ComparisonChartOptions::Style(m_style->currentData().toInt());
    options.topN = m_top->value();
    options.bottom = m_topEnd->currentData().toBool();
    options.selectedCodes = selectedRegionCodes();
    options.regionsDescription = ComparisonSource::scopeDescription(m_corpus.gazetteer(), query());
    options.latestPerRegion = m_loadedQuery.latestPerRegion();
    options.leftOut = m_loaded.leftOut;
    m_charts = ComparisonChartBuilder::build(*m_model, options);
    if (m_barPerCapita.isValid())
        m_barPerCapita.annotate(&m_charts, ChartText::Language::Chinese);
    if (kind() != Kind::Bar && kind() != Kind::Ranking) {
        rebuildPainted();
        return;
    }
    if (kind() == Kind::Ranking)
        // Latest per region ranks the latest year any region reports.
        m_ranking->setRows(divided(m_trend.rows),
                           m_loadedQuery.latestPerRegion() ? QString() : m_loaded.period);
    m_painted->hide();
    m_chartArea->show();

    while (m_views.size() > m_charts.size())
        delete m_views.takeLast();
    while (m_views.size() < m_charts.size()) {
        auto* view = new ComparisonChartView(m_chartArea);
        m_chartArea->layout()->addWidget(view);
        connect(view, &ComparisonChartView::sourceClicked, this, &ComparisonPane::openSource);
        m_views.append(view);
    }
    int rows = 0;
    for (const ChartData& chart : std::as_const(m_charts))
        rows = std::max(rows, int(chart.categories.size()));
    m_rows = rows;
    updateScrollRange();
    const int conflicts = m_model->conflictCount();
    const QString leftOut = ComparisonChartBuilder::leftOutNote(
        m_loaded.leftOut, m_loadedQuery.keys, ChartText::forLanguage(ChartText::Language::Interface));
    m_summary->setText(LeftOutDialog::summaryText(
        m_charts.isEmpty() ? tr("No region reports this metric for the chosen year.")
                           : tr("%n region(s)", nullptr, rows) +
                                 (conflicts > 0 ? tr("; reports disagree for %n region(s): pick a row and "
                                                     "choose “Chart This Value”",
                                                     nullptr, conflicts)
                                                : QString()),
        leftOut));
    updateWindow();
}

int ComparisonPane::visibleBars() const
{
    return std::max(3, (m_chartArea->height() - 130) / pixelsPerBar);
}

void ComparisonPane::updateScrollRange()
{
    const int window = visibleBars();
    const QSignalBlocker blocker(m_scroll);
    m_scroll->setRange(0, std::max(0, m_rows - window));
    m_scroll->setPageStep(window);
    m_scroll->setVisible(m_rows > window);
}

void ComparisonPane::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const int window = visibleBars();
    if (window == m_window)
        return;
    updateScrollRange();
    updateWindow();
}

void ComparisonPane::updateWindow()
{
    m_window = visibleBars();
    for (int i = 0; i < m_views.size(); ++i)
        m_views.at(i)->setChart(m_charts.at(i), m_scroll->value(), m_window);
}

void ComparisonPane::openSource(const ChartValueSource& source)
{
    Q_EMIT passageRequested(source.articleId, source.start, source.end);
    // Drill-down: the bar's region lists its own figures in the table.
    QString regionCode;
    for (const ComparisonRow& row : m_model->rows()) {
        if (row.chosen && row.articleId == source.articleId && row.start == source.start)
            regionCode = row.regionCode;
    }
    if (!regionCode.isEmpty())
        showRegionFigures(regionCode);
}

void ComparisonPane::chooseSelectedRow()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    m_choose->setEnabled(false);
    if (!current.isValid())
        return;
    const ComparisonRow row = m_model->row(current.row());
    m_model->choose(current.row());
    // Stored as the analyst's confirmation of the figure, which the comparison charts first.
    MetricStore metrics(*m_corpus.database());
    QString error;
    if (!ChartChoice::store(metrics, row, QSettings().value(AppInfo::authorSettingsKey()).toString(), &error))
        QMessageBox::warning(
            this, tr("Chart This Value"),
            tr("The value is charted in this window, but the choice was not stored: %1").arg(error));
}

void ComparisonPane::pickRegion()
{
    RegionPickerDialog dialog(m_corpus.gazetteer(), QString(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedCode().isEmpty())
        return;
    const bool subtree = m_scope->currentData().toInt() == int(ComparisonQuery::Scope::Subtree);
    QStringList codes = subtree ? QStringList() : m_codes->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    codes.append(dialog.selectedCode());
    m_codes->setText(codes.join(QLatin1Char(',')));
    reload();
}

ChartExportOptions ComparisonPane::exportOptions() const
{
    ChartExportOptions options;
    options.size = m_size->currentData().toSize();
    options.scale = m_scale->currentData().toInt();
    options.transparent = m_transparent->isChecked();
    options.includeNotes = m_notes->isChecked();
    return options;
}

bool ComparisonPane::exportTo(const QString& path, ChartFormat format, QString* error) const
{
    if (kind() == Kind::Ranking && (format == ChartFormat::Csv || format == ChartFormat::Xlsx))
        return m_ranking->write(path, format == ChartFormat::Xlsx, error);
    return ChartExporter::write(path, format, m_charts, exportOptions(), error);
}

void ComparisonPane::copyToClipboard() const
{
    if (!m_charts.isEmpty())
        QApplication::clipboard()->setMimeData(ChartExporter::mimeData(m_charts, exportOptions()));
}

void ComparisonPane::exportWithDialog(ChartFormat format)
{
    const QString extension = ChartExporter::formatName(format);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Chart"), QStringLiteral("chart.") + extension,
                                     tr("%1 files (*.%2)").arg(extension.toUpper(), extension));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, format, &error))
        QMessageBox::warning(this, tr("Export Chart"), error);
}

ComparisonPane::Kind ComparisonPane::kind() const
{
    return m_kindBar ? m_kindBar->kind() : Kind::Bar;
}

void ComparisonPane::setKind(Kind kind)
{
    m_kindBar->setKind(kind);
}

bool ComparisonPane::needsTrend() const
{
    return kind() == Kind::Trend || kind() == Kind::Multiples || kind() == Kind::Ranking;
}

void ComparisonPane::kindChanged()
{
    const Kind current = kind();
    for (QWidget* barOnly : std::initializer_list<QWidget*>{m_style, m_sort, m_topEnd, m_reference})
        barOnly->setEnabled(current == Kind::Bar || current == Kind::Ranking);
    QAbstractItemModel* wanted = current == Kind::Ranking ? static_cast<QAbstractItemModel*>(m_rankingProxy)
                                                          : static_cast<QAbstractItemModel*>(m_proxy);
    if (m_table->model() != wanted) {
        m_table->setModel(wanted); // a new selection model: connected again
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            if (kind() == Kind::Ranking)
                return;
            const QModelIndex row = m_proxy->mapToSource(m_table->currentIndex());
            m_choose->setEnabled(row.isValid() && m_model->row(row.row()).isCandidate() &&
                                 !m_model->row(row.row()).chosen);
            rebuildCharts();
        });
    }
    m_choose->setVisible(current != Kind::Ranking);
}

void ComparisonPane::refreshIndicators()
{
    m_kindBar->refreshIndicators(m_corpus.isOpen() ? m_corpus.database() : nullptr);
}

void ComparisonPane::setPerIndicator(const QString& indicator)
{
    refreshIndicators();
    m_kindBar->setPerIndicator(indicator);
}

QVector<ComparisonRow> ComparisonPane::divided(const QVector<ComparisonRow>& rows, PerCapita* used) const
{
    const QString indicator = m_kindBar ? m_kindBar->perIndicator() : QString();
    PerCapita perCapita =
        indicator.isEmpty() || m_perValues.isEmpty() ? PerCapita() : PerCapita(indicator, m_perValues);
    const QVector<ComparisonRow> result = perCapita.isValid() ? perCapita.apply(rows) : rows;
    if (used)
        *used = perCapita;
    return result;
}

bool ComparisonPane::setBoundaries(const QString& path, QString* error)
{
    auto boundaries = std::make_unique<RegionBoundaries>();
    if (!boundaries->load(path, m_corpus.gazetteer(), error))
        return false;
    m_boundaries = std::move(boundaries);
    QSettings().setValue(QStringLiteral("comparison/boundaries"), path);
    rebuildCharts();
    return true;
}

void ComparisonPane::chooseBoundaries()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose Boundaries"), QSettings().value(QStringLiteral("comparison/boundaries")).toString(),
        tr("GeoJSON (*.geojson *.json)"));
    QString error;
    if (!path.isEmpty() && !setBoundaries(path, &error))
        QMessageBox::warning(this, tr("Choose Boundaries"), error);
}

void ComparisonPane::rebuildPainted()
{
    const QString scope = ComparisonSource::scopeDescription(m_corpus.gazetteer(), query());
    m_charts.clear();
    if (kind() == Kind::Map) {
        const QString remembered = QSettings().value(QStringLiteral("comparison/boundaries")).toString();
        if (!m_boundaries && !remembered.isEmpty())
            setBoundaries(remembered); // the last file chosen; rebuilds the charts when it loads
        if (m_boundaries) {
            MapChartOptions options;
            options.classes = m_kindBar->classes();
            options.regionsDescription = scope;
            options.selectedCodes = selectedRegionCodes();
            QVector<ComparisonRow> charted;
            for (int index : m_model->chartedRows())
                charted.append(m_model->row(index));
            m_charts.append(MapChartBuilder::build(charted, *m_boundaries, options));
        }
    } else {
        TrendChartOptions options;
        options.layout = kind() == Kind::Multiples ? TrendChartOptions::Layout::SmallMultiples
                                                   : TrendChartOptions::Layout::Lines;
        options.sharedAxis = m_kindBar->sharedAxis();
        options.maxRegions = m_top->value() > 0 ? m_top->value() : 30;
        options.selectedCodes = selectedRegionCodes();
        options.regionsDescription = scope;
        PerCapita perCapita;
        const QVector<ComparisonRow> rows = divided(m_trend.rows, &perCapita);
        const QVector<ComparisonRow> targets = divided(m_trend.targets);
        ChartData chart = TrendChartBuilder::build(rows, targets, options);
        if (!chart.series.isEmpty())
            m_charts.append(chart);
        if (perCapita.isValid())
            perCapita.annotate(&m_charts, ChartText::Language::Chinese);
    }
    if (kind() == Kind::Map && m_barPerCapita.isValid())
        m_barPerCapita.annotate(&m_charts, ChartText::Language::Chinese);
    m_chartArea->hide();
    m_scroll->hide();
    m_painted->show();
    m_painted->setChart(m_charts.value(0));
    m_summary->setText(!m_charts.isEmpty() ? QString()
                       : kind() == Kind::Map
                           ? tr("Choose a boundary file (GeoJSON with 6-digit region codes) to draw the map.")
                           : tr("No region reports this metric for more than one year."));
}

} // namespace rs
