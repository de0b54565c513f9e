#include "ingest/PdfPageRenderer.h"
#include "ingest/PdfTextExtractor.h"
#include "ingest/ReportParser.h"

#include <QFile>
#include <QTest>

using namespace rs;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(REGIONSCOPE_TEST_DATA_DIR "/ingest/pdf/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString paragraphText(const ParsedReport& report, int i)
{
    const Paragraph& p = report.paragraphs.at(i);
    return report.body.mid(p.start, p.end - p.start);
}

QString dump(const ParsedReport& report)
{
    QString out;
    for (int i = 0; i < report.paragraphs.size(); ++i)
        out += QStringLiteral("[p%1 k%2] %3\n")
                   .arg(report.paragraphs[i].page)
                   .arg(int(report.paragraphs[i].kind))
                   .arg(paragraphText(report, i));
    return out;
}

} // namespace

// The PDF reader on generated reports (tests/data/ingest/README.md): reading order, page
// furniture, paragraphs and headings, metadata, tables, and the ways a PDF cannot be read.
class TestPdfTextExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleColumnReport()
    {
        const ReportParser::Result r =
            ReportParser().parse(fixture(QStringLiteral("single-column.pdf")), QStringLiteral("a.pdf"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const ParsedReport& report = r.report;
        QCOMPARE(report.format, QStringLiteral("pdf"));
        QCOMPARE(report.metadata.title, QStringLiteral("香洲区举办2023年基层党务工作者培训班"));
        QCOMPARE(report.metadata.publishedOn, QDate(2023, 5, 18));
        QCOMPARE(report.metadata.source, QStringLiteral("香洲区委组织部"));
        QVERIFY2(report.paragraphs.size() == 4, qPrintable(dump(report)));
        // Lines broken inside a sentence are one paragraph; the heading is set larger.
        QVERIFY(paragraphText(report, 0).startsWith(QStringLiteral("5月15日至17日")));
        QVERIFY(paragraphText(report, 0).endsWith(QStringLiteral("党务工作的能力。")));
        QVERIFY(paragraphText(report, 0).contains(QStringLiteral("党务工作者共320人参加培训")));
        QCOMPARE(paragraphText(report, 2), QStringLiteral("以学促干见实效"));
        QCOMPARE(report.paragraphs[2].kind, Paragraph::Kind::Heading);
        QCOMPARE(report.paragraphs[3].kind, Paragraph::Kind::Text);
        for (const Paragraph& p : report.paragraphs)
            QCOMPARE(p.page, 1);
        // The text layer's radicals come out as the ideographs they stand for.
        QVERIFY(!report.body.contains(QChar(0x2F00 + 0xA6)));
    }

    void twoColumnsReadColumnByColumnWithoutPageFurniture()
    {
        const QByteArray bytes = fixture(QStringLiteral("two-column.pdf"));
        const PdfTextExtractor::Result pdf = PdfTextExtractor::extract(bytes);
        QVERIFY2(pdf.ok, qPrintable(pdf.error));
        QVERIFY(pdf.pageCount >= 3);
        QVERIFY(pdf.removedFurnitureLines >= 2 * pdf.pageCount); // a header and a page number on each page

        const ReportParser::Result r = ReportParser().parse(bytes, QStringLiteral("b.pdf"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const ParsedReport& report = r.report;
        QCOMPARE(report.metadata.title, QStringLiteral("金湾区2023年上半年组织工作总结"));
        QCOMPARE(report.metadata.publishedOn, QDate(2023, 7, 10));
        QVERIFY(!report.body.contains(QStringLiteral("简报")));
        QVERIFY(!report.body.contains(QStringLiteral("—")));
        const QStringList headings = {
            QStringLiteral("一、干部教育培训扎实推进"), QStringLiteral("二、人才引进成效明显"),
            QStringLiteral("三、基层党组织建设全面加强"), QStringLiteral("四、党员队伍管理持续规范")};
        QStringList foundHeadings;
        int lastPage = 1;
        int texts = 0;
        for (int i = 0; i < report.paragraphs.size(); ++i) {
            const Paragraph& p = report.paragraphs[i];
            QVERIFY2(p.page >= lastPage, qPrintable(dump(report)));
            lastPage = p.page;
            const QString text = paragraphText(report, i);
            if (p.kind == Paragraph::Kind::Heading) {
                foundHeadings.append(text);
                continue;
            }
            if (text.startsWith(QStringLiteral("中共珠海市")))
                continue;
            // Every generated paragraph is five whole sentences: none was cut at a column or page
            // break and none was run into the next.
            ++texts;
            QVERIFY2(text.count(u'。') == 5 && text.endsWith(u'。'), qPrintable(text + u'\n' + dump(report)));
        }
        QCOMPARE(foundHeadings.mid(0, 4), headings);
        QCOMPARE(texts, foundHeadings.size() * 4);
        QCOMPARE(lastPage, pdf.pageCount);
    }

    void officialDocument()
    {
        const ReportParser::Result r =
            ReportParser().parse(fixture(QStringLiteral("official-notice.pdf")), QStringLiteral("c.pdf"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const ParsedReport& report = r.report;
        QCOMPARE(report.metadata.title, QStringLiteral("关于开展2023年度村（社区）党组织书记轮训的通知"));
        QCOMPARE(report.metadata.source, QStringLiteral("中共珠海市金湾区委组织部"));
        QCOMPARE(report.metadata.publishedOn, QDate(2023, 4, 24));
        QVERIFY2(paragraphText(report, 0) == QStringLiteral("金组通〔2023〕12号"), qPrintable(dump(report)));
        QVERIFY(!report.body.contains(QStringLiteral("组织部文件")));
        QVERIFY(!report.body.contains(QStringLiteral("印发")));
        QVERIFY(report.body.contains(QStringLiteral("各镇党委，区直各单位党组织：")));
        QVERIFY(report.body.contains(QStringLiteral("全区46个村（社区）党组织书记，每期培训3天")));
    }

    void tableRowsOnePerLine()
    {
        const ReportParser::Result r =
            ReportParser().parse(fixture(QStringLiteral("table.pdf")), QStringLiteral("d.pdf"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString& body = r.report.body;
        const qsizetype header = body.indexOf(QStringLiteral("镇\t引进人数\t补贴（万元）"));
        const qsizetype first = body.indexOf(QStringLiteral("\n井岸镇\t72\t310\n"));
        const qsizetype last = body.indexOf(QStringLiteral("\n斗门镇\t49\t185\n"));
        QVERIFY2(header > 0 && first > header && last > first, qPrintable(dump(r.report)));
        QVERIFY(body.indexOf(QStringLiteral("下一步")) > last);
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("scanned") << fixture(QStringLiteral("scanned.pdf"))
                                 << QStringLiteral("scanned PDF: no text layer");
        QTest::newRow("user password") << fixture(QStringLiteral("encrypted-user.pdf"))
                                       << QStringLiteral("encrypted PDF: a password is needed to open it");
        QTest::newRow("garbage") << QByteArray("%PDF-1.7\n1 0 obj << /Type /Catalog >>\nnot a pdf at all")
                                 << QStringLiteral("damaged PDF: it cannot be opened");
        QByteArray cut = fixture(QStringLiteral("single-column.pdf"));
        cut.truncate(cut.size() / 3);
        QTest::newRow("truncated") << cut << QString();
    }

    void refusesWhatItCannotRead()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        QVERIFY(!bytes.isEmpty());
        const ReportParser::Result r = ReportParser().parse(bytes, QStringLiteral("x.pdf"));
        if (error.isEmpty()) {
            // A truncated file may still show its first page; it must not crash, and if it is
            // refused, the reason says it is damaged.
            QVERIFY(r.ok || r.error.contains(QStringLiteral("PDF")) ||
                    r.error.contains(QStringLiteral("text")));
            return;
        }
        QVERIFY(!r.ok);
        QCOMPARE(r.error, error);
    }

    void ownerPasswordOnlyImports()
    {
        const ReportParser::Result r =
            ReportParser().parse(fixture(QStringLiteral("encrypted-owner.pdf")), QStringLiteral("e.pdf"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.metadata.title, QStringLiteral("香洲区举办2023年基层党务工作者培训班"));
    }

    void rendersAPageWithThePassageMarked()
    {
        const QByteArray bytes = fixture(QStringLiteral("two-column.pdf"));
        const ReportParser::Result parsed = ReportParser().parse(bytes, QStringLiteral("b.pdf"));
        QVERIFY(parsed.ok);
        // The last paragraph, on the last page, is found and marked there.
        const int last = int(parsed.report.paragraphs.size()) - 1;
        const QString passage = paragraphText(parsed.report, last);
        const int page = parsed.report.paragraphs[last].page;
        const PdfPageRenderer::Result shown = PdfPageRenderer::render(bytes, page, passage, 72);
        QVERIFY2(shown.ok, qPrintable(shown.error));
        QCOMPARE(shown.image.size(), QSize(595, 842));
        QVERIFY(shown.highlights >= 1);
        const PdfPageRenderer::Result missing = PdfPageRenderer::render(bytes, shown.pageCount + 1, passage);
        QVERIFY(!missing.ok);
        QCOMPARE(missing.error, QStringLiteral("the original PDF has no page %1").arg(shown.pageCount + 1));
    }

    void pageNumbers_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("isNumber");
        QTest::newRow("bare") << QStringLiteral("3") << true;
        QTest::newRow("dashes") << QStringLiteral("— 12 —") << true;
        QTest::newRow("hyphens") << QStringLiteral("- 3 -") << true;
        QTest::newRow("第页") << QStringLiteral("第3页") << true;
        QTest::newRow("of") << QStringLiteral("3/50") << true;
        QTest::newRow("共页") << QStringLiteral("第 3 页 共 50 页") << true;
        QTest::newRow("roman") << QStringLiteral("iv") << true;
        QTest::newRow("year") << QStringLiteral("2023年") << false;
        QTest::newRow("heading") << QStringLiteral("三、工作要求") << false;
        QTest::newRow("sentence") << QStringLiteral("共3人") << false;
    }

    void pageNumbers()
    {
        QFETCH(QString, line);
        QFETCH(bool, isNumber);
        QCOMPARE(PdfTextExtractor::isPageNumber(line), isNumber);
    }
};

QTEST_MAIN(TestPdfTextExtractor)
#include "tst_pdftextextractor.moc"
