#include "ComparisonFunctions.h"

#include <sqlite3.h>

#include <cstring>

namespace rs {
namespace {

// The running choice of regionscope_shown_report; zeroed by SQLite on the first row.
struct ShownReport
{
    bool started;
    bool hasReviewed; // a report with a reviewed candidate was seen
    double reviewed;
    sqlite3_int64 reviewedReport;
    bool hasCandidate;  // a report with a candidate was seen
    char published[16]; // "YYYY-MM-DD" or empty; longer dates are cut (they never are)
    double best;
    sqlite3_int64 candidateReport;
    sqlite3_int64 lowestReport;
};

void shownReportStep(sqlite3_context* context, int, sqlite3_value** values)
{
    auto* state = static_cast<ShownReport*>(sqlite3_aggregate_context(context, sizeof(ShownReport)));
    if (!state)
        return;
    const sqlite3_int64 report = sqlite3_value_int64(values[3]);
    if (!state->started || report < state->lowestReport)
        state->lowestReport = report;
    state->started = true;
    if (sqlite3_value_type(values[0]) != SQLITE_NULL) {
        const double reviewed = sqlite3_value_double(values[0]);
        if (!state->hasReviewed || reviewed > state->reviewed ||
            (reviewed == state->reviewed && report < state->reviewedReport)) {
            state->hasReviewed = true;
            state->reviewed = reviewed;
            state->reviewedReport = report;
        }
    }
    if (sqlite3_value_type(values[1]) == SQLITE_NULL)
        return;
    const double best = sqlite3_value_double(values[1]);
    char published[sizeof(state->published)] = {};
    if (const unsigned char* text = sqlite3_value_text(values[2]))
        std::strncpy(published, reinterpret_cast<const char*>(text), sizeof(published) - 1);
    const int newer = state->hasCandidate ? std::strcmp(published, state->published) : 1;
    if (newer > 0 ||
        (newer == 0 && (best > state->best || (best == state->best && report < state->candidateReport)))) {
        state->hasCandidate = true;
        std::memcpy(state->published, published, sizeof(published));
        state->best = best;
        state->candidateReport = report;
    }
}

void shownReportFinal(sqlite3_context* context)
{
    const auto* state = static_cast<ShownReport*>(sqlite3_aggregate_context(context, 0));
    if (!state || !state->started)
        sqlite3_result_null(context);
    else if (state->hasReviewed)
        sqlite3_result_int64(context, state->reviewedReport);
    else if (state->hasCandidate)
        sqlite3_result_int64(context, state->candidateReport);
    else
        sqlite3_result_int64(context, state->lowestReport);
}

} // namespace

bool ComparisonFunctions::registerWith(sqlite3* sqlite, QString* error)
{
    if (sqlite3_create_function_v2(sqlite, "regionscope_shown_report", 4,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, nullptr,
                                   shownReportStep, shownReportFinal, nullptr) == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(sqlite));
    return false;
}

} // namespace rs
