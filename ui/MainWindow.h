#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;

namespace rs {

class AnnotationController;
class ComparisonPane;
class Corpus;
class SideBySideWindow;
class ImportController;
class MetricsPane;
class ReextractController;
class Taxonomy;
class ReaderPane;
class RegionTreePane;
class ReportListPane;
class SearchBar;
class TeamSession;

// Composes the panes and the menus; panes talk to each other through the corpus models and signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Corpus& corpus, QWidget* parent = nullptr);
    ~MainWindow() override;

    RegionTreePane* regionPane() const { return m_regionPane; }
    ReportListPane* reportPane() const { return m_reportPane; }
    ReaderPane* readerPane() const { return m_readerPane; }
    // Side by side: the comparison window, when open, and the action that opens it.
    SideBySideWindow* compareWindow() const;
    QAction* compareAction() const { return m_compareAction; }
    MetricsPane* metricsPane() const { return m_metricsPane; }
    ImportController* importer() const { return m_importer; }
    ComparisonPane* comparisonPane() const { return m_comparisonPane; }
    SearchBar* searchBar() const { return m_searchBar; }
    AnnotationController* annotations() const { return m_annotations; }
    QLabel* statusLabel() const { return m_status; }
    // Team mode: the Connect dialog, the analyst's role, what the role keeps off.
    TeamSession* teamSession() const { return m_team; }

    // Geometry, docks, splitters and report columns, kept in QSettings between runs.
    void saveWindowState() const;
    bool restoreWindowState();

    // Imports the bundled sample reports (first start with a new database).
    void importSampleCorpus();
    void importPaths(const QStringList& paths);
    void showArticle(qint64 articleId);
    // Shows a report with the passage [start, end) selected (the source of a compared figure).
    void showPassage(qint64 articleId, int start, int end);

Q_SIGNALS:
    // Settings chose another UI language ("en", "zh_CN"); MainWindowHost rebuilds the window in it.
    void languageChangeRequested(const QString& language);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createMenus();
    void connectPanes();
    void createSearchBar();
    void attachCorpus();
    void newDatabase();
    void openDatabase();
    void openDatabaseAt(const QString& path);
    void importFiles();
    void importFolder();
    void pasteReport();
    void setRegionOfArticle(qint64 articleId);
    void updateStatus();
    void filterChanged();
    void makeDocksShrinkable();
    QRect availableScreenGeometry() const;
    void keepOnScreen(QSize before = QSize());
    void watchDock(QDockWidget* dock);
    void sizeDockOnFirstOpen(QDockWidget* dock);
    void fitSplittersToContent();
    static QStringList searchNeedles(const QString& query);
    void showAbout();
    void updateCompareAction();
    void ensureSideBySideWindow();
    void compareSelected();
    void addToComparison(qint64 articleId);
    void addFigureFromSelection();
    void reextractFigures();
    void recleanCurrentReport();
    void editReportDetails();
    void showSettings();

    Corpus& m_corpus;
    ImportController* m_importer;
    RegionTreePane* m_regionPane;
    ReportListPane* m_reportPane;
    std::shared_ptr<const Taxonomy> m_taxonomy;
    ReextractController* m_reextract;
    ReaderPane* m_readerPane;
    MetricsPane* m_metricsPane;
    QSplitter* m_readerSplitter;
    QSplitter* m_splitter;
    QLabel* m_status;
    QAction* m_compareAction = nullptr;
    QPointer<SideBySideWindow> m_compareWindow;
    ComparisonPane* m_comparisonPane = nullptr;
    SearchBar* m_searchBar = nullptr;
    AnnotationController* m_annotations = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_toolsMenu = nullptr;
    QAction* m_quitAction = nullptr;
    TeamSession* m_team = nullptr;
    bool m_layoutChosen = false; // the analyst moved a splitter, or a saved layout was restored
    QSet<QString> m_sizedDocks;  // docks that had their first-open size
};

} // namespace rs
