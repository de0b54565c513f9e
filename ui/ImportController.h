#pragma once

#include "ingest/ImportOutcome.h"

#include "BackgroundJob.h"

#include <QObject>
#include <QStringList>

class QWidget;

namespace rs {

class ImportWorker;

// Runs imports off the GUI thread with a progress dialog and Cancel, and reports what failed.
class ImportController : public QObject
{
    Q_OBJECT

public:
    explicit ImportController(QWidget* window);
    ~ImportController() override;

    bool isRunning() const { return m_job.isRunning(); }
    void importPaths(const QString& databasePath, const QStringList& paths);
    void importText(const QString& databasePath, const QString& text);
    void cancel();
    // Blocks until the running import ends (used on quit and in tests).
    void waitForFinished();

Q_SIGNALS:
    void finished(const rs::ImportSummary& summary);

private:
    void start(ImportWorker* worker, const QString& label);
    void onFinished(const rs::ImportSummary& summary);

    QWidget* m_window;
    BackgroundJob m_job;
    ImportWorker* m_worker = nullptr;
    QVector<ImportOutcome> m_failures;
    QString m_startError;
};

} // namespace rs
