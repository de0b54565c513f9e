#include "ReextractController.h"

#include "jobs/ReextractWorker.h"

#include <QMessageBox>

namespace rs {

ReextractController::ReextractController(QWidget* window)
    : QObject(window), m_window(window), m_job(window, tr("Re-extract Figures"))
{}

ReextractController::~ReextractController()
{
    cancel(); // the job's own destructor then ends the thread
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
    connect(m_worker, &ReextractWorker::progress, this, [this](int done, int total) {
        m_job.setProgress(done, total, tr("Extracting figures: report %1 of %2").arg(done).arg(total));
    });
    connect(m_worker, &ReextractWorker::warning, this,
            [this](const QString& message) { m_warnings << message; });
    connect(m_worker, &ReextractWorker::finished, this, &ReextractController::onFinished);
    ReextractWorker* worker = m_worker;
    m_job.start(
        worker, tr("Extracting figures again…"), [worker] { worker->run(); }, [this] { cancel(); });
}

void ReextractController::onFinished(int articles, int metrics, bool cancelled, const QString& error)
{
    m_job.finish();
    m_worker = nullptr;
    if (!error.isEmpty())
        QMessageBox::critical(m_window, tr("Re-extract Figures"), error);
    else if (!m_warnings.isEmpty())
        QMessageBox::warning(m_window, tr("Re-extract Figures"), m_warnings.join(QLatin1Char('\n')));
    Q_EMIT finished(articles, metrics, cancelled);
}

} // namespace rs
