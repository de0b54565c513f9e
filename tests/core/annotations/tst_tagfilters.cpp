#include "PostgresTestServer.h"
#include "annotations/AnnotationEditor.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rs;

// The report table and the search combine a tag filter (with sub-tags) with their other filters.
class TestTagFilters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresTestServer m_server; // outlives m_db: its database is dropped once the connection closed
    Database m_db;
    std::unique_ptr<AnnotationStore> m_store;
    std::unique_ptr<AnnotationEditor> m_editor;
    QVector<qint64> m_articles;
    qint64 m_policy = 0;
    qint64 m_subsidy = 0;

    qint64 insert(const QString& body, const QString& region)
    {
        NewArticle article;
        article.report.metadata.title = body.left(6);
        article.report.body = body;
        article.regionCode = region;
        return ArticleStore(m_db).insert(article).id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (PostgresTestServer::wanted() && !PostgresTestServer::skipReason().isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
        QString error;
        QVERIFY2(m_server.openForRun(m_db, m_dir.filePath(QStringLiteral("filters.sqlite")), &error),
                 qPrintable(error));
        m_articles = {
            insert(QStringLiteral("金湾区发放人才补贴近1.5亿元。"), QStringLiteral("440404")),
            insert(QStringLiteral("湘桥区人才驿站服务人才3000人次。"), QStringLiteral("445102")),
            insert(QStringLiteral("蓬江区培训干部1万人次，人才工作扎实。"), QStringLiteral("440703"))};
        m_store = std::make_unique<AnnotationStore>(m_db);
        m_editor = std::make_unique<AnnotationEditor>(*m_store);
        m_policy = m_editor->createTag(QStringLiteral("人才政策"));
        m_subsidy = m_editor->createTag(QStringLiteral("补贴"), m_policy);
        QVERIFY(m_editor->annotate(m_articles[0], QStringLiteral("金湾区发放人才补贴近1.5亿元。"), 3, 9,
                                   {m_subsidy}) > 0);
        QVERIFY(m_editor->annotate(m_articles[1], QStringLiteral("湘桥区人才驿站服务人才3000人次。"), 3, 7,
                                   {m_policy}) > 0);
    }

    void reportTableFiltersByTag()
    {
        ArticleStore articles(m_db);
        ArticleFilter filter;
        filter.tagIds = m_store->subtree(m_policy);
        QCOMPARE(articles.count(filter), 2);
        filter.tagIds = {m_subsidy};
        QCOMPARE(articles.count(filter), 1);
        QCOMPARE(articles.page(filter, ArticleSort::Id, Qt::AscendingOrder, 0, 10).first().id, m_articles[0]);
        // With a region scope and with search results.
        filter.tagIds = m_store->subtree(m_policy);
        filter.scope = ArticleFilter::Scope::RegionSubtree;
        filter.regionCode = QStringLiteral("4451");
        QCOMPARE(articles.count(filter), 1);
        filter.scope = ArticleFilter::Scope::All;
        filter.restrictToIds = true;
        filter.ids = {m_articles[2], m_articles[0]};
        QCOMPARE(articles.count(filter), 1);
        QCOMPARE(articles.page(filter, ArticleSort::Relevance, Qt::AscendingOrder, 0, 10).size(), 1);
    }

    void searchFiltersByTag()
    {
        const SearchIndex index(m_db);
        SearchOptions options;
        QCOMPARE(index.count(QStringLiteral("人才"), options), 3);
        options.tagIds = m_store->subtree(m_policy);
        QCOMPARE(index.count(QStringLiteral("人才"), options), 2);
        options.tagIds = {m_subsidy};
        const QVector<SearchHit> hits = index.search(QStringLiteral("人才"), options);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().id, m_articles[0]);
        options.regionCode = QStringLiteral("4451");
        QCOMPARE(index.count(QStringLiteral("人才"), options), 0);
    }
};

QTEST_GUILESS_MAIN(TestTagFilters)
#include "tst_tagfilters.moc"
