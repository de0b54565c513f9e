#include "SearchRanking.h"

#include <sqlite3.h>

#include <cmath>
#include <string>
#include <vector>

namespace rs {
namespace {

// FTS5's bm25() constants, so scores stay comparable with what it gave.
constexpr double k1 = 1.2;
constexpr double b = 0.75;

struct QueryStatistics
{
    std::vector<double> idf; // per phrase
    double averageLength = 1;
};

struct Counting
{
    int count = 0;
    sqlite3_int64 lastRowid = 0;
};

int countDocument(const Fts5ExtensionApi* api, Fts5Context* fts, void* data)
{
    auto* counting = static_cast<Counting*>(data);
    counting->lastRowid = api->xRowid(fts);
    // SQLITE_DONE ends xQueryPhrase early and makes it return SQLITE_OK.
    return ++counting->count >= SearchRanking::documentFrequencyCap ? SQLITE_DONE : SQLITE_OK;
}

int computeStatistics(const Fts5ExtensionApi* api, Fts5Context* fts, QueryStatistics* statistics)
{
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc != SQLITE_OK)
        return rc;
    statistics->averageLength = rows > 0 ? double(tokens) / double(rows) : 1.0;
    const int phrases = api->xPhraseCount(fts);
    statistics->idf.assign(size_t(phrases), 0.0);
    for (int phrase = 0; phrase < phrases; ++phrase) {
        Counting counting;
        rc = api->xQueryPhrase(fts, phrase, &counting, countDocument);
        if (rc != SQLITE_OK)
            return rc;
        double documents = counting.count;
        // xQueryPhrase walks rowids upwards: the cap reached at rowid r of about `rows` suggests
        // count * rows / r documents in all.
        if (counting.count >= SearchRanking::documentFrequencyCap && counting.lastRowid > 0)
            documents = std::min(double(rows), documents * double(rows) / double(counting.lastRowid));
        double idf = std::log((double(rows) - documents + 0.5) / (documents + 0.5));
        if (idf <= 0.0)
            idf = 1e-6; // as bm25(): a phrase in most documents still counts a little
        statistics->idf[size_t(phrase)] = idf;
    }
    return SQLITE_OK;
}

// Statistics by caller's key (the query expression), for statements that look up one row each: without
// it, scoring a few hundred rows one statement at a time counted the phrases a few hundred times. Valid
// while the index holds the same number of rows and tokens.
struct CachedStatistics
{
    std::string key;
    sqlite3_int64 rows = -1;
    sqlite3_int64 tokens = -1;
    QueryStatistics statistics;
};

void rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int argc,
          sqlite3_value** argv)
{
    auto* statistics = static_cast<QueryStatistics*>(api->xGetAuxdata(fts, 0));
    if (!statistics) {
        statistics = new QueryStatistics;
        thread_local CachedStatistics cache;
        const bool keyed = argc > 2 && sqlite3_value_type(argv[2]) == SQLITE_TEXT;
        std::string key;
        sqlite3_int64 rows = 0;
        sqlite3_int64 tokens = 0;
        int rc = SQLITE_OK;
        if (keyed) {
            key.assign(reinterpret_cast<const char*>(sqlite3_value_text(argv[2])),
                       size_t(sqlite3_value_bytes(argv[2])));
            rc = api->xRowCount(fts, &rows);
            if (rc == SQLITE_OK)
                rc = api->xColumnTotalSize(fts, -1, &tokens);
        }
        if (rc == SQLITE_OK && keyed && cache.key == key && cache.rows == rows && cache.tokens == tokens &&
            int(cache.statistics.idf.size()) == api->xPhraseCount(fts)) {
            *statistics = cache.statistics;
        } else if (rc == SQLITE_OK) {
            rc = computeStatistics(api, fts, statistics);
            if (rc == SQLITE_OK && keyed)
                cache = {key, rows, tokens, *statistics};
        }
        if (rc != SQLITE_OK) {
            delete statistics;
            sqlite3_result_error_code(context, rc);
            return;
        }
        api->xSetAuxdata(fts, statistics, [](void* data) { delete static_cast<QueryStatistics*>(data); });
    }
    const int phrases = api->xPhraseCount(fts);
    std::vector<double> frequency(size_t(phrases), 0.0);
    int instances = 0;
    int rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && phrase < phrases)
            frequency[size_t(phrase)] +=
                column < argc && column < 2 ? sqlite3_value_double(argv[column]) : 1.0;
    }
    int length = 0;
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    const double norm = k1 * (1.0 - b + b * double(length) / statistics->averageLength);
    double score = 0;
    for (int phrase = 0; phrase < phrases; ++phrase) {
        const double f = frequency[size_t(phrase)];
        score += statistics->idf[size_t(phrase)] * f * (k1 + 1.0) / (f + norm);
    }
    sqlite3_result_double(context, -score); // FTS5's convention: lower ranks first
}

} // namespace

bool SearchRanking::registerWith(fts5_api* api, QString* error)
{
    if (api->xCreateFunction(api, name(), nullptr, rank, nullptr) != SQLITE_OK) {
        if (error)
            *error = QStringLiteral("cannot register the FTS5 function %1").arg(QLatin1String(name()));
        return false;
    }
    return true;
}

} // namespace rs
