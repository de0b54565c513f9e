#pragma once

#include "PostgresTestServer.h"
#include "SeedCorpus.h"
#include "storage/MachineFigureInsert.h"

#include <QFile>

// Reports and their machine figures, stored on either engine for suites whose subject is the
// comparison, not the import: ArticleStore::insert() is SQLite's alone until its port (issue 18), so on
// PostgreSQL a report goes in through PostgresTestServer::insertReport() and its figures through
// MachineFigureInsert, as the import stores them. Once the import runs on both engines, these become
// ArticleStore::insert() and importSeeds().

// Stores a prepared report with its figures; its id, 0 on failure (the reason in *error).
inline qint64 storeReportWithFigures(rs::Database& database, const rs::NewArticle& article,
                                     QString* error = nullptr)
{
    if (!database.isPostgres()) {
        const rs::ArticleStore::InsertResult result = rs::ArticleStore(database).insert(article);
        if (result.status != rs::ArticleStore::InsertStatus::Inserted && error)
            *error = result.error;
        return result.status == rs::ArticleStore::InsertStatus::Inserted ? result.id : 0;
    }
    const qint64 id = PostgresTestServer::insertReport(database, article, error);
    if (id > 0 && !rs::MachineFigureInsert(database.connection()).insert(id, article.metrics, error))
        return 0;
    return id;
}

// The five bundled sample reports (importSeeds()) on either engine, in the same order; the number stored.
inline int storeSeeds(rs::Database& database)
{
    if (!database.isPostgres())
        return importSeeds(database);
    const rs::ImportPipeline pipeline(rs::Gazetteer::builtin());
    int stored = 0;
    for (const QString& path :
         rs::ReportImporter::plan({QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds")}).files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const rs::ImportPipeline::Result prepared = pipeline.prepareBytes(file.readAll(), path);
        if (prepared.ok && storeReportWithFigures(database, prepared.article) > 0)
            ++stored;
    }
    return stored;
}
