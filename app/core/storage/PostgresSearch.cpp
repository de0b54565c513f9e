#include "PostgresSearch.h"

#include "SearchTokenizer.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace rs {
namespace {

// PostgreSQL's tsvector limits (tsvector.h): positions 1..16383, 256 positions a lexeme, lexemes of at
// most 2,047 bytes, and 1 MB of lexeme text a vector.
constexpr int maxPosition = 16383;
constexpr int maxPositions = 256;
constexpr int maxLexemeBytes = 2047;
constexpr int maxVectorBytes = 1000000;
constexpr int batchSize = 200;

struct Lexeme
{
    QVector<int> positions; // ascending
    QVector<bool> title;
};
using Lexemes = QHash<QByteArray, Lexeme>;

// Adds text's tokens from position first on; returns the last position used (first - 1 when none).
int addTokens(Lexemes* lexemes, const QString& text, int first, bool title, bool* exact)
{
    const QByteArray utf8 = text.toUtf8();
    int position = first - 1;
    SearchTokenizer::tokenize(utf8.constData(), int(utf8.size()), SearchTokenizer::Mode::Document,
                              [&](const SearchTokenizer::Token& token) {
                                  if (!token.colocated)
                                      ++position;
                                  if (token.text.size() > maxLexemeBytes) {
                                      *exact = false;
                                      return 0;
                                  }
                                  const int stored = qMin(position, maxPosition);
                                  *exact = *exact && stored == position;
                                  Lexeme& lexeme = (*lexemes)[token.text];
                                  if (!lexeme.positions.isEmpty() && lexeme.positions.last() == stored)
                                      return 0;
                                  if (lexeme.positions.size() >= maxPositions) {
                                      *exact = false;
                                      return 0;
                                  }
                                  lexeme.positions.append(stored);
                                  lexeme.title.append(title);
                                  return 0;
                              });
    return position;
}

// A lexeme as tsvector and tsquery text take it: between single quotes, quotes doubled, backslashes
// escaped.
QString quotedLexeme(const QByteArray& utf8)
{
    QString text = QString::fromUtf8(utf8);
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

using Phrase = QVector<QByteArray>;

Phrase queryTokens(const QString& text)
{
    Phrase tokens;
    const QByteArray utf8 = text.toUtf8();
    SearchTokenizer::tokenize(utf8.constData(), int(utf8.size()), SearchTokenizer::Mode::Query,
                              [&](const SearchTokenizer::Token& token) {
                                  tokens.append(token.text);
                                  return 0;
                              });
    return tokens;
}

// Each term's alternatives as token phrases; an alternative PostgreSQL cannot hold (no token, or one
// longer than a lexeme may be) is left out, and a term left without any makes the query match nothing.
QVector<QVector<Phrase>> phrases(const QVector<QStringList>& alternatives, bool* possible)
{
    QVector<QVector<Phrase>> terms;
    *possible = !alternatives.isEmpty();
    for (const QStringList& term : alternatives) {
        QVector<Phrase> options;
        for (const QString& alternative : term) {
            const Phrase tokens = queryTokens(alternative);
            const bool fits = std::all_of(tokens.cbegin(), tokens.cend(), [](const QByteArray& token) {
                return token.size() <= maxLexemeBytes;
            });
            if (!tokens.isEmpty() && fits)
                options.append(tokens);
        }
        *possible = *possible && !options.isEmpty();
        terms.append(options);
    }
    return terms;
}

QString tsquery(const QVector<QVector<Phrase>>& terms, bool phrase)
{
    QStringList parts;
    for (const QVector<Phrase>& term : terms) {
        QStringList options;
        for (const Phrase& tokens : term) {
            QStringList lexemes;
            for (const QByteArray& token : tokens)
                lexemes.append(quotedLexeme(token));
            options.append(QLatin1Char('(') +
                           lexemes.join(phrase ? QLatin1String(" <-> ") : QLatin1String(" & ")) +
                           QLatin1Char(')'));
        }
        parts.append(QLatin1Char('(') + options.join(QLatin1String(" | ")) + QLatin1Char(')'));
    }
    return parts.join(QLatin1String(" & "));
}

// Token positions of a text as the index numbers them (colocated tokens share one).
using Positions = QHash<QByteArray, QVector<int>>;

Positions positionsOf(const QString& text)
{
    Positions positions;
    const QByteArray utf8 = text.toUtf8();
    int position = -1;
    SearchTokenizer::tokenize(utf8.constData(), int(utf8.size()), SearchTokenizer::Mode::Document,
                              [&](const SearchTokenizer::Token& token) {
                                  if (!token.colocated)
                                      ++position;
                                  positions[token.text].append(position);
                                  return 0;
                              });
    return positions;
}

bool holds(const Positions& positions, const Phrase& phrase)
{
    const auto first = positions.constFind(phrase.first());
    if (first == positions.cend())
        return false;
    for (const int start : first.value()) {
        bool all = true;
        for (int i = 1; all && i < phrase.size(); ++i) {
            const auto next = positions.constFind(phrase.at(i));
            if (next == positions.cend())
                return false;
            all = std::binary_search(next.value().cbegin(), next.value().cend(), start + i);
        }
        if (all)
            return true;
    }
    return false;
}

QString idArray(const QVector<qint64>& ids)
{
    QStringList texts;
    texts.reserve(ids.size());
    for (const qint64 id : ids)
        texts.append(QString::number(id));
    return QLatin1Char('{') + texts.join(QLatin1Char(',')) + QLatin1Char('}');
}

// The filters as " AND t.article_id IN (SELECT id FROM articles WHERE ...)", bound by bindFilters().
QString filterClause(const SearchOptions& options)
{
    QStringList conditions;
    if (!options.regionCode.isEmpty())
        conditions.append(QStringLiteral("starts_with(region_code, ?)"));
    // ISO dates compare as text, by code point whatever the server's collation.
    if (options.from.isValid())
        conditions.append(QStringLiteral("published_on COLLATE \"C\" >= ?"));
    if (options.to.isValid())
        conditions.append(QStringLiteral("published_on COLLATE \"C\" <= ?"));
    if (!options.source.isEmpty())
        conditions.append(QStringLiteral("source = ?"));
    if (!options.metricKey.isEmpty())
        conditions.append(QStringLiteral("id IN (SELECT article_id FROM metrics WHERE metric_key = ?)"));
    if (!options.tagIds.isEmpty())
        conditions.append(
            QStringLiteral("id IN (SELECT a.article_id FROM annotations a JOIN annotation_tags g"
                           " ON g.annotation_id = a.id WHERE g.tag_id = ANY(CAST(? AS BIGINT[])))"));
    if (conditions.isEmpty())
        return QString();
    return QStringLiteral(" AND t.article_id IN (SELECT id FROM articles WHERE ") +
           conditions.join(QLatin1String(" AND ")) + QLatin1Char(')');
}

void bindFilters(QSqlQuery& query, const SearchOptions& options)
{
    if (!options.regionCode.isEmpty())
        query.addBindValue(options.regionCode);
    if (options.from.isValid())
        query.addBindValue(options.from.toString(Qt::ISODate));
    if (options.to.isValid())
        query.addBindValue(options.to.toString(Qt::ISODate));
    if (!options.source.isEmpty())
        query.addBindValue(options.source);
    if (!options.metricKey.isEmpty())
        query.addBindValue(options.metricKey);
    if (!options.tagIds.isEmpty())
        query.addBindValue(idArray(options.tagIds));
}

// tsvector text; title positions carry weight A when weighted.
QString vectorText(const Lexemes& lexemes, bool weighted, bool* exact)
{
    QStringList entries;
    entries.reserve(lexemes.size());
    qsizetype bytes = 0;
    for (auto it = lexemes.cbegin(); it != lexemes.cend(); ++it) {
        bytes += it.key().size();
        if (bytes > maxVectorBytes) {
            *exact = false; // never in practice: a megabyte of distinct tokens
            break;
        }
        QString entry = quotedLexeme(it.key()) + QLatin1Char(':');
        const Lexeme& lexeme = it.value();
        for (int i = 0; i < lexeme.positions.size(); ++i) {
            if (i > 0)
                entry += QLatin1Char(',');
            entry += QString::number(lexeme.positions.at(i));
            if (weighted && lexeme.title.at(i))
                entry += QLatin1Char('A');
        }
        entries.append(entry);
    }
    return entries.join(QLatin1Char(' '));
}

} // namespace

PostgresSearch::Document PostgresSearch::document(const QString& title, const QString& body)
{
    Document result;
    Lexemes lexemes;
    const int titleEnd = addTokens(&lexemes, title, 1, true, &result.exact);
    result.titleVector = vectorText(lexemes, false, &result.exact);
    addTokens(&lexemes, body, titleEnd + 2, false, &result.exact);
    result.vector = vectorText(lexemes, true, &result.exact);
    return result;
}

PostgresSearch::Expression PostgresSearch::expression(const QVector<QStringList>& alternatives)
{
    Expression result;
    result.alternatives = alternatives;
    bool possible = false;
    const QVector<QVector<Phrase>> terms = phrases(alternatives, &possible);
    if (!possible)
        return result;
    result.phrase = tsquery(terms, true);
    result.loose = tsquery(terms, false);
    return result;
}

bool PostgresSearch::contains(const QString& title, const QString& body,
                              const QVector<QStringList>& alternatives, bool titleOnly)
{
    bool possible = false;
    const QVector<QVector<Phrase>> terms = phrases(alternatives, &possible);
    if (!possible)
        return false;
    const Positions inTitle = positionsOf(title);
    const Positions inBody = titleOnly ? Positions() : positionsOf(body);
    return std::all_of(terms.cbegin(), terms.cend(), [&](const QVector<Phrase>& term) {
        return std::any_of(term.cbegin(), term.cend(), [&](const Phrase& phrase) {
            return holds(inTitle, phrase) || holds(inBody, phrase);
        });
    });
}

bool PostgresSearch::query(const Expression& expression, const SearchOptions& options, const Request& request,
                           int limit, QVector<Match>* out, QVector<qint64>* unsure, int* rows,
                           QSqlError* failure) const
{
    const bool confirming = expression.needsConfirmation();
    // Every hit is found through a GIN index first, in regionscope_search_hits() (migration 18), where
    // sequential scans are off: for a common term the planner scanned the table, reading every report's
    // vector (115 ms on 3,000 reports instead of 1 ms for the index's bitmap). The hits are then cut to
    // the newest; ranking, and whether a hit came by its phrase, are computed for the rows kept. Titles
    // have their own small vectors: a title search reads no body's tokens. A few given reports are
    // looked up by their keys instead.
    const QString column = request.titleOnly ? QStringLiteral("title_tokens") : QStringLiteral("tokens");
    const bool checking = !request.known; // known hits are only scored
    const bool confirmingHere = confirming && checking;
    QString sql;
    if (request.known) {
        sql = QStringLiteral("WITH c AS (SELECT t.article_id FROM article_search_tokens t"
                             " WHERE t.article_id = ANY(CAST(? AS BIGINT[]))");
    } else if (request.onlyIds.isEmpty()) {
        sql = QStringLiteral("WITH c AS (SELECT t.article_id FROM regionscope_%1_hits(CAST(? AS tsquery),"
                             " CAST(? AS tsquery)) AS t(article_id) WHERE TRUE")
                  .arg(request.titleOnly ? QStringLiteral("title") : QStringLiteral("search"));
    } else {
        sql = QStringLiteral("WITH c AS (SELECT t.article_id FROM article_search_tokens t"
                             " WHERE t.article_id = ANY(CAST(? AS BIGINT[])) AND (t.%1 @@ CAST(? AS tsquery)"
                             " OR (t.exact = 0 AND t.%1 @@ CAST(? AS tsquery)))")
                  .arg(column);
    }
    sql += filterClause(options);
    sql +=
        QStringLiteral(" ORDER BY t.article_id DESC LIMIT ?)"
                       " SELECT t.article_id, %1, %2 FROM c JOIN article_search_tokens t"
                       " ON t.article_id = c.article_id ORDER BY t.article_id DESC")
            .arg(request.ranked
                     ? QStringLiteral("ts_rank('{0.1, 0.2, 0.4, 1.0}', t.tokens, CAST(? AS tsquery), 1)")
                     : QStringLiteral("0"),
                 confirmingHere
                     ? QStringLiteral("CASE WHEN t.exact = 1 THEN TRUE ELSE t.%1 @@ CAST(? AS tsquery) END")
                           .arg(column)
                     : QStringLiteral("TRUE"));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!request.onlyIds.isEmpty())
        query.addBindValue(idArray(request.onlyIds));
    if (checking) {
        query.addBindValue(expression.phrase);
        // Without phrases to confirm, only the phrase query (the same tokens) is asked.
        query.addBindValue(confirming ? QVariant(expression.loose) : QVariant(QMetaType(QMetaType::QString)));
    }
    bindFilters(query, options);
    query.addBindValue(limit < 0 ? QVariant() : QVariant(limit));
    if (request.ranked)
        query.addBindValue(expression.loose); // ranks every hit, also those confirmed here
    if (confirmingHere)
        query.addBindValue(expression.phrase);
    if (!query.exec()) {
        *failure = query.lastError();
        return false;
    }
    *rows = 0;
    while (query.next()) {
        ++*rows;
        out->append({query.value(0).toLongLong(), query.value(1).toDouble()});
        if (!query.value(2).toBool())
            unsure->append(out->last().id);
    }
    return true;
}

bool PostgresSearch::confirm(const Expression& expression, bool titleOnly, QVector<qint64>* ids,
                             QSqlError* failure) const
{
    QVector<qint64> confirmed;
    QSqlQuery read(m_db);
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT id, title, body FROM articles WHERE id = ANY(CAST(? AS BIGINT[]))"));
    for (qsizetype from = 0; from < ids->size(); from += batchSize) {
        read.addBindValue(idArray(ids->mid(from, batchSize)));
        if (!read.exec()) {
            *failure = read.lastError();
            return false;
        }
        while (read.next()) {
            if (contains(read.value(1).toString(), read.value(2).toString(), expression.alternatives,
                         titleOnly))
                confirmed.append(read.value(0).toLongLong());
        }
        read.finish();
    }
    *ids = confirmed;
    return true;
}

bool PostgresSearch::newest(const Expression& expression, const SearchOptions& options,
                            const Request& request, QVector<Match>* out, QSqlError* failure) const
{
    out->clear();
    if (expression.isEmpty())
        return true;
    // Hits that fail their confirmation leave fewer than asked for: ask again for twice as many.
    for (int limit = request.limit;; limit *= 2) {
        QVector<Match> found;
        QVector<qint64> unsure;
        int rows = 0;
        if (!query(expression, options, request, limit, &found, &unsure, &rows, failure))
            return false;
        if (!unsure.isEmpty()) {
            QVector<qint64> confirmed = unsure;
            if (!confirm(expression, request.titleOnly, &confirmed, failure))
                return false;
            const QSet<qint64> rejected = QSet<qint64>(unsure.cbegin(), unsure.cend()) -
                                          QSet<qint64>(confirmed.cbegin(), confirmed.cend());
            found.removeIf([&](const Match& match) { return rejected.contains(match.id); });
        }
        if (limit < 0 || rows < limit || found.size() >= request.limit) {
            if (request.limit >= 0 && found.size() > request.limit)
                found.resize(request.limit);
            *out = found;
            return true;
        }
    }
}

bool PostgresSearch::index(QSqlDatabase& db, const QVector<qint64>& ids, QSqlError* failure)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT id, title, body FROM articles WHERE id = ANY(CAST(? AS BIGINT[]))"));
    QSqlQuery write(db);
    write.prepare(QStringLiteral("INSERT INTO article_search_tokens (article_id, title_tokens, tokens, exact)"
                                 " VALUES (?, CAST(? AS tsvector), CAST(? AS tsvector), ?) ON CONFLICT"
                                 " (article_id) DO UPDATE SET title_tokens = EXCLUDED.title_tokens,"
                                 " tokens = EXCLUDED.tokens, exact = EXCLUDED.exact"));
    for (qsizetype from = 0; from < ids.size(); from += batchSize) {
        read.addBindValue(idArray(ids.mid(from, batchSize)));
        if (!read.exec()) {
            *failure = read.lastError();
            return false;
        }
        struct Row
        {
            qint64 id;
            Document document;
        };
        QVector<Row> rows;
        while (read.next())
            rows.append(
                {read.value(0).toLongLong(), document(read.value(1).toString(), read.value(2).toString())});
        read.finish();
        for (const Row& row : std::as_const(rows)) {
            write.addBindValue(row.id);
            write.addBindValue(row.document.titleVector);
            write.addBindValue(row.document.vector);
            write.addBindValue(row.document.exact ? 1 : 0);
            if (!write.exec()) {
                *failure = write.lastError();
                return false;
            }
        }
    }
    return true;
}

bool PostgresSearch::rebuild(QSqlDatabase& db, QSqlError* failure)
{
    QSqlQuery all(db);
    all.setForwardOnly(true);
    if (!all.exec(QStringLiteral("SELECT id FROM articles ORDER BY id"))) {
        *failure = all.lastError();
        return false;
    }
    QVector<qint64> ids;
    while (all.next())
        ids.append(all.value(0).toLongLong());
    all.finish();
    if (!index(db, ids, failure))
        return false;
    // Fresh statistics for the planner after writing every row (a role that does not own the table
    // gets a warning, not an error).
    QSqlQuery analyze(db);
    analyze.exec(QStringLiteral("ANALYZE article_search_tokens"));
    return true;
}

} // namespace rs
