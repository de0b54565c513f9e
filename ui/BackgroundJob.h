#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QProgressDialog;
class QThread;
class QWidget;

namespace rs {

// How the window runs long work: the worker on a thread of its own, a window-modal progress dialog
// (shown after 300 ms) whose Cancel asks the worker to stop, and, once the worker says it finished,
// the dialog closed, the thread ended and the worker deleted with it. The import and re-extract
// controllers share it, so both behave alike on Cancel, on quit and in tests.
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    BackgroundJob(QWidget* window, const QString& title, QObject* parent = nullptr);
    ~BackgroundJob() override; // ends a running thread (after the worker was asked to stop)

    bool isRunning() const { return m_thread != nullptr; }
    // Moves `worker` to a new thread and calls `run` there; Cancel calls `cancel` on this thread.
    void start(QObject* worker, const QString& label, const std::function<void()>& run,
               const std::function<void()>& cancel);
    void setProgress(int done, int total, const QString& label = QString());
    // Closes the dialog and ends the thread; call when the worker's last signal arrived.
    void finish();
    // Blocks until finish() ran, delivering queued signals meanwhile (used on quit and in tests).
    void waitForFinished();

private:
    QWidget* m_window;
    QString m_title;
    QThread* m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
};

} // namespace rs
