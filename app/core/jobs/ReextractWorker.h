#pragma once

#include <QObject>
#include <QString>

#include <atomic>

namespace rs {

// Re-runs metric extraction over every stored article (after a taxonomy or extractor change) in a
// worker thread. Machine rows are replaced per article in one transaction; analyst reviews are kept.
class ReextractWorker : public QObject
{
    Q_OBJECT

public:
    explicit ReextractWorker(const QString& databasePath, QObject* parent = nullptr);

    void cancel() { m_cancelled.store(true); }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void progress(int done, int total);
    void warning(const QString& message);
    // articles: how many were re-extracted; cancelled: stopped early on request.
    void finished(int articles, int metrics, bool cancelled, const QString& error);

private:
    QString m_databasePath;
    std::atomic<bool> m_cancelled{false};
};

} // namespace rs
