#pragma once

#include "PostgresTestServer.h"
#include "annotations/AnnotationEditor.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QTemporaryDir>

// Two reports in two regions, a small codebook and a few annotations, for the annotation models' tests;
// in a suite's PostgreSQL run, on a new database of the test server.
struct AnnotatedCorpusFixture
{
    QTemporaryDir dir;
    PostgresTestServer server; // outlives `database`: its database is dropped once the connection closed
    rs::Database database;
    std::unique_ptr<rs::AnnotationStore> store;
    std::unique_ptr<rs::AnnotationEditor> editor;
    qint64 jinwan = 0;
    qint64 xiangqiao = 0;
    qint64 policy = 0;
    qint64 subsidy = 0;
    qint64 training = 0;
    QString jinwanBody = QStringLiteral("金湾区发放人才政策补贴近1.5亿元，培训全区干部1万余人次。");
    QString xiangqiaoBody = QStringLiteral("湘桥区建成人才驿站12个，发放人才补贴3000万元。");

    bool setUp()
    {
        QString error;
        if (!server.openForRun(database, dir.filePath(QStringLiteral("models.sqlite")), &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        rs::ArticleStore articles(database);
        jinwan = insert(articles, QStringLiteral("金湾区人才工作"), jinwanBody, QStringLiteral("440404"));
        xiangqiao =
            insert(articles, QStringLiteral("湘桥区人才驿站"), xiangqiaoBody, QStringLiteral("445102"));
        store = std::make_unique<rs::AnnotationStore>(database);
        editor = std::make_unique<rs::AnnotationEditor>(*store);
        policy = editor->createTag(QStringLiteral("人才政策"));
        subsidy = editor->createTag(QStringLiteral("补贴"), policy);
        training = editor->createTag(QStringLiteral("干部培训"));
        return jinwan > 0 && xiangqiao > 0 && training > 0 &&
               annotate(jinwan, jinwanBody, QStringLiteral("人才政策补贴"), subsidy) > 0 &&
               annotate(jinwan, jinwanBody, QStringLiteral("培训全区干部"), training) > 0 &&
               annotate(xiangqiao, xiangqiaoBody, QStringLiteral("发放人才补贴"), subsidy) > 0;
    }

    qint64 annotate(qint64 article, const QString& body, const QString& quote, qint64 tag)
    {
        const int start = int(body.indexOf(quote));
        return editor->annotate(article, body, start, start + int(quote.size()), {tag});
    }

private:
    static qint64 insert(rs::ArticleStore& articles, const QString& title, const QString& body,
                         const QString& region)
    {
        rs::NewArticle article;
        article.report.metadata.title = title;
        article.report.body = body;
        article.regionCode = region;
        return articles.insert(article).id;
    }
};
