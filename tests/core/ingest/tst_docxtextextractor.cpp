#include "ingest/DocxTextExtractor.h"
#include "ingest/ReportParser.h"
#include "util/ZipArchive.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace rs;

namespace {

QByteArray fixture()
{
    QFile file(QStringLiteral(REGIONSCOPE_TEST_DATA_DIR "/ingest/docx/report.docx"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList texts(const TextLines& lines)
{
    QStringList out;
    for (const TextLine& l : lines)
        out.append(l.text);
    return out;
}

} // namespace

// The Word reader on tests/data/ingest/docx/report.docx (see the README there) and on damaged files.
class TestDocxTextExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsParagraphsHeadingsListsTablesAndFootnotes()
    {
        const DocxTextExtractor::Result r = DocxTextExtractor::extract(fixture());
        QVERIFY2(r.ok, qPrintable(r.error));
        const QStringList expected = {
            QStringLiteral("高新区人才工作情况汇报"),
            QStringLiteral("珠海高新区党工委组织部 2023年3月1日"),
            QStringLiteral(
                "今年以来，珠海高新区坚持人才引领发展，全年新引进博士42名、硕士316名，人才总量突破5.2万人。"),
            QStringLiteral("发放各类人才补贴3800万元[1]，惠及人才1200余人。"),
            QStringLiteral("主要做法"),
            QStringLiteral("1. 完善人才政策体系，出台人才新政十条。"),
            QStringLiteral("2. 建设人才驿站3个，提供拎包入住服务。"),
            QStringLiteral("• 组建人才服务专员队伍。"),
            QStringLiteral("引进人才分布"),
            QStringLiteral("类别\t人数"),
            QStringLiteral("博士\t42"),
            QStringLiteral("硕士\t316"),
            QStringLiteral("下一步，高新区将持续优化人才发展环境。"),
            QStringLiteral("[1] 数据来源：区人力资源和社会保障局统计。")};
        QCOMPARE(texts(r.lines), expected);
        QVERIFY(r.lines[0].heading);  // Title style
        QVERIFY(r.lines[4].heading);  // heading 1 by its style's outline level
        QVERIFY(!r.lines[5].heading); // a list item
        QCOMPARE(r.title, QStringLiteral("高新区人才工作情况汇报"));
        QCOMPARE(r.author, QStringLiteral("李明"));
        QCOMPARE(r.created.date(), QDate(2023, 3, 2));
    }

    void parsesToAReport()
    {
        const ReportParser::Result r = ReportParser().parse(fixture(), QStringLiteral("report.docx"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.format, QStringLiteral("docx"));
        QCOMPARE(r.report.metadata.title, QStringLiteral("高新区人才工作情况汇报"));
        QCOMPARE(r.report.metadata.publishedOn, QDate(2023, 3, 1)); // the text's date beats the file's
        QCOMPARE(r.report.metadata.authors, QStringList{QStringLiteral("李明")});
        const qsizetype heading = r.report.body.indexOf(QStringLiteral("主要做法"));
        QVERIFY(heading > 0);
        bool headingKind = false;
        for (const Paragraph& p : r.report.paragraphs)
            headingKind = headingKind || (p.start == heading && p.kind == Paragraph::Kind::Heading);
        QVERIFY(headingKind);
        QVERIFY(!r.report.body.contains(QStringLiteral("隐藏")));
    }

    void refusesDamagedDocuments_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QByteArray cut = fixture();
        cut.truncate(cut.size() / 2);
        QTest::newRow("truncated") << cut << QStringLiteral("damaged Word document");
        ZipArchive bad;
        bad.addEntry(QStringLiteral("word/document.xml"), "<w:document><w:body><w:p>");
        const QString path = QDir::temp().filePath(QStringLiteral("rs-bad-docx.zip"));
        QString error;
        QVERIFY(bad.save(path, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTest::newRow("bad xml") << file.readAll() << QStringLiteral("not well-formed XML");
        QTest::newRow("doc") << QByteArray::fromHex("D0CF11E0A1B11AE1") + QByteArray(600, '\0')
                             << QStringLiteral("save it as a Word document (.docx)");
    }

    void refusesDamagedDocuments()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const ReportParser::Result r = ReportParser().parse(bytes, QStringLiteral("x.docx"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(reason), qPrintable(r.error));
    }
};

QTEST_MAIN(TestDocxTextExtractor)
#include "tst_docxtextextractor.moc"
