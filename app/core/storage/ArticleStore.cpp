#include "ArticleStore.h"

#include "ArticleDetailsStore.h"
#include "ArticleFilterSql.h"
#include "ArticleInsertStatements.h"
#include "ComparisonStore.h"
#include "Database.h"
#include "DatabaseDialect.h"
#include "MachineFigureInsert.h"
#include "MetricStore.h"
#include "ParagraphInsert.h"
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

// PostgreSQL's SQLSTATE for a unique violation: another importer stored the same report first.
bool isUniqueViolation(const QSqlError& error)
{
    return error.nativeErrorCode() == QLatin1String("23505");
}

// Marks a PostgreSQL write transaction as an import's, which adds its reports' figures to the
// comparison's groups itself (MetricGroupBatch): the triggers of migration 17 do not mark its figures'
// groups stale while current_setting('regionscope.groups_deferred', true) is 'on'. Transaction-local,
// so a commit or rollback ends it.
const QString markImport = QStringLiteral("SELECT set_config('regionscope.groups_deferred', 'on', true)");

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
    const bool postgres = m_database.isPostgres();
    m_database.dialect().prepareBulkWrite(db);
    // The insert triggers of SQLite's search indexes stand aside (regionscope_search_deferred(), see
    // SqliteDialect) until commitBatch() indexes the batch's reports at once; PostgreSQL's index is
    // written by SearchIndex::indexReports() in any case.
    QSqlQuery defer(db);
    if (!defer.exec(postgres ? markImport : QStringLiteral("SELECT regionscope_defer_search(1)"))) {
        fail(error, tr("Starting to import"));
        db.rollback();
        return false;
    }
    m_batchIds.clear();
    m_batchGroups.clear();
    if (!postgres)
        SearchIndex::prepareForImport(db); // without it the import is slower, never wrong
    m_statements = std::make_unique<Statements>(db, postgres);
    return true;
}

bool ArticleStore::indexBatch(QSqlDatabase& db, QString* error)
{
    const ImportTimings::Scope timing(m_timings, ImportTimings::Stage::Search);
    if (m_database.isPostgres())
        return SearchIndex::indexReports(db, m_batchIds, error);
    if (!m_batchIds.isEmpty()) {
        // The ids the batch stored, in ascending order (FTS5 appends them); a report rolled back to its
        // savepoint left a gap, which the join skips.
        for (const char* statement :
             {"INSERT INTO article_search(rowid, title, body) SELECT id, title, body FROM articles"
              " WHERE id BETWEEN ? AND ? ORDER BY id",
              "INSERT INTO article_title_search(rowid, title) SELECT id, title FROM articles"
              " WHERE id BETWEEN ? AND ? ORDER BY id"}) {
            QSqlQuery index(db);
            index.prepare(QString::fromLatin1(statement));
            index.addBindValue(m_batchIds.constFirst());
            index.addBindValue(m_batchIds.constLast());
            if (!index.exec())
                return false;
        }
    }
    QSqlQuery restore(db);
    return restore.exec(QStringLiteral("SELECT regionscope_defer_search(0)"));
}

void ArticleStore::restoreSearchTriggers(QSqlDatabase& db) const
{
    if (!m_database.isPostgres())
        QSqlQuery(db).exec(QStringLiteral("SELECT regionscope_defer_search(0)"));
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
    QString indexError;
    if (!indexBatch(db, &indexError)) {
        if (indexError.isEmpty())
            fail(error, tr("Adding the imported reports to the search index"));
        else if (error)
            *error = indexError;
        db.rollback();
        restoreSearchTriggers(db);
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
    restoreSearchTriggers(db);
}

bool ArticleStore::finishAlone(QSqlDatabase& db, qint64 id, const NewArticle& article,
                               const QString& published, QString* error)
{
    if (m_database.isPostgres()) {
        // No trigger marks PostgreSQL's groups stale for an import's figures, nor indexes its text:
        // the report is added to both as a batch adds its reports.
        MetricGroupBatch groups;
        groups.add(id, article.regionCode, published, article.metrics);
        QSqlError groupsFailure;
        if (!groups.mergeInto(db, &groupsFailure)) {
            *error = m_database.explainLastFailure(tr("Summing up the report's figures for Compare Metrics"),
                                                   groupsFailure);
            return false;
        }
        QString indexError;
        if (!SearchIndex::indexReports(db, {id}, &indexError)) {
            *error = indexError.isEmpty()
                         ? m_database.explainLastFailure(tr("Adding the report to the search index"))
                         : indexError;
            return false;
        }
    }
    if (!ComparisonStore::refreshGroups(db)) {
        *error = m_database.explainLastFailure(tr("Summing up the report's figures for Compare Metrics"));
        return false;
    }
    return true;
}

bool ArticleStore::startReport(QSqlDatabase& db, std::unique_ptr<Statements>* own, QString* error)
{
    if (m_statements) {
        ImportTimings::Scope timing(m_timings, ImportTimings::Stage::Savepoint);
        if (m_statements->savepoint.exec())
            return true;
        *error = m_database.describe(m_statements->savepoint.lastError());
        return false;
    }
    if (!m_database.beginWrite(error))
        return false;
    if (m_database.isPostgres() && !QSqlQuery(db).exec(markImport)) {
        *error = m_database.explainLastFailure(tr("Starting to import"));
        db.rollback();
        return false;
    }
    *own = std::make_unique<Statements>(db, m_database.isPostgres());
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
    // the batch's transaction (one FTS segment, one commit) stays open for the next report. On
    // PostgreSQL a failed statement spoils the transaction up to its last savepoint: rolling back to
    // the report's savepoint leaves the batch's earlier reports as they were.
    const bool batched = m_statements != nullptr;
    std::unique_ptr<Statements> own;
    using Stage = ImportTimings::Stage;
    if (!startReport(db, &own, &result.error))
        return result;
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
    // What was being stored, in words; the driver's text goes to the log, never to the user. failure is
    // the failed statement's own error, where PostgreSQL keeps its SQLSTATE.
    auto failWith = [&](const QString& action, const QSqlError& failure = QSqlError()) {
        result.status = InsertStatus::Failed;
        result.error = m_database.explainLastFailure(action, failure);
        undo();
        return result;
    };

    // Checked inside the transaction so two importers cannot both store the same report.
    ImportTimings::Scope checking(m_timings, Stage::Duplicate);
    QSqlQuery& existing = statements.existing;
    existing.addBindValue(hash);
    if (!existing.exec())
        return failWith(tr("Checking whether the report is already stored"), existing.lastError());
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
    if (!insertArticle.exec()) {
        // PostgreSQL: another importer stored the same text after the check above, and committed.
        if (!isUniqueViolation(insertArticle.lastError()))
            return failWith(tr("Storing the report's text"), insertArticle.lastError());
        undo();
        result.status = InsertStatus::Duplicate;
        result.id = findByBodyHash(hash);
        return result;
    }
    const qint64 id = statements.storedId();
    storingArticle.stop();

    ImportTimings::Scope storingOriginal(m_timings, Stage::Original);
    QSqlQuery& insertOriginal = statements.original;
    insertOriginal.addBindValue(id);
    insertOriginal.addBindValue(nullable(article.filePath));
    insertOriginal.addBindValue(article.packedOriginal);
    insertOriginal.addBindValue(article.originalCompressed ? QVariant(zlibCompression) : QVariant());
    insertOriginal.addBindValue(article.originalSize);
    if (!insertOriginal.exec())
        return failWith(tr("Keeping the original file"), insertOriginal.lastError());
    storingOriginal.stop();

    ImportTimings::Scope storingParagraphs(m_timings, Stage::Paragraphs);
    if (!statements.paragraphs.insert(id, report))
        return failWith(tr("Storing the report's paragraphs"), statements.paragraphs.lastError());
    storingParagraphs.stop();

    ImportTimings::Scope storingFigures(m_timings, Stage::Figures);
    QString metricError;
    const QString published = publishedColumn(report.metadata);
    if (!statements.figures.insert(id, article.regionCode, published, article.metrics, &metricError))
        return failWith(tr("Storing the report's figures"), statements.figures.lastError());
    storingFigures.stop();

    if (batched) {
        ImportTimings::Scope timing(m_timings, Stage::Savepoint);
        if (!statements.release.exec())
            return failWith(tr("Finishing the report's part of the import"), statements.release.lastError());
        m_batchIds.append(id);
        m_batchGroups.add(id, article.regionCode, published, article.metrics);
    } else {
        own.reset();
        QString finishError;
        if (!finishAlone(db, id, article, published, &finishError)) {
            undo();
            result.error = finishError;
            return result;
        }
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
    const bool postgres = m_database.isPostgres();
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
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 AS hit"
                                     " WHERE hit.value IN (SELECT id FROM articles")
                          .arg(ArticleFilterSql::idTable(postgres)) +
                      ArticleFilterSql::whereClause(scope, postgres) + QLatin1Char(')'));
        query.addBindValue(ArticleFilterSql::idsAsJson(filter.ids));
        ArticleFilterSql::bindFilter(query, scope);
    } else {
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM articles") +
                      ArticleFilterSql::whereClause(filter, postgres));
        ArticleFilterSql::bindFilter(query, filter);
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
    const bool postgres = m_database.isPostgres();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (sort == ArticleSort::Relevance && filter.restrictToIds) {
        // The hits' order is their position in the JSON array (json_each's key). The page is cut from
        // the id list before articles is joined, so only its rows are read, not every hit's.
        ArticleFilter scope = filter;
        scope.restrictToIds = false;
        const QString scopeCondition = ArticleFilterSql::whereClause(scope, postgres);
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
                           " (SELECT hit.key AS position, hit.value AS id FROM %3 AS hit%1"
                           " ORDER BY hit.key %2 LIMIT ? OFFSET ?) AS hits"
                           " JOIN articles a ON a.id = hits.id ORDER BY hits.position %2")
                .arg(scopeCondition.isEmpty()
                         ? QString()
                         : QStringLiteral(" WHERE hit.value IN (SELECT id FROM articles") + scopeCondition +
                               QLatin1Char(')'),
                     direction, ArticleFilterSql::idTable(postgres)));
        query.addBindValue(ArticleFilterSql::idsAsJson(ids));
        ArticleFilterSql::bindFilter(query, scope);
        query.addBindValue(ArticleFilterSql::limitValue(limit, postgres));
        query.addBindValue(offset);
    } else {
        const QString column = sortColumn(sort);
        // Missing dates/regions/sources sort last in both directions; id keeps the order stable. NULLS
        // LAST rather than an "IS NULL" sort key: SQLite walks the column's index for it, where the
        // expression made it read and sort every row (0.4 s to open 100,000 reports).
        const QString orderBy =
            QStringLiteral(" ORDER BY %1 %2 NULLS LAST, id %2 LIMIT ? OFFSET ?").arg(column, direction);
        query.prepare(summaryColumns + ArticleFilterSql::whereClause(filter, postgres) + orderBy);
        ArticleFilterSql::bindFilter(query, filter);
        query.addBindValue(ArticleFilterSql::limitValue(limit, postgres));
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
    query.prepare(QStringLiteral("SELECT region_code, COUNT(*) FROM articles") +
                  ArticleFilterSql::whereClause(unscoped, m_database.isPostgres()) +
                  QStringLiteral(" GROUP BY region_code"));
    ArticleFilterSql::bindFilter(query, unscoped);
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
    ParagraphInsert insertParagraphs(db);
    if (!insertParagraphs.insert(articleId, report))
        return failWith(m_database.explainLastFailure(tr("Storing the report's paragraphs"),
                                                      insertParagraphs.lastError()));

    QSqlQuery removeMetrics(db);
    removeMetrics.prepare(QStringLiteral("DELETE FROM metrics WHERE article_id = ?"));
    removeMetrics.addBindValue(articleId);
    if (!removeMetrics.exec())
        return failedTo(tr("Removing the old figures"));
    MachineFigureInsert figures(db);
    if (!figures.insert(articleId, cleaned.metrics, &detailError))
        return failWith(
            m_database.explainLastFailure(tr("Storing the report's figures"), figures.lastError()));
    // SQLite's search triggers followed the new title and body; PostgreSQL's index is written here.
    if (m_database.isPostgres() && !SearchIndex::indexReports(db, {articleId}, &detailError))
        return detailError.isEmpty() ? failedTo(tr("Adding the cleaned text to the search index"))
                                     : failWith(detailError);
    ComparisonStore::refreshGroups(db); // its failure leaves the groups stale: slower, never wrong
    return true;
}

} // namespace rs
