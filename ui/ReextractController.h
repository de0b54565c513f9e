#pragma once

#include "BackgroundJob.h"

#include <QObject>
#include <QStringList>

class QWidget;

namespace rs {

class ReextractWorker;

// Re-extracts every report's figures off the GUI thread, with progress and Cancel.
class ReextractController : public QObject
{
    Q_OBJECT

public:
    explicit ReextractController(QWidget* window);
    ~ReextractController() override;

    bool isRunning() const { return m_job.isRunning(); }
    void start(const QString& databasePath);
    void cancel();

Q_SIGNALS:
    void finished(int articles, int metrics, bool cancelled);

private:
    void onFinished(int articles, int metrics, bool cancelled, const QString& error);

    QWidget* m_window;
    BackgroundJob m_job;
    ReextractWorker* m_worker = nullptr;
    QStringList m_warnings;
};

} // namespace rs
