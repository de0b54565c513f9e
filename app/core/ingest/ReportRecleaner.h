#pragma once

#include "annotations/Reanchorer.h"

#include <QCoreApplication>

namespace rs {

class Database;
class ImportPipeline;

// Runs a stored report's original bytes through today's cleaning again and, when the text comes out
// different, replaces the stored text (ArticleRewriter), re-anchoring its annotations.
class ReportRecleaner
{
    Q_DECLARE_TR_FUNCTIONS(ReportRecleaner)

public:
    enum class Outcome
    {
        Unchanged,
        Replaced,
        Failed
    };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        ReanchorSummary annotations;
        QString error;
    };

    ReportRecleaner(Database& database, const ImportPipeline& pipeline);

    Result reclean(qint64 articleId);

private:
    Database& m_database;
    const ImportPipeline& m_pipeline;
};

} // namespace rs
