#pragma once

#include <QString>

struct fts5_api;

namespace rs {

// The FTS5 rank function "regionscope_rank(article_search, title weight, body weight)": BM25 as FTS5's
// own bm25() computes it, except for how a phrase's document frequency is found. bm25() runs the whole
// phrase query once per search to count the documents holding it: for a phrase of several Han bigrams
// found in most of 100,000 reports that alone took 100–200 ms, whatever the LIMIT. Here counting stops
// at documentFrequencyCap documents and the rest is extrapolated from how far through the rowids the
// cap was reached (documents are spread evenly over rowids in practice). The estimate only sets the
// relative weight of several terms; the order of a one-term query does not depend on it at all.
// An optional fourth argument, the query text, lets statements that score one row each share the
// counts instead of counting again.
class SearchRanking
{
public:
    static const char* name() { return "regionscope_rank"; }
    static constexpr int documentFrequencyCap = 500;

    // Registers the function with this connection's FTS5; false with a message on failure.
    static bool registerWith(fts5_api* api, QString* error);
};

} // namespace rs
