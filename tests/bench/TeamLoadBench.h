#pragma once

#include <QString>
#include <QTextStream>

#include <functional>

namespace rs {

struct TeamLoadOptions
{
    // A PostgreSQL superuser's URL; empty: the test run's server (REGIONSCOPE_TEST_PG_URL), else a
    // throw-away server of its own (tools/pg-test-cluster).
    QString adminUrl;
    int seconds = 60;     // how long the analysts and the import run
    int analysts = 5;     // analyst processes annotating at once
    int reports = 400;    // reports in the corpus before the run (the import adds as many again)
    QString benchProgram; // this executable, started again for each analyst and the import
};

// Issue 18's load test: `analysts` analyst processes annotate (create, change notes, delete their own)
// and one lead process imports reports, all at once on one PostgreSQL database, each as its own
// database role. Prints the analysts' write latency (p50, p95, highest), the import's rate, and then
// checks that every annotation an analyst was told was saved is there and every one it deleted is not.
// Returns 0 only when no write failed and nothing was lost.
int runTeamLoad(QTextStream& out, const TeamLoadOptions& options,
                const std::function<void(const QString&, const QString&, const QString&)>& row);

// One analyst (kind "analyst") or the import (kind "import") of a running load test, in its own process:
// writes one line per event on stdout. Returns the process's exit code.
int runTeamLoadWorker(const QString& kind, const QString& url, int seconds, int index);

} // namespace rs
