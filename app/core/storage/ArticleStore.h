#pragma once

#include "MetricGroupBatch.h"
#include "domain/Metric.h"
#include "domain/ParsedReport.h"
#include "util/ImportTimings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVector>

#include <memory>

namespace rs {

class Database;
struct ArticleInsertStatements;

struct NewArticle
{
    ParsedReport report;
    QString regionCode;       // empty when unknown
    QByteArray regionSortKey; // pinyin sort key of the region's name path
    QString filePath;
    QByteArray originalBytes; // kept so cleaning can be improved and re-run later
    QVector<Metric> metrics;

    // Made ahead by ArticleStore::pack() on an import's preparing threads, so the one thread that writes
    // does not have to; insert() packs an article that is not.
    bool packed = false;
    QString bodyHash;
    bool originalCompressed = false; // packedOriginal is a zlib stream of the original's bytes
    QByteArray packedOriginal;
    qint64 originalSize = 0;
};

struct StoredArticle
{
    qint64 id = 0;
    QString title;
    QString body;
    ReportMetadata metadata;
    QVector<Paragraph> paragraphs;
    QString regionCode;
    QString detectedRegionCode;
    bool regionSetByUser = false;
    QString encoding;
    bool wasHtml = false;
    bool collapsedRepeat = false;
    QString filePath;
    QDateTime importedAt;
    QString format;       // "txt", "html", "wechat", "pdf", "docx"; empty for reports imported before
    QString repostedFrom; // a reposted WeChat article's original account
    // Which of title, date and source the analyst set (ArticleDetailsStore); metadata holds the values
    // in effect either way.
    bool titleEdited = false;
    bool dateEdited = false;
    bool sourceEdited = false;
};

struct ArticleSummary
{
    qint64 id = 0;
    QString title;
    QDate publishedOn;
    QString source;
    QString regionCode;
    int charCount = 0;
};

struct ArticleFilter
{
    enum class Scope
    {
        All,
        RegionSubtree,
        UnknownRegion
    };
    Scope scope = Scope::All;
    QString regionCode; // for RegionSubtree: "44", "4404", "440404"
    // Search results (SearchIndex::rankedIds): only these articles; ArticleSort::Relevance keeps this order.
    bool restrictToIds = false;
    QVector<qint64> ids = {};
    // Only articles with an annotation carrying one of these tags (the caller adds sub-tags).
    QVector<qint64> tagIds = {};
};

enum class ArticleSort
{
    Id,
    Title,
    PublishedOn,
    Region,
    Source,
    Length,
    Relevance
};

// Articles, their paragraphs, original bytes and machine-extracted metrics. Every statement uses
// bound parameters; callers never see SQL.
class ArticleStore
{
    Q_DECLARE_TR_FUNCTIONS(ArticleStore)

public:
    explicit ArticleStore(Database& database);
    ~ArticleStore();
    ArticleStore(const ArticleStore&) = delete;
    ArticleStore& operator=(const ArticleStore&) = delete;

    enum class InsertStatus
    {
        Inserted,
        Duplicate,
        Failed
    };
    struct InsertResult
    {
        InsertStatus status = InsertStatus::Failed;
        qint64 id = 0; // the new article, or the existing one for a duplicate
        QString error;
    };

    // One transaction: the article with its paragraphs, original and metrics is stored whole or not at all.
    // Inside a batch the article is a savepoint of the batch's transaction: still whole or not at all,
    // and stored for good only when the batch commits.
    InsertResult insert(const NewArticle& article);

    // A bulk import commits many reports at once: one commit and one search-index segment per batch
    // instead of per report, with the insert statements prepared once. Other writers wait while a
    // batch is open, so callers keep batches short (ReportImporter commits every fraction of a second).
    // The batch's reports enter both search indexes together as the batch commits, outside their
    // savepoints: FTS5 writes its pending rows to disk at every savepoint, which made a search index
    // segment of every report and cost more than everything else an import stores.
    bool beginBatch(QString* error = nullptr);
    bool commitBatch(QString* error = nullptr);
    void rollbackBatch();
    bool inBatch() const { return m_statements != nullptr; }

    static QString bodyHash(const QString& body);
    // The body's hash, and the original as it is stored: a zlib stream (RFC 1950) when that is much
    // smaller (text is, by half or more; PDF and Word files are compressed already), else the bytes as they
    // are. Thread-safe; releases originalBytes when they were compressed.
    static void pack(NewArticle* article);
    // The original from its stored form: compression is empty (the bytes as they are, as every original
    // stored before migration 11) or "zlib". False when the stored form is damaged.
    static bool unpackOriginal(const QByteArray& stored, const QString& compression, qint64 size,
                               QByteArray* bytes);
    // Adds the time of each step of insert() and of commits to timings; null stops timing.
    void setTimings(ImportTimings* timings) { m_timings = timings; }
    qint64 findByBodyHash(const QString& hash) const;

    // False for a missing report (error stays empty) and when the database fails (the reason in error).
    bool load(qint64 id, StoredArticle* article, QString* error = nullptr) const;
    // False for a missing report (error stays empty) and when the database fails (the reason in error).
    bool setRegion(qint64 id, const QString& regionCode, const QByteArray& regionSortKey,
                   QString* error = nullptr);
    // The bytes the report was imported from and their file name; false when none were kept.
    bool original(qint64 articleId, QByteArray* bytes, QString* fileName) const;
    // Puts newly cleaned text in place of the stored one: title, metadata, body, paragraphs and machine
    // figures; the analyst's region choice, detail edits, the original bytes and the id are kept. Runs in
    // the caller's write transaction (Database::beginWrite), which rolls back on failure.
    bool replaceCleaned(qint64 articleId, const NewArticle& cleaned, QString* error = nullptr);

    // The readers below return what they found; on a database failure that is empty (0, no rows) and
    // error holds the reason, so an empty result with an empty error means there is nothing.
    int count(const ArticleFilter& filter = {}, QString* error = nullptr) const;
    QVector<ArticleSummary> page(const ArticleFilter& filter, ArticleSort sort, Qt::SortOrder order,
                                 int offset, int limit, QString* error = nullptr) const;
    QVector<ArticleSummary> all(ArticleSort sort = ArticleSort::Id, QString* error = nullptr) const;
    QVector<qint64> ids(QString* error = nullptr) const;
    // Number of articles per stored region code; unknown region under the empty string. A filter's
    // search hits and tags narrow the counts; its region scope is ignored.
    QHash<QString, int> countsByRegion(const ArticleFilter& filter = {}, QString* error = nullptr) const;
    // The first and last publication date of the corpus; invalid dates when no report has one.
    QPair<QDate, QDate> publishedRange(QString* error = nullptr) const;

private:
    using Statements = ArticleInsertStatements;

    // Adds the open batch's reports to the search index (SQLite: both FTS5 tables, then lets the insert
    // triggers index again; PostgreSQL: SearchIndex::indexReports). *error gets a message in words
    // when the index said one, else stays empty.
    bool indexBatch(QSqlDatabase& db, QString* error);
    // SQLite's search triggers index again after a batch that did not commit.
    void restoreSearchTriggers(QSqlDatabase& db) const;
    // Starts storing a report: the batch's savepoint, or a transaction and statements of its own (*own).
    bool startReport(QSqlDatabase& db, std::unique_ptr<Statements>* own, QString* error);
    // What a report stored alone (outside a batch) adds before its commit: the comparison's groups
    // and, on PostgreSQL, the search index.
    bool finishAlone(QSqlDatabase& db, qint64 id, const NewArticle& article, const QString& published,
                     QString* error);
    // Merges the open batch's figure sums into the comparison's groups.
    bool groupBatch(QSqlDatabase& db, QSqlError* failure);
    bool fail(QString* error, const QString& action) const;

    Database& m_database;
    std::unique_ptr<Statements> m_statements; // set while a batch is open
    ImportTimings* m_timings = nullptr;
    int m_batchesCommitted = 0;
    QVector<qint64> m_batchIds;     // the articles the open batch stored, ascending, for the search index
    MetricGroupBatch m_batchGroups; // the figures of the open batch's stored reports, summed per group
};

} // namespace rs
