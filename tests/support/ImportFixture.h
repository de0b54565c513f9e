#pragma once

#include "gazetteer/Gazetteer.h"
#include "ingest/ImportPipeline.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

// A new database with its article store and the import pipeline: where the suites that import reports
// and read back what was stored start from.
struct ImportFixture
{
    // Opens the database `fileName` in the fixture's folder; false when it cannot be opened.
    bool open(const QString& fileName)
    {
        if (!db.openSqlite(dir.filePath(fileName)))
            return false;
        store = std::make_unique<rs::ArticleStore>(db);
        pipeline = std::make_unique<rs::ImportPipeline>(rs::Gazetteer::builtin());
        return true;
    }

    QTemporaryDir dir;
    rs::Database db;
    std::unique_ptr<rs::ArticleStore> store;
    std::unique_ptr<rs::ImportPipeline> pipeline;
};
