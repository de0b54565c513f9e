#include "BackgroundJob.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

namespace rs {

BackgroundJob::BackgroundJob(QWidget* window, const QString& title, QObject* parent)
    : QObject(parent), m_window(window), m_title(title)
{}

BackgroundJob::~BackgroundJob()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void BackgroundJob::start(QObject* worker, const QString& label, const std::function<void()>& run,
                          const std::function<void()>& cancel)
{
    m_thread = new QThread(this);
    worker->moveToThread(m_thread);
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(m_title);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, cancel);
    connect(m_thread, &QThread::started, worker, run); // runs on the worker's thread
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread->start();
}

void BackgroundJob::setProgress(int done, int total, const QString& label)
{
    if (!m_progress)
        return;
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    if (!label.isEmpty())
        m_progress->setLabelText(label);
}

void BackgroundJob::finish()
{
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    if (m_thread) {
        // The worker has emitted its last signal; let the thread's event loop end.
        m_thread->quit();
        m_thread->wait();
        m_thread->deleteLater();
    }
    m_thread = nullptr;
}

void BackgroundJob::waitForFinished()
{
    // The worker's finished signal is queued to this thread: keep delivering events until finish() ran.
    while (m_thread)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents | QEventLoop::ExcludeUserInputEvents,
                                        50);
}

} // namespace rs
