#include "SearchIndex.h"

#include "Database.h"
#include "SearchQuery.h"
#include "gazetteer/RegionPinyin.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace rs {
namespace {

struct PreparedQuery
{
    SearchQuery query;
    QString expression;
    QStringList needles; // what a snippet highlights: the terms and their pinyin alternatives
};

PreparedQuery prepare(const QString& text)
{
    PreparedQuery prepared{SearchQuery(text), QString(), {}};
    bool latin = false;
    for (const QString& term : prepared.query.terms()) {
        prepared.needles.append(term);
        for (const QChar c : term)
            latin = latin || (c.unicode() < 0x80 && c.isLetter());
    }
    // The pinyin table takes about a second to build: only for queries that may need it.
    const RegionPinyin* pinyin = latin ? &RegionPinyin::builtin() : nullptr;
    prepared.expression = prepared.query.ftsExpression(pinyin);
    if (pinyin) {
        for (const QString& term : prepared.query.terms())
            prepared.needles += pinyin->names(term);
    }
    return prepared;
}

// Conditions on the joined articles row "a"; values bound in the same order by bindConditions().
QString conditions(const SearchOptions& options)
{
    QString sql;
    if (!options.regionCode.isEmpty())
        sql += QStringLiteral(" AND a.region_code LIKE ?");
    if (options.from.isValid())
        sql += QStringLiteral(" AND a.published_on >= ?");
    if (options.to.isValid())
        sql += QStringLiteral(" AND a.published_on <= ?");
    if (!options.source.isEmpty())
        sql += QStringLiteral(" AND a.source = ?");
    if (!options.metricKey.isEmpty())
        sql += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM metrics m WHERE m.article_id = a.id AND m.metric_key = ?)");
    return sql;
}

void bindConditions(QSqlQuery& query, const SearchOptions& options)
{
    if (!options.regionCode.isEmpty())
        query.addBindValue(options.regionCode + QLatin1Char('%'));
    if (options.from.isValid())
        query.addBindValue(options.from.toString(Qt::ISODate));
    if (options.to.isValid())
        query.addBindValue(options.to.toString(Qt::ISODate));
    if (!options.source.isEmpty())
        query.addBindValue(options.source);
    if (!options.metricKey.isEmpty())
        query.addBindValue(options.metricKey);
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

QVector<SearchHit> SearchIndex::search(const QString& text, const SearchOptions& options) const
{
    QVector<SearchHit> hits;
    const PreparedQuery prepared = prepare(text);
    if (prepared.query.isEmpty())
        return hits;
    // Ranked page first, snippets after: asked in one statement, SQLite makes a snippet for every
    // hit before the sort and limit, which costs a hundred milliseconds on a large corpus.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.id, a.title, a.published_on, a.region_code, article_search.rank"
                                 " FROM article_search JOIN articles a ON a.id = article_search.rowid"
                                 " WHERE article_search MATCH ?") +
                  conditions(options) + QStringLiteral(" ORDER BY article_search.rank LIMIT ? OFFSET ?"));
    query.addBindValue(prepared.expression);
    bindConditions(query, options);
    query.addBindValue(options.limit);
    query.addBindValue(options.offset);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return hits;
    }
    while (query.next()) {
        SearchHit hit;
        hit.id = query.value(0).toLongLong();
        hit.title = query.value(1).toString();
        hit.publishedOn = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        hit.regionCode = query.value(3).toString();
        hit.score = -query.value(4).toDouble();
        hits.append(hit);
    }
    QSqlQuery bodies(m_database.connection());
    bodies.prepare(QStringLiteral("SELECT body FROM articles WHERE id = ?"));
    for (SearchHit& hit : hits) {
        bodies.addBindValue(hit.id);
        if (bodies.exec() && bodies.next())
            hit.snippet = makeSnippet(hit.title, bodies.value(0).toString(), prepared.needles);
        bodies.finish();
    }
    return hits;
}

int SearchIndex::count(const QString& text, const SearchOptions& options) const
{
    const PreparedQuery prepared = prepare(text);
    if (prepared.query.isEmpty())
        return 0;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT COUNT(*) FROM article_search JOIN articles a ON a.id = article_search.rowid"
                       " WHERE article_search MATCH ?") +
        conditions(options));
    query.addBindValue(prepared.expression);
    bindConditions(query, options);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    m_lastError = query.lastError().text();
    return 0;
}

QVector<qint64> SearchIndex::rankedIds(const QString& text, const SearchOptions& options) const
{
    QVector<qint64> ids;
    const PreparedQuery prepared = prepare(text);
    if (prepared.query.isEmpty())
        return ids;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT a.id FROM article_search JOIN articles a ON a.id = article_search.rowid"
                       " WHERE article_search MATCH ?") +
        conditions(options) + QStringLiteral(" ORDER BY article_search.rank LIMIT ? OFFSET ?"));
    query.addBindValue(prepared.expression);
    bindConditions(query, options);
    query.addBindValue(options.limit);
    query.addBindValue(options.offset);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return ids;
    }
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QString SearchIndex::snippet(qint64 articleId, const QString& text) const
{
    const PreparedQuery prepared = prepare(text);
    if (prepared.query.isEmpty())
        return QString();
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT a.title, a.body FROM article_search JOIN articles a"
                       " ON a.id = article_search.rowid WHERE article_search MATCH ? AND a.id = ?"));
    query.addBindValue(prepared.expression);
    query.addBindValue(articleId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return QString();
    }
    return query.next() ? makeSnippet(query.value(0).toString(), query.value(1).toString(), prepared.needles)
                        : QString();
}

bool SearchIndex::rebuild()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("INSERT INTO article_search(article_search) VALUES ('rebuild')"))) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

bool SearchIndex::optimize()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("INSERT INTO article_search(article_search) VALUES ('optimize')"))) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace rs
