#include "metrics/GoldRow.h"
#include "metrics/GoldScorer.h"
#include "metrics/MetricExtractor.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace rs;

// Scores the extractor against hand-labelled reports beyond the seeds (see each set's README):
// - heldout: written after the rules, never tuned on at the time; a guard against rules that only fit
//   the seeds;
// - blind: issue 14's set, scored blind before the classifier changed, then tuned on (its README has
//   both scores), so its row here measures fit, and the held-out row is the regression guard.
class TestGoldSets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filesAreComplete_data() { sets(); }
    void filesAreComplete();
    void setReachesTargetScores_data() { sets(); }
    void setReachesTargetScores();

private:
    static void sets()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<int>("minFiles");
        QTest::addColumn<int>("minChars");
        QTest::newRow("heldout") << QStringLiteral("heldout") << 6 << 1500;
        QTest::newRow("blind") << QStringLiteral("blind") << 15 << 500;
    }
};

namespace {

QString setDir(const QString& folder)
{
    return QStringLiteral(REGIONSCOPE_TEST_DATA_DIR "/metrics/") + folder;
}

QString readText(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

void TestGoldSets::filesAreComplete()
{
    QFETCH(QString, folder);
    QFETCH(int, minFiles);
    QFETCH(int, minChars);
    const QDir dir(setDir(folder));
    const QStringList files = dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= minFiles);
    for (const QString& f : files) {
        QString error;
        const QVector<GoldRow> rows = GoldRow::readTsv(dir.filePath(f), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(!rows.isEmpty(), qPrintable(f));
        const QString text = readText(dir.filePath(f.chopped(4) + QStringLiteral(".txt")));
        QVERIFY2(text.size() >= minChars, qPrintable(f));
        // Each quote locates one mention, so it must occur exactly once.
        for (const GoldRow& r : rows) {
            const int first = int(text.indexOf(r.quote));
            QVERIFY2(first >= 0 && text.indexOf(r.quote, first + 1) < 0,
                     qPrintable(QStringLiteral("%1:%2 「%3」").arg(f).arg(r.line).arg(r.quote)));
        }
    }
}

void TestGoldSets::setReachesTargetScores()
{
    QFETCH(QString, folder);
    const MetricExtractor extractor;
    const QDir dir(setDir(folder));
    ScoreReport total;
    const QStringList files = dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
    for (const QString& f : files) {
        const QString stem = f.chopped(4);
        const QString text = readText(dir.filePath(stem + QStringLiteral(".txt")));
        QVERIFY2(!text.isEmpty(), qPrintable(stem));
        const QVector<GoldRow> gold = GoldRow::readTsv(dir.filePath(f));
        ScoreReport r = GoldScorer::score(extractor.extract(text), text, gold);
        r.name = stem;
        QCOMPARE(r.missingQuotes, 0);
        qInfo().noquote() << r.summary();
        const QString details = r.details();
        if (!details.isEmpty())
            qInfo().noquote() << details;
        total.add(r);
    }
    total.name = folder + QStringLiteral(" overall");
    qInfo().noquote() << total.summary();
    // Issue 14's targets; a drop means a change fits the seeds only.
    QVERIFY2(total.f1() >= 0.95, qPrintable(total.summary()));
    QVERIFY2(total.qualifierAgreement() >= 0.95, qPrintable(total.summary()));
    QVERIFY2(total.keyAgreement() >= 0.90, qPrintable(total.summary()));
    QVERIFY2(total.keyAccuracy() >= 0.90, qPrintable(total.summary()));
}

QTEST_APPLESS_MAIN(TestGoldSets)
#include "tst_goldsets.moc"
