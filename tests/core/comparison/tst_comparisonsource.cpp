#include "FigureReports.h"
#include "annotations/AnnotationEditor.h"
#include "annotations/AutoCoder.h"
#include "comparison/ComparisonSource.h"
#include "storage/AnnotationStore.h"
#include "storage/MetricStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rs;

// The sample corpus: the Jinwan report (000) gives the talent subsidy total and cadre training. Runs on
// SQLite and, as tst_comparisonsource_postgresql, on PostgreSQL, with the same expectations.
class TestComparisonSource : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresTestServer m_server;
    Database m_database;

    // A new database with the sample reports: a file, or a database on the test run's server.
    void openSeeded(Database& database, const QString& name)
    {
        QString location = m_dir.filePath(name + QStringLiteral(".sqlite"));
        if (PostgresTestServer::wanted()) {
            QString error;
            location = m_server.createDatabase(&error);
            QVERIFY2(!location.isEmpty(), qPrintable(error));
        }
        QVERIFY2(database.open(location), qPrintable(database.error()));
        QCOMPARE(database.isPostgres(), PostgresTestServer::wanted());
        QCOMPARE(storeSeeds(database), 5);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (PostgresTestServer::wanted() && !PostgresTestServer::skipReason().isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
        openSeeded(m_database, QStringLiteral("seeds"));
    }

    void cleanupTestCase()
    {
        m_database.close();
        m_server.dropDatabases();
    }

    void talentSubsidyOfJinwan()
    {
        const MetricStore metrics(m_database);
        const ArticleStore articles(m_database);
        ComparisonQuery query;
        query.keys = {QStringLiteral("talent_subsidy_amount")};
        const ComparisonSource::Result result =
            ComparisonSource(metrics, articles, Gazetteer::builtin()).load(query);
        QCOMPARE(result.period, QStringLiteral("2022"));
        QCOMPARE(result.rows.size(), 1); // one row per region, aggregated by the database
        const ComparisonRow& total = result.rows.at(0);
        QVERIFY(total.aggregated && total.chosen && !total.conflict);
        QCOMPARE(total.figures, 2);
        QCOMPARE(total.regionCode, QStringLiteral("440404"));
        QCOMPARE(total.regionLabel, QStringLiteral("珠海·金湾区"));
        QCOMPARE(*total.value, 1.5e8);
        QCOMPARE(total.unit, QStringLiteral("元"));
        QCOMPARE(total.qualifier, Qualifier::AtMost);
        QCOMPARE(total.quote, QStringLiteral("近1.5亿元"));
        QVERIFY(total.isCandidate());
        // Drill-down lists both; 最高20万元 is a per-person ceiling, not an amount paid.
        const QVector<ComparisonRow> figures =
            ComparisonSource(metrics, articles, Gazetteer::builtin())
                .loadRegion(query, result, QStringLiteral("talent_subsidy_amount"), QStringLiteral("440404"));
        QCOMPARE(figures.size(), 2);
        QCOMPARE(*figures.at(0).value, 1.5e8);
        QCOMPARE(figures.at(1).exclusion, ComparisonRow::Exclusion::Cap);

        StoredArticle article;
        QVERIFY(articles.load(total.articleId, &article));
        QCOMPARE(article.body.mid(total.start, total.end - total.start), total.quote);
    }

    void scopeAndMissingRegions()
    {
        const MetricStore metrics(m_database);
        const ArticleStore articles(m_database);
        ComparisonQuery query;
        query.keys = {QStringLiteral("cadre_training_attendance")};
        query.scope = ComparisonQuery::Scope::Codes;
        query.regionCodes = {QStringLiteral("4404"), QStringLiteral("445102")};
        const ComparisonSource::Result result =
            ComparisonSource(metrics, articles, Gazetteer::builtin()).load(query);
        // Figures naming no year take their report's (issue 14): 2023, the publication year of 000,
        // is now the best covered year.
        QCOMPARE(result.period, QStringLiteral("2023"));
        int missing = 0;
        for (const ComparisonRow& row : result.rows) {
            QVERIFY(row.regionCode.startsWith(QStringLiteral("4404")) ||
                    row.regionCode == QStringLiteral("445102"));
            QCOMPARE(row.period, QStringLiteral("2023"));
            if (row.isMissing()) {
                ++missing;
                QCOMPARE(row.regionCode, QStringLiteral("445102"));
                QCOMPARE(row.regionLabel, QStringLiteral("潮州·湘桥区"));
            }
        }
        QCOMPARE(missing, 1);

        query.scope = ComparisonQuery::Scope::Subtree;
        query.regionCodes = {QStringLiteral("33")};
        QVERIFY(ComparisonSource(metrics, articles, Gazetteer::builtin()).load(query).rows.isEmpty());
        QCOMPARE(ComparisonSource::scopeDescription(Gazetteer::builtin(), query), QStringLiteral("浙江省"));
    }

    // Figures carry their report's region for the comparison's index (migration 14): a report moved
    // to another region takes its figures along, and figures extracted again keep it.
    void aReportMovedToAnotherRegionTakesItsFigures()
    {
        Database database;
        openSeeded(database, QStringLiteral("moved"));
        MetricStore metrics(database);
        ArticleStore articles(database);
        ComparisonQuery query;
        query.keys = {QStringLiteral("talent_subsidy_amount")};
        const auto regions = [&] {
            QStringList codes;
            for (const ComparisonRow& row :
                 ComparisonSource(metrics, articles, Gazetteer::builtin()).load(query).rows)
                codes.append(row.regionCode);
            return codes;
        };
        QCOMPARE(regions(), QStringList{QStringLiteral("440404")});
        const qint64 jinwan =
            ComparisonSource(metrics, articles, Gazetteer::builtin()).load(query).rows.at(0).articleId;
        QVERIFY(articles.setRegion(jinwan, QStringLiteral("445102"), QByteArray()));
        QCOMPARE(regions(), QStringList{QStringLiteral("445102")});

        // Extracted again: the new machine rows take the report's region when they are stored.
        QVERIFY(metrics.replaceMachineMetrics(jinwan, [&] {
            QVector<Metric> machine;
            for (const ReviewOverlay::MachineRow& row : metrics.machineRows(jinwan))
                machine.append(row.metric);
            return machine;
        }()));
        QCOMPARE(regions(), QStringList{QStringLiteral("445102")});
        QVERIFY(articles.setRegion(jinwan, QString(), QByteArray()));
        QVERIFY(regions().isEmpty()); // a report without a region is left out (and counted as such)
    }

    void tagsAreComparedAsPassagesPerRegion()
    {
        // The passages are found by search (AutoCoder), which is SQLite's alone until its port.
        if (m_database.isPostgres())
            QSKIP("autocoding searches the reports, which does not run on PostgreSQL yet (issue 18)");
        const MetricStore metrics(m_database);
        const ArticleStore articles(m_database);
        AnnotationStore annotations(m_database);
        AnnotationEditor editor(annotations);
        const qint64 parent = editor.createTag(QStringLiteral("人才政策"));
        const qint64 stations = editor.createTag(QStringLiteral("人才驿站"), parent);
        const QVector<AutoCodeProposal> proposals = AutoCoder(m_database).propose(QStringLiteral("人才驿站"));
        QVERIFY(editor.autocode(AutoCoder::passages(proposals), stations) >= 2);
        QHash<QString, int> expected;
        QHash<qint64, ArticleSummary> byId;
        for (const ArticleSummary& summary : articles.all())
            byId.insert(summary.id, summary);
        for (const AutoCodeProposal& proposal : proposals)
            ++expected[byId.value(proposal.passage.articleId).regionCode];

        ComparisonQuery query;
        query.keys = {ComparisonSource::tagKey(QStringLiteral("人才政策"))}; // sub-tags count for the parent
        ComparisonSource source(metrics, articles, Gazetteer::builtin());
        QVERIFY(source.load(query).rows.isEmpty()); // without the annotations, nothing to count
        source.setAnnotations(&annotations);
        const ComparisonSource::Result result = source.load(query);
        QCOMPARE(result.rows.size(), expected.size());
        for (const ComparisonRow& row : result.rows) {
            QCOMPARE(row.key, QStringLiteral("#人才政策"));
            QCOMPARE(int(*row.value), expected.value(row.regionCode));
            QVERIFY(row.articleId > 0); // each bar leads to a passage
            QVERIFY(row.quote.contains(QStringLiteral("人才驿站")));
        }
    }

    void leftOutFiguresAreTheOnesTheNotesCount_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("period");
        for (const char* key :
             {"talent_count", "cadre_training_attendance", "skilled_talent", "talent_subsidy_amount"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 latest").arg(QLatin1String(key))))
                << QString::fromLatin1(key) << ComparisonQuery::latest();
            QTest::newRow(qPrintable(QStringLiteral("%1 2022").arg(QLatin1String(key))))
                << QString::fromLatin1(key) << QStringLiteral("2022");
        }
    }

    void leftOutFiguresAreTheOnesTheNotesCount()
    {
        QFETCH(QString, key);
        QFETCH(QString, period);
        const MetricStore metrics(m_database);
        const ArticleStore articles(m_database);
        ComparisonQuery query;
        query.keys = {key};
        query.period = period;
        const ComparisonSource source(metrics, articles, Gazetteer::builtin());
        const ComparisonSource::Result result = source.load(query);
        QString error;
        const QVector<ComparisonSource::LeftOutFigure> listed = source.leftOutFigures(query, result, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(int(listed.size()), result.leftOut.value(key).total());
        for (const ComparisonSource::LeftOutFigure& figure : listed) {
            QVERIFY(!figure.reason.isEmpty());
            QVERIFY(figure.row.articleId > 0);
            QCOMPARE(figure.row.key, key);
        }
    }
};

QTEST_GUILESS_MAIN(TestComparisonSource)
#include "tst_comparisonsource.moc"
