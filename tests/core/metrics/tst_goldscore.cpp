#include "metrics/GoldRow.h"
#include "metrics/GoldScorer.h"
#include "metrics/MetricExtractor.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace rs;

// Scores the extractor against the five hand-labelled seed reports (tests/data/metrics/gold).
class TestGoldScore : public QObject
{
    Q_OBJECT

private:
    static QString seedText(const QString& stem)
    {
        QFile f(QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds/%1.txt").arg(stem));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QString text = QString::fromUtf8(f.readAll());
        // Seed 000 holds the article twice; only the copy before this dateline is labelled.
        const int cut = int(text.indexOf(QStringLiteral("珠海特区报 2023-03-24 11:35")));
        if (cut >= 0)
            text.truncate(cut);
        return text;
    }

private slots:
    void scorerCountsMatchesAndFalsePositives();
    void goldFilesParse();
    void seedsReachTargetScores();
};

void TestGoldScore::scorerCountsMatchesAndFalsePositives()
{
    const QString text = QStringLiteral("培训干部100人次,举办活动3场,另有5个。");
    const QVector<GoldRow> gold = GoldRow::parseTsv(
        QStringLiteral("quote\tvalue\tunit\tqualifier\tlow\thigh\tsubject\tmetric\n"
                       "培训干部100人次\t100\t人次\texact\t\t\t培训干部\tcadre_training_attendance\n"
                       "举办活动3场\t3\t场\texact\t\t\t活动\tevents\n"));
    QCOMPARE(gold.size(), 2);
    Metric a;
    a.start = 4;
    a.end = 10;
    a.value = 100;
    a.qualifier = Qualifier::Exact;
    a.key = QStringLiteral("cadre_training_attendance");
    Metric b = a;
    b.start = 15;
    b.end = 17;
    b.value = 3;
    b.key = QStringLiteral("training_sessions");
    Metric c = a;
    c.start = 20;
    c.end = 22;
    c.value = 5;
    const ScoreReport r = GoldScorer::score({a, b, c}, text, gold);
    QCOMPARE(r.found, 2);
    QCOMPARE(r.falsePositives.size(), 1);
    QCOMPARE(r.keyAgree, 1);
    QCOMPARE(r.qualifierAgree, 2);
    QVERIFY(qAbs(r.precision() - 2.0 / 3) < 1e-9);
    QCOMPARE(r.recall(), 1.0);
}

void TestGoldScore::goldFilesParse()
{
    const QDir dir(QStringLiteral(REGIONSCOPE_TEST_DATA_DIR "/metrics/gold"));
    const QStringList files = dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 5);
    int total = 0;
    for (const QString& f : files) {
        QString error;
        const QVector<GoldRow> rows = GoldRow::readTsv(dir.filePath(f), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        total += int(rows.size());
    }
    QCOMPARE(total, 110);
}

void TestGoldScore::seedsReachTargetScores()
{
    const MetricExtractor extractor;
    const QDir dir(QStringLiteral(REGIONSCOPE_TEST_DATA_DIR "/metrics/gold"));
    // Publication dates, for 去年/今年 (taken from the articles' datelines where they have one).
    const QHash<QString, QDate> published = {
        {QStringLiteral("000_2496036bcb3ee729"), QDate(2023, 3, 24)},
        {QStringLiteral("001_05fc3587cf98a258"), QDate(2024, 1, 20)},
        {QStringLiteral("002_14309619b7b81944"), QDate(2023, 4, 24)},
        {QStringLiteral("003_c80e7640dadc126c"), QDate(2023, 4, 15)},
        {QStringLiteral("004_dee7d14892e105a8"), QDate(2024, 2, 20)},
    };
    ScoreReport total;
    const QStringList files = dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
    for (const QString& f : files) {
        const QString stem = f.chopped(4);
        const QString text = seedText(stem);
        QVERIFY2(!text.isEmpty(), qPrintable(stem));
        const QVector<GoldRow> gold = GoldRow::readTsv(dir.filePath(f));
        ScoreReport r = GoldScorer::score(extractor.extract(text, published.value(stem)), text, gold);
        r.name = stem;
        QCOMPARE(r.missingQuotes, 0);
        qInfo().noquote() << r.summary();
        if (qEnvironmentVariableIsSet("RS_DUMP_METRICS")) {
            for (const Metric& m : r.metrics)
                qInfo().noquote() << QStringLiteral("    %1 %2 %3 key=%4 period=%5%6 subject=%7 「%8」")
                                         .arg(m.value, 0, 'g', 12)
                                         .arg(m.unit, qualifierName(m.qualifier), m.key, m.period,
                                              m.isTarget ? QStringLiteral(" target") : QString(), m.subject,
                                              m.quote);
        }
        const QString details = r.details();
        if (!details.isEmpty())
            qInfo().noquote() << details;
        total.add(r);
    }
    qInfo().noquote() << total.summary();
    QVERIFY2(total.f1() >= 0.95, qPrintable(total.summary()));
    QVERIFY2(total.qualifierAgreement() >= 0.90, qPrintable(total.summary()));
    QVERIFY2(total.keyAgreement() >= 0.90, qPrintable(total.summary()));
}

QTEST_APPLESS_MAIN(TestGoldScore)
#include "tst_goldscore.moc"
