#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rs {

class Database;

// Filters combined with a search; empty members do not filter.
struct SearchOptions
{
    QString regionCode; // the region and everything under it: "44", "4404", "440404"
    QDate from;         // publication date, inclusive
    QDate to;
    QString source;    // exact source name
    QString metricKey; // reports with at least one extracted figure of this taxonomy key
    int limit = -1;    // -1: every hit
    int offset = 0;
};

struct SearchHit
{
    qint64 id = 0;
    QString title;
    QDate publishedOn;
    QString regionCode;
    double score = 0; // higher is better (negated BM25, titles weigh ten times the body)
    QString snippet;  // matches between SearchIndex::highlightStart and highlightEnd
};

// Ranked full-text search over report titles and bodies: an FTS5 table (article_search, external
// content over articles, migration 4) kept in sync by triggers, so every article stored or changed is
// indexed in the same transaction. Query text goes through SearchQuery and is never FTS syntax.
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)

public:
    explicit SearchIndex(Database& database);

    // Private-use characters around matches in snippets; render them with highlighted().
    static constexpr char16_t highlightStart = 0xE000;
    static constexpr char16_t highlightEnd = 0xE001;
    static QString highlighted(const QString& snippet, const QString& open, const QString& close);
    static QString plain(const QString& snippet) { return highlighted(snippet, QString(), QString()); }

    // Best hits first; an empty query finds nothing.
    QVector<SearchHit> search(const QString& query, const SearchOptions& options = {}) const;
    int count(const QString& query, const SearchOptions& options = {}) const;
    // Every hit's id, best first (options.limit/offset apply): what the report table filters on.
    QVector<qint64> rankedIds(const QString& query, const SearchOptions& options = {}) const;
    // The snippet of one article for a query, empty when it does not match.
    QString snippet(qint64 articleId, const QString& query) const;

    // Rebuilds the index from the articles table (the triggers normally make this unnecessary).
    bool rebuild();
    // Merges the index's segments into one (every import transaction adds a small segment); slow on a
    // large corpus, so run it in the background after a bulk import.
    bool optimize();

    QString lastError() const { return m_lastError; }

private:
    Database& m_database;
    mutable QString m_lastError;
};

} // namespace rs
