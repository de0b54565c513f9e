#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QVector>

#include <memory>

namespace rs {

class Database;

// Runs searches on its own thread with its own connection (Database is per thread), so typing never
// waits for the index. Lives on the SearchBar's worker thread.
class SearchWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr int snippetCount = 200; // hits beyond this have no tooltip snippet

    SearchWorker();
    ~SearchWorker() override;

public Q_SLOTS:
    void search(int serial, const QString& databasePath, const QString& query);

Q_SIGNALS:
    void finished(int serial, const QString& query, const QVector<qint64>& rankedIds,
                  const QHash<qint64, QString>& snippets, const QString& error);

private:
    std::unique_ptr<Database> m_database;
};

} // namespace rs
