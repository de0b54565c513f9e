// The comparison aggregated by the database (ComparisonSource over ComparisonStore) against the
// in-memory fold it replaced (LegacyComparisonFold.h): same periods, regions, labels, charted values
// and their sources, conflicts, exclusions and missing regions, on the sample corpus and on a
// generated one, with confirmed, corrected, rejected, added and drifted decisions; a region's
// drill-down lists the same figures the old table did.
#include "CorpusGenerator.h"
#include "LegacyComparisonFold.h"
#include "SeedCorpus.h"
#include "comparison/ComparisonChartBuilder.h"
#include "comparison/ComparisonTableModel.h"
#include "ingest/ImportPipeline.h"
#include "models/MetricReviewer.h"
#include "storage/ComparisonStore.h"
#include "storage/MetricStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace rs;

namespace {

// Decisions of every kind on some figures, as an analyst makes them.
int reviewSome(Database& database, quint32 seed, int every)
{
    MetricStore metrics(database);
    MetricReviewer reviewer(metrics, QStringLiteral("tester"));
    std::mt19937 random(seed);
    int decisions = 0;
    const ArticleStore articles(database);
    for (const ArticleSummary& article : articles.all()) {
        const QVector<ReviewedMetric> figures = metrics.reviewedMetrics(article.id);
        for (int i = 0; i < figures.size(); ++i) {
            if (random() % every != 0)
                continue;
            const ReviewedMetric& figure = figures.at(i);
            switch (random() % 5) {
            case 0:
                reviewer.confirm(figure);
                break;
            case 1: {
                Metric corrected = figure.metric;
                corrected.value = figure.metric.value * 2 + 1;
                reviewer.correct(figure, corrected);
                break;
            }
            case 2:
                reviewer.reject(figure);
                break;
            case 3: {
                Metric added = figure.metric;
                added.value = figure.metric.value / 2;
                added.start += 1;
                reviewer.add(article.id, added);
                break;
            }
            case 4: {
                // A decision made before the text moved: same quote, another position. (A quote found
                // twice in the report could let two decisions claim one figure, which the database
                // resolves differently: see ComparisonStore.)
                int sameQuote = 0;
                for (const ReviewedMetric& other : figures)
                    sameQuote += other.metric.quote == figure.metric.quote ? 1 : 0;
                if (sameQuote > 1)
                    break;
                MetricReview drifted;
                drifted.articleId = article.id;
                drifted.decision = MetricReview::Decision::Confirmed;
                drifted.metric = figure.metric;
                drifted.metric.start += 7;
                drifted.metric.end += 7;
                metrics.addReview(drifted);
                break;
            }
            }
            ++decisions;
        }
    }
    return decisions;
}

QString describe(const ComparisonRow& row)
{
    return QStringLiteral("%1 %2 %3 %4 %5 [%6-%7] %8 %9 %10 %11 %12 %13 %14")
        .arg(row.key, row.regionCode, row.regionLabel)
        .arg(row.value ? *row.value : -1.0, 0, 'g', 15)
        .arg(row.unit)
        .arg(row.start)
        .arg(row.end)
        .arg(row.quote, qualifierName(row.qualifier), row.period)
        .arg(row.articleId)
        .arg(row.reportTitle, row.published.toString(Qt::ISODate), ReviewedMetric::statusName(row.status));
}

QString describeChart(const ChartData& chart)
{
    QStringList parts{chart.title,
                      chart.unit,
                      chart.sourceNote,
                      chart.filterNote,
                      chart.period,
                      chart.categories.join(u','),
                      chart.categoryCodes.join(u',')};
    for (const ChartSeries& series : chart.series) {
        parts.append(series.metricKey);
        for (int i = 0; i < series.values.size(); ++i)
            parts.append(QStringLiteral("%1/%2/%3/%4")
                             .arg(series.values.at(i) ? *series.values.at(i) : -1.0, 0, 'g', 15)
                             .arg(qualifierName(series.qualifiers.value(i)))
                             .arg(i < series.sources.size() ? series.sources.at(i).articleId : 0)
                             .arg(i < series.sources.size() && series.sources.at(i).conflict));
    }
    return parts.join(u'|');
}

// What ComparisonStore::leftOut counts, from each report's machine rows and decisions.
FiguresLeftOut countLeftOut(const MetricStore& metrics, const ArticleStore& articles,
                            const ComparisonQuery& query, const ComparisonSource::Result& loaded)
{
    const QString key = query.keys.value(0);
    const QString usual = loaded.usualUnits.value(key);
    const bool single = !loaded.period.isEmpty() && loaded.period != ComparisonQuery::latest();
    FiguresLeftOut counts;
    for (const ArticleSummary& article : articles.all()) {
        const QVector<MetricReview> reviews = metrics.reviews(article.id);
        for (const ReviewOverlay::MachineRow& row : metrics.machineRows(article.id)) {
            const Metric& metric = row.metric;
            if (metric.key != key)
                continue;
            const bool takenAway =
                std::any_of(reviews.cbegin(), reviews.cend(), [&](const MetricReview& review) {
                    return review.metric.start == metric.start && review.metric.end == metric.end &&
                           (review.decision == MetricReview::Decision::Rejected ||
                            review.decision == MetricReview::Decision::Corrected);
                });
            if (takenAway)
                continue;
            if (article.regionCode.isEmpty())
                ++counts.noRegion;
            else if (!query.covers(article.regionCode))
                continue;
            else if (metric.period.isEmpty())
                ++counts.noYear;
            else if (metric.isTarget && !query.includeTargets)
                ++counts.targets;
            else if (metric.unit != usual && (!single || metric.period == loaded.period))
                ++counts.otherUnit;
            else if (metric.unit == usual && single && metric.period != loaded.period)
                ++counts.otherPeriod;
        }
    }
    return counts;
}

// A database summary as text, every field the chart and its notes use.
QString describeSummary(const RegionFigureSummary& summary)
{
    const ReviewedMetric& shown = summary.shown.figure;
    return QStringLiteral("%1 %2 %3/%4/%5 [%6-%7] x%8 #%9@%10 %11 %12 %13")
        .arg(summary.key, summary.regionCode)
        .arg(summary.figures)
        .arg(summary.candidates)
        .arg(summary.reports)
        .arg(summary.lowest, 0, 'g', 15)
        .arg(summary.highest, 0, 'g', 15)
        .arg(summary.exclusion)
        .arg(shown.articleId)
        .arg(shown.metric.start)
        .arg(shown.metric.value, 0, 'g', 15)
        .arg(shown.metric.period, ReviewedMetric::statusName(shown.status));
}

} // namespace

class TestComparisonAggregate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_seeds;
    Database m_generated;

    // Every key, several scopes, the default and each period, targets in and out, two keys at once.
    void compareAll(Database& database)
    {
        const MetricStore metrics(database);
        const ArticleStore articles(database);
        QStringList keys = metrics.articleCountsByKey().keys();
        std::sort(keys.begin(), keys.end());
        QVERIFY(!keys.isEmpty());
        QVector<ComparisonQuery> queries;
        for (const QString& key : keys) {
            for (int scope = 0; scope < 4; ++scope) {
                ComparisonQuery query;
                query.keys = {key};
                if (scope == 1) {
                    query.scope = ComparisonQuery::Scope::Subtree;
                    query.regionCodes = {QStringLiteral("44")};
                } else if (scope == 2) {
                    query.scope = ComparisonQuery::Scope::Codes;
                    query.regionCodes = {QStringLiteral("4404"), QStringLiteral("445102"),
                                         QStringLiteral("33")};
                } else if (scope == 3) {
                    query.includeTargets = true;
                }
                queries.append(query);
            }
        }
        ComparisonQuery pair;
        pair.keys = keys.mid(0, 2);
        queries.append(pair);
        int compared = 0;
        for (const ComparisonQuery& base : std::as_const(queries)) {
            const ComparisonSource source(metrics, articles, Gazetteer::builtin());
            const ComparisonSource::Result first = source.load(base);
            QStringList periods = QStringList{QString()} + first.periods;
            for (const QString& period : std::as_const(periods)) {
                ComparisonQuery query = base;
                query.period = period;
                compareOne(metrics, articles, query);
                if (QTest::currentTestFailed())
                    return;
                ++compared;
            }
        }
        QVERIFY(compared > 10);
    }

    void compareOne(const MetricStore& metrics, const ArticleStore& articles, const ComparisonQuery& query)
    {
        const QString what = QStringLiteral("keys %1 period '%2' scope %3 %4 targets %5")
                                 .arg(query.keys.join(u','), query.period)
                                 .arg(int(query.scope))
                                 .arg(query.regionCodes.join(u','))
                                 .arg(query.includeTargets);
        const ComparisonSource::Result old = legacyComparison(metrics, articles, Gazetteer::builtin(), query);
        const ComparisonSource source(metrics, articles, Gazetteer::builtin());
        const ComparisonSource::Result now = source.load(query);
        QVERIFY2(!now.cancelled && now.error.isEmpty(), qPrintable(now.error));
        QCOMPARE(now.period, old.period);
        QCOMPARE(now.periods, old.periods);

        ComparisonTableModel oldModel;
        oldModel.setRows(old.rows);
        ComparisonTableModel newModel;
        newModel.setRows(now.rows);

        // Per key and region: the old table's rows against the one aggregated row.
        QMap<QString, QVector<int>> oldGroups;
        for (int i = 0; i < oldModel.rows().size(); ++i)
            oldGroups[oldModel.row(i).key + u'\n' + oldModel.row(i).regionCode].append(i);
        QMap<QString, int> newRows;
        for (int i = 0; i < newModel.rows().size(); ++i) {
            const QString group = newModel.row(i).key + u'\n' + newModel.row(i).regionCode;
            QVERIFY2(!newRows.contains(group), qPrintable(what + QStringLiteral(": two rows for ") + group));
            newRows.insert(group, i);
        }
        QVERIFY2(newRows.keys() == oldGroups.keys(),
                 qPrintable(what + QStringLiteral(": ") + newRows.keys().join(u' ') +
                            QStringLiteral(" against ") + oldGroups.keys().join(u' ')));
        int drilled = 0;
        for (auto it = oldGroups.cbegin(); it != oldGroups.cend(); ++it) {
            const ComparisonRow& row = newModel.row(newRows.value(it.key()));
            int oldChosen = -1;
            bool oldConflict = false;
            for (int i : it.value()) {
                oldChosen = oldModel.row(i).chosen ? i : oldChosen;
                oldConflict = oldConflict || oldModel.row(i).conflict;
            }
            const QString context = what + QStringLiteral(" region ") + it.key();
            QVERIFY2(row.chosen == (oldChosen >= 0), qPrintable(context));
            QVERIFY2(row.conflict == oldConflict, qPrintable(context));
            QCOMPARE(row.regionLabel, oldModel.row(it.value().first()).regionLabel);
            if (oldModel.row(it.value().first()).isMissing()) {
                QVERIFY2(row.isMissing(), qPrintable(context));
                continue;
            }
            QCOMPARE(row.figures, int(it.value().size()));
            const ComparisonRow& expected = oldModel.row(oldChosen >= 0 ? oldChosen : it.value().first());
            QCOMPARE(describe(row), describe(expected));
            QCOMPARE(int(row.exclusion), int(expected.exclusion));

            // Drill-down: the region's figures as the old table listed them, the same one charted
            // (for the first regions with several figures: every region makes the test slow).
            if (row.figures < 2 || ++drilled > 12)
                continue;
            const QVector<ComparisonRow> figures = source.loadRegion(query, now, row.key, row.regionCode);
            QCOMPARE(figures.size(), it.value().size());
            for (int i = 0; i < figures.size(); ++i) {
                QCOMPARE(describe(figures.at(i)), describe(oldModel.row(it.value().at(i))));
                QCOMPARE(int(figures.at(i).exclusion), int(oldModel.row(it.value().at(i)).exclusion));
            }
            ComparisonTableModel expanded;
            expanded.setRows(now.rows);
            QVERIFY(expanded.expand(expanded.aggregatedRow(row.key, row.regionCode), figures));
            for (int i = 0; i < expanded.rows().size(); ++i) {
                const ComparisonRow& detail = expanded.row(i);
                if (detail.key == row.key && detail.regionCode == row.regionCode && detail.chosen)
                    QCOMPARE(describe(detail), describe(row));
            }
        }

        // The charts drawn from both tables: categories, values, sources and notes.
        for (const auto style :
             {ComparisonChartOptions::Sort::ByValue, ComparisonChartOptions::Sort::ByCode}) {
            ComparisonChartOptions options;
            options.sort = style;
            const QVector<ChartData> oldCharts = ComparisonChartBuilder::build(oldModel, options);
            const QVector<ChartData> newCharts = ComparisonChartBuilder::build(newModel, options);
            // The same charts; with two units they come in the order of the query's keys now, where the
            // old table had them in the order of the first report mentioning each.
            QStringList oldDescriptions;
            for (const ChartData& chart : oldCharts)
                oldDescriptions.append(describeChart(chart));
            QStringList newDescriptions;
            for (const ChartData& chart : newCharts)
                newDescriptions.append(describeChart(chart));
            oldDescriptions.sort();
            newDescriptions.sort();
            QCOMPARE(newDescriptions, oldDescriptions);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_seeds.openSqlite(m_dir.filePath(QStringLiteral("seeds.sqlite"))));
        QCOMPARE(importSeeds(m_seeds), 5);
        QVERIFY(reviewSome(m_seeds, 7, 3) > 5);

        // 600 generated reports over real counties, stored as an import does.
        QVERIFY(m_generated.openSqlite(m_dir.filePath(QStringLiteral("generated.sqlite"))));
        ArticleStore store(m_generated);
        CorpusGenerator generator(Gazetteer::builtin(), 11);
        generator.duplicateEvery = 0;
        const ImportPipeline pipeline(Gazetteer::builtin());
        QVERIFY(store.beginBatch());
        for (int i = 0; i < 600; ++i) {
            const CorpusGenerator::Report report = generator.report(i);
            const ImportPipeline::Result prepared =
                pipeline.prepareBytes(report.text.toUtf8(), report.fileName);
            QVERIFY(prepared.ok);
            store.insert(prepared.article);
        }
        QVERIFY(store.commitBatch());
        // Several reports per region, so regions have conflicts to resolve.
        QSqlQuery query(m_generated.connection());
        QVERIFY(
            query.exec(QStringLiteral("UPDATE articles SET region_code = substr(region_code, 1, 4) || '02'"
                                      " WHERE id % 3 = 0 AND length(region_code) = 6")));
        QVERIFY(reviewSome(m_generated, 5, 9) > 100);
        // Half the groups fresh, half stale: each query reads fresh groups and stale groups' figures
        // side by side (the seeds stay as their decisions left them).
        QVERIFY(ComparisonStore::refreshGroups(m_generated));
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM metric_groups")) && query.next());
        QVERIFY(query.value(0).toInt() > 100);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO metric_groups_stale SELECT DISTINCT metric_key,"
                                          " region_code, period FROM metric_groups"
                                          " WHERE CAST(substr(region_code, -1) AS INTEGER) % 2 = 0")));
        QVERIFY(query.numRowsAffected() > 20);
    }

    void sampleCorpus() { compareAll(m_seeds); }

    void generatedCorpus() { compareAll(m_generated); }

    void noFigureObjectsForOneBar()
    {
        // One row per region and key, whatever the number of figures behind it.
        const MetricStore metrics(m_generated);
        const ArticleStore articles(m_generated);
        ComparisonQuery query;
        query.keys = {metrics.articleCountsByKey().keys().first()};
        const ComparisonSource::Result now =
            ComparisonSource(metrics, articles, Gazetteer::builtin()).load(query);
        const ComparisonSource::Result old = legacyComparison(metrics, articles, Gazetteer::builtin(), query);
        QSet<QString> regions;
        int figures = 0;
        for (const ComparisonRow& row : now.rows) {
            regions.insert(row.regionCode);
            figures += row.figures;
        }
        QCOMPARE(int(now.rows.size()), int(regions.size()));
        QCOMPARE(figures, int(old.rows.size()));
        QVERIFY(now.rows.size() < old.rows.size());
    }

    // The chart's notes: figures left out and why, counted by the database from the figures' own
    // region (migration 14), against a count over every report's machine rows here. A decision that
    // rejects or corrects a figure by its span takes it away.
    void leftOutCountsEveryFigureOnce()
    {
        const MetricStore metrics(m_generated);
        const ArticleStore articles(m_generated);
        QStringList keys = metrics.articleCountsByKey().keys();
        std::sort(keys.begin(), keys.end());
        int checked = 0;
        for (const QString& key : std::as_const(keys)) {
            for (int variant = 0; variant < 4; ++variant) {
                ComparisonQuery query;
                query.keys = {key};
                query.includeTargets = variant == 3;
                if (variant == 1)
                    query.period = ComparisonQuery::latest();
                if (variant == 2) {
                    query.scope = ComparisonQuery::Scope::Codes;
                    query.regionCodes = {QStringLiteral("44"), QStringLiteral("3301")};
                }
                const ComparisonSource::Result loaded =
                    ComparisonSource(metrics, articles, Gazetteer::builtin()).load(query);
                QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
                const FiguresLeftOut expected = countLeftOut(metrics, articles, query, loaded);
                const FiguresLeftOut counted = loaded.leftOut.value(key);
                const QString what = key + QStringLiteral(" variant %1").arg(variant);
                QVERIFY2(counted.noRegion == expected.noRegion, qPrintable(what));
                QVERIFY2(counted.noYear == expected.noYear, qPrintable(what));
                QVERIFY2(counted.targets == expected.targets, qPrintable(what));
                QVERIFY2(counted.otherUnit == expected.otherUnit, qPrintable(what));
                QVERIFY2(counted.otherPeriod == expected.otherPeriod, qPrintable(what));
                checked += expected.total() > 0 ? 1 : 0;
            }
        }
        QVERIFY(checked > 5);
    }

    void cancelledLoadStopsInTheDatabase()
    {
        const MetricStore metrics(m_generated);
        const ArticleStore articles(m_generated);
        ComparisonSource source(metrics, articles, Gazetteer::builtin());
        source.setCancelCheck([] { return true; });
        ComparisonQuery query;
        query.keys = metrics.articleCountsByKey().keys();
        const ComparisonSource::Result result = source.load(query);
        QVERIFY(result.cancelled);
        QVERIFY(result.rows.isEmpty());
        // The connection works on afterwards.
        source.setCancelCheck({});
        QVERIFY(!source.load(query).rows.isEmpty());
    }
    // Summed-up groups (fresh), their figures (stale) and a mix of both give the same summaries in
    // every period mode the groups serve: each region's latest year, one year, and a row per year.
    void groupsGiveWhatFiguresGive()
    {
        const MetricStore metrics(m_generated);
        QStringList keys = metrics.articleCountsByKey().keys();
        std::sort(keys.begin(), keys.end());
        const auto everything = [&]() {
            const ComparisonStore store(m_generated); // no coverage kept from the state before
            QStringList lines;
            for (const QString& key : std::as_const(keys)) {
                for (int variant = 0; variant < 3; ++variant) {
                    FigureScope scope;
                    scope.keys = {key};
                    scope.includeTargets = variant == 1;
                    scope.targetsOnly = variant == 2;
                    if (variant == 0)
                        scope.regionPrefixes = {QStringLiteral("44"), QStringLiteral("3301")};
                    const ComparisonStore::Coverage coverage = store.coverage(scope);
                    QHash<QString, QString> usual;
                    for (const ComparisonStore::UnitCount& unit : coverage.units) {
                        if (!usual.contains(unit.key))
                            usual.insert(unit.key, unit.unit);
                    }
                    QStringList periods{ComparisonStore::latestPeriod()};
                    for (const ComparisonStore::PeriodCoverage& period : coverage.periods)
                        periods.append(period.period);
                    for (const QString& period : std::as_const(periods)) {
                        for (const RegionFigureSummary& summary : store.summaries(scope, period, usual))
                            lines.append(period + u' ' + describeSummary(summary));
                    }
                    for (const RegionFigureSummary& summary : store.summariesByPeriod(scope, usual))
                        lines.append(QStringLiteral("each ") + describeSummary(summary));
                }
            }
            return lines;
        };
        const QStringList mixed = everything();
        QVERIFY(mixed.size() > 1000);
        QSqlQuery query(m_generated.connection());
        QVERIFY(query.exec(QStringLiteral("INSERT OR IGNORE INTO metric_groups_stale SELECT metric_key,"
                                          " region_code, period FROM metric_groups")));
        QCOMPARE(everything(), mixed);
        QVERIFY(ComparisonStore::refreshGroups(m_generated));
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM metric_groups_stale")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QCOMPARE(everything(), mixed);
    }
};

QTEST_GUILESS_MAIN(TestComparisonAggregate)
#include "tst_comparisonaggregate.moc"
