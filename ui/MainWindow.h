#pragma once

#include <QMainWindow>

class QLabel;
class QSplitter;

namespace rs {

class Corpus;
class ImportController;
class ReaderPane;
class RegionTreePane;
class ReportListPane;

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
    ImportController* importer() const { return m_importer; }

    // Imports the bundled sample reports (first start with a new database).
    void importSampleCorpus();
    void importPaths(const QStringList& paths);
    void showArticle(qint64 articleId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void attachCorpus();
    void newDatabase();
    void openDatabase();
    void openDatabaseAt(const QString& path);
    void importFiles();
    void importFolder();
    void pasteReport();
    void setRegionOfArticle(qint64 articleId);
    void updateStatus();
    void showAbout();

    Corpus& m_corpus;
    ImportController* m_importer;
    RegionTreePane* m_regionPane;
    ReportListPane* m_reportPane;
    ReaderPane* m_readerPane;
    QSplitter* m_splitter;
    QLabel* m_status;
};

} // namespace rs
