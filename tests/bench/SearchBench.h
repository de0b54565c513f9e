#pragma once

#include <QString>
#include <QTextStream>

namespace rs {

struct SearchBenchOptions
{
    int reportCount = 100000;
    quint32 seed = 42;
    // Empty: a temporary database. Otherwise built there (or topped up to reportCount when it holds
    // fewer reports) and, with keep, left for the next run, since building 100,000 reports takes minutes.
    QString databasePath;
    bool keep = false;
    // Not empty: the corpus is also copied into this empty PostgreSQL database (postgresql://…, issue 18)
    // and the same searches are measured there.
    QString postgresUrl;
};

// Tops the database at path up to reportCount generated reports through the import pipeline (clean,
// region, figures) in batches, as an import of files does. Returns the reports stored now, -1 on failure.
int buildSearchCorpus(QTextStream& out, const QString& path, const SearchBenchOptions& options);

// The large-corpus figures: building a corpus of reportCount generated reports through the import
// pipeline, opening it with the report table ready, and search latency (p50/p95) for one-, two- and
// three-or-more-character queries with and without filters.
int runSearchBenchmark(QTextStream& out, const SearchBenchOptions& options);

} // namespace rs
