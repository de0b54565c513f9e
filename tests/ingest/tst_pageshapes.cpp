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

struct Expected
{
    QString file, title, date, source, region, first, last;
    bool titleGuessed = false;
};

QVector<Expected> readExpected()
{
    QVector<Expected> rows;
    QFile file(pagesDir + QStringLiteral("expected.tsv"));
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
};

QTEST_GUILESS_MAIN(TstPageShapes)
#include "tst_pageshapes.moc"
