#include "SearchIndex.h"

#include "Database.h"
#include "PostgresSearch.h"
#include "SearchQuery.h"
#include "gazetteer/RegionPinyin.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <QtDebug>

#include <algorithm>

namespace rs {
namespace {

struct PreparedQuery
{
    SearchQuery query;
    QString expression;
    QStringList needles;               // what a snippet highlights: the terms and their pinyin alternatives
    QVector<QStringList> alternatives; // each term and its pinyin names (PostgresSearch)
};

PreparedQuery prepare(const QString& text)
{
    PreparedQuery prepared{SearchQuery(text), QString(), {}, {}};
    bool latin = false;
    for (const QString& term : prepared.query.terms()) {
        prepared.needles.append(term);
        for (const QChar c : term)
            latin = latin || (c.unicode() < 0x80 && c.isLetter());
    }
    // The pinyin table takes about a second to build: only for queries that may need it.
    const RegionPinyin* pinyin = latin ? &RegionPinyin::builtin() : nullptr;
    prepared.expression = prepared.query.ftsExpression(pinyin);
    prepared.alternatives = prepared.query.alternatives(pinyin);
    if (pinyin) {
        for (const QString& term : prepared.query.terms())
            prepared.needles += pinyin->names(term);
    }
    return prepared;
}

// The filters as " AND +rowid IN (SELECT id FROM articles WHERE ...)" on the search table, values bound
// in the same order by bindFilters(). The subquery is answered from articles' indexes once, before the
// index is read; a join on articles would read every hit's row (its body included) before any limit.
// The unary + keeps SQLite from offering the IN to FTS5 as a rowid lookup, re-run for every id.
QString filterClause(const SearchOptions& options, const QString& table = QStringLiteral("article_search"))
{
    QStringList conditions;
    if (!options.regionCode.isEmpty())
        conditions.append(QStringLiteral("region_code >= ? AND region_code < ?"));
    if (options.from.isValid())
        conditions.append(QStringLiteral("published_on >= ?"));
    if (options.to.isValid())
        conditions.append(QStringLiteral("published_on <= ?"));
    if (!options.source.isEmpty())
        conditions.append(QStringLiteral("source = ?"));
    if (!options.metricKey.isEmpty())
        conditions.append(QStringLiteral("id IN (SELECT article_id FROM metrics WHERE metric_key = ?)"));
    if (!options.tagIds.isEmpty())
        conditions.append(
            QStringLiteral("id IN (SELECT a.article_id FROM annotations a JOIN annotation_tags t"
                           " ON t.annotation_id = a.id WHERE t.tag_id IN (SELECT value FROM json_each(?)))"));
    if (conditions.isEmpty())
        return QString();
    return QStringLiteral(" AND +%1.rowid IN (SELECT id FROM articles WHERE ").arg(table) +
           conditions.join(QLatin1String(" AND ")) + QLatin1Char(')');
}

void bindFilters(QSqlQuery& query, const SearchOptions& options)
{
    if (!options.regionCode.isEmpty()) {
        // The subtree as a range, which the region index answers (LIKE cannot use it): every code that
        // starts with the prefix sorts between the prefix and the prefix followed by U+FFFF.
        query.addBindValue(options.regionCode);
        query.addBindValue(options.regionCode + QChar(0xFFFF));
    }
    if (options.from.isValid())
        query.addBindValue(options.from.toString(Qt::ISODate));
    if (options.to.isValid())
        query.addBindValue(options.to.toString(Qt::ISODate));
    if (!options.source.isEmpty())
        query.addBindValue(options.source);
    if (!options.metricKey.isEmpty())
        query.addBindValue(options.metricKey);
    if (!options.tagIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : options.tagIds)
            ids << QString::number(id);
        query.addBindValue(QLatin1Char('[') + ids.join(u',') + QLatin1Char(']'));
    }
}

// Newest matches first (FTS5 streams them in rowid order and scores only the rows read), at most limit.
using Candidate = SearchIndex::Candidate;

bool newestMatches(const QSqlDatabase& db, const QString& expression, const SearchOptions& options, int limit,
                   QVector<Candidate>* out)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // regionscope_rank rather than the table's bm25() rank: the same score without bm25()'s full scan
    // of every hit to weigh the terms (SearchRanking).
    query.prepare(
        QStringLiteral("SELECT rowid, regionscope_rank(article_search, 10.0, 1.0) FROM article_search"
                       " WHERE article_search MATCH ?") +
        filterClause(options) + QStringLiteral(" ORDER BY rowid DESC LIMIT ?"));
    query.addBindValue(expression);
    bindFilters(query, options);
    query.addBindValue(limit);
    if (!query.exec())
        return false;
    while (query.next())
        out->append({query.value(0).toLongLong(), query.value(1).toDouble()});
    return true;
}

constexpr int contextBefore = 30;
constexpr int snippetLength = 120;

// Snippets are cut here rather than by FTS5's snippet(): that re-tokenizes every hit before the sort
// and limit, and highlights whole tokens (a Han token is a bigram, so one character came back as two).
// The window starts just before the first needle in the body (the title when the body has none).
QString makeSnippet(const QString& title, const QString& body, const QStringList& needles)
{
    qsizetype first = -1;
    for (const QString& needle : needles) {
        const qsizetype at = body.indexOf(needle, 0, Qt::CaseInsensitive);
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    QString text = title;
    bool leading = false;
    bool trailing = false;
    if (first >= 0) {
        qsizetype start = qMax<qsizetype>(0, first - contextBefore);
        if (start > 0 && body.at(start).isLowSurrogate())
            --start;
        qsizetype end = qMin<qsizetype>(body.size(), start + snippetLength);
        if (end < body.size() && body.at(end).isLowSurrogate())
            ++end;
        text = body.mid(start, end - start);
        leading = start > 0;
        trailing = end < body.size();
    }
    for (QChar& c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    QVector<bool> hit(text.size(), false);
    for (const QString& needle : needles) {
        if (needle.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(needle, at + 1, Qt::CaseInsensitive))
            std::fill(hit.begin() + at, hit.begin() + at + needle.size(), true);
    }
    QString result = leading ? QStringLiteral("…") : QString();
    for (int i = 0; i < text.size(); ++i) {
        if (hit.at(i) && (i == 0 || !hit.at(i - 1)))
            result.append(QChar(SearchIndex::highlightStart));
        result.append(text.at(i));
        if (hit.at(i) && (i + 1 == text.size() || !hit.at(i + 1)))
            result.append(QChar(SearchIndex::highlightEnd));
    }
    if (trailing)
        result.append(QStringLiteral("…"));
    return result;
}

} // namespace

SearchIndex::SearchIndex(Database& database) : m_database(database) {}

QString SearchIndex::highlighted(const QString& snippet, const QString& open, const QString& close)
{
    QString result;
    result.reserve(snippet.size());
    for (const QChar c : snippet) {
        if (c.unicode() == highlightStart)
            result += open;
        else if (c.unicode() == highlightEnd)
            result += close;
        else
            result += c;
    }
    return result;
}

// The connection's last failure in words for what was being done; the driver's text goes to the log.
bool SearchIndex::fail(QString* error, const QString& action, const QSqlError& given) const
{
    const QString message = m_database.explainLastFailure(action, given);
    if (error)
        *error = message;
    return false;
}

bool SearchIndex::addTitleHits(const QString& expression, const SearchOptions& options,
                               QVector<Candidate>* candidates, QString* error) const
{
    // The newest title hits come from the titles' own small index; those older than every candidate
    // are scored in article_search one by one (a rowid lookup each), so they rank as they deserve.
    QSqlQuery titles(m_database.connection());
    titles.setForwardOnly(true);
    titles.prepare(
        QStringLiteral("SELECT rowid FROM article_title_search WHERE article_title_search MATCH ?") +
        filterClause(options, QStringLiteral("article_title_search")) +
        QStringLiteral(" ORDER BY rowid DESC LIMIT ?"));
    titles.addBindValue(expression);
    bindFilters(titles, options);
    titles.addBindValue(titleCandidateCount);
    if (!titles.exec())
        return fail(error, tr("Searching the reports' titles"));
    QSet<qint64> scored;
    for (const Candidate& candidate : std::as_const(*candidates))
        scored.insert(candidate.id);
    QVector<qint64> older;
    while (titles.next()) {
        const qint64 id = titles.value(0).toLongLong();
        if (!scored.contains(id))
            older.append(id);
    }
    if (older.isEmpty())
        return true;
    QSqlQuery score(m_database.connection());
    score.setForwardOnly(true);
    // The expression is also the rank function's key for sharing the term counts across lookups.
    score.prepare(QStringLiteral("SELECT regionscope_rank(article_search, 10.0, 1.0, ?) FROM article_search"
                                 " WHERE article_search MATCH ? AND rowid = ?"));
    for (const qint64 id : std::as_const(older)) {
        score.addBindValue(expression);
        score.addBindValue(expression);
        score.addBindValue(id);
        if (!score.exec())
            return fail(error, tr("Ranking the search hits"));
        if (score.next())
            candidates->append({id, score.value(0).toDouble()});
        score.finish();
    }
    return true;
}

bool SearchIndex::rankPostgres(const QVector<QStringList>& alternatives, const SearchOptions& options,
                               QVector<Candidate>* candidates, bool* complete, QString* error,
                               QVector<qint64>* rest) const
{
    // The same candidates as on SQLite: the newest candidateCount hits and the newest title hits. Fewer
    // of them are scored (a score reads the hit's whole token vector): the newest
    // PostgresSearch::rankedCount and the title hits; the other candidates follow, newest first.
    const PostgresSearch search(m_database.connection());
    const PostgresSearch::Expression expression = PostgresSearch::expression(alternatives);
    QVector<PostgresSearch::Match> newest;
    QSqlError failure;
    PostgresSearch::Request request;
    // Every hit at once when the caller lists them all: finding them again costs as much (a phrase is
    // checked on every vector holding its tokens).
    request.limit = rest ? -1 : candidateCount;
    if (!search.newest(expression, options, request, &newest, &failure))
        return fail(error, tr("Searching the reports"), failure);
    if (rest) {
        for (qsizetype i = candidateCount; i < newest.size(); ++i)
            rest->append(newest.at(i).id);
        newest.resize(qMin<qsizetype>(newest.size(), candidateCount));
    }
    *complete = rest ? rest->isEmpty() : newest.size() < candidateCount;
    PostgresSearch::Request scoring;
    scoring.ranked = true;
    scoring.known = true; // found above: each vector is read once, to score it
    QSet<qint64> scored;
    for (int i = 0; i < newest.size() && i < PostgresSearch::rankedCount; ++i) {
        scoring.onlyIds.append(newest.at(i).id);
        scored.insert(newest.at(i).id);
    }
    if (newest.size() > PostgresSearch::rankedCount) {
        QVector<PostgresSearch::Match> titles;
        PostgresSearch::Request titleRequest;
        titleRequest.titleOnly = true;
        titleRequest.limit = titleCandidateCount;
        if (!search.newest(expression, options, titleRequest, &titles, &failure))
            return fail(error, tr("Searching the reports' titles"), failure);
        for (const PostgresSearch::Match& title : std::as_const(titles)) {
            if (!scored.contains(title.id)) {
                scoring.onlyIds.append(title.id);
                scored.insert(title.id);
            }
        }
    }
    QVector<PostgresSearch::Match> ranked;
    if (!scoring.onlyIds.isEmpty() && !search.newest(expression, options, scoring, &ranked, &failure))
        return fail(error, tr("Ranking the search hits"), failure);
    for (const PostgresSearch::Match& match : std::as_const(ranked))
        candidates->append({match.id, -match.rank}); // lower ranks first, as FTS5's
    for (const PostgresSearch::Match& match : std::as_const(newest)) {
        if (!scored.contains(match.id))
            candidates->append({match.id, 0.0});
    }
    return true;
}

bool SearchIndex::rankCandidates(const QString& expression, const QVector<QStringList>& alternatives,
                                 const SearchOptions& options, QVector<Ranked>* ranked, bool* complete,
                                 QString* error, QVector<qint64>* rest) const
{
    // BM25 over every hit costs about 7 µs a hit: 0.7 s for a two-character query that matches most of
    // 100,000 reports. So only a bounded set is scored: the newest candidateCount matches, and the
    // newest candidateCount reports whose title matches (so a title hit is never lost behind newer body
    // hits). Below candidateCount matches, that is every hit and the ranking is exact.
    QVector<Candidate> body;
    const QSqlDatabase db = m_database.connection();
    if (m_database.isPostgres()) {
        if (!rankPostgres(alternatives, options, &body, complete, error, rest))
            return false;
    } else {
        if (!newestMatches(db, expression, options, candidateCount, &body))
            return fail(error, tr("Searching the reports"));
        // Fewer than asked for: these are all the hits, title hits included.
        *complete = body.size() < candidateCount;
        if (!*complete && !addTitleHits(expression, options, &body, error))
            return false;
    }
    // By score (a title hit weighs ten times a body hit); among equals the newer report.
    std::sort(body.begin(), body.end(), [](const Candidate& a, const Candidate& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return a.id > b.id;
    });
    ranked->clear();
    ranked->reserve(body.size());
    for (const Candidate& candidate : std::as_const(body))
        ranked->append({candidate.id, -candidate.rank});
    return true;
}

bool SearchIndex::hits(const QVector<Ranked>& ranked, int first, int last, const QStringList& needles,
                       QVector<SearchHit>* found, QString* error) const
{
    QSqlQuery article(m_database.connection());
    article.setForwardOnly(true);
    article.prepare(
        QStringLiteral("SELECT title, published_on, region_code, body FROM articles WHERE id = ?"));
    for (int i = first; i < last; ++i) {
        article.addBindValue(ranked.at(i).id);
        if (!article.exec())
            return fail(error, tr("Reading the search hits"));
        if (article.next()) {
            SearchHit hit;
            hit.id = ranked.at(i).id;
            hit.title = article.value(0).toString();
            hit.publishedOn = QDate::fromString(article.value(1).toString(), Qt::ISODate);
            hit.regionCode = article.value(2).toString();
            hit.score = ranked.at(i).score;
            hit.snippet = makeSnippet(hit.title, article.value(3).toString(), needles);
            found->append(hit);
        }
        article.finish();
    }
    return true;
}

QVector<SearchHit> SearchIndex::search(const QString& text, const SearchOptions& options,
                                       QString* error) const
{
    QVector<SearchHit> found;
    const PreparedQuery prepared = prepare(text);
    if (prepared.query.isEmpty())
        return found;
    QVector<Ranked> ranked;
    bool complete = true;
    if (!rankCandidates(prepared.expression, prepared.alternatives, options, &ranked, &complete, error))
        return found;
    const int first = qMin<int>(options.offset, ranked.size());
    const int last = options.limit < 0 ? int(ranked.size()) : qMin<int>(ranked.size(), first + options.limit);
    hits(ranked, first, last, prepared.needles, &found, error);
    return found;
}

int SearchIndex::count(const QString& text, const SearchOptions& options, QString* error) const
{
    return countUpTo(text, -1, options, error);
}

int SearchIndex::countUpTo(const QString& text, int cap, const SearchOptions& options, QString* error) const
{
    const PreparedQuery prepared = prepare(text);
    if (prepared.query.isEmpty())
        return 0;
    if (m_database.isPostgres()) {
        QVector<PostgresSearch::Match> matches;
        PostgresSearch::Request request;
        request.limit = cap;
        QSqlError failure;
        if (PostgresSearch(m_database.connection())
                .newest(PostgresSearch::expression(prepared.alternatives), options, request, &matches,
                        &failure))
            return int(matches.size());
        fail(error, tr("Counting the search hits"), failure);
        return 0;
    }
    // Counting reads the hits' positions, not the articles: ~50 ms for 100,000 hits, hence the cap.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT rowid FROM article_search"
                                 " WHERE article_search MATCH ?") +
                  filterClause(options) + QStringLiteral(" LIMIT ?)"));
    query.addBindValue(prepared.expression);
    bindFilters(query, options);
    query.addBindValue(cap);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    fail(error, tr("Counting the search hits"));
    return 0;
}

QVector<qint64> SearchIndex::rankedIds(const QString& text, const SearchOptions& options,
                                       QString* error) const
{
    return rankedIds(text, options, 0, nullptr, error);
}

QVector<qint64> SearchIndex::rankedIds(const QString& text, const SearchOptions& options, int bestCount,
                                       QVector<SearchHit>* best, QString* error) const
{
    QVector<qint64> ids;
    const PreparedQuery prepared = prepare(text);
    if (prepared.query.isEmpty())
        return ids;
    QVector<Ranked> ranked;
    bool complete = true;
    QVector<qint64> beyond; // PostgreSQL: the hits beyond the candidates
    if (!rankCandidates(prepared.expression, prepared.alternatives, options, &ranked, &complete, error,
                        m_database.isPostgres() ? &beyond : nullptr))
        return ids;
    if (best) {
        best->clear();
        if (!hits(ranked, 0, qMin<int>(bestCount, ranked.size()), prepared.needles, best, error))
            return ids;
    }
    const qsizetype wanted = options.limit < 0 ? -1 : qsizetype(options.offset) + options.limit;
    QSet<qint64> seen;
    for (const Ranked& hit : std::as_const(ranked)) {
        ids.append(hit.id);
        seen.insert(hit.id);
    }
    if (!complete && (wanted < 0 || wanted > ids.size())) {
        // The hits beyond the scored ones follow, newest first: reading their ids alone is cheap.
        if (m_database.isPostgres()) {
            for (const qint64 id : std::as_const(beyond)) {
                if (wanted >= 0 && ids.size() >= wanted)
                    break;
                if (!seen.contains(id))
                    ids.append(id);
            }
            return ids.mid(qMin<qsizetype>(options.offset, ids.size()),
                           options.limit < 0 ? -1 : options.limit);
        }
        QSqlQuery rest(m_database.connection());
        rest.setForwardOnly(true);
        rest.prepare(QStringLiteral("SELECT rowid FROM article_search WHERE article_search MATCH ?") +
                     filterClause(options) + QStringLiteral(" ORDER BY rowid DESC"));
        rest.addBindValue(prepared.expression);
        bindFilters(rest, options);
        if (!rest.exec()) {
            fail(error, tr("Searching the reports"));
            return {};
        }
        while (rest.next() && (wanted < 0 || ids.size() < wanted)) {
            const qint64 id = rest.value(0).toLongLong();
            if (!seen.contains(id))
                ids.append(id);
        }
    }
    return ids.mid(qMin<qsizetype>(options.offset, ids.size()), options.limit < 0 ? -1 : options.limit);
}

QString SearchIndex::snippet(qint64 articleId, const QString& text, QString* error) const
{
    const PreparedQuery prepared = prepare(text);
    if (prepared.query.isEmpty())
        return QString();
    if (m_database.isPostgres())
        return snippetPostgres(articleId, prepared.alternatives, prepared.needles, error);
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT a.title, a.body FROM article_search JOIN articles a"
                       " ON a.id = article_search.rowid WHERE article_search MATCH ? AND a.id = ?"));
    query.addBindValue(prepared.expression);
    query.addBindValue(articleId);
    if (!query.exec()) {
        fail(error, tr("Searching report %1").arg(articleId));
        return QString();
    }
    return query.next() ? makeSnippet(query.value(0).toString(), query.value(1).toString(), prepared.needles)
                        : QString();
}

QString SearchIndex::snippetPostgres(qint64 articleId, const QVector<QStringList>& alternatives,
                                     const QStringList& needles, QString* error) const
{
    QVector<PostgresSearch::Match> matches;
    PostgresSearch::Request request;
    request.limit = 1;
    request.onlyIds = {articleId};
    QSqlError failure;
    if (!PostgresSearch(m_database.connection())
             .newest(PostgresSearch::expression(alternatives), {}, request, &matches, &failure)) {
        fail(error, tr("Searching report %1").arg(articleId), failure);
        return QString();
    }
    if (matches.isEmpty())
        return QString();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT title, body FROM articles WHERE id = ?"));
    query.addBindValue(articleId);
    if (!query.exec()) {
        fail(error, tr("Searching report %1").arg(articleId), query.lastError());
        return QString();
    }
    return query.next() ? makeSnippet(query.value(0).toString(), query.value(1).toString(), needles)
                        : QString();
}

void SearchIndex::prepareForImport(QSqlDatabase& db)
{
    if (db.driverName() == QLatin1String("QPSQL"))
        return; // no FTS5 there
    // A report adds about 3,900 terms; FTS5 writes its pending terms out as a new segment whenever
    // they pass 1 MB, every few dozen reports, and merges those segments again and again. With 16 MB a
    // batch goes out in a few large segments: the search stage fell from 0.29 to 0.25 ms a report at
    // 10,000 reports (regionscope-bench --import).
    constexpr int pendingBytes = 16 * 1024 * 1024;
    QSqlQuery hashSize(db);
    hashSize.prepare(
        QStringLiteral("INSERT INTO article_search(article_search, rank) VALUES ('hashsize', ?)"));
    hashSize.addBindValue(pendingBytes);
    hashSize.exec();
}

bool SearchIndex::indexReports(QSqlDatabase& db, const QVector<qint64>& ids, QString* error)
{
    if (db.driverName() != QLatin1String("QPSQL") || ids.isEmpty())
        return true; // SQLite's triggers indexed them
    QSqlError failure;
    if (PostgresSearch::index(db, ids, &failure))
        return true;
    qWarning().noquote() << "indexing reports for search:" << failure.text();
    if (error)
        *error = tr("the reports could not be indexed for search; nothing was stored");
    return false;
}

bool SearchIndex::rebuild(QString* error)
{
    if (m_database.isPostgres()) {
        QSqlDatabase db = m_database.connection();
        QSqlError failure;
        return PostgresSearch::rebuild(db, &failure) ||
               fail(error, tr("Rebuilding the search index"), failure);
    }
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("INSERT INTO article_search(article_search) VALUES ('rebuild')")) ||
        !query.exec(
            QStringLiteral("INSERT INTO article_title_search(article_title_search) VALUES ('rebuild')")))
        return fail(error, tr("Rebuilding the search index"));
    return true;
}

bool SearchIndex::optimize(QString* error)
{
    if (m_database.isPostgres())
        return true; // the GIN index merges its pending entries itself (autovacuum)
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("INSERT INTO article_search(article_search) VALUES ('optimize')")) ||
        !query.exec(
            QStringLiteral("INSERT INTO article_title_search(article_title_search) VALUES ('optimize')")))
        return fail(error, tr("Merging the search index"));
    return true;
}

} // namespace rs
