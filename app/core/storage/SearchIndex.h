#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
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
    QVector<qint64>
        tagIds;     // reports with an annotation carrying one of these tags (sub-tags added by the caller)
    int limit = -1; // -1: every hit
    int offset = 0;
};

struct SearchHit
{
    qint64 id = 0;
    QString title;
    QDate publishedOn;
    QString regionCode;
    double score = 0; // higher is better: negated BM25, titles 10x the body (PostgreSQL: ts_rank)
    QString snippet;  // matches between SearchIndex::highlightStart and highlightEnd
};

// Ranked full-text search over report titles and bodies. On PostgreSQL the same tokens in a tsvector
// (PostgresSearch), written by indexReports(); what follows describes SQLite: an FTS5 table (article_search,
// external content over articles, migration 4) kept in sync by triggers, so every article stored or changed
// is indexed in the same transaction. Query text goes through SearchQuery and is never FTS syntax.
//
// Ranking: BM25 with titles weighing ten times the body. Scoring every hit of a common term is too slow
// for search as you type (a two-character term can match most of the corpus), so at most
// candidateCount of the newest hits, plus the newest titleCandidateCount title hits (found in
// article_title_search, migration 7), are scored; when a query has fewer hits than candidateCount
// (nearly every specific query), the ranking covers them all.
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

    static constexpr int candidateCount = 2000;
    static constexpr int titleCandidateCount = 200;

    // The searches return what they found; when the database fails that is nothing (or what was read
    // before the failure) and error holds the reason, so no hits with an empty error means no match.

    // Best hits first (the scored candidates only); an empty query finds nothing.
    QVector<SearchHit> search(const QString& query, const SearchOptions& options = {},
                              QString* error = nullptr) const;
    // Exact number of hits; proportional to the hits, so interactive callers use countUpTo().
    int count(const QString& query, const SearchOptions& options = {}, QString* error = nullptr) const;
    // The number of hits, but counting stops at cap (-1: no cap); "cap or more" when it returns cap.
    int countUpTo(const QString& query, int cap, const SearchOptions& options = {},
                  QString* error = nullptr) const;
    // Every hit's id (options.limit/offset apply): the scored candidates best first, then the other
    // hits newest first. What the report table filters on.
    QVector<qint64> rankedIds(const QString& query, const SearchOptions& options = {},
                              QString* error = nullptr) const;
    // The same, and the first bestCount of them as hits with snippets, from one ranking: what search
    // as you type shows (the report table restricted to the hits, snippets as tooltips).
    QVector<qint64> rankedIds(const QString& query, const SearchOptions& options, int bestCount,
                              QVector<SearchHit>* best, QString* error = nullptr) const;
    // The snippet of one article for a query, empty when it does not match.
    QString snippet(qint64 articleId, const QString& query, QString* error = nullptr) const;

    // Lets the body index keep 16 MB of pending terms before it writes a segment, instead of FTS5's
    // 1 MB, for an import batch on this connection (the setting is kept in the index's own table).
    static void prepareForImport(QSqlDatabase& db);
    // Indexes the title and body of reports stored or changed by ids, in the caller's transaction. On
    // SQLite the index's triggers already did (nothing to do); on PostgreSQL the tokens come from
    // SearchTokenizer in this process, so every store that writes a title or body calls this.
    static bool indexReports(QSqlDatabase& db, const QVector<qint64>& ids, QString* error = nullptr);
    // Rebuilds the index from the articles table (the triggers normally make this unnecessary).
    bool rebuild(QString* error = nullptr);
    // Merges the index's segments into one (every import transaction adds a small segment); slow on a
    // large corpus, so run it in the background after a bulk import.
    bool optimize(QString* error = nullptr);

    struct Candidate
    {
        qint64 id = 0;
        double rank = 0; // FTS5 convention: negated BM25, lower is better
    };

private:
    struct Ranked
    {
        qint64 id;
        double score;
    };
    bool addTitleHits(const QString& expression, const SearchOptions& options, QVector<Candidate>* candidates,
                      QString* error) const;
    // complete: every hit was scored (fewer hits than candidateCount).
    // rest (PostgreSQL only, when given): the hits beyond the candidates, newest first.
    bool rankCandidates(const QString& expression, const QVector<QStringList>& alternatives,
                        const SearchOptions& options, QVector<Ranked>* ranked, bool* complete, QString* error,
                        QVector<qint64>* rest = nullptr) const;
    // PostgreSQL's candidates (PostgresSearch), ranked as FTS5 ranks (lower first).
    bool rankPostgres(const QVector<QStringList>& alternatives, const SearchOptions& options,
                      QVector<Candidate>* candidates, bool* complete, QString* error,
                      QVector<qint64>* rest) const;
    QString snippetPostgres(qint64 articleId, const QVector<QStringList>& alternatives,
                            const QStringList& needles, QString* error) const;
    bool hits(const QVector<Ranked>& ranked, int first, int last, const QStringList& needles,
              QVector<SearchHit>* found, QString* error) const;
    bool fail(QString* error, const QString& action, const QSqlError& given = QSqlError()) const;

    Database& m_database;
};

} // namespace rs
