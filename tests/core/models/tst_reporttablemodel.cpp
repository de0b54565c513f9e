#include "gazetteer/Gazetteer.h"
#include "models/ReportTableModel.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

class TestReportTableModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ArticleStore> m_store;
    static constexpr int articleCount = 600;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_db.openSqlite(m_dir.filePath(QStringLiteral("models.sqlite"))));
        m_store = std::make_unique<ArticleStore>(m_db);
        static const char* const regions[] = {"440404", "445102", "440703", ""};
        for (int i = 0; i < articleCount; ++i) {
            NewArticle article;
            article.report.body = QStringLiteral("第%1篇报告正文").arg(i);
            article.report.metadata.title = QStringLiteral("报告%1").arg(i, 4, 10, QLatin1Char('0'));
            article.report.metadata.publishedOn = QDate(2020, 1, 1).addDays(i);
            article.report.paragraphs.append({0, int(article.report.body.size()), Paragraph::Kind::Text});
            article.regionCode = QString::fromLatin1(regions[i % 4]);
            QCOMPARE(int(m_store->insert(article).status), int(ArticleStore::InsertStatus::Inserted));
        }
    }

    void passesModelTester()
    {
        ReportTableModel model(*m_store, Gazetteer::builtin());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        model.sort(ReportTableModel::RegionColumn, Qt::AscendingOrder);
        model.setFilter({ArticleFilter::Scope::RegionSubtree, QStringLiteral("4404")});
        model.setFilter({ArticleFilter::Scope::UnknownRegion, QString()});
    }

    void fetchesLazilyInPages()
    {
        ReportTableModel model(*m_store, Gazetteer::builtin());
        QCOMPARE(model.totalCount(), articleCount);
        QCOMPARE(model.rowCount(), ReportTableModel::pageSize);
        QVERIFY(model.canFetchMore(QModelIndex()));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 2 * ReportTableModel::pageSize);
        QCOMPARE(inserted.count(), 1);
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), articleCount);
        QVERIFY(!model.canFetchMore(QModelIndex()));
    }

    void sortsNewestFirstByDefaultAndByTitle()
    {
        ReportTableModel model(*m_store, Gazetteer::builtin());
        QCOMPARE(model.index(0, ReportTableModel::TitleColumn).data().toString(),
                 QStringLiteral("报告%1").arg(articleCount - 1, 4, 10, QLatin1Char('0')));
        model.sort(ReportTableModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, ReportTableModel::TitleColumn).data().toString(), QStringLiteral("报告0000"));
        QCOMPARE(model.index(1, ReportTableModel::TitleColumn).data().toString(), QStringLiteral("报告0001"));
    }

    void filtersByRegionAndShowsNames()
    {
        ReportTableModel model(*m_store, Gazetteer::builtin());
        model.setFilter({ArticleFilter::Scope::RegionSubtree, QStringLiteral("440404")});
        QCOMPARE(model.totalCount(), articleCount / 4);
        QCOMPARE(model.index(0, ReportTableModel::RegionColumn).data().toString(),
                 QStringLiteral("珠海市 金湾区"));
        QCOMPARE(model.index(0, 0).data(ReportTableModel::RegionCodeRole).toString(),
                 QStringLiteral("440404"));
        model.setFilter({ArticleFilter::Scope::UnknownRegion, QString()});
        QCOMPARE(model.totalCount(), articleCount / 4);
        QVERIFY(!model.index(0, ReportTableModel::RegionColumn).data().toString().isEmpty());
    }

    void findsRowOfArticleBeyondFirstPage()
    {
        ReportTableModel model(*m_store, Gazetteer::builtin());
        model.sort(ReportTableModel::TitleColumn, Qt::AscendingOrder);
        const qint64 lastId = articleCount; // ids are 1..N in insertion order
        const int row = model.rowOfArticle(lastId);
        QCOMPARE(row, articleCount - 1);
        QCOMPARE(model.articleId(row), lastId);
    }
};

QTEST_GUILESS_MAIN(TestReportTableModel)
#include "tst_reporttablemodel.moc"
