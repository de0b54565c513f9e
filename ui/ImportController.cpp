#include "ImportController.h"

#include "jobs/ImportWorker.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>

namespace rs {

ImportController::ImportController(QWidget* window) : QObject(window), m_window(window) {}

ImportController::~ImportController()
{
    cancel();
    waitForFinished();
}

void ImportController::importPaths(const QString& databasePath, const QStringList& paths)
{
    start(new ImportWorker(databasePath, paths), tr("Importing reports…"));
}

void ImportController::importText(const QString& databasePath, const QString& text)
{
    start(ImportWorker::forText(databasePath, text, tr("pasted text")), tr("Importing pasted report…"));
}

void ImportController::start(ImportWorker* worker, const QString& label)
{
    if (isRunning()) {
        delete worker;
        QMessageBox::information(m_window, tr("Import"), tr("An import is already running."));
        return;
    }
    m_failures.clear();
    m_startError.clear();
    m_worker = worker;
    m_thread = new QThread(this);
    worker->moveToThread(m_thread);

    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setMinimumDuration(300);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        if (m_worker)
            m_worker->cancel();
    });

    connect(m_thread, &QThread::started, worker, &ImportWorker::run);
    connect(worker, &ImportWorker::progress, this, [this](int done, int total, const QString& path) {
        if (!m_progress)
            return;
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        if (!path.isEmpty())
            m_progress->setLabelText(
                tr("Importing %1 of %2: %3").arg(done + 1).arg(total).arg(QFileInfo(path).fileName()));
    });
    connect(worker, &ImportWorker::fileDone, this, [this](const ImportOutcome& outcome) {
        if (outcome.status == ImportOutcome::Status::Failed)
            m_failures.append(outcome);
    });
    connect(worker, &ImportWorker::failedToStart, this,
            [this](const QString& message) { m_startError = message; });
    connect(worker, &ImportWorker::finished, this, &ImportController::onFinished);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread->start();
}

void ImportController::onFinished(const ImportSummary& summary)
{
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    if (m_thread) {
        // run() has emitted its last signal; let the thread's event loop end.
        m_thread->quit();
        m_thread->wait();
        m_thread->deleteLater();
    }
    m_thread = nullptr;
    m_worker = nullptr;

    if (!m_startError.isEmpty()) {
        QMessageBox::critical(m_window, tr("Import failed"), m_startError);
    } else if (!m_failures.isEmpty()) {
        QStringList lines;
        for (const ImportOutcome& failure : std::as_const(m_failures))
            lines << tr("%1: %2").arg(failure.path, failure.reason);
        QMessageBox box(QMessageBox::Warning, tr("Import"),
                        tr("%n file(s) could not be imported; the other files were imported.", nullptr,
                           int(m_failures.size())),
                        QMessageBox::Ok, m_window);
        box.setInformativeText(tr("Imported: %1, duplicates: %2, failed: %3")
                                   .arg(summary.imported)
                                   .arg(summary.duplicates)
                                   .arg(summary.failed));
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.exec();
    }
    Q_EMIT finished(summary);
}

void ImportController::cancel()
{
    if (m_worker)
        m_worker->cancel();
}

void ImportController::waitForFinished()
{
    // finished() is queued to this thread, so keep delivering events until it has been handled.
    while (m_thread)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents | QEventLoop::ExcludeUserInputEvents,
                                        50);
}

} // namespace rs
