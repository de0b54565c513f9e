#include "MainWindowHost.h"

#include "ImportController.h"
#include "LanguageLoader.h"
#include "MainWindow.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace rs {

MainWindowHost::MainWindowHost(Corpus& corpus, QObject* parent) : QObject(parent), m_corpus(corpus)
{
    build();
}

MainWindowHost::~MainWindowHost() = default;

void MainWindowHost::build()
{
    m_window = std::make_unique<MainWindow>(m_corpus);
    connect(m_window.get(), &MainWindow::languageChangeRequested, this, [this](const QString& language) {
        // Not from inside the old window's own slot: it is destroyed by the switch.
        QMetaObject::invokeMethod(
            this, [this, language] { switchLanguage(language); }, Qt::QueuedConnection);
    });
}

bool MainWindowHost::switchLanguage(const QString& language)
{
    if (m_window->importer()->isRunning()) {
        QMessageBox::information(m_window.get(), tr("Settings"),
                                 tr("The new language is used from the next start."));
        return false;
    }
    const bool wasVisible = m_window->isVisible();
    // The client geometry, not restoreGeometry()'s frame position: a window not yet shown has no frame,
    // and the new one landed a title bar's height lower.
    const QRect geometry = m_window->geometry();
    const Qt::WindowStates states = m_window->windowState();
    m_window->saveWindowState();
    LanguageLoader::install(*QCoreApplication::instance(), language);
    m_window.reset();
    build();
    m_window->restoreWindowState();
    if (!(states & (Qt::WindowMaximized | Qt::WindowFullScreen)))
        m_window->setGeometry(geometry);
    m_window->setWindowState(states);
    if (wasVisible)
        m_window->show();
    Q_EMIT windowReplaced(m_window.get());
    return true;
}

} // namespace rs
