#pragma once

#include "SearchBench.h"

#include <QTextStream>

namespace rs {

// What a person waits for in the real app (MainWindow, offscreen) on the search corpus: start-up to
// the first painted window, Compare Metrics opened with its default metric, another metric, another
// year, a drill-down from a bar, a report with 200 figures, a region chosen in the tree; then the
// in-memory fold the comparison used to run, for reference (after the peak RSS row, which it would
// dominate).
int runAppBenchmark(QTextStream& out, const SearchBenchOptions& options);

} // namespace rs
