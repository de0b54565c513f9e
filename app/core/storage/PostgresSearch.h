#pragma once

#include "SearchIndex.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rs {

// SearchIndex on PostgreSQL (issue 18): the tokens of SearchTokenizer, computed in this process, stored
// per report as tsvectors in article_search_tokens (migration 18) under GIN indexes, so both engines
// find exactly the same reports. tokens holds the title's tokens (weight A, for ranking) and then the
// body's after a gap of one position (a phrase never runs from the title into the body); title_tokens
// the title's alone, for the title hits. A term is a tsquery phrase (<->) of its tokens, so Han terms of
// any length are substrings as on SQLite.
//
// A tsvector keeps at most 256 positions of one lexeme and no position above 16,383. A report beyond
// either limit (about 15,000 characters and up, or very repetitive text) is stored with exact = 0: its
// phrases cannot be trusted to the positions, so it is also found by the AND of its terms' tokens and
// then confirmed here against its title and body, tokenized again. A term of one token needs no phrase
// and no confirmation.
//
// Measured (regionscope-bench --search-postgres URL --search-reports 3000) on 3,001 generated reports of
// 2,200 characters on average, a test cluster sharing 2 cores with a load average of 6: the tokens table
// takes 90 MB (its GIN indexes 13.6 MB; the reports themselves 6 MB), written at 220-280 reports/s. Search
// p50 / p95, the 50 best with snippets: 1 character 24 / 103 ms, 2 characters 21 / 30 ms, 3+ characters
// 60 / 164 ms (SQLite in the same run: 8 / 16, 9 / 21, 17 / 36 ms). Terms of several tokens cost most:
// the phrase is checked on every vector holding all its tokens.
// pg_trgm (GIN gin_trgm_ops on the body, 1.0 MB), newest 2,000 ids by LIKE with no ranking: 1 character
// 48-82 ms and 2 characters 31-52 ms (sequential scans: trigrams cannot answer them), 4 characters
// 75-96 ms. It was not chosen: most Chinese queries are one or two characters, CREATE EXTENSION needs a
// role the team's lead may not have, and LIKE matches raw text, not the folded tokens SQLite matches
// (full-width digits, traditional characters, Latin words whole), so the hits would differ.
class PostgresSearch
{
public:
    explicit PostgresSearch(const QSqlDatabase& db) : m_db(db) {}

    // The newest candidates SearchIndex scores here (SQLite scores all of its candidateCount, 2,000; the
    // others come after them here, newest first, with score 0). Scoring reads a hit's whole token
    // vector, about 12 kB for a report of 2,200 characters: 2,000 hits took 100-220 ms on the test
    // machine, 500 a quarter of that.
    static constexpr int rankedCount = 500;

    // A report's tokens as tsvector text. exact is false when positions were cut (see above).
    struct Document
    {
        QString titleVector; // the title's tokens alone
        QString vector;      // title (weight A) and body
        bool exact = true;
    };
    static Document document(const QString& title, const QString& body);

    // A query's tsquery texts: phrase as stored, loose the AND of every phrase's tokens (equal to
    // phrase when every term is one token). Empty when some term has no token at all (nothing can
    // match it).
    struct Expression
    {
        QVector<QStringList> alternatives;
        QString phrase;
        QString loose;
        bool isEmpty() const { return phrase.isEmpty(); }
        bool needsConfirmation() const { return loose != phrase; }
    };
    static Expression expression(const QVector<QStringList>& alternatives);

    // Whether the title (and, unless titleOnly, the body) holds one alternative of every term, as the
    // index would match them: what confirms the hits of reports stored with exact = 0.
    static bool contains(const QString& title, const QString& body, const QVector<QStringList>& alternatives,
                         bool titleOnly);

    struct Match
    {
        qint64 id = 0;
        double rank = 0; // ts_rank with titles weighing ten times the body; higher is better
    };
    struct Request
    {
        bool titleOnly = false;
        bool ranked = false;
        int limit = -1;          // at most this many hits, newest first; -1: every hit
        QVector<qint64> onlyIds; // when not empty, only among these reports
        bool known = false;      // onlyIds are known hits: they are scored, not matched again
    };
    // The newest hits of expression under options' filters (not their limit and offset).
    bool newest(const Expression& expression, const SearchOptions& options, const Request& request,
                QVector<Match>* out, QSqlError* failure) const;

    // Writes the tokens of reports ids (ids that no longer exist are skipped).
    static bool index(QSqlDatabase& db, const QVector<qint64>& ids, QSqlError* failure);
    // Writes the tokens of every report.
    static bool rebuild(QSqlDatabase& db, QSqlError* failure);

private:
    bool query(const Expression& expression, const SearchOptions& options, const Request& request, int limit,
               QVector<Match>* out, QVector<qint64>* unsure, int* rows, QSqlError* failure) const;
    bool confirm(const Expression& expression, bool titleOnly, QVector<qint64>* ids,
                 QSqlError* failure) const;

    QSqlDatabase m_db;
};

} // namespace rs
