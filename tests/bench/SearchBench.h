#pragma once

#include <QTextStream>

namespace rs {

// Search latency (p50/p95) for one-, two- and three-or-more-character queries over a generated corpus of
// reportCount reports, stored through ArticleStore (no files), in a temporary database.
int runSearchBenchmark(QTextStream& out, int reportCount, quint32 seed);

} // namespace rs
