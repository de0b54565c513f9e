// The cleaner on the page shapes real report sites use (tests/data/ingest/pages, composed for this test;
// none of them is a seed): government portals, party-building sites, county media centres, people.cn and
// xinhuanet local channels, newspapers' e-paper pages and re-posted WeChat articles. Page furniture
// (menus, breadcrumbs, table debris, share and print widgets, counters, editor lines, copyright and ICP
// lines) must become neither title nor body.
#include "gazetteer/Gazetteer.h"
#include "ingest/ImportPipeline.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace rs;

namespace {

const QString pagesDir = QStringLiteral(REGIONSCOPE_TEST_DATA_DIR "/ingest/pages/");
const QString heldOutDir = QStringLiteral(REGIONSCOPE_TEST_DATA_DIR "/ingest/pages-heldout/");

struct Expected
{
    QString file, title, date, source, region, first, last;
    bool titleGuessed = false;
};

QVector<Expected> readExpected(const QString& dir = pagesDir)
{
    QVector<Expected> rows;
    QFile file(dir + QStringLiteral("expected.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    bool header = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).remove(u'\n').remove(u'\r');
        if (line.startsWith(u'#') || line.isEmpty())
            continue;
        if (header) {
            header = false;
            continue;
        }
        const QStringList c = line.split(u'\t');
        if (c.size() != 8)
            return {};
        rows.append({c[0], c[1], c[2], c[3], c[4], c[6], c[7], c[5] == QLatin1String("1")});
    }
    return rows;
}

// 0.839 when the set was written, 1.000 after the rules it asked for.
constexpr double kHeldOutFloor = 1.0;

} // namespace

Q_DECLARE_METATYPE(Expected)

class TstPageShapes : public QObject
{
    Q_OBJECT
private slots:
    void everyFixtureIsListed()
    {
        const QVector<Expected> rows = readExpected();
        QVERIFY2(rows.size() >= 20, "expected.tsv lists fewer than 20 page shapes, or a row is malformed");
        QStringList listed;
        for (const Expected& row : rows)
            listed << row.file;
        const QStringList onDisk =
            QDir(pagesDir).entryList({QStringLiteral("*.txt"), QStringLiteral("*.html")}, QDir::Files);
        QCOMPARE(listed, onDisk);
    }

    void page_data()
    {
        QTest::addColumn<Expected>("expected");
        for (const Expected& row : readExpected())
            QTest::newRow(qPrintable(row.file)) << row;
    }

    void page()
    {
        QFETCH(Expected, expected);
        QFile file(pagesDir + expected.file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ImportPipeline pipeline(Gazetteer::builtin());
        const ImportPipeline::Result result = pipeline.prepareBytes(file.readAll(), file.fileName());
        QVERIFY2(result.ok, qPrintable(result.error));
        const ParsedReport& report = result.article.report;
        const ReportMetadata& meta = report.metadata;
        QCOMPARE(meta.title, expected.title);
        QCOMPARE(meta.titleGuessed, expected.titleGuessed);
        QCOMPARE(meta.publishedOn.isValid() ? meta.publishedOn.toString(Qt::ISODate) : QString(),
                 expected.date);
        QCOMPARE(meta.source, expected.source);
        QCOMPARE(result.article.regionCode, expected.region);
        const QString body = report.body;
        QVERIFY2(body.startsWith(expected.first),
                 qPrintable(QStringLiteral("body starts: ") + body.left(80)));
        QVERIFY2(body.endsWith(expected.last), qPrintable(QStringLiteral("body ends: ") + body.right(80)));
    }

    // A second round of page shapes, composed after the rules for the first were frozen. Measured before
    // any change for them: 47 of 56 fields (0.839) — a bar as key separator ("来源 | …"), an edition after
    // the date, a column label before the title and a "（…供稿）" line were new. Those four rules were then
    // added, so this set is tuned on now too; the floor keeps it whole, the printed score is for the record.
    void heldOutPages()
    {
        const QVector<Expected> rows = readExpected(heldOutDir);
        QVERIFY(rows.size() >= 8);
        const ImportPipeline pipeline(Gazetteer::builtin());
        int right = 0;
        int total = 0;
        QStringList wrong;
        for (const Expected& expected : rows) {
            QFile file(heldOutDir + expected.file);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const ImportPipeline::Result result = pipeline.prepareBytes(file.readAll(), file.fileName());
            QVERIFY2(result.ok, qPrintable(expected.file + QStringLiteral(": ") + result.error));
            const ReportMetadata& meta = result.article.report.metadata;
            const QString date =
                meta.publishedOn.isValid() ? meta.publishedOn.toString(Qt::ISODate) : QString();
            const QString& body = result.article.report.body;
            const std::pair<const char*, bool> fields[] = {
                {"title", meta.title == expected.title},
                {"guessed", meta.titleGuessed == expected.titleGuessed},
                {"date", date == expected.date},
                {"source", meta.source == expected.source},
                {"region", result.article.regionCode == expected.region},
                {"first", body.startsWith(expected.first)},
                {"last", body.endsWith(expected.last)},
            };
            for (const auto& [name, ok] : fields) {
                ++total;
                right += ok ? 1 : 0;
                if (!ok)
                    wrong << expected.file + QLatin1Char(':') + QLatin1String(name);
            }
        }
        const double score = double(right) / total;
        qInfo("held-out page shapes: %d of %d fields right (%.3f); wrong: %s", right, total, score,
              qPrintable(wrong.join(QStringLiteral(", "))));
        QVERIFY2(score >= kHeldOutFloor, qPrintable(wrong.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TstPageShapes)
#include "tst_pageshapes.moc"
