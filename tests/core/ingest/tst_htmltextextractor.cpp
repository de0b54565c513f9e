#include "ingest/HtmlTextExtractor.h"
#include "ingest/ReportParser.h"

#include <QFile>
#include <QTest>

using rs::HtmlTextExtractor;

namespace {

QByteArray readData(const char* name)
{
    QFile f(QStringLiteral(REGIONSCOPE_TEST_DATA_DIR "/ingest/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList texts(const rs::TextLines& lines)
{
    QStringList out;
    for (const rs::TextLine& l : lines)
        out << l.text;
    return out;
}

} // namespace

class TstHtmlTextExtractor : public QObject
{
    Q_OBJECT
private slots:
    void samplePage()
    {
        const QByteArray bytes = readData("sample_page.html");
        QVERIFY(!bytes.isEmpty());
        const HtmlTextExtractor::Result r = HtmlTextExtractor::extract(QString::fromUtf8(bytes));
        const QStringList lines = texts(r.lines);
        const QString all = lines.join(u'\n');

        QCOMPARE(r.documentTitle, QStringLiteral("某某区召开人才工作会议 - 某某区人民政府门户网站"));
        QCOMPARE(r.meta.value(QStringLiteral("og:title")), QStringLiteral("某某区召开人才工作会议"));
        QCOMPARE(r.meta.value(QStringLiteral("publishdate")), QStringLiteral("2023-05-12"));
        QCOMPARE(r.meta.value(QStringLiteral("author")), QStringLiteral("李明"));

        // script, style, head, header, nav, aside, footer, share widget and noscript are chrome
        for (const char* dropped :
             {"脚本里的假段落", "不应出现", "font-size", "政务公开", "新闻中心", "另一条新闻标题", "ICP备",
              "0756-1234567", "分享到", "请启用JavaScript", "门户网站", "工作动态"})
            QVERIFY2(!all.contains(QString::fromUtf8(dropped)), dropped);

        QCOMPARE(lines.first(), QStringLiteral("某某区召开人才工作会议"));
        // entities: named (&ldquo; &hellip; &amp; &emsp;) and numeric (&#12289; &#x3002;)
        QVERIFY(
            lines.contains(QStringLiteral("5月11日,某某区召开人才工作会议,研究部署“人才强区”战略。会议指出,"
                                          "要坚持党管人才原则……")));
        QVERIFY(
            lines.contains(QStringLiteral("下一步,该区将完善人才服务体系,落实住房、子女入学等保障措施。")));
        // <br> splits the paragraph
        QVERIFY(lines.contains(QStringLiteral("会议强调,要引进高层次人才100名以上,其中博士&博士后30名;")));
        QVERIFY(lines.contains(QStringLiteral("同时建设人才驿站5个。")));
        QVERIFY(lines.contains(QStringLiteral("优化人才服务")));

        // img alt and figcaption become caption lines, once; a "logo" alt is not a caption
        QCOMPARE(lines.count(QStringLiteral("会议现场。")), 1);
        for (const rs::TextLine& l : r.lines) {
            const bool expectCaption =
                l.text == QStringLiteral("会议现场。") || l.text == QStringLiteral("人才驿站外景");
            QCOMPARE(l.caption, expectCaption);
        }
        QVERIFY(!lines.contains(QStringLiteral("logo")));
    }

    void entities_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("named") << "&lt;a&gt; &amp; &quot;x&quot;"
                               << "<a> & \"x\"";
        QTest::newRow("quotes") << "&ldquo;两个确立&rdquo;"
                                << "“两个确立”";
        QTest::newRow("decimal") << "&#20154;&#25165;"
                                 << "人才";
        QTest::newRow("hex") << "&#x4EBA;&#X624D;"
                             << "人才";
        QTest::newRow("astral") << "&#x20BB7;" << QString::fromUcs4(U"\U00020BB7");
        QTest::newRow("nbsp without semicolon") << "a&nbsp b" << QStringLiteral("a\u00A0 b");
        QTest::newRow("unknown kept") << "&foo; & R&D"
                                      << "&foo; & R&D";
        QTest::newRow("invalid number kept") << "&#xD800;"
                                             << "&#xD800;";
    }
    void entities()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(HtmlTextExtractor::decodeEntities(in), out);
    }

    void tolerantMarkup()
    {
        const QString html = QStringLiteral(
            "<div><p>第一段<p>第二段<!-- 注释 <p>不应出现</p> -->"
            "<div class=\"footer\"><p>底部</p></div><table><tr><td>甲</td><td>乙</td></tr></table>"
            "<p>a < b 且 c>d</p><p>未闭合");
        const QStringList lines = texts(HtmlTextExtractor::extract(html).lines);
        QCOMPARE(lines,
                 QStringList({QStringLiteral("第一段"), QStringLiteral("第二段"), QStringLiteral("甲 乙"),
                              QStringLiteral("a < b 且 c>d"), QStringLiteral("未闭合")}));
    }

    void articleHeaderIsKept()
    {
        const QString html =
            QStringLiteral("<header>网站头部</header><article><header><h1>文章标题</h1></header>"
                           "<p>正文内容。</p></article>");
        QCOMPARE(texts(HtmlTextExtractor::extract(html).lines),
                 QStringList({QStringLiteral("文章标题"), QStringLiteral("正文内容。")}));
    }

    void sniffCharset_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QByteArray>("charset");
        QTest::newRow("meta charset") << QByteArray("<meta charset=\"GBK\">") << QByteArray("GBK");
        QTest::newRow("http-equiv")
            << QByteArray("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")
            << QByteArray("gb2312");
        QTest::newRow("none") << QByteArray("<p>charset=utf-8</p>") << QByteArray();
    }
    void sniffCharset()
    {
        QFETCH(QByteArray, html);
        QFETCH(QByteArray, charset);
        QCOMPARE(HtmlTextExtractor::sniffCharset(html), charset);
    }

    void looksLikeHtml()
    {
        QVERIFY(HtmlTextExtractor::looksLikeHtml(QStringLiteral("<!DOCTYPE html><html></html>")));
        QVERIFY(HtmlTextExtractor::looksLikeHtml(QStringLiteral("<p>一</p><p>二</p>")));
        QVERIFY(!HtmlTextExtractor::looksLikeHtml(QStringLiteral("金湾区:以高质量“组织力”\n正文 a<b")));
    }

    void gbkPageThroughParser()
    {
        const QByteArray bytes = readData("sample_page_gbk.html");
        QVERIFY(!bytes.isEmpty());
        const rs::ReportParser::Result r = rs::ReportParser().parse(bytes, QStringLiteral("page.html"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.encoding, QStringLiteral("GB18030"));
        QVERIFY(r.report.wasHtml);
        QCOMPARE(r.report.metadata.title, QStringLiteral("湘桥区推进人才工作"));
        QCOMPARE(r.report.metadata.publishedOn, QDate(2022, 10, 15));
        QCOMPARE(r.report.metadata.publishedText, QStringLiteral("2022年10月15日"));
        QCOMPARE(r.report.metadata.source, QStringLiteral("潮州日报"));
        QVERIFY(r.report.body.contains(QStringLiteral("臺灣同胞與香港居民亦可申請,繁體字照原樣保留。")));
        QVERIFY(!r.report.body.contains(QStringLiteral("版权所有")));
        QVERIFY(!r.report.body.contains(QStringLiteral("首页")));
    }

    void samplePageThroughParser()
    {
        const rs::ReportParser::Result r = rs::ReportParser().parse(readData("sample_page.html"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const rs::ReportMetadata& md = r.report.metadata;
        QCOMPARE(md.title, QStringLiteral("某某区召开人才工作会议"));
        QCOMPARE(md.publishedOn, QDate(2023, 5, 12));
        QCOMPARE(md.source, QStringLiteral("某某日报"));
        QCOMPARE(md.authors, QStringList{QStringLiteral("李明")});
        QVERIFY(!r.report.body.contains(QStringLiteral("发布时间")));
        QVERIFY(!r.report.body.contains(QStringLiteral("字体")));
        QVERIFY(!r.report.body.startsWith(md.title));
        int captions = 0;
        for (const rs::Paragraph& p : r.report.paragraphs)
            captions += p.kind == rs::Paragraph::Kind::Caption ? 1 : 0;
        QCOMPARE(captions, 2);
    }
};

QTEST_GUILESS_MAIN(TstHtmlTextExtractor)
#include "tst_htmltextextractor.moc"
