#pragma once

#include "gazetteer/Gazetteer.h"
#include "ingest/ImportPipeline.h"
#include "ingest/ReportImporter.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QString>

// Imports the five bundled sample reports into a database; returns the number imported.
inline int importSeeds(rs::Database& database)
{
    rs::ArticleStore store(database);
    const rs::ImportPipeline pipeline(rs::Gazetteer::builtin());
    rs::ReportImporter importer(store, pipeline);
    rs::ImportSummary summary;
    for (const QString& path :
         rs::ReportImporter::plan({QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds")}).files)
        summary.add(importer.importFile(path));
    return summary.imported;
}
