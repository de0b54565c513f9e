#include "SeedCorpus.h"
#include "comparison/ComparisonSource.h"
#include "models/ChartChoice.h"
#include "storage/ArticleStore.h"
#include "storage/MetricStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rs;

// "Chart This Value" outlives the pane: the Jinwan report names two cadre training figures for 2022
// (1万余人次 and 4998人次); the larger is charted until the analyst picks the other.
class TestChartChoice : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_database;

    ComparisonSource::Result load(ComparisonQuery* query)
    {
        query->keys = {QStringLiteral("cadre_training_attendance")};
        query->period = QStringLiteral("2022");
        const MetricStore metrics(m_database);
        const ArticleStore articles(m_database);
        return ComparisonSource(metrics, articles, Gazetteer::builtin()).load(*query);
    }

    std::optional<double> chartedJinwan()
    {
        ComparisonQuery query;
        for (const ComparisonRow& row : load(&query).rows) {
            if (row.regionCode == QStringLiteral("440404") && row.chosen)
                return row.value;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_database.openSqlite(m_dir.filePath(QStringLiteral("seeds.sqlite"))));
        QCOMPARE(importSeeds(m_database), 5);
    }

    void theChosenValueIsChartedAtTheNextLoad()
    {
        QCOMPARE(chartedJinwan(), std::optional<double>(10000.0));
        ComparisonQuery query;
        const ComparisonSource::Result loaded = load(&query);
        MetricStore metrics(m_database);
        const ArticleStore articles(m_database);
        const QVector<ComparisonRow> figures =
            ComparisonSource(metrics, articles, Gazetteer::builtin())
                .loadRegion(query, loaded, QStringLiteral("cadre_training_attendance"),
                            QStringLiteral("440404"));
        const ComparisonRow* smaller = nullptr;
        for (const ComparisonRow& row : figures) {
            if (row.value && *row.value == 4998.0)
                smaller = &row;
        }
        QVERIFY(smaller);
        QString error;
        QVERIFY2(ChartChoice::store(metrics, *smaller, QStringLiteral("tester"), &error), qPrintable(error));
        QCOMPARE(chartedJinwan(), std::optional<double>(4998.0)); // stored, not only in one window
        QVERIFY2(ChartChoice::store(metrics, *smaller, QStringLiteral("tester"), &error), qPrintable(error));
    }

    void aFigureThatIsGoneSaysSo()
    {
        MetricStore metrics(m_database);
        ComparisonRow gone;
        gone.articleId = 1;
        gone.start = 100000;
        gone.end = 100004;
        gone.quote = QStringLiteral("999人");
        QString error;
        QVERIFY(!ChartChoice::store(metrics, gone, QStringLiteral("tester"), &error));
        QVERIFY2(error.contains(QStringLiteral("999人")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestChartChoice)
#include "tst_chartchoice.moc"
