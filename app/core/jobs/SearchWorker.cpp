#include "SearchWorker.h"

#include "storage/Database.h"
#include "storage/SearchIndex.h"

namespace rs {

SearchWorker::SearchWorker() = default;
SearchWorker::~SearchWorker() = default;

void SearchWorker::search(int serial, const QString& databasePath, const QString& query)
{
    if (!m_database || m_database->path() != databasePath || !m_database->isOpen()) {
        m_database = std::make_unique<Database>();
        if (!m_database->open(databasePath)) { // a SQLite file or a team database URL
            const QString error = m_database->error();
            m_database.reset();
            Q_EMIT finished(serial, query, {}, {}, error);
            return;
        }
    }
    const SearchIndex index(*m_database);
    // One ranking for the ids and the snippets: ranking twice doubled the wait on a large corpus.
    QVector<SearchHit> best;
    QString error;
    const QVector<qint64> ids = index.rankedIds(query, {}, snippetCount, &best, &error);
    QHash<qint64, QString> snippets;
    for (const SearchHit& hit : std::as_const(best))
        snippets.insert(hit.id, hit.snippet);
    Q_EMIT finished(serial, query, ids, snippets, error);
}

} // namespace rs
