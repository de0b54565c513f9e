#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/MetricStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace rs;

namespace {

NewArticle makeArticle(const QString& title, const QString& body, const QString& region = QString(),
                       const QDate& date = QDate())
{
    NewArticle article;
    article.report.body = body;
    article.report.metadata.title = title;
    article.report.metadata.publishedOn = date;
    article.report.metadata.source = QStringLiteral("珠海特区报");
    article.report.metadata.authors = {QStringLiteral("宋一诺"), QStringLiteral("张洲")};
    article.report.encoding = QStringLiteral("UTF-8");
    const int split = int(body.indexOf(QLatin1Char('\n')));
    if (split > 0) {
        article.report.paragraphs.append({0, split, Paragraph::Kind::Heading});
        article.report.paragraphs.append({split + 1, int(body.size()), Paragraph::Kind::Text});
    } else {
        article.report.paragraphs.append({0, int(body.size()), Paragraph::Kind::Text});
    }
    article.regionCode = region;
    article.regionSortKey = region.toUtf8();
    article.filePath = QStringLiteral("/tmp/%1.txt").arg(title);
    article.originalBytes = body.toUtf8();
    return article;
}

} // namespace

class TestArticleStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<Database> openFresh(const QString& name)
    {
        auto db = std::make_unique<Database>();
        if (!db->openSqlite(m_dir.filePath(name)))
            qFatal("%s", qPrintable(db->error()));
        return db;
    }

private Q_SLOTS:
    void originalsAreCompressedAndOldOnesStillRead()
    {
        auto db = openFresh(QStringLiteral("originals.sqlite"));
        ArticleStore store(*db);
        QString body = QStringLiteral("金湾区人才工作\n");
        for (int i = 0; i < 40; ++i)
            body += QStringLiteral("第%1段:金湾区培训干部%1人次,发放人才补贴。\n").arg(i);
        NewArticle article = makeArticle(QStringLiteral("压缩"), body);
        const QByteArray original = QByteArray("\xEF\xBB\xBF") + body.toUtf8();
        article.originalBytes = original;
        const ArticleStore::InsertResult inserted = store.insert(article);
        QCOMPARE(inserted.status, ArticleStore::InsertStatus::Inserted);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT compression, size, length(bytes) FROM article_originals")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("zlib"));
        QCOMPARE(query.value(1).toLongLong(), qint64(original.size()));
        QVERIFY(query.value(2).toLongLong() < original.size() / 2);
        QByteArray bytes;
        QString fileName;
        QVERIFY(store.original(inserted.id, &bytes, &fileName));
        QCOMPARE(bytes, original);
        QCOMPARE(fileName, article.filePath);

        // An original stored before migration 11: the bytes themselves, no compression or size.
        query.prepare(
            QStringLiteral("UPDATE article_originals SET bytes = ?, compression = NULL, size = NULL"));
        query.addBindValue(original);
        QVERIFY(query.exec());
        QVERIFY(store.original(inserted.id, &bytes, &fileName));
        QCOMPARE(bytes, original);

        // A damaged stream is refused, never returned as the original.
        QVERIFY(query.exec(QStringLiteral("UPDATE article_originals SET bytes = x'0102030405', "
                                          "compression = 'zlib', size = 10")));
        QVERIFY(!store.original(inserted.id, &bytes, &fileName));
    }

    void insertAndLoadRoundTrip()
    {
        auto db = openFresh(QStringLiteral("roundtrip.sqlite"));
        ArticleStore store(*db);
        NewArticle article =
            makeArticle(QStringLiteral("金湾区组织工作"), QStringLiteral("培根铸魂\n培训全区干部1万余人次。"),
                        QStringLiteral("440404"), QDate(2023, 3, 24));
        article.report.metadata.originalUrl = QStringLiteral("https://example.org/a.html");
        article.report.metadata.dateline = QStringLiteral("珠海特区报 2023-03-24 11:35");
        article.report.collapsedRepeat = true;
        Metric metric;
        metric.start = 9;
        metric.end = 17;
        metric.quote = article.report.body.mid(9, 8);
        metric.value = 10000;
        metric.unit = QStringLiteral("人次");
        metric.qualifier = Qualifier::AtLeast;
        metric.key = QStringLiteral("cadre_training_attendance");
        metric.period = QStringLiteral("2022");
        article.metrics.append(metric);

        const ArticleStore::InsertResult result = store.insert(article);
        QCOMPARE(int(result.status), int(ArticleStore::InsertStatus::Inserted));
        QVERIFY(result.id > 0);

        StoredArticle loaded;
        QVERIFY(store.load(result.id, &loaded));
        QCOMPARE(loaded.title, QStringLiteral("金湾区组织工作"));
        QCOMPARE(loaded.body, article.report.body);
        QCOMPARE(loaded.metadata.publishedOn, QDate(2023, 3, 24));
        QCOMPARE(loaded.metadata.source, QStringLiteral("珠海特区报"));
        QCOMPARE(loaded.metadata.authors, QStringList({QStringLiteral("宋一诺"), QStringLiteral("张洲")}));
        QCOMPARE(loaded.metadata.originalUrl, QStringLiteral("https://example.org/a.html"));
        QCOMPARE(loaded.metadata.dateline, QStringLiteral("珠海特区报 2023-03-24 11:35"));
        QCOMPARE(loaded.regionCode, QStringLiteral("440404"));
        QVERIFY(loaded.collapsedRepeat);
        QCOMPARE(loaded.paragraphs.size(), 2);
        QCOMPARE(int(loaded.paragraphs.at(0).kind), int(Paragraph::Kind::Heading));
        QCOMPARE(loaded.body.mid(loaded.paragraphs.at(1).start,
                                 loaded.paragraphs.at(1).end - loaded.paragraphs.at(1).start),
                 QStringLiteral("培训全区干部1万余人次。"));

        const auto metrics = MetricStore(*db).machineRows(result.id);
        QCOMPARE(metrics.size(), 1);
        QCOMPARE(metrics.first().metric.value, 10000.0);
        QCOMPARE(metrics.first().metric.qualifier, Qualifier::AtLeast);
        QCOMPARE(metrics.first().metric.quote, metric.quote);
        QVERIFY(!metrics.first().metric.low.has_value());
    }

    void duplicateBodyIsNotStoredTwice()
    {
        auto db = openFresh(QStringLiteral("dup.sqlite"));
        ArticleStore store(*db);
        const auto first = store.insert(makeArticle(QStringLiteral("a"), QStringLiteral("同一篇文章")));
        const auto second = store.insert(makeArticle(QStringLiteral("b"), QStringLiteral("同一篇文章")));
        QCOMPARE(int(second.status), int(ArticleStore::InsertStatus::Duplicate));
        QCOMPARE(second.id, first.id);
        QCOMPARE(store.count(), 1);
    }

    void failedInsertLeavesNothingBehind()
    {
        auto db = openFresh(QStringLiteral("atomic.sqlite"));
        ArticleStore store(*db);
        QVERIFY(store.insert(makeArticle(QStringLiteral("ok"), QStringLiteral("第一篇"))).id > 0);

        NewArticle broken = makeArticle(QStringLiteral("broken"), QStringLiteral("第二篇\n正文"));
        Metric bad;
        bad.value = std::nan(""); // SQLite stores NaN as NULL, violating NOT NULL after the article row
        bad.quote = QStringLiteral("x");
        broken.metrics.append(bad);
        const auto result = store.insert(broken);
        QCOMPARE(int(result.status), int(ArticleStore::InsertStatus::Failed));
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.findByBodyHash(ArticleStore::bodyHash(QStringLiteral("第二篇\n正文"))), qint64(0));
    }

    void pagesFiltersAndSorts()
    {
        auto db = openFresh(QStringLiteral("page.sqlite"));
        ArticleStore store(*db);
        store.insert(makeArticle(QStringLiteral("A"), QStringLiteral("一"), QStringLiteral("440404"),
                                 QDate(2023, 3, 24)));
        store.insert(makeArticle(QStringLiteral("B"), QStringLiteral("二"), QStringLiteral("445102"),
                                 QDate(2023, 4, 24)));
        store.insert(makeArticle(QStringLiteral("C"), QStringLiteral("三"), QStringLiteral("440703")));
        store.insert(makeArticle(QStringLiteral("D"), QStringLiteral("四")));

        QCOMPARE(store.count(), 4);
        ArticleFilter guangdongZhuhai{ArticleFilter::Scope::RegionSubtree, QStringLiteral("4404")};
        QCOMPARE(store.count(guangdongZhuhai), 1);
        ArticleFilter guangdong{ArticleFilter::Scope::RegionSubtree, QStringLiteral("44")};
        QCOMPARE(store.count(guangdong), 3);
        ArticleFilter unknown{ArticleFilter::Scope::UnknownRegion, QString()};
        QCOMPARE(store.count(unknown), 1);

        // Newest first; undated articles last even in descending order.
        const auto byDate = store.page({}, ArticleSort::PublishedOn, Qt::DescendingOrder, 0, 10);
        QCOMPARE(byDate.size(), 4);
        QCOMPARE(byDate.at(0).title, QStringLiteral("B"));
        QCOMPARE(byDate.at(1).title, QStringLiteral("A"));
        const auto secondPage = store.page({}, ArticleSort::Title, Qt::AscendingOrder, 2, 2);
        QCOMPARE(secondPage.size(), 2);
        QCOMPARE(secondPage.at(0).title, QStringLiteral("C"));

        const QHash<QString, int> counts = store.countsByRegion();
        QCOMPARE(counts.value(QStringLiteral("440404")), 1);
        QCOMPARE(counts.value(QString()), 1);
    }

    void userSetRegionIsStored()
    {
        auto db = openFresh(QStringLiteral("region.sqlite"));
        ArticleStore store(*db);
        const qint64 id = store.insert(makeArticle(QStringLiteral("x"), QStringLiteral("无地区"))).id;
        QVERIFY(store.setRegion(id, QStringLiteral("330400"), QByteArray("k")));
        StoredArticle loaded;
        QVERIFY(store.load(id, &loaded));
        QCOMPARE(loaded.regionCode, QStringLiteral("330400"));
        QVERIFY(loaded.regionSetByUser);
        QVERIFY(loaded.detectedRegionCode.isEmpty());
        QVERIFY(!store.setRegion(id + 100, QStringLiteral("44"), QByteArray()));
    }

    // Figures go in blocks of rows per statement (MachineFigureInsert): every count around a block's
    // size keeps each figure, its order (ids ascending with the extraction order) and the report's
    // region and date, on import and when a report's figures are replaced.
    void figuresKeepTheirOrderRegionAndDate()
    {
        auto db = openFresh(QStringLiteral("figures.sqlite"));
        ArticleStore store(*db);
        MetricStore metrics(*db);
        const auto figuresOf = [](int count) {
            QVector<Metric> figures;
            for (int i = 0; i < count; ++i) {
                Metric figure;
                figure.start = 100 - i; // not in id order by position, to see the order kept
                figure.end = figure.start + 3;
                figure.quote = QStringLiteral("句%1").arg(i);
                figure.value = i * 1.5;
                figure.unit = QStringLiteral("人次");
                figure.key = QStringLiteral("cadre_training_attendance");
                figure.period = QStringLiteral("2023");
                figures.append(figure);
            }
            return figures;
        };
        const auto storedOf = [&](qint64 article) {
            QSqlQuery rows(db->connection());
            rows.prepare(QStringLiteral("SELECT quote, value, region_code, published_on FROM metrics"
                                        " WHERE article_id = ? ORDER BY id"));
            rows.addBindValue(article);
            if (!rows.exec())
                qFatal("%s", qPrintable(rows.lastError().text()));
            QStringList stored;
            while (rows.next())
                stored.append(QStringLiteral("%1=%2@%3/%4")
                                  .arg(rows.value(0).toString(), rows.value(1).toString(),
                                       rows.value(2).toString(), rows.value(3).toString()));
            return stored;
        };
        const auto expectedOf = [](const QVector<Metric>& figures, const QString& where) {
            QStringList expected;
            for (const Metric& figure : figures)
                expected.append(QStringLiteral("%1=%2@%3").arg(figure.quote).arg(figure.value).arg(where));
            return expected;
        };
        for (const int count : {0, 1, 15, 16, 17, 33, 50}) {
            NewArticle article =
                makeArticle(QStringLiteral("t%1").arg(count), QStringLiteral("金湾区报告%1\n正文").arg(count),
                            count % 2 ? QStringLiteral("440404") : QString(), QDate(2023, 5, 1 + count % 20));
            article.metrics = figuresOf(count);
            const ArticleStore::InsertResult inserted = store.insert(article);
            QCOMPARE(inserted.status, ArticleStore::InsertStatus::Inserted);
            const QString where = (count % 2 ? QStringLiteral("440404") : QString()) + QLatin1Char('/') +
                                  QDate(2023, 5, 1 + count % 20).toString(Qt::ISODate);
            QCOMPARE(storedOf(inserted.id), expectedOf(article.metrics, where));
            const QVector<Metric> replaced = figuresOf(count + 18);
            QString error;
            QVERIFY2(metrics.replaceMachineMetrics(inserted.id, replaced, &error), qPrintable(error));
            QCOMPARE(storedOf(inserted.id), expectedOf(replaced, where));
        }
    }

    void batchKeepsEachReportWholeAndCommitsOrRollsBackTogether()
    {
        auto db = openFresh(QStringLiteral("batch.sqlite"));
        ArticleStore store(*db);
        QVERIFY(store.beginBatch());
        QVERIFY(store.inBatch());
        // A batch keeps its changed pages, and each report's savepoint journal, in memory: spilled to
        // files they cost a write call per page (SqliteDialect::prepareBulkWrite, configureConnection).
        const auto pragma = [&](const char* name) {
            QSqlQuery query(db->connection());
            query.exec(QStringLiteral("PRAGMA ") + QLatin1String(name));
            return query.next() ? query.value(0).toInt() : 0;
        };
        QCOMPARE(pragma("temp_store"), 2);
        QCOMPARE(pragma("cache_size"), -32768);
        // The search index keeps a batch's terms in memory up to 16 MB, so it writes few segments.
        QSqlQuery hashSize(db->connection());
        QVERIFY(hashSize.exec(QStringLiteral("SELECT v FROM article_search_config WHERE k = 'hashsize'")));
        QVERIFY(hashSize.next());
        QCOMPARE(hashSize.value(0).toInt(), 16 * 1024 * 1024);
        const ArticleStore::InsertResult first =
            store.insert(makeArticle(QStringLiteral("一"), QStringLiteral("金湾区\n培训干部1万人次。")));
        QCOMPARE(first.status, ArticleStore::InsertStatus::Inserted);
        // A duplicate inside the batch rolls back only itself.
        const ArticleStore::InsertResult again =
            store.insert(makeArticle(QStringLiteral("一again"), QStringLiteral("金湾区\n培训干部1万人次。")));
        QCOMPARE(again.status, ArticleStore::InsertStatus::Duplicate);
        QCOMPARE(again.id, first.id);
        const ArticleStore::InsertResult second =
            store.insert(makeArticle(QStringLiteral("二"), QStringLiteral("香洲区\n引进博士20人。")));
        QCOMPARE(second.status, ArticleStore::InsertStatus::Inserted);
        QVERIFY(store.commitBatch());
        QVERIFY(!store.inBatch());
        QCOMPARE(store.count(), 2);
        StoredArticle loaded;
        QVERIFY(store.load(second.id, &loaded));
        QCOMPARE(loaded.paragraphs.size(), 2);

        // A batch rolled back leaves nothing of its reports.
        QVERIFY(store.beginBatch());
        QCOMPARE(
            store.insert(makeArticle(QStringLiteral("三"), QStringLiteral("斗门区\n新建驿站3个。"))).status,
            ArticleStore::InsertStatus::Inserted);
        store.rollbackBatch();
        QCOMPARE(store.count(), 2);
        // Outside a batch each report is its own transaction again.
        QCOMPARE(
            store.insert(makeArticle(QStringLiteral("三"), QStringLiteral("斗门区\n新建驿站3个。"))).status,
            ArticleStore::InsertStatus::Inserted);
        QCOMPARE(store.count(), 3);
    }
};

QTEST_GUILESS_MAIN(TestArticleStore)
#include "tst_articlestore.moc"
