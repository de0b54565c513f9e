#pragma once

#include <QString>

struct sqlite3;

namespace rs {

// SQL functions the comparison's statements use (ComparisonSql), registered on every SQLite
// connection. regionscope_shown_report(rbest, best, published, article_id) is an aggregate over a
// region's reports that returns the report whose figure is charted, in the same pass that counts
// them: the one with the largest reviewed candidate (rbest; ties: the lower id), else the most recent
// report with a candidate (best; then the larger, then the lower id), else the lowest id.
class ComparisonFunctions
{
public:
    static bool registerWith(sqlite3* sqlite, QString* error = nullptr);
};

} // namespace rs
