#include "ImportController.h"

#include "jobs/ImportWorker.h"

#include <QFileInfo>
#include <QMessageBox>

namespace rs {

ImportController::ImportController(QWidget* window)
    : QObject(window), m_window(window), m_job(window, tr("Import"))
{}

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
    connect(worker, &ImportWorker::progress, this, [this](int done, int total, const QString& path) {
        m_job.setProgress(
            done, total,
            path.isEmpty()
                ? QString()
                : tr("Importing %1 of %2: %3").arg(done + 1).arg(total).arg(QFileInfo(path).fileName()));
    });
    connect(worker, &ImportWorker::fileDone, this, [this](const ImportOutcome& outcome) {
        if (outcome.status == ImportOutcome::Status::Failed)
            m_failures.append(outcome);
    });
    connect(worker, &ImportWorker::failedToStart, this,
            [this](const QString& message) { m_startError = message; });
    connect(worker, &ImportWorker::finished, this, &ImportController::onFinished);
    m_job.start(
        worker, label, [worker] { worker->run(); }, [this] { cancel(); });
}

void ImportController::onFinished(const ImportSummary& summary)
{
    m_job.finish();
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
    m_job.waitForFinished();
}

} // namespace rs
