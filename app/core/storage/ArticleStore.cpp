#include "ArticleStore.h"

#include "ArticleDetailsStore.h"
#include "ComparisonStore.h"
#include "Database.h"
#include "DatabaseDialect.h"
#include "MachineFigureInsert.h"
#include "MetricStore.h"
#include "SearchIndex.h"
#include "SqlValues.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

#include <csignal>
#include <limits>

namespace rs {
namespace {

using sql::nullable;

QString sortColumn(ArticleSort sort)
{
    switch (sort) {
    case ArticleSort::Title:
        return QStringLiteral("title");
    case ArticleSort::PublishedOn:
        return QStringLiteral("published_on");
    case ArticleSort::Region:
        return QStringLiteral("region_sort_key");
    case ArticleSort::Source:
        return QStringLiteral("source");
    case ArticleSort::Length:
        return QStringLiteral("char_count");
    case ArticleSort::Relevance: // ordered by the position in the id list, see page()
    case ArticleSort::Id:
        break;
    }
    return QStringLiteral("id");
}

// The WHERE clause for a filter; values are bound by bindFilter() in the same order. An id restriction
// is bound as one JSON array, so 100,000 search hits still make a single parameter.
QString whereClause(const ArticleFilter& filter)
{
    QStringList conditions;
    switch (filter.scope) {
    case ArticleFilter::Scope::RegionSubtree:
        // A range rather than LIKE: the region index answers it without reading the rows.
        conditions.append(QStringLiteral("region_code >= ? AND region_code < ?"));
        break;
    case ArticleFilter::Scope::UnknownRegion:
        conditions.append(QStringLiteral("region_code IS NULL"));
        break;
    case ArticleFilter::Scope::All:
        break;
    }
    if (filter.restrictToIds)
        conditions.append(QStringLiteral("id IN (SELECT value FROM json_each(?))"));
    if (!filter.tagIds.isEmpty())
        conditions.append(
            QStringLiteral("id IN (SELECT a.article_id FROM annotations a JOIN annotation_tags t"
                           " ON t.annotation_id = a.id WHERE t.tag_id IN (SELECT value FROM json_each(?)))"));
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

QString idsAsJson(const QVector<qint64>& ids)
{
    QString json(QLatin1Char('['));
    for (int i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json.append(QLatin1Char(','));
        json.append(QString::number(ids.at(i)));
    }
    return json + QLatin1Char(']');
}

void bindFilter(QSqlQuery& query, const ArticleFilter& filter)
{
    if (filter.scope == ArticleFilter::Scope::RegionSubtree) {
        // Every code under the prefix sorts between it and it followed by U+FFFF.
        query.addBindValue(filter.regionCode);
        query.addBindValue(filter.regionCode + QChar(0xFFFF));
    }
    if (filter.restrictToIds)
        query.addBindValue(idsAsJson(filter.ids));
    if (!filter.tagIds.isEmpty())
        query.addBindValue(idsAsJson(filter.tagIds));
}

ArticleSummary summaryFrom(const QSqlQuery& query)
{
    ArticleSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.title = query.value(1).toString();
    summary.publishedOn = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    summary.source = query.value(3).toString();
    summary.regionCode = query.value(4).toString();
    summary.charCount = query.value(5).toInt();
    return summary;
}

// The crash test (tst_clicrash) stops the importer the hard way at its most delicate moment: every
// report of a batch stored and its savepoint released, the batch's commit not yet issued.
// REGIONSCOPE_TEST_ABORT_BEFORE_COMMIT=N kills the process (SIGKILL, as kill -9) before its Nth commit.
void killBeforeCommitWhenTestAsks(int commit)
{
    static const int at = qEnvironmentVariableIntValue("REGIONSCOPE_TEST_ABORT_BEFORE_COMMIT");
    if (at > 0 && commit >= at)
        ::raise(SIGKILL);
}

const QString zlibCompression = QStringLiteral("zlib");

const QString summaryColumns =
    QStringLiteral("SELECT id, title, published_on, source, region_code, char_count FROM articles");

// The publication date as the articles row holds it: an ISO date, or empty (NULL) when unknown.
QString publishedColumn(const ReportMetadata& meta)
{
    return meta.publishedOn.isValid() ? meta.publishedOn.toString(Qt::ISODate) : QString();
}

// The articles row of a new report, bound in the insert statement's column order.
// title, body, body_hash, char_count, published_on, published_text, source, authors, original_url,
// dateline: the columns a stored report and a cleaned-again one both write first, in this order.
void bindTextAndMetadata(QSqlQuery& query, const ParsedReport& report, const QString& hash)
{
    const ReportMetadata& meta = report.metadata;
    query.addBindValue(meta.title);
    query.addBindValue(report.body);
    query.addBindValue(hash);
    query.addBindValue(int(report.body.size()));
    query.addBindValue(nullable(publishedColumn(meta)));
    query.addBindValue(nullable(meta.publishedText));
    query.addBindValue(nullable(meta.source));
    query.addBindValue(nullable(meta.authors.join(QLatin1Char('\n'))));
    query.addBindValue(nullable(meta.originalUrl));
    query.addBindValue(nullable(meta.dateline));
}

void bindArticle(QSqlQuery& insertArticle, const NewArticle& article, const QString& hash)
{
    const ParsedReport& report = article.report;
    const ReportMetadata& meta = report.metadata;
    bindTextAndMetadata(insertArticle, report, hash);
    insertArticle.addBindValue(nullable(article.regionCode));
    insertArticle.addBindValue(nullable(article.regionCode));
    insertArticle.addBindValue(article.regionSortKey.isEmpty() ? QVariant()
                                                               : QVariant(article.regionSortKey));
    insertArticle.addBindValue(nullable(report.encoding));
    insertArticle.addBindValue(report.wasHtml ? 1 : 0);
    insertArticle.addBindValue(report.collapsedRepeat ? 1 : 0);
    insertArticle.addBindValue(nullable(article.filePath));
    insertArticle.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    insertArticle.addBindValue(nullable(report.format));
    insertArticle.addBindValue(nullable(report.repostedFrom));
    insertArticle.addBindValue(meta.titleGuessed ? 1 : 0);
}

} // namespace

ArticleStore::ArticleStore(Database& database) : m_database(database) {}

QString ArticleStore::bodyHash(const QString& body)
{
    return QString::fromLatin1(QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void ArticleStore::pack(NewArticle* article)
{
    if (article->packed)
        return;
    article->packed = true;
    article->bodyHash = bodyHash(article->report.body);
    article->originalCompressed = false;
    article->originalSize = article->originalBytes.size();
    article->packedOriginal = article->originalBytes.isNull() ? QByteArray("") : article->originalBytes;
    if (article->originalBytes.size() < 64)
        return;
    // Level 1: most of what level 6 saves on report text, at a third of the time. qCompress puts the
    // length in front of the zlib stream; the stream alone is stored, the length in its own column.
    const QByteArray compressed = qCompress(article->originalBytes, 1);
    if (compressed.size() - 4 >= article->originalBytes.size() * 9 / 10)
        return; // compressed already (PDF, Word): not worth unpacking for
    article->packedOriginal = compressed.mid(4);
    article->originalCompressed = true;
    article->originalBytes = QByteArray();
}

bool ArticleStore::unpackOriginal(const QByteArray& stored, const QString& compression, qint64 size,
                                  QByteArray* bytes)
{
    if (compression.isEmpty()) {
        *bytes = stored;
        return true;
    }
    if (compression != zlibCompression || size < 0 || size > std::numeric_limits<qint32>::max())
        return false;
    QByteArray framed(4, Qt::Uninitialized);
    qToBigEndian(quint32(size), framed.data());
    framed.append(stored);
    *bytes = qUncompress(framed);
    return bytes->size() == size;
}

qint64 ArticleStore::findByBodyHash(const QString& hash) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM articles WHERE body_hash = ?"));
    query.addBindValue(hash);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

static QString insertParagraphSql()
{
    return QStringLiteral("INSERT INTO paragraphs (article_id, idx, start_offset, end_offset, kind, page)"
                          " VALUES (?, ?, ?, ?, ?, ?)");
}

// The statements an insert runs, prepared once per batch: preparing them for every report cost more
// than binding and running them.
struct ArticleStore::Statements
{
    explicit Statements(const QSqlDatabase& db)
        : existing(db), article(db), original(db),
          paragraph(BoundStatement::prepare(db, insertParagraphSql())), figures(db), savepoint(db),
          release(db), rollbackTo(db)
    {
        existing.prepare(QStringLiteral("SELECT id FROM articles WHERE body_hash = ?"));
        article.prepare(QStringLiteral(
            "INSERT INTO articles (title, body, body_hash, char_count, published_on, published_text, source,"
            " authors, original_url, dateline, region_code, region_detected_code, region_sort_key, encoding,"
            " was_html, collapsed_repeat, file_path, imported_at, format, reposted_from, title_guessed)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        original.prepare(QStringLiteral("INSERT INTO article_originals (article_id, file_name, bytes,"
                                        " compression, size) VALUES (?, ?, ?, ?, ?)"));
        savepoint.prepare(QStringLiteral("SAVEPOINT article_insert"));
        release.prepare(QStringLiteral("RELEASE article_insert"));
        rollbackTo.prepare(QStringLiteral("ROLLBACK TO article_insert"));
    }

    QSqlQuery existing;
    QSqlQuery article;
    QSqlQuery original;
    std::unique_ptr<BoundStatement> paragraph;
    MachineFigureInsert figures;
    QSqlQuery savepoint;
    QSqlQuery release;
    QSqlQuery rollbackTo;
};

ArticleStore::~ArticleStore() = default;

// The connection's last failure in words for what was being done; the driver's text goes to the log.
bool ArticleStore::fail(QString* error, const QString& action) const
{
    const QString message = m_database.explainLastFailure(action);
    if (error)
        *error = message;
    return false;
}

bool ArticleStore::beginBatch(QString* error)
{
    if (m_statements)
        return true;
    QSqlDatabase db = m_database.connection();
    if (!m_database.beginWrite(error))
        return false;
    m_database.dialect().prepareBulkWrite(db);
    // The insert triggers of the search indexes stand aside (regionscope_search_deferred(), see
    // SqliteDialect) until commitBatch() indexes the batch's reports at once.
    QSqlQuery defer(db);
    if (!defer.exec(QStringLiteral("SELECT regionscope_defer_search(1)"))) {
        fail(error, tr("Starting to import"));
        db.rollback();
        return false;
    }
    m_batchFirstId = 0;
    m_batchLastId = 0;
    m_batchGroups.clear();
    SearchIndex::prepareForImport(db); // without it the import is slower, never wrong
    m_statements = std::make_unique<Statements>(db);
    return true;
}

bool ArticleStore::indexBatch(QSqlDatabase& db)
{
    const ImportTimings::Scope timing(m_timings, ImportTimings::Stage::Search);
    if (m_batchLastId > 0) {
        // The ids the batch stored, in ascending order (FTS5 appends them); a report rolled back to its
        // savepoint left a gap, which the join skips.
        for (const char* statement :
             {"INSERT INTO article_search(rowid, title, body) SELECT id, title, body FROM articles"
              " WHERE id BETWEEN ? AND ? ORDER BY id",
              "INSERT INTO article_title_search(rowid, title) SELECT id, title FROM articles"
              " WHERE id BETWEEN ? AND ? ORDER BY id"}) {
            QSqlQuery index(db);
            index.prepare(QString::fromLatin1(statement));
            index.addBindValue(m_batchFirstId);
            index.addBindValue(m_batchLastId);
            if (!index.exec())
                return false;
        }
    }
    QSqlQuery restore(db);
    return restore.exec(QStringLiteral("SELECT regionscope_defer_search(0)"));
}

bool ArticleStore::groupBatch(QSqlDatabase& db, QSqlError* failure)
{
    const ImportTimings::Scope timing(m_timings, ImportTimings::Stage::Groups);
    return m_batchGroups.mergeInto(db, failure);
}

bool ArticleStore::commitBatch(QString* error)
{
    if (!m_statements)
        return true;
    m_statements.reset(); // finished statements never keep a commit waiting
    QSqlDatabase db = m_database.connection();
    if (!indexBatch(db)) {
        fail(error, tr("Adding the imported reports to the search index"));
        db.rollback();
        QSqlQuery(db).exec(QStringLiteral("SELECT regionscope_defer_search(0)"));
        return false;
    }
    QSqlError groupsFailure;
    if (!groupBatch(db, &groupsFailure)) {
        const QString message = m_database.explainLastFailure(
            tr("Summing up the imported figures for Compare Metrics"), groupsFailure);
        if (error)
            *error = message;
        db.rollback();
        return false;
    }
    killBeforeCommitWhenTestAsks(++m_batchesCommitted);
    ImportTimings::Scope timing(m_timings, ImportTimings::Stage::Commit);
    if (!db.commit()) {
        fail(error, tr("Committing the imported reports"));
        db.rollback();
        return false;
    }
    return true;
}

void ArticleStore::rollbackBatch()
{
    if (!m_statements)
        return;
    m_statements.reset();
    m_batchGroups.clear();
    QSqlDatabase db = m_database.connection();
    db.rollback();
    QSqlQuery(db).exec(QStringLiteral("SELECT regionscope_defer_search(0)"));
}

// The report's paragraphs through the batch's prepared statement; false at the first that fails.
static bool insertParagraphs(BoundStatement& insertParagraph, qint64 id, const ParsedReport& report)
{
    for (int i = 0; i < report.paragraphs.size(); ++i) {
        const Paragraph& paragraph = report.paragraphs.at(i);
        insertParagraph.addBindValue(id);
        insertParagraph.addBindValue(i);
        insertParagraph.addBindValue(paragraph.start);
        insertParagraph.addBindValue(paragraph.end);
        insertParagraph.addBindValue(int(paragraph.kind));
        insertParagraph.addBindValue(paragraph.page > 0 ? QVariant(paragraph.page) : QVariant());
        if (!insertParagraph.exec())
            return false;
    }
    return true;
}

ArticleStore::InsertResult ArticleStore::insert(const NewArticle& given)
{
    InsertResult result;
    QSqlDatabase db = m_database.connection();
    // An import's preparing threads packed the article already; anyone else's is packed here.
    NewArticle packedHere;
    if (!given.packed) {
        packedHere = given;
        pack(&packedHere);
    }
    const NewArticle& article = given.packed ? given : packedHere;
    const ParsedReport& report = article.report;
    const QString& hash = article.bodyHash;

    // Alone, the report is its own transaction; in a batch, a savepoint makes it all-or-nothing while
    // the batch's transaction (one FTS segment, one commit) stays open for the next report.
    const bool batched = m_statements != nullptr;
    std::unique_ptr<Statements> own;
    using Stage = ImportTimings::Stage;
    if (batched) {
        ImportTimings::Scope timing(m_timings, Stage::Savepoint);
        if (!m_statements->savepoint.exec()) {
            result.error = m_database.describe(m_statements->savepoint.lastError());
            return result;
        }
    } else {
        if (!m_database.beginWrite(&result.error))
            return result;
        own = std::make_unique<Statements>(db);
    }
    Statements& statements = batched ? *m_statements : *own;
    auto undo = [&]() {
        if (batched) {
            statements.rollbackTo.exec();
            statements.release.exec();
        } else {
            own.reset();
            db.rollback();
        }
    };
    // What was being stored, in words; the driver's text goes to the log, never to the user.
    auto failWith = [&](const QString& action) {
        result.status = InsertStatus::Failed;
        result.error = m_database.explainLastFailure(action);
        undo();
        return result;
    };

    // Checked inside the transaction so two importers cannot both store the same report.
    ImportTimings::Scope checking(m_timings, Stage::Duplicate);
    QSqlQuery& existing = statements.existing;
    existing.addBindValue(hash);
    if (!existing.exec())
        return failWith(tr("Checking whether the report is already stored"));
    if (existing.next()) {
        result.status = InsertStatus::Duplicate;
        result.id = existing.value(0).toLongLong();
        existing.finish();
        undo();
        return result;
    }
    existing.finish();
    checking.stop();

    ImportTimings::Scope storingArticle(m_timings, Stage::Article);
    QSqlQuery& insertArticle = statements.article;
    bindArticle(insertArticle, article, hash);
    if (!insertArticle.exec())
        return failWith(tr("Storing the report's text"));
    const qint64 id = insertArticle.lastInsertId().toLongLong();
    storingArticle.stop();

    ImportTimings::Scope storingOriginal(m_timings, Stage::Original);
    QSqlQuery& insertOriginal = statements.original;
    insertOriginal.addBindValue(id);
    insertOriginal.addBindValue(nullable(article.filePath));
    insertOriginal.addBindValue(article.packedOriginal);
    insertOriginal.addBindValue(article.originalCompressed ? QVariant(zlibCompression) : QVariant());
    insertOriginal.addBindValue(article.originalSize);
    if (!insertOriginal.exec())
        return failWith(tr("Keeping the original file"));
    storingOriginal.stop();

    ImportTimings::Scope storingParagraphs(m_timings, Stage::Paragraphs);
    if (!insertParagraphs(*statements.paragraph, id, report))
        return failWith(tr("Storing the report's paragraphs"));
    storingParagraphs.stop();

    ImportTimings::Scope storingFigures(m_timings, Stage::Figures);
    QString metricError;
    const QString published = publishedColumn(report.metadata);
    if (!statements.figures.insert(id, article.regionCode, published, article.metrics, &metricError))
        return failWith(tr("Storing the report's figures"));
    storingFigures.stop();

    if (batched) {
        ImportTimings::Scope timing(m_timings, Stage::Savepoint);
        if (!statements.release.exec())
            return failWith(tr("Finishing the report's part of the import"));
        if (m_batchFirstId == 0)
            m_batchFirstId = id;
        m_batchLastId = id;
        m_batchGroups.add(id, article.regionCode, published, article.metrics);
    } else {
        own.reset();
        if (!ComparisonStore::refreshGroups(db))
            return failWith(tr("Summing up the report's figures for Compare Metrics"));
        ImportTimings::Scope timing(m_timings, Stage::Commit);
        if (!db.commit()) {
            result.error = m_database.explainLastFailure(tr("Committing the report"));
            db.rollback();
            return result;
        }
    }
    result.status = InsertStatus::Inserted;
    result.id = id;
    return result;
}

bool ArticleStore::load(qint64 id, StoredArticle* article, QString* error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT a.id, a.title, a.body, a.published_on, a.published_text, a.source, a.authors, a.original_url,"
        " a.dateline, a.region_code, a.region_detected_code, a.region_set_by_user, a.encoding, a.was_html,"
        " a.collapsed_repeat, a.file_path, a.imported_at, a.format, a.reposted_from, a.title_guessed,"
        " e.title IS NOT NULL, COALESCE(e.date_edited, 0), e.source IS NOT NULL"
        " FROM articles a LEFT JOIN article_edits e ON e.article_id = a.id WHERE a.id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(error, tr("Reading report %1").arg(id));
    if (!query.next())
        return false;
    StoredArticle& a = *article;
    a = StoredArticle();
    a.id = query.value(0).toLongLong();
    a.title = query.value(1).toString();
    a.body = query.value(2).toString();
    a.metadata.title = a.title;
    a.metadata.publishedOn = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    a.metadata.publishedText = query.value(4).toString();
    a.metadata.source = query.value(5).toString();
    const QString authors = query.value(6).toString();
    if (!authors.isEmpty())
        a.metadata.authors = authors.split(QLatin1Char('\n'));
    a.metadata.originalUrl = query.value(7).toString();
    a.metadata.dateline = query.value(8).toString();
    a.regionCode = query.value(9).toString();
    a.detectedRegionCode = query.value(10).toString();
    a.regionSetByUser = query.value(11).toBool();
    a.encoding = query.value(12).toString();
    a.wasHtml = query.value(13).toBool();
    a.collapsedRepeat = query.value(14).toBool();
    a.filePath = query.value(15).toString();
    a.importedAt = QDateTime::fromString(query.value(16).toString(), Qt::ISODateWithMs);
    a.format = query.value(17).toString();
    a.repostedFrom = query.value(18).toString();
    a.metadata.titleGuessed = query.value(19).toBool();
    a.titleEdited = query.value(20).toBool();
    a.dateEdited = query.value(21).toBool();
    a.sourceEdited = query.value(22).toBool();

    QSqlQuery paragraphs(m_database.connection());
    paragraphs.prepare(QStringLiteral("SELECT start_offset, end_offset, kind, page FROM paragraphs"
                                      " WHERE article_id = ? ORDER BY idx"));
    paragraphs.addBindValue(id);
    if (paragraphs.exec()) {
        while (paragraphs.next()) {
            Paragraph paragraph;
            paragraph.start = paragraphs.value(0).toInt();
            paragraph.end = paragraphs.value(1).toInt();
            paragraph.kind = Paragraph::Kind(paragraphs.value(2).toInt());
            paragraph.page = paragraphs.value(3).toInt();
            a.paragraphs.append(paragraph);
        }
    }
    return true;
}

bool ArticleStore::setRegion(qint64 id, const QString& regionCode, const QByteArray& regionSortKey,
                             QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE articles SET region_code = ?, region_sort_key = ?,"
                                 " region_set_by_user = 1 WHERE id = ?"));
    query.addBindValue(nullable(regionCode));
    query.addBindValue(regionSortKey.isEmpty() ? QVariant() : QVariant(regionSortKey));
    query.addBindValue(id);
    if (!query.exec())
        return fail(error, tr("Setting the region of report %1").arg(id));
    const bool found = query.numRowsAffected() == 1;
    ComparisonStore::refreshGroups(m_database);
    return found;
}

int ArticleStore::count(const ArticleFilter& filter, QString* error) const
{
    QSqlQuery query(m_database.connection());
    if (filter.restrictToIds && filter.scope == ArticleFilter::Scope::All && filter.tagIds.isEmpty()) {
        // The ids come from the search index, kept in step with articles by triggers: looking each up
        // in articles read a page per hit (0.3-0.8 s for 100,000 hits, on the GUI thread). An article
        // deleted since the search is noticed by page() coming back short.
        return int(filter.ids.size());
    }
    if (filter.restrictToIds) {
        // Counted over the id list, checked against the scope's index rather than the articles' rows.
        ArticleFilter scope = filter;
        scope.restrictToIds = false;
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM json_each(?) AS hit"
                                     " WHERE hit.value IN (SELECT id FROM articles") +
                      whereClause(scope) + QLatin1Char(')'));
        query.addBindValue(idsAsJson(filter.ids));
        bindFilter(query, scope);
    } else {
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM articles") + whereClause(filter));
        bindFilter(query, filter);
    }
    if (query.exec() && query.next())
        return query.value(0).toInt();
    fail(error, tr("Counting the reports"));
    return 0;
}

QVector<ArticleSummary> ArticleStore::page(const ArticleFilter& filter, ArticleSort sort, Qt::SortOrder order,
                                           int offset, int limit, QString* error) const
{
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (sort == ArticleSort::Relevance && filter.restrictToIds) {
        // The hits' order is their position in the JSON array (json_each's key). The page is cut from
        // the id list before articles is joined, so only its rows are read, not every hit's.
        ArticleFilter scope = filter;
        scope.restrictToIds = false;
        const QString scopeCondition = whereClause(scope);
        // Without a scope the page is a slice of the list: parsing 100,000 ids for every page of 256
        // cost 40 ms a page.
        QVector<qint64> ids = filter.ids;
        if (scopeCondition.isEmpty()) {
            const qsizetype remaining = qMax<qsizetype>(0, ids.size() - offset);
            const qsizetype length = limit < 0 ? remaining : qMin<qsizetype>(remaining, limit);
            const qsizetype first = order == Qt::AscendingOrder ? offset : remaining - length;
            ids = length > 0 ? ids.mid(first, length) : QVector<qint64>();
            offset = 0;
        }
        query.prepare(
            QStringLiteral("SELECT a.id, a.title, a.published_on, a.source, a.region_code, a.char_count FROM"
                           " (SELECT hit.key AS position, hit.value AS id FROM json_each(?) AS hit%1"
                           " ORDER BY hit.key %2 LIMIT ? OFFSET ?) AS hits"
                           " JOIN articles a ON a.id = hits.id ORDER BY hits.position %2")
                .arg(scopeCondition.isEmpty()
                         ? QString()
                         : QStringLiteral(" WHERE hit.value IN (SELECT id FROM articles") + scopeCondition +
                               QLatin1Char(')'),
                     direction));
        query.addBindValue(idsAsJson(ids));
        bindFilter(query, scope);
        query.addBindValue(limit);
        query.addBindValue(offset);
    } else {
        const QString column = sortColumn(sort);
        // Missing dates/regions/sources sort last in both directions; id keeps the order stable. NULLS
        // LAST rather than an "IS NULL" sort key: SQLite walks the column's index for it, where the
        // expression made it read and sort every row (0.4 s to open 100,000 reports).
        const QString orderBy =
            QStringLiteral(" ORDER BY %1 %2 NULLS LAST, id %2 LIMIT ? OFFSET ?").arg(column, direction);
        query.prepare(summaryColumns + whereClause(filter) + orderBy);
        bindFilter(query, filter);
        // Every row: SQLite's LIMIT takes -1 for it, PostgreSQL's NULL.
        query.addBindValue(limit < 0 && m_database.isPostgres() ? QVariant() : QVariant(limit));
        query.addBindValue(offset);
    }
    QVector<ArticleSummary> result;
    if (!query.exec()) {
        fail(error, tr("Reading the list of reports"));
        return result;
    }
    while (query.next())
        result.append(summaryFrom(query));
    return result;
}

QVector<ArticleSummary> ArticleStore::all(ArticleSort sort, QString* error) const
{
    return page({}, sort, Qt::AscendingOrder, 0, -1, error);
}

QVector<qint64> ArticleStore::ids(QString* error) const
{
    QVector<qint64> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id FROM articles ORDER BY id"))) {
        fail(error, tr("Reading the list of reports"));
        return result;
    }
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

QPair<QDate, QDate> ArticleStore::publishedRange(QString* error) const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT MIN(published_on), MAX(published_on) FROM articles")) ||
        !query.next()) {
        fail(error, tr("Reading the reports' dates"));
        return {};
    }
    return {QDate::fromString(query.value(0).toString(), Qt::ISODate),
            QDate::fromString(query.value(1).toString(), Qt::ISODate)};
}

QHash<QString, int> ArticleStore::countsByRegion(const ArticleFilter& filter, QString* error) const
{
    QHash<QString, int> counts;
    // Every region is counted: the filter's own region scope does not narrow the tree it is chosen in.
    ArticleFilter unscoped = filter;
    unscoped.scope = ArticleFilter::Scope::All;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT region_code, COUNT(*) FROM articles") + whereClause(unscoped) +
                  QStringLiteral(" GROUP BY region_code"));
    bindFilter(query, unscoped);
    if (!query.exec()) {
        fail(error, tr("Counting the reports by region"));
        return counts;
    }
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

bool ArticleStore::original(qint64 articleId, QByteArray* bytes, QString* fileName) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT bytes, file_name, compression, size FROM article_originals WHERE article_id = ?"));
    query.addBindValue(articleId);
    if (!query.exec() || !query.next())
        return false;
    // Originals stored before migration 11 have no compression: they are the bytes themselves.
    if (!unpackOriginal(query.value(0).toByteArray(), query.value(2).toString(), query.value(3).toLongLong(),
                        bytes))
        return false;
    *fileName = query.value(1).toString();
    return !bytes->isEmpty();
}

bool ArticleStore::replaceCleaned(qint64 articleId, const NewArticle& cleaned, QString* error)
{
    QSqlDatabase db = m_database.connection();
    auto failWith = [&](const QString& reason) {
        if (error)
            *error = reason;
        return false;
    };
    auto failedTo = [&](const QString& action) { return failWith(m_database.explainLastFailure(action)); };
    QString detailError;

    const ParsedReport& report = cleaned.report;
    const ReportMetadata& meta = report.metadata;
    QSqlQuery update(db);
    // A detected region replaces the old detection but never the analyst's own choice.
    update.prepare(QStringLiteral(
        "UPDATE articles SET title = ?, body = ?, body_hash = ?, char_count = ?, published_on = ?,"
        " published_text = ?, source = ?, authors = ?, original_url = ?, dateline = ?, encoding = ?,"
        " was_html = ?, collapsed_repeat = ?, format = ?, reposted_from = ?, region_detected_code = ?,"
        " title_guessed = ?,"
        " region_code = CASE WHEN region_set_by_user = 1 THEN region_code ELSE ? END,"
        " region_sort_key = CASE WHEN region_set_by_user = 1 THEN region_sort_key ELSE ? END"
        " WHERE id = ?"));
    bindTextAndMetadata(update, report, ArticleStore::bodyHash(report.body));
    update.addBindValue(nullable(report.encoding));
    update.addBindValue(report.wasHtml ? 1 : 0);
    update.addBindValue(report.collapsedRepeat ? 1 : 0);
    update.addBindValue(nullable(report.format));
    update.addBindValue(nullable(report.repostedFrom));
    update.addBindValue(nullable(cleaned.regionCode));
    update.addBindValue(meta.titleGuessed ? 1 : 0);
    update.addBindValue(nullable(cleaned.regionCode));
    update.addBindValue(cleaned.regionSortKey.isEmpty() ? QVariant() : QVariant(cleaned.regionSortKey));
    update.addBindValue(articleId);
    if (!update.exec())
        return failedTo(tr("Storing the cleaned text"));
    if (update.numRowsAffected() != 1)
        return failWith(tr("no such report"));
    if (!ArticleDetailsStore::keepEditsAfterReclean(db, articleId, &detailError))
        return failWith(detailError);

    QSqlQuery removeParagraphs(db);
    removeParagraphs.prepare(QStringLiteral("DELETE FROM paragraphs WHERE article_id = ?"));
    removeParagraphs.addBindValue(articleId);
    if (!removeParagraphs.exec())
        return failedTo(tr("Removing the old paragraphs"));
    const std::unique_ptr<BoundStatement> insertParagraph = BoundStatement::prepare(db, insertParagraphSql());
    if (!insertParagraphs(*insertParagraph, articleId, report))
        return failedTo(tr("Storing the report's paragraphs"));

    QSqlQuery removeMetrics(db);
    removeMetrics.prepare(QStringLiteral("DELETE FROM metrics WHERE article_id = ?"));
    removeMetrics.addBindValue(articleId);
    if (!removeMetrics.exec())
        return failedTo(tr("Removing the old figures"));
    if (!MachineFigureInsert(db).insert(articleId, cleaned.metrics, &detailError))
        return failedTo(tr("Storing the report's figures"));
    ComparisonStore::refreshGroups(db); // its failure leaves the groups stale: slower, never wrong
    return true;
}

} // namespace rs
