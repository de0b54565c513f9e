#include "gazetteer/Gazetteer.h"
#include "models/RegionTreeModel.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

class TestRegionTreeModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ArticleStore> m_store;

    void add(const QString& body, const QString& region)
    {
        NewArticle article;
        article.report.body = body;
        article.report.metadata.title = body;
        article.regionCode = region;
        QCOMPARE(int(m_store->insert(article).status), int(ArticleStore::InsertStatus::Inserted));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_db.openSqlite(m_dir.filePath(QStringLiteral("tree.sqlite"))));
        m_store = std::make_unique<ArticleStore>(m_db);
        add(QStringLiteral("金湾一"), QStringLiteral("440404"));
        add(QStringLiteral("金湾二"), QStringLiteral("440404"));
        add(QStringLiteral("湘桥"), QStringLiteral("445102"));
        add(QStringLiteral("蓬江"), QStringLiteral("440703"));
        add(QStringLiteral("嘉兴"), QStringLiteral("3304"));
        add(QStringLiteral("未知"), QString());
    }

    void passesModelTester()
    {
        RegionTreeModel model(*m_store, Gazetteer::builtin());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
    }

    void buildsProvinceCityCountyWithCounts()
    {
        RegionTreeModel model(*m_store, Gazetteer::builtin());
        // All reports, 广东省, 浙江省 (pinyin order: guangdong before zhejiang), Unknown region.
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 1).data().toInt(), 6);
        const QModelIndex guangdong = model.index(1, 0);
        QCOMPARE(guangdong.data().toString(), QStringLiteral("广东省"));
        QCOMPARE(model.index(1, 1).data().toInt(), 4);
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("浙江省"));
        QCOMPARE(model.index(3, 1).data().toInt(), 1);
        QCOMPARE(int(model.filterFor(model.index(3, 0)).scope), int(ArticleFilter::Scope::UnknownRegion));

        // 广东省's cities in pinyin order: 潮州 (chaozhou), 江门 (jiangmen), 珠海 (zhuhai).
        QCOMPARE(model.rowCount(guangdong), 3);
        QCOMPARE(model.index(0, 0, guangdong).data().toString(), QStringLiteral("潮州市"));
        QCOMPARE(model.index(1, 0, guangdong).data().toString(), QStringLiteral("江门市"));
        const QModelIndex zhuhai = model.index(2, 0, guangdong);
        QCOMPARE(zhuhai.data().toString(), QStringLiteral("珠海市"));
        const QModelIndex jinwan = model.index(0, 0, zhuhai);
        QCOMPARE(jinwan.data().toString(), QStringLiteral("金湾区"));
        QCOMPARE(jinwan.siblingAtColumn(1).data().toInt(), 2);

        const ArticleFilter filter = model.filterFor(jinwan);
        QCOMPARE(int(filter.scope), int(ArticleFilter::Scope::RegionSubtree));
        QCOMPARE(filter.regionCode, QStringLiteral("440404"));
        QCOMPARE(model.indexOfRegion(QStringLiteral("440404")), jinwan);
        QCOMPARE(m_store->count(model.filterFor(guangdong)), 4);
    }
};

QTEST_GUILESS_MAIN(TestRegionTreeModel)
#include "tst_regiontreemodel.moc"
