#pragma once

#include "ImportOutcome.h"
#include "ParallelPreparer.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace rs {

class ArticleStore;
class ImportPipeline;
class ImportTimings;

// Imports files, folders (recursively) and pasted text into the corpus. Each report is all-or-nothing:
// a file that fails leaves the database as it was, and the rest of a batch goes on.
class ReportImporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportImporter)

public:
    static constexpr qint64 maximumFileSize = 50LL * 1024 * 1024;

    ReportImporter(ArticleStore& store, const ImportPipeline& pipeline);

    // Expands folders into their report files (.txt, .html, .htm, .pdf, .docx, .doc), sorted for a stable
    // order. Paths that do not exist and folders holding no reports are returned as failures.
    struct Plan
    {
        QStringList files;
        QVector<ImportOutcome> failures;
    };
    static Plan plan(const QStringList& paths);
    static bool isReportFileName(const QString& fileName);

    // One transaction for this file alone.
    ImportOutcome importFile(const QString& path);
    // Many files: read and prepared on every core (ParallelPreparer), stored in input order by this thread
    // alone, a savepoint per file inside a transaction committed every fraction of a second
    // (ArticleStore::beginBatch). done() receives each outcome, in order, once its transaction is committed,
    // so a report said to be imported is on disk; if a commit fails, that batch's reports are failures.
    // next(i) is asked before file i, and again every tenth of a second while file i is still being prepared;
    // returning false stops the import there, keeping every file stored before it.
    void importFiles(const QStringList& files, const std::function<bool(int index)>& next,
                     const std::function<void(const ImportOutcome&)>& done);
    // The same for sources that are not files (the benchmark's generated corpus): read(i) gives source i's
    // bytes and the path it is stored under, from any thread.
    void importSources(int count, const ParallelPreparer::Reader& read,
                       const std::function<bool(int index)>& next,
                       const std::function<void(const ImportOutcome&)>& done);
    ImportOutcome importText(const QString& text, const QString& label);

    // Adds the time of reading files, and of storing them, to timings (the benchmark's rows); null
    // stops timing. The pipeline given to the constructor is timed by its own setTimings().
    void setTimings(ImportTimings* timings);

private:
    static bool readFile(const QString& path, QByteArray* bytes, ImportOutcome* failed);

    ArticleStore& m_store;
    const ImportPipeline& m_pipeline;
    ImportTimings* m_timings = nullptr;
};

} // namespace rs
