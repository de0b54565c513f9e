#pragma once

#include <QSize>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace rs {
class ComparisonPane;
class Corpus;
class MainWindow;
} // namespace rs

// A main window, shown offscreen, on a new database in a temporary folder into which the sample corpus
// has been imported: the set-up of the suites that drive the window as an analyst would.
class SampleCorpusWindow
{
public:
    SampleCorpusWindow();
    ~SampleCorpusWindow();

    // Opens the database `fileName` in the fixture's folder, shows the window (at `size` when valid)
    // and imports the sample corpus. False, with the step that failed in *error.
    bool open(const QString& fileName, QString* error, const QSize& size = QSize());
    // As open(), then shows the comparison pane's dock and waits for the pane's first load.
    bool openWithComparisonPane(const QString& fileName, QString* error);
    // Closes the window, then the database.
    void close();
    // Waits (a minute at most) for the comparison pane's worker to bring its result back.
    bool comparisonLoaded() const;

    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    rs::Corpus* corpus() const { return m_corpus.get(); }
    rs::MainWindow* window() const { return m_window.get(); }
    rs::ComparisonPane* comparisonPane() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<rs::Corpus> m_corpus;
    std::unique_ptr<rs::MainWindow> m_window;
};
