#pragma once

#include "ingest/ImportOutcome.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>

#include <atomic>

namespace rs {

// Runs an import batch in a worker thread (moveToThread, then invoke run()). It opens its own
// connection to the database (a SQLite file or a postgresql:// URL, as Database::open() takes them)
// because Qt SQL connections belong to one thread.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    ImportWorker(const QString& databasePath, const QStringList& paths, QObject* parent = nullptr);
    // Imports pasted text instead of files.
    static ImportWorker* forText(const QString& databasePath, const QString& text, const QString& label);

    // Thread-safe; the batch stops after the file in progress (which is committed or rolled back whole).
    void cancel() { m_cancelled.store(true); }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void progress(int done, int total, const QString& currentPath);
    void fileDone(const rs::ImportOutcome& outcome);
    void finished(const rs::ImportSummary& summary);
    void failedToStart(const QString& message);

private:
    QString m_databasePath;
    QStringList m_paths;
    QString m_text;
    QString m_textLabel;
    bool m_isText = false;
    std::atomic<bool> m_cancelled{false};
};

} // namespace rs

Q_DECLARE_METATYPE(rs::ImportOutcome)
Q_DECLARE_METATYPE(rs::ImportSummary)
