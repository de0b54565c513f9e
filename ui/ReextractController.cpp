#include "ReextractController.h"

#include "jobs/ReextractWorker.h"

#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>

namespace rs {

ReextractController::ReextractController(QWidget* window) : QObject(window), m_window(window) {}

ReextractController::~ReextractController()
{
    cancel();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void ReextractController::cancel()
{
    if (m_worker)
        m_worker->cancel();
}

void ReextractController::start(const QString& databasePath)
{
    if (isRunning())
        return;
    m_warnings.clear();
    m_worker = new ReextractWorker(databasePath);
    m_thread = new QThread(this);
    m_worker->moveToThread(m_thread);
    m_progress = new QProgressDialog(tr("Extracting figures again…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Re-extract Figures"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ReextractController::cancel);
    connect(m_thread, &QThread::started, m_worker, &ReextractWorker::run);
    connect(m_worker, &ReextractWorker::progress, this, [this](int done, int total) {
        if (m_progress) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
            m_progress->setLabelText(tr("Extracting figures: report %1 of %2").arg(done).arg(total));
        }
    });
    connect(m_worker, &ReextractWorker::warning, this,
            [this](const QString& message) { m_warnings << message; });
    connect(m_worker, &ReextractWorker::finished, this, &ReextractController::onFinished);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

void ReextractController::onFinished(int articles, int metrics, bool cancelled, const QString& error)
{
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_worker = nullptr;
    if (!error.isEmpty())
        QMessageBox::critical(m_window, tr("Re-extract Figures"), error);
    else if (!m_warnings.isEmpty())
        QMessageBox::warning(m_window, tr("Re-extract Figures"), m_warnings.join(QLatin1Char('\n')));
    Q_EMIT finished(articles, metrics, cancelled);
}

} // namespace rs
