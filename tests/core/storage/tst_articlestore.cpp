#include "PostgresTestServer.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/MetricStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

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

// A figure the database refuses after the report's row, text and paragraphs are stored: SQLite stores
// NaN as NULL, which the NOT NULL value refuses; PostgreSQL stores NaN, so there the suite adds a rule
// refusing the figure's quote (refuseBadFigures).
Metric badFigure()
{
    Metric bad;
    bad.value = std::nan("");
    bad.quote = QStringLiteral("x");
    return bad;
}

void refuseBadFigures(Database& db)
{
    if (!db.isPostgres())
        return;
    QSqlQuery rule(db.connection());
    if (!rule.exec(QStringLiteral("ALTER TABLE metrics ADD CONSTRAINT test_bad_figure CHECK (quote <> 'x')")))
        qFatal("%s", qPrintable(rule.lastError().text()));
}

int countOf(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.value(0).toInt();
}

// A batch keeps its changed pages, and each report's savepoint journal, in memory: spilled to files
// they cost a write call per page (SqliteDialect::prepareBulkWrite, configureConnection). The search
// index keeps a batch's terms in memory up to 16 MB, so it writes few segments.
void checkSqliteBatchSettings(Database& db)
{
    const auto pragma = [&](const char* name) {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("PRAGMA ") + QLatin1String(name));
        return query.next() ? query.value(0).toInt() : 0;
    };
    QCOMPARE(pragma("temp_store"), 2);
    QCOMPARE(pragma("cache_size"), -32768);
    QCOMPARE(countOf(db, QStringLiteral("SELECT v FROM article_search_config WHERE k = 'hashsize'")),
             16 * 1024 * 1024);
}

} // namespace

// Runs on SQLite and, as tst_articlestore_postgresql, on PostgreSQL: each test a new database.
class TestArticleStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresTestServer m_server;

    // Where a test's new database is: a file, or a new database on the test server.
    QString freshLocation(const QString& name)
    {
        if (!PostgresTestServer::wanted())
            return m_dir.filePath(name);
        QString error;
        const QString url = m_server.createDatabase(&error);
        if (url.isEmpty())
            qFatal("%s", qPrintable(error));
        return url;
    }

    std::unique_ptr<Database> openFresh(const QString& name)
    {
        auto db = std::make_unique<Database>();
        if (!db->open(freshLocation(name)))
            qFatal("%s", qPrintable(db->error()));
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (PostgresTestServer::wanted() && !PostgresTestServer::skipReason().isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
    }

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
        query.prepare(
            QStringLiteral("UPDATE article_originals SET bytes = ?, compression = 'zlib', size = 10"));
        query.addBindValue(QByteArray("\x01\x02\x03\x04\x05"));
        QVERIFY(query.exec());
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
        refuseBadFigures(*db);
        ArticleStore store(*db);
        QVERIFY(store.insert(makeArticle(QStringLiteral("ok"), QStringLiteral("第一篇"))).id > 0);

        NewArticle broken = makeArticle(QStringLiteral("broken"), QStringLiteral("第二篇\n正文"));
        broken.metrics.append(badFigure());
        const auto result = store.insert(broken);
        QCOMPARE(int(result.status), int(ArticleStore::InsertStatus::Failed));
        // In words, never the driver's text.
        QVERIFY(result.error.startsWith(QStringLiteral("Storing the report's figures failed")));
        QVERIFY2(!result.error.contains(QStringLiteral("NOT NULL")) &&
                     !result.error.contains(QStringLiteral("test_bad")),
                 qPrintable(result.error));
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.findByBodyHash(ArticleStore::bodyHash(QStringLiteral("第二篇\n正文"))), qint64(0));
        QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM paragraphs")), 1);
        QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM article_originals")), 1);
        // The connection is fit for the next report.
        QCOMPARE(store.insert(makeArticle(QStringLiteral("next"), QStringLiteral("第三篇"))).status,
                 ArticleStore::InsertStatus::Inserted);
        QCOMPARE(store.count(), 2);
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
        if (!db->isPostgres())
            checkSqliteBatchSettings(*db);
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
    // A report the database refuses in the middle of a batch (after its row, text and paragraphs) is
    // rolled back alone: the database is as it was before it, the batch's other reports, their figures
    // and the comparison's group sums are stored, and the message is in words.
    void failingReportInABatchLeavesTheRestWhole()
    {
        auto db = openFresh(QStringLiteral("batchfailure.sqlite"));
        refuseBadFigures(*db);
        ArticleStore store(*db);
        const auto withFigure = [](const QString& title, const QString& body, double value) {
            NewArticle article = makeArticle(title, body, QStringLiteral("440404"), QDate(2023, 3, 24));
            Metric figure;
            figure.start = 0;
            figure.end = 2;
            figure.quote = body.left(2);
            figure.value = value;
            figure.unit = QStringLiteral("人次");
            figure.key = QStringLiteral("cadre_training_attendance");
            figure.period = QStringLiteral("2022");
            article.metrics.append(figure);
            return article;
        };
        QVERIFY(store.beginBatch());
        const auto first =
            store.insert(withFigure(QStringLiteral("一"), QStringLiteral("金湾区\n培训5人次。"), 5));
        QCOMPARE(first.status, ArticleStore::InsertStatus::Inserted);
        NewArticle broken = withFigure(QStringLiteral("坏"), QStringLiteral("香洲区\n培训9人次。"), 9);
        broken.metrics.append(badFigure());
        const auto failed = store.insert(broken);
        QCOMPARE(failed.status, ArticleStore::InsertStatus::Failed);
        QVERIFY2(failed.error.startsWith(QStringLiteral("Storing the report's figures failed")),
                 qPrintable(failed.error));
        const auto third =
            store.insert(withFigure(QStringLiteral("三"), QStringLiteral("斗门区\n培训7人次。"), 7));
        QCOMPARE(third.status, ArticleStore::InsertStatus::Inserted);
        QString error;
        QVERIFY2(store.commitBatch(&error), qPrintable(error));

        QCOMPARE(store.count(), 2);
        QCOMPARE(store.findByBodyHash(ArticleStore::bodyHash(broken.report.body)), qint64(0));
        QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM paragraphs")), 4);
        QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM article_originals")), 2);
        QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM metrics")), 2);
        QSqlQuery group(db->connection());
        QVERIFY(group.exec(QStringLiteral(
            "SELECT figures, reports, lowest, highest, first_report, pick_report FROM metric_groups"
            " WHERE metric_key = 'cadre_training_attendance' AND region_code = '440404' AND targets = 2")));
        QVERIFY(group.next());
        QCOMPARE(group.value(0).toInt(), 2);
        QCOMPARE(group.value(1).toInt(), 2);
        QCOMPARE(group.value(2).toDouble(), 5.0);
        QCOMPARE(group.value(3).toDouble(), 7.0);
        QCOMPARE(group.value(4).toLongLong(), first.id);
        QCOMPARE(group.value(5).toLongLong(), third.id); // same date: the larger figure
        QVERIFY(!group.next());

        // The readers on the stored reports: every one, and a search's hits in their order.
        QCOMPARE(store.all().size(), 2);
        ArticleFilter hits;
        hits.restrictToIds = true;
        hits.ids = {third.id, first.id};
        const auto ranked = store.page(hits, ArticleSort::Relevance, Qt::AscendingOrder, 0, -1);
        QCOMPARE(ranked.size(), 2);
        QCOMPARE(ranked.at(0).id, third.id);
        hits.scope = ArticleFilter::Scope::RegionSubtree;
        hits.regionCode = QStringLiteral("4404");
        QCOMPARE(store.count(hits), 2);
        QCOMPARE(store.page(hits, ArticleSort::Relevance, Qt::DescendingOrder, 0, 1).value(0).id, first.id);
        QCOMPARE(store.countsByRegion(hits).value(QStringLiteral("440404")), 2);
    }

    // Two importers store the same report at once: the second, whose check ran before the first
    // committed, waits for it and then reports a duplicate of the first's report (PostgreSQL: the
    // unique body hash; SQLite: the write lock), never a failure.
    void duplicateStoredMeanwhileByAnotherImporter()
    {
        const QString location = freshLocation(QStringLiteral("concurrent.sqlite"));
        Database first;
        QVERIFY2(first.open(location), qPrintable(first.error()));
        ArticleStore firstStore(first);
        const NewArticle article = makeArticle(QStringLiteral("同"), QStringLiteral("金湾区\n同一篇报告。"));
        QVERIFY(firstStore.beginBatch());
        const auto stored = firstStore.insert(article);
        QCOMPARE(stored.status, ArticleStore::InsertStatus::Inserted);

        ArticleStore::InsertResult other;
        QString openError;
        QThread* second = QThread::create([&] {
            Database db;
            if (!db.open(location)) {
                openError = db.error();
                return;
            }
            ArticleStore store(db);
            other = store.insert(article);
        });
        second->start();
        QVERIFY(!second->wait(500)); // waiting for the first importer's transaction
        QVERIFY(firstStore.commitBatch());
        QVERIFY(second->wait(10000));
        delete second;
        QVERIFY2(openError.isEmpty(), qPrintable(openError));
        QVERIFY2(other.status == ArticleStore::InsertStatus::Duplicate, qPrintable(other.error));
        QCOMPARE(other.id, stored.id);
        QCOMPARE(firstStore.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestArticleStore)
#include "tst_articlestore.moc"
