#pragma once

#include "ImportOutcome.h"

#include <QCoreApplication>
#include <QStringList>

namespace rs {

class ArticleStore;
class ImportPipeline;

// Imports files, folders (recursively) and pasted text into the corpus, one transaction per report:
// a file that fails leaves the database as it was, and the rest of a batch goes on.
class ReportImporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportImporter)

public:
    static constexpr qint64 maximumFileSize = 50LL * 1024 * 1024;

    ReportImporter(ArticleStore& store, const ImportPipeline& pipeline);

    // Expands folders into their report files (.txt, .html, .htm), sorted for a stable order. Paths that
    // do not exist and folders holding no reports are returned as failures.
    struct Plan
    {
        QStringList files;
        QVector<ImportOutcome> failures;
    };
    static Plan plan(const QStringList& paths);
    static bool isReportFileName(const QString& fileName);

    ImportOutcome importFile(const QString& path);
    ImportOutcome importText(const QString& text, const QString& label);

private:
    ArticleStore& m_store;
    const ImportPipeline& m_pipeline;
};

} // namespace rs
