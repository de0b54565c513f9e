#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include <functional>

namespace rs {

class ImportPipeline;
class ImportTimings;

using BenchRow = std::function<void(const QString&, const QString&, const QString&)>;

// One row per import stage: its time per report, summed over the threads that ran it, and its share of
// the import's wall time. wallSeconds is the whole import's.
void printImportStages(const BenchRow& row, const ImportTimings& timings, int reports, double wallSeconds);

// What each index of the import's tables and each search index costs a report: the same prepared
// reports stored into a new database with every index and with all but that one (best of two runs
// each); the difference is the index's share. Each row names the query that needs the index.
// The same import into the PostgreSQL database url (--postgres; an empty one, so nothing is a duplicate):
// its reports per second against the SQLite import's sqliteSeconds, and its writer's stages. False when
// the database cannot be opened (the reason on stderr).
bool benchPostgresImport(const BenchRow& row, ImportPipeline& pipeline, const QString& folder,
                         const QString& url, int reports, double sqliteSeconds);

void benchIndexCosts(const BenchRow& row, const ImportPipeline& pipeline, const QVector<QByteArray>& contents,
                     const QString& folder);

} // namespace rs
