#include "SampleCorpusWindow.h"

#include "ImportController.h"
#include "MainWindow.h"
#include "comparison/ComparisonPane.h"
#include "gazetteer/Gazetteer.h"
#include "models/Corpus.h"

#include <QSignalSpy>
#include <QTest>

using namespace rs;

SampleCorpusWindow::SampleCorpusWindow() = default;
SampleCorpusWindow::~SampleCorpusWindow() = default; // the window goes first, then its corpus

bool SampleCorpusWindow::open(const QString& fileName, QString* error, const QSize& size)
{
    m_corpus = std::make_unique<Corpus>(Gazetteer::builtin());
    if (!m_corpus->open(m_dir.filePath(fileName))) {
        *error = QStringLiteral("opening the database failed: ") + m_corpus->error();
        return false;
    }
    m_window = std::make_unique<MainWindow>(*m_corpus);
    if (size.isValid())
        m_window->resize(size);
    m_window->show();
    QSignalSpy finished(m_window->importer(), &ImportController::finished);
    m_window->importSampleCorpus();
    if (!finished.wait(60000)) {
        *error = QStringLiteral("the sample corpus was not imported within a minute");
        return false;
    }
    return true;
}

bool SampleCorpusWindow::openWithComparisonPane(const QString& fileName, QString* error)
{
    if (!open(fileName, error))
        return false;
    comparisonPane()->parentWidget()->show(); // the dock
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        *error = QStringLiteral("the window was not shown");
        return false;
    }
    if (!comparisonLoaded()) {
        *error = QStringLiteral("the comparison pane did not load within a minute");
        return false;
    }
    return true;
}

void SampleCorpusWindow::close()
{
    m_window.reset();
    m_corpus.reset();
}

bool SampleCorpusWindow::comparisonLoaded() const
{
    return QTest::qWaitFor([this] { return !comparisonPane()->isLoading(); }, 60000);
}

ComparisonPane* SampleCorpusWindow::comparisonPane() const
{
    return m_window->comparisonPane();
}
