#include "gazetteer/Gazetteer.h"
#include "ingest/ImportPipeline.h"
#include "ingest/ReportImporter.h"
#include "jobs/ReextractWorker.h"
#include "metrics/Taxonomy.h"
#include "metrics/TaxonomyFile.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/MetricStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

// Re-extraction replaces machine output only: the analyst's decisions survive it, and a user
// taxonomy file changes what keys are assigned.
class TestReextract : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dbPath;
    qint64 m_articleId = 0;

    static void writeUserTaxonomy(const QByteArray& json)
    {
        QDir().mkpath(QFileInfo(TaxonomyFile::userPath()).absolutePath());
        QFile file(TaxonomyFile::userPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
    }

    QVector<ReviewedMetric> reviewed()
    {
        Database db;
        if (!db.openSqlite(m_dbPath))
            return {};
        return MetricStore(db).reviewedMetrics(m_articleId);
    }

    QList<QVariant> runWorker()
    {
        ReextractWorker worker(m_dbPath);
        QSignalSpy finished(&worker, &ReextractWorker::finished);
        worker.run();
        return finished.isEmpty() ? QList<QVariant>() : finished.first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(TaxonomyFile::userPath());
        m_dbPath = m_dir.filePath(QStringLiteral("reextract.sqlite"));
        Database db;
        QVERIFY(db.openSqlite(m_dbPath));
        ArticleStore store(db);
        const ImportPipeline pipeline(Gazetteer::builtin());
        ReportImporter importer(store, pipeline);
        const ImportOutcome outcome = importer.importFile(
            QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds/002_14309619b7b81944.txt"));
        QCOMPARE(int(outcome.status), int(ImportOutcome::Status::Imported));
        m_articleId = outcome.articleId;
    }

    void cleanupTestCase() { QFile::remove(TaxonomyFile::userPath()); }

    void reviewsSurviveReextraction()
    {
        Database db;
        QVERIFY(db.openSqlite(m_dbPath));
        MetricStore metrics(db);
        const auto machine = metrics.machineRows(m_articleId);
        QVERIFY(machine.size() >= 4);
        const auto review = [&](int index, MetricReview::Decision decision, double value) {
            MetricReview r;
            r.articleId = m_articleId;
            r.decision = decision;
            r.metric = machine.at(index).metric;
            r.metric.value = value;
            r.reviewer = QStringLiteral("分析员");
            return metrics.addReview(r) > 0;
        };
        QVERIFY(review(0, MetricReview::Decision::Confirmed, machine.at(0).metric.value));
        QVERIFY(review(1, MetricReview::Decision::Rejected, machine.at(1).metric.value));
        QVERIFY(review(2, MetricReview::Decision::Corrected, 12345));
        MetricReview added;
        added.articleId = m_articleId;
        added.decision = MetricReview::Decision::Added;
        added.metric = machine.at(3).metric;
        added.metric.start += 1;
        added.metric.quote = added.metric.quote.mid(1);
        added.metric.value = 7;
        QVERIFY(metrics.addReview(added) > 0);

        const QList<QVariant> result = runWorker();
        QCOMPARE(result.value(0).toInt(), 1);                   // articles
        QCOMPARE(result.value(1).toInt(), int(machine.size())); // metrics
        QCOMPARE(result.value(2).toBool(), false);              // not cancelled
        QVERIFY(result.value(3).toString().isEmpty());

        const auto after = reviewed();
        QCOMPARE(after.size(), machine.size() + 1);
        auto statusOf = [&](const Metric& anchor) {
            for (const ReviewedMetric& m : after) {
                if (m.metric.start == anchor.start && m.metric.quote == anchor.quote)
                    return m;
            }
            return ReviewedMetric();
        };
        QCOMPARE(int(statusOf(machine.at(0).metric).status), int(ReviewedMetric::Status::Confirmed));
        QCOMPARE(int(statusOf(machine.at(1).metric).status), int(ReviewedMetric::Status::Rejected));
        QCOMPARE(statusOf(machine.at(2).metric).metric.value, 12345.0);
        QCOMPARE(int(statusOf(added.metric).status), int(ReviewedMetric::Status::Added));
    }

    void userTaxonomyChangesKeys()
    {
        writeUserTaxonomy(R"({"version": 1, "keys": [{"key": "medical_talent", "zh": "医疗卫生人才",
            "en": "Medical talent", "family": "count_people", "units": ["名", "人"], "cues": ["医疗卫生人才"]}]})");
        QString warning;
        QVERIFY(!TaxonomyFile::load(&warning)->isEmpty());
        QVERIFY(warning.isEmpty());
        runWorker();
        QStringList keys;
        for (const ReviewedMetric& m : reviewed()) {
            // Confirmed and rejected rows carry the machine's values; corrected and added ones the analyst's.
            const bool machineValues =
                m.status != ReviewedMetric::Status::Corrected && m.status != ReviewedMetric::Status::Added;
            if (machineValues && !m.metric.key.isEmpty())
                keys << m.metric.key;
        }
        QVERIFY(!keys.isEmpty());
        keys.removeDuplicates();
        QCOMPARE(keys, QStringList{QStringLiteral("medical_talent")});
    }

    void brokenUserTaxonomyFallsBackWithWarning()
    {
        writeUserTaxonomy("{ not json");
        ReextractWorker worker(m_dbPath);
        QSignalSpy warnings(&worker, &ReextractWorker::warning);
        worker.run();
        QCOMPARE(warnings.count(), 1);
        QVERIFY(warnings.first().first().toString().contains(TaxonomyFile::userPath()));
        bool builtinKey = false;
        for (const ReviewedMetric& m : reviewed())
            builtinKey = builtinKey || m.metric.key == QStringLiteral("talent_count");
        QVERIFY(builtinKey);
    }

    void reimportKeepsReviews()
    {
        const int reviewsBefore = [&] {
            Database db;
            return db.openSqlite(m_dbPath) ? int(MetricStore(db).reviews(m_articleId).size()) : -1;
        }();
        QVERIFY(reviewsBefore > 0);
        Database db;
        QVERIFY(db.openSqlite(m_dbPath));
        ArticleStore store(db);
        const ImportPipeline pipeline(Gazetteer::builtin());
        ReportImporter importer(store, pipeline);
        const ImportOutcome again = importer.importFile(
            QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds/002_14309619b7b81944.txt"));
        QCOMPARE(int(again.status), int(ImportOutcome::Status::Duplicate));
        QCOMPARE(again.articleId, m_articleId);
        QCOMPARE(int(MetricStore(db).reviews(m_articleId).size()), reviewsBefore);
    }

    void cancelStopsEarly()
    {
        QFile::remove(TaxonomyFile::userPath());
        ReextractWorker worker(m_dbPath);
        worker.cancel();
        QSignalSpy finished(&worker, &ReextractWorker::finished);
        worker.run();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().value(0).toInt(), 0);
        QCOMPARE(finished.first().value(2).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestReextract)
#include "tst_reextract.moc"
