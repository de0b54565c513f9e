// A report in traditional characters is read exactly like its simplified twin: the same figures (values,
// units, qualifiers, keys, periods, positions), the same title and region. The twin is made with ICU's
// Simplified-Traditional transform, so every sample report is tested in both scripts.
#include "gazetteer/Gazetteer.h"
#include "ingest/ImportPipeline.h"
#include "metrics/MetricExtractor.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

using namespace rs;

namespace {

QString toTraditional(const QString& text)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> transform(
        icu::Transliterator::createInstance("Simplified-Traditional", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !transform)
        return {};
    icu::UnicodeString buffer(reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
    transform->transliterate(buffer);
    return QString(reinterpret_cast<const QChar*>(buffer.getBuffer()), buffer.length());
}

QString describe(const Metric& m)
{
    return QStringLiteral("%1-%2 %3 %4 %5 %6 %7 %8 %9 %10")
        .arg(m.start)
        .arg(m.end)
        .arg(m.value)
        .arg(m.unit, qualifierName(m.qualifier), m.key, m.period)
        .arg(m.isTarget)
        .arg(m.subKey);
}

} // namespace

class TstTraditionalScript : public QObject
{
    Q_OBJECT
private slots:
    void sameFiguresInEitherScript_data()
    {
        QTest::addColumn<QString>("file");
        const QDir seeds(QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds"));
        for (const QString& name : seeds.entryList({QStringLiteral("*.txt")}))
            QTest::newRow(qPrintable(name)) << seeds.filePath(name);
        QVERIFY(!seeds.entryList({QStringLiteral("*.txt")}).isEmpty());
        // The blind set's simplified reports (tests/data/metrics/blind), from provinces the seeds
        // do not cover.
        const QDir blind(QStringLiteral(REGIONSCOPE_TEST_DATA_DIR "/metrics/blind"));
        int simplified = 0;
        for (const QString& name : blind.entryList({QStringLiteral("b*.txt")})) {
            if (name.startsWith(QStringLiteral("b13")) || name.startsWith(QStringLiteral("b14")) ||
                name.startsWith(QStringLiteral("b15")))
                continue; // written in traditional script
            QTest::newRow(qPrintable(name)) << blind.filePath(name);
            ++simplified;
        }
        QVERIFY(simplified >= 12);
    }

    void sameFiguresInEitherScript()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString simplified = QString::fromUtf8(f.readAll());
        const QString traditional = toTraditional(simplified);
        QVERIFY(!traditional.isEmpty());
        QVERIFY(traditional != simplified);
        QCOMPARE(traditional.size(), simplified.size());

        const ImportPipeline pipeline(Gazetteer::builtin());
        const ImportPipeline::Result a = pipeline.prepareText(simplified, QStringLiteral("simplified"));
        const ImportPipeline::Result b = pipeline.prepareText(traditional, QStringLiteral("traditional"));
        QVERIFY(a.ok && b.ok);
        QCOMPARE(toTraditional(a.article.report.metadata.title), b.article.report.metadata.title);
        QCOMPARE(b.article.regionCode, a.article.regionCode);
        QCOMPARE(b.article.report.body.size(), a.article.report.body.size());
        const QVector<Metric>& ma = a.article.metrics;
        const QVector<Metric>& mb = b.article.metrics;
        QVERIFY(!ma.isEmpty());
        QStringList left;
        QStringList right;
        for (const Metric& m : ma)
            left << describe(m);
        for (const Metric& m : mb) {
            right << describe(m);
            // Quotes are the report's own characters, never the folded ones.
            QCOMPARE(m.quote, b.article.report.body.mid(m.start, m.end - m.start));
        }
        QCOMPARE(right, left);
    }

    // A mainland report converted with OpenCC's s2t (爲, 裏, 羣衆, 喫: forms ICU's transform does not
    // write) reads like the simplified original: figures, keys, sub-keys and region.
    void openCcTwinReadsLikeItsOriginal()
    {
        const QString dir = QStringLiteral(REGIONSCOPE_TEST_DATA_DIR "/metrics");
        QFile original(dir + QStringLiteral("/twins/b15_chongqing_wulong.simplified.txt"));
        QFile converted(dir + QStringLiteral("/blind/b15_chongqing_wulong.txt"));
        QVERIFY(original.open(QIODevice::ReadOnly) && converted.open(QIODevice::ReadOnly));
        const QString simplified = QString::fromUtf8(original.readAll());
        const QString traditional = QString::fromUtf8(converted.readAll());
        QVERIFY(traditional.contains(QStringLiteral("爲")) && traditional.contains(QStringLiteral("羣衆")));
        const ImportPipeline pipeline(Gazetteer::builtin());
        const ImportPipeline::Result a = pipeline.prepareText(simplified, QStringLiteral("simplified"));
        const ImportPipeline::Result b = pipeline.prepareText(traditional, QStringLiteral("traditional"));
        QVERIFY(a.ok && b.ok);
        QVERIFY(!a.article.regionCode.isEmpty());
        QCOMPARE(b.article.regionCode, a.article.regionCode);
        QStringList left;
        QStringList right;
        for (const Metric& m : a.article.metrics)
            left << describe(m);
        for (const Metric& m : b.article.metrics)
            right << describe(m);
        QVERIFY(left.size() >= 20);
        QCOMPARE(right, left);
    }

    void fieldsWrittenInTraditionalAreFound()
    {
        MetricExtractor extractor;
        const QVector<Metric> metrics =
            extractor.extract(QStringLiteral("今年累計舉辦培訓班15場次，培訓幹部1200餘人次。"));
        QCOMPARE(metrics.size(), 2);
        QCOMPARE(metrics.at(0).quote, QStringLiteral("15場次"));
        QCOMPARE(metrics.at(0).unit, QStringLiteral("场次"));
        QCOMPARE(metrics.at(1).value, 1200.0);
        QCOMPARE(metrics.at(1).qualifier, Qualifier::AtLeast);
    }
};

QTEST_GUILESS_MAIN(TstTraditionalScript)
#include "tst_traditionalscript.moc"
