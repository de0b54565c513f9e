#include "PostgresTestServer.h"
#include "gazetteer/Gazetteer.h"
#include "ingest/ImportPipeline.h"
#include "ingest/ReportImporter.h"
#include "storage/ArticleDetailsStore.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/MetricStore.h"
#include "storage/SearchIndex.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

namespace {

// The oracle, written independently of the index: a term is a case-insensitive substring of title or
// body (full-width ASCII folded), and a term that begins or ends with a Latin letter or digit must
// not continue a Latin word there (the index matches Latin words whole).
QString folded(const QString& text)
{
    QString result = text;
    for (QChar& c : result) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(c.unicode() - 0xFEE0);
    }
    return result.toLower();
}

bool isLatinWordChar(QChar c)
{
    return c.isLetterOrNumber() && c.script() != QChar::Script_Han;
}

bool containsTerm(const QString& text, const QString& term)
{
    const QString haystack = folded(text);
    const QString needle = folded(term);
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
        const bool startOk =
            !isLatinWordChar(needle.front()) || at == 0 || !isLatinWordChar(haystack.at(at - 1));
        const qsizetype end = at + needle.size();
        const bool endOk =
            !isLatinWordChar(needle.back()) || end == haystack.size() || !isLatinWordChar(haystack.at(end));
        if (startOk && endOk)
            return true;
    }
    return false;
}

} // namespace

// Runs on SQLite and, as tst_searchindex_postgresql, on PostgreSQL (PostgresSearch): there the seed
// reports are copied from the SQLite database (DatabaseCopy, which indexes them), and the same queries
// must find the same reports on both engines.
class TestSearchIndex : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresTestServer m_server;
    std::unique_ptr<Database> m_sqlite; // the seeds as imported
    std::unique_ptr<Database> m_postgres;
    Database* m_db = nullptr;       // the engine of this run
    QHash<qint64, QString> m_texts; // title + body of every seed report

    // A new empty database of this run's engine.
    bool openEmpty(Database& db, const QString& name)
    {
        if (!PostgresTestServer::wanted())
            return db.openSqlite(m_dir.filePath(name + QStringLiteral(".sqlite")));
        QString error;
        const QString url = m_server.createDatabase(&error);
        if (url.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return db.open(url);
    }

    // Stores reports with the given titles and bodies the way this run's engine stores them (ArticleStore
    // on SQLite, the tests' insert and SearchIndex::indexReports on PostgreSQL until the import's port).
    static QVector<qint64> store(Database& db, const QStringList& titles, const QStringList& bodies)
    {
        QVector<qint64> ids;
        ArticleStore articles(db);
        if (!(db.isPostgres() ? db.beginWrite() : articles.beginBatch()))
            return {};
        for (int i = 0; i < titles.size(); ++i) {
            NewArticle article;
            article.report.metadata.title = titles.at(i);
            article.report.body = bodies.at(i);
            article.report.paragraphs = {{0, int(article.report.body.size()), Paragraph::Kind::Text}};
            const qint64 id =
                db.isPostgres() ? PostgresTestServer::insertReport(db, article) : articles.insert(article).id;
            if (id <= 0)
                return {};
            ids.append(id);
        }
        QSqlDatabase connection = db.connection();
        if (!SearchIndex::indexReports(connection, ids) ||
            !(db.isPostgres() ? connection.commit() : articles.commitBatch()))
            return {};
        return ids;
    }

    QSet<qint64> expected(const QString& query) const
    {
        const QStringList terms = query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        QSet<qint64> ids;
        for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
            bool all = !terms.isEmpty();
            for (const QString& term : terms)
                all = all && containsTerm(it.value(), term);
            if (all)
                ids.insert(it.key());
        }
        return ids;
    }

    static QSet<qint64> idSet(const QVector<qint64>& ids) { return QSet<qint64>(ids.cbegin(), ids.cend()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (PostgresTestServer::wanted() && !PostgresTestServer::skipReason().isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
        m_sqlite = std::make_unique<Database>();
        m_db = m_sqlite.get();
        QVERIFY2(m_db->openSqlite(m_dir.filePath(QStringLiteral("seeds.sqlite"))), qPrintable(m_db->error()));
        ArticleStore store(*m_db);
        const ImportPipeline pipeline(Gazetteer::builtin());
        ReportImporter importer(store, pipeline);
        const ReportImporter::Plan plan =
            ReportImporter::plan({QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds")});
        QCOMPARE(plan.files.size(), 5);
        for (const QString& file : plan.files)
            QCOMPARE(importer.importFile(file).status, ImportOutcome::Status::Imported);
        for (const qint64 id : store.ids()) {
            StoredArticle article;
            QVERIFY(store.load(id, &article));
            m_texts.insert(id, article.title + QLatin1Char('\n') + article.body);
        }
        if (PostgresTestServer::wanted()) {
            m_postgres = std::make_unique<Database>();
            QVERIFY2(openEmpty(*m_postgres, QString()), qPrintable(m_postgres->error()));
            QVector<TableComparison> comparison;
            QString error;
            QVERIFY2(DatabaseCopy(*m_sqlite, *m_postgres).copy(&comparison, &error), qPrintable(error));
            m_db = m_postgres.get();
        }
    }

    void cleanupTestCase()
    {
        if (m_postgres)
            m_postgres->close();
        m_server.dropDatabases();
    }

    void hitsAreExactlyTheReportsContainingEveryTerm_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("someHit");
        QTest::newRow("one char") << QStringLiteral("驿") << true;
        QTest::newRow("one char everywhere") << QStringLiteral("人") << true;
        QTest::newRow("人才") << QStringLiteral("人才") << true;
        QTest::newRow("干部") << QStringLiteral("干部") << true;
        QTest::newRow("党建") << QStringLiteral("党建") << true;
        QTest::newRow("人才驿站") << QStringLiteral("人才驿站") << true;
        QTest::newRow("three chars") << QStringLiteral("高质量") << true;
        QTest::newRow("1.5亿") << QStringLiteral("1.5亿") << true;
        QTest::newRow("full-width 1.5亿") << QStringLiteral("１.５亿") << true;
        QTest::newRow("digits") << QStringLiteral("2024") << true;
        QTest::newRow("two terms") << QStringLiteral("人才 干部") << true;
        QTest::newRow("three terms") << QStringLiteral("党建 人才驿站 组织") << true;
        QTest::newRow("terms without common report") << QStringLiteral("1.5亿 湘桥") << false;
        QTest::newRow("curly quotes") << QStringLiteral("“组织力”") << true;
        QTest::newRow("AND") << QStringLiteral("AND") << false;
        QTest::newRow("OR between") << QStringLiteral("人才 OR 干部") << false;
        QTest::newRow("NOT") << QStringLiteral("NOT 人才") << false;
        QTest::newRow("quote") << QStringLiteral("\"") << false;
        QTest::newRow("quoted phrase") << QStringLiteral("\"人才\"") << false;
        QTest::newRow("NEAR(") << QStringLiteral("NEAR(") << false;
        QTest::newRow("NEAR call") << QStringLiteral("NEAR(人才 干部, 5)") << false;
        QTest::newRow("star") << QStringLiteral("人*") << false;
        QTest::newRow("caret") << QStringLiteral("^人才") << false;
        QTest::newRow("parentheses") << QStringLiteral("(人才)") << false;
        QTest::newRow("column filter") << QStringLiteral("title:人才") << false;
        QTest::newRow("brace column filter") << QStringLiteral("{title body}:人才") << false;
        QTest::newRow("minus") << QStringLiteral("-人才") << false;
        QTest::newRow("colon in text") << QStringLiteral(":") << true;
        QTest::newRow("punctuation") << QStringLiteral("……") << true;
        QTest::newRow("empty phrase") << QStringLiteral("\"\"") << false;
    }

    void hitsAreExactlyTheReportsContainingEveryTerm()
    {
        QFETCH(QString, query);
        QFETCH(bool, someHit);
        const SearchIndex index(*m_db);
        const QSet<qint64> want = expected(query);
        QCOMPARE(!want.isEmpty(), someHit);
        QString error;
        QCOMPARE(idSet(index.rankedIds(query, {}, &error)), want);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(index.count(query), int(want.size()));
        const QVector<SearchHit> hits = index.search(query, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(hits.size(), want.size());
        for (int i = 1; i < hits.size(); ++i)
            QVERIFY(hits.at(i - 1).score >= hits.at(i).score);
    }

    void bothEnginesFindTheSameReports_data()
    {
        QTest::addColumn<QString>("query");
        for (const char* query :
             {"驿",         "人",        "人才",    "党建", "人才驿站",           "高质量",
              "高质量发展", "1.5亿",     "１.５亿", "2024", "人才 干部",          "党建 人才驿站 组织",
              "“组织力”",   "……",        ":",       "AND",  "NEAR(人才 干部, 5)", "\"\"",
              "jinwan",     "xiangqiao", "培訓",    "蓬江"})
            QTest::newRow(query) << QString::fromUtf8(query);
    }

    // The same query, filtered or not, finds the same ids on PostgreSQL as on SQLite.
    void bothEnginesFindTheSameReports()
    {
        if (!m_postgres)
            QSKIP("compares the engines in the PostgreSQL run");
        QFETCH(QString, query);
        const SearchIndex sqlite(*m_sqlite);
        const SearchIndex postgres(*m_postgres);
        QString error;
        QCOMPARE(idSet(postgres.rankedIds(query, {}, &error)), idSet(sqlite.rankedIds(query)));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(postgres.count(query), sqlite.count(query));
        QCOMPARE(postgres.countUpTo(query, 2), sqlite.countUpTo(query, 2));
        const ArticleStore store(*m_sqlite);
        for (const ArticleSummary& article : store.all()) {
            SearchOptions options;
            options.regionCode = article.regionCode.left(4);
            options.from = article.publishedOn.addDays(-1);
            options.to = article.publishedOn;
            QCOMPARE(idSet(postgres.rankedIds(query, options)), idSet(sqlite.rankedIds(query, options)));
            options = {};
            options.source = article.source;
            QCOMPARE(idSet(postgres.rankedIds(query, options)), idSet(sqlite.rankedIds(query, options)));
        }
        QSqlQuery keys(m_sqlite->connection());
        QVERIFY(keys.exec(
            QStringLiteral("SELECT DISTINCT metric_key FROM metrics WHERE metric_key IS NOT NULL")));
        while (keys.next()) {
            SearchOptions options;
            options.metricKey = keys.value(0).toString();
            QCOMPARE(idSet(postgres.rankedIds(query, options)), idSet(sqlite.rankedIds(query, options)));
        }
        const QVector<SearchHit> sqliteHits = sqlite.search(query);
        const QVector<SearchHit> postgresHits = postgres.search(query);
        QCOMPARE(postgresHits.size(), sqliteHits.size());
        QHash<qint64, QString> snippets;
        for (const SearchHit& hit : sqliteHits)
            snippets.insert(hit.id, hit.snippet);
        for (const SearchHit& hit : postgresHits)
            QCOMPARE(hit.snippet, snippets.value(hit.id));
    }

    // Reports beyond what a tsvector holds (positions above 16,383, more than 256 of one token) are found
    // by their phrases all the same on PostgreSQL, and not by bigrams that are there but apart.
    void longReportsMatchPhrasesExactly()
    {
        Database db;
        QVERIFY2(openEmpty(db, QStringLiteral("long")), qPrintable(db.error()));
        QString filler;
        for (int i = 0; i < 2500; ++i)
            filler += QStringLiteral("本区推进，工作%1。").arg(i % 7);
        const QStringList titles = {QStringLiteral("长篇报告"), QStringLiteral("另一篇长报告"),
                                    QStringLiteral("短报告")};
        const QStringList bodies = {filler + QStringLiteral("新建人才驿站3个，投入1.5亿元。"),
                                    filler + QStringLiteral("人才在此，驿站在彼，站台。本区推进"),
                                    QStringLiteral("人才驿站")};
        const QVector<qint64> ids = store(db, titles, bodies);
        QCOMPARE(ids.size(), 3);
        const SearchIndex index(db);
        QCOMPARE(idSet(index.rankedIds(QStringLiteral("人才驿站"))), (QSet<qint64>{ids.at(0), ids.at(2)}));
        QCOMPARE(idSet(index.rankedIds(QStringLiteral("1.5亿"))), QSet<qint64>{ids.at(0)});
        QCOMPARE(idSet(index.rankedIds(QStringLiteral("才驿"))), (QSet<qint64>{ids.at(0), ids.at(2)}));
        QCOMPARE(idSet(index.rankedIds(QStringLiteral("驿站 站台"))), QSet<qint64>{ids.at(1)});
        QCOMPARE(idSet(index.rankedIds(QStringLiteral("推进，工作6"))), (QSet<qint64>{ids.at(0), ids.at(1)}));
        QCOMPARE(index.count(QStringLiteral("工作6。本区")), 2);
        QCOMPARE(index.countUpTo(QStringLiteral("人才驿站"), 1), 1);
        QVERIFY(index.snippet(ids.at(1), QStringLiteral("人才驿站")).isEmpty());
        QVERIFY(index.snippet(ids.at(0), QStringLiteral("人才驿站"))
                    .contains(QChar(SearchIndex::highlightStart) + QStringLiteral("人才驿站")));
        db.close();
    }

    // Editing a report's title (Edit Details) changes what finds it, on both engines.
    void titleEditsAreSearched()
    {
        Database db;
        QVERIFY2(openEmpty(db, QStringLiteral("edits")), qPrintable(db.error()));
        const QVector<qint64> ids = store(db, {QStringLiteral("旧标题")}, {QStringLiteral("正文内容。")});
        QCOMPARE(ids.size(), 1);
        const SearchIndex index(db);
        QCOMPARE(index.rankedIds(QStringLiteral("旧标题")), ids);
        ArticleDetailsStore details(db);
        ReportDetails wanted;
        QString error;
        QVERIFY2(details.details(ids.first(), &wanted, nullptr, &error), qPrintable(error));
        wanted.title = QStringLiteral("人才驿站新标题");
        QVERIFY2(details.setDetails(ids.first(), wanted, QStringLiteral("tester"), &error),
                 qPrintable(error));
        QVERIFY(index.rankedIds(QStringLiteral("旧标题")).isEmpty());
        QCOMPARE(index.rankedIds(QStringLiteral("驿站新")), ids);
        QCOMPARE(index.search(QStringLiteral("正文")).size(), 1);
        QVERIFY(SearchIndex(db).rebuild());
        QCOMPARE(index.rankedIds(QStringLiteral("新标题")), ids);
        db.close();
    }

    void snippetsHighlightExactlyTheTerms_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("one char") << QStringLiteral("驿");
        QTest::newRow("two chars") << QStringLiteral("人才");
        QTest::newRow("four chars") << QStringLiteral("人才驿站");
        QTest::newRow("mixed") << QStringLiteral("1.5亿");
    }

    void snippetsHighlightExactlyTheTerms()
    {
        QFETCH(QString, query);
        const SearchIndex index(*m_db);
        const QVector<SearchHit> hits = index.search(query);
        QVERIFY(!hits.isEmpty());
        const QString marked = QChar(SearchIndex::highlightStart) + query + QChar(SearchIndex::highlightEnd);
        for (const SearchHit& hit : hits) {
            QVERIFY2(hit.snippet.contains(marked), qPrintable(hit.snippet));
            const QString plain = SearchIndex::plain(hit.snippet);
            QCOMPARE(hit.snippet.count(QChar(SearchIndex::highlightStart)), plain.count(query));
            QCOMPARE(index.snippet(hit.id, query), hit.snippet);
        }
        QCOMPARE(SearchIndex::highlighted(marked, QStringLiteral("<b>"), QStringLiteral("</b>")),
                 QStringLiteral("<b>") + query + QStringLiteral("</b>"));
    }

    void titleHitsRankFirst()
    {
        const SearchIndex index(*m_db);
        // 蓬江 is in one title (and that report's body); a body-only mention must rank below it.
        const QVector<SearchHit> hits = index.search(QStringLiteral("蓬江"));
        QVERIFY(!hits.isEmpty());
        QVERIFY(hits.first().title.contains(QStringLiteral("蓬江")));
    }

    void pinyinFindsDistricts()
    {
        const SearchIndex index(*m_db);
        QCOMPARE(idSet(index.rankedIds(QStringLiteral("jinwan"))), expected(QStringLiteral("金湾")));
        QCOMPARE(idSet(index.rankedIds(QStringLiteral("xiangqiao"))), expected(QStringLiteral("湘桥")));
        QVERIFY(!expected(QStringLiteral("湘桥")).isEmpty());
        const QVector<SearchHit> hits = index.search(QStringLiteral("xiangqiao"));
        QVERIFY(hits.first().snippet.contains(QChar(SearchIndex::highlightStart) + QStringLiteral("湘桥")));
    }

    void filtersCombine()
    {
        const SearchIndex index(*m_db);
        // The list from the seeds' SQLite database: the PostgreSQL run's copy holds the same reports.
        ArticleStore store(*m_sqlite);
        const QVector<ArticleSummary> all = store.all();
        QVERIFY(!all.isEmpty());
        const QString query = QStringLiteral("人才");
        for (const ArticleSummary& article : all) {
            if (article.regionCode.isEmpty())
                continue;
            SearchOptions options;
            options.regionCode = article.regionCode.left(2);
            QSet<qint64> want;
            for (const ArticleSummary& other : all) {
                if (other.regionCode.startsWith(options.regionCode) && expected(query).contains(other.id))
                    want.insert(other.id);
            }
            QCOMPARE(idSet(index.rankedIds(query, options)), want);
        }
        for (const ArticleSummary& article : all) {
            if (!article.publishedOn.isValid())
                continue;
            SearchOptions options;
            options.from = article.publishedOn;
            options.to = article.publishedOn;
            QSet<qint64> want;
            for (const ArticleSummary& other : all) {
                if (other.publishedOn == article.publishedOn && expected(query).contains(other.id))
                    want.insert(other.id);
            }
            QCOMPARE(idSet(index.rankedIds(query, options)), want);
            options.source = QStringLiteral("no such source");
            QVERIFY(index.rankedIds(query, options).isEmpty());
        }
        // "has metric KEY": the articles with a machine figure of that key.
        QSqlQuery keys(m_db->connection());
        QVERIFY(keys.exec(
            QStringLiteral("SELECT metric_key, article_id FROM metrics WHERE metric_key IS NOT NULL")));
        QHash<QString, QSet<qint64>> byKey;
        while (keys.next())
            byKey[keys.value(0).toString()].insert(keys.value(1).toLongLong());
        QVERIFY(!byKey.isEmpty());
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            SearchOptions options;
            options.metricKey = it.key();
            QCOMPARE(idSet(index.rankedIds(query, options)), it.value() & expected(query));
        }
        SearchOptions paged;
        paged.limit = 2;
        paged.offset = 1;
        QCOMPARE(index.rankedIds(query, paged), index.rankedIds(query).mid(1, 2));
    }

    void reportTableFiltersOnRankedIds()
    {
        if (PostgresTestServer::wanted())
            QSKIP("ArticleStore lists reports on PostgreSQL once the import is ported (issue 18)");
        const SearchIndex index(*m_db);
        const ArticleStore store(*m_db);
        const QVector<qint64> ranked = index.rankedIds(QStringLiteral("人才"));
        ArticleFilter filter;
        filter.restrictToIds = true;
        filter.ids = ranked;
        QCOMPARE(store.count(filter), int(ranked.size()));
        QVector<qint64> inOrder;
        for (const ArticleSummary& summary :
             store.page(filter, ArticleSort::Relevance, Qt::AscendingOrder, 0, -1))
            inOrder.append(summary.id);
        QCOMPARE(inOrder, ranked);
        QVector<qint64> reversed;
        for (const ArticleSummary& summary :
             store.page(filter, ArticleSort::Relevance, Qt::DescendingOrder, 0, -1))
            reversed.prepend(summary.id);
        QCOMPARE(reversed, ranked);
        filter.ids.clear();
        QCOMPARE(store.count(filter), 0);
    }

    void newArticlesAreIndexedInTheirTransaction()
    {
        if (PostgresTestServer::wanted())
            QSKIP("SQLite's triggers; PostgreSQL's stores call SearchIndex::indexReports "
                  "(titleEditsAreSearched)");
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.openSqlite(dir.filePath(QStringLiteral("sync.sqlite"))));
        ArticleStore store(db);
        SearchIndex index(db);
        NewArticle article;
        article.report.metadata.title = QStringLiteral("人才驿站揭牌");
        article.report.body = QStringLiteral("新建人才驿站3个，投入资金1.5亿元。");
        const ArticleStore::InsertResult inserted = store.insert(article);
        QCOMPARE(inserted.status, ArticleStore::InsertStatus::Inserted);
        QCOMPARE(index.rankedIds(QStringLiteral("驿站")), QVector<qint64>{inserted.id});
        QCOMPARE(index.rankedIds(QStringLiteral("1.5亿")), QVector<qint64>{inserted.id});
        QVERIFY(index.rankedIds(QStringLiteral("2.5亿")).isEmpty());
        QVERIFY(store.setRegion(inserted.id, QStringLiteral("440404"), QByteArray("k")));
        QCOMPARE(index.rankedIds(QStringLiteral("揭牌")), QVector<qint64>{inserted.id});
        QVERIFY(index.rebuild());
        QCOMPARE(index.count(QStringLiteral("人才驿站")), 1);
    }

    void manyHitsRankTheNewestAndOldTitleHitsAndListEveryHit()
    {
        // More hits than SearchIndex scores: the oldest report is the only one with the term in its
        // title, so it must still come first, and every hit must still be listed once.
        Database db;
        QVERIFY2(openEmpty(db, QStringLiteral("many")), qPrintable(db.error()));
        const int total = SearchIndex::candidateCount + 300;
        QStringList titles;
        QStringList bodies;
        for (int i = 0; i < total; ++i) {
            titles.append(i == 0 ? QStringLiteral("人才驿站建设简报")
                                 : QStringLiteral("第%1期工作简报").arg(i));
            bodies.append(QStringLiteral("第%1期:本区开展人才服务工作,引进博士%1人。").arg(i));
        }
        const QVector<qint64> ids = store(db, titles, bodies);
        QCOMPARE(ids.size(), total);

        const SearchIndex index(db);
        const QString query = QStringLiteral("人才");
        SearchOptions best;
        best.limit = 20;
        const QVector<SearchHit> hits = index.search(query, best);
        QCOMPARE(hits.size(), 20);
        QCOMPARE(hits.first().id, ids.first());
        for (int i = 1; i < hits.size(); ++i)
            QVERIFY(hits.at(i - 1).score >= hits.at(i).score);

        QVector<SearchHit> top;
        const QVector<qint64> ranked = index.rankedIds(query, {}, 5, &top);
        QCOMPARE(ranked.size(), total);
        QCOMPARE(idSet(ranked), idSet(ids));
        QCOMPARE(ranked.first(), ids.first());
        QCOMPARE(top.size(), 5);
        QCOMPARE(top.first().id, ids.first());
        SearchOptions paged;
        paged.offset = SearchIndex::candidateCount - 10;
        paged.limit = 100; // across the end of the scored candidates
        QCOMPARE(index.rankedIds(query, paged), ranked.mid(paged.offset, paged.limit));

        QCOMPARE(index.count(query), total);
        QCOMPARE(index.countUpTo(query, 100), 100);
        QCOMPARE(index.countUpTo(QStringLiteral("驿站"), 100), 1);
    }

    void schemaThreeDatabasesGetTheirIndexBuilt()
    {
        if (PostgresTestServer::wanted())
            QSKIP("upgrades a SQLite file");
        const QString path = m_dir.filePath(QStringLiteral("v3.sqlite"));
        {
            QSqlQuery checkpoint(m_db->connection()); // the copy must not miss pages still in the WAL
            QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QVERIFY(QFile::copy(m_db->path(), path));
        {
            // Turn the copy back into a schema-3 database: no search tables or triggers, nor anything
            // else a later migration adds (or upgrading would find it already there).
            Database db;
            QVERIFY(db.openSqlite(path));
            QSqlQuery query(db.connection());
            for (const char* sql :
                 {"DROP TRIGGER article_search_insert",
                  "DROP TRIGGER article_search_delete",
                  "DROP TRIGGER article_search_update",
                  "DROP TABLE article_search",
                  "DROP TRIGGER IF EXISTS article_title_search_insert",
                  "DROP TRIGGER IF EXISTS article_title_search_delete",
                  "DROP TRIGGER IF EXISTS article_title_search_update",
                  "DROP TABLE IF EXISTS article_title_search",
                  "DROP INDEX IF EXISTS articles_filter",
                  "DROP INDEX IF EXISTS articles_source",
                  "DROP TABLE IF EXISTS annotation_tags",
                  "DROP TABLE IF EXISTS annotations",
                  "DROP TABLE IF EXISTS tags",
                  "DROP TABLE IF EXISTS article_edits",
                  "ALTER TABLE articles DROP COLUMN title_guessed",
                  "ALTER TABLE paragraphs DROP COLUMN page",
                  "ALTER TABLE articles DROP COLUMN format",
                  "ALTER TABLE articles DROP COLUMN reposted_from",
                  "ALTER TABLE article_originals DROP COLUMN compression",
                  "ALTER TABLE article_originals DROP COLUMN size",
                  "CREATE INDEX IF NOT EXISTS articles_region_code ON articles(region_code)",
                  "DROP TRIGGER IF EXISTS metric_groups_figure_added",
                  "DROP TRIGGER IF EXISTS metric_groups_figure_removed",
                  "DROP TRIGGER IF EXISTS metric_groups_figure_changed",
                  "DROP TRIGGER IF EXISTS metric_groups_review_insert_new",
                  "DROP TRIGGER IF EXISTS metric_groups_review_delete_old",
                  "DROP TRIGGER IF EXISTS metric_groups_review_update_new",
                  "DROP TRIGGER IF EXISTS metric_groups_review_update_old",
                  "DROP TABLE IF EXISTS metric_groups",
                  "DROP TABLE IF EXISTS metric_groups_stale",
                  "DROP TRIGGER IF EXISTS metrics_follow_article",
                  "DROP INDEX IF EXISTS metrics_region",
                  "ALTER TABLE metrics DROP COLUMN region_code",
                  "ALTER TABLE metrics DROP COLUMN published_on",
                  "DROP TABLE IF EXISTS indicators",
                  "ALTER TABLE metrics DROP COLUMN period_by_report",
                  "ALTER TABLE metrics DROP COLUMN sub_key",
                  "ALTER TABLE metrics DROP COLUMN key_reason",
                  "ALTER TABLE metric_reviews DROP COLUMN period_by_report",
                  "ALTER TABLE metric_reviews DROP COLUMN sub_key",
                  "ALTER TABLE metric_reviews DROP COLUMN key_reason",
                  "PRAGMA user_version = 3"})
                QVERIFY2(query.exec(QString::fromLatin1(sql)), sql);
        }
        Database db;
        QVERIFY2(db.openSqlite(path), qPrintable(db.error()));
        QVERIFY(db.schemaVersion() >= 4);
        QCOMPARE(idSet(SearchIndex(db).rankedIds(QStringLiteral("人才驿站"))),
                 expected(QStringLiteral("人才驿站")));
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
