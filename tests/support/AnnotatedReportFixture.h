#pragma once

#include "PostgresTestServer.h"
#include "annotations/AnnotationEditor.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QDir>
#include <QTemporaryDir>

#include <memory>

// One report in a new database, with the annotation store and the undoable editor on it: the set-up of
// the suites that annotate a report and check what the database keeps (the editor, re-cleaning). In a
// suite's PostgreSQL run (PostgresTestServer::wanted()) the database is a new one on the test server.
struct AnnotatedReportFixture
{
    QTemporaryDir dir;
    PostgresTestServer server;
    QString location; // the SQLite file or the PostgreSQL URL opened
    std::unique_ptr<rs::Database> db;
    std::unique_ptr<rs::AnnotationStore> store;
    std::unique_ptr<rs::AnnotationEditor> editor;
    qint64 article = 0;

    // Starts again from an empty folder: the database `fileName` holding `report`. False when the
    // database cannot be opened or the report stored.
    bool reset(const QString& fileName, const rs::NewArticle& report)
    {
        editor.reset();
        store.reset();
        db = std::make_unique<rs::Database>();
        QDir(dir.path()).removeRecursively();
        QDir().mkpath(dir.path());
        if (PostgresTestServer::wanted()) {
            server.dropDatabases(); // the previous one, whose connection closed with its Database above
            QString error;
            location = server.createDatabase(&error);
            if (location.isEmpty())
                qWarning("%s", qPrintable(error));
        } else {
            location = dir.filePath(fileName);
        }
        if (location.isEmpty() || !db->open(location)) {
            qWarning("%s", qPrintable(db->error()));
            return false;
        }
        // ArticleStore::insert() is SQLite's alone so far; on PostgreSQL the report's row comes from SQL
        // both engines take (PostgresTestServer::insertReport).
        article = db->isPostgres() ? PostgresTestServer::insertReport(*db, report)
                                   : rs::ArticleStore(*db).insert(report).id;
        store = std::make_unique<rs::AnnotationStore>(*db);
        editor = std::make_unique<rs::AnnotationEditor>(*store);
        return article > 0;
    }
};
