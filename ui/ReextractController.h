#pragma once

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QThread;
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

    bool isRunning() const { return m_thread != nullptr; }
    void start(const QString& databasePath);
    void cancel();

Q_SIGNALS:
    void finished(int articles, int metrics, bool cancelled);

private:
    void onFinished(int articles, int metrics, bool cancelled, const QString& error);

    QWidget* m_window;
    QThread* m_thread = nullptr;
    ReextractWorker* m_worker = nullptr;
    QPointer<QProgressDialog> m_progress;
    QStringList m_warnings;
};

} // namespace rs
