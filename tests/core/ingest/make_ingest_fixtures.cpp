// Writes the PDF and Word fixtures of tests/data/ingest (see the README there). Not run by the
// tests: the generated files are committed, so CI needs neither the fonts' exact versions nor qpdf.
//   make-ingest-fixtures DIR
#include "PdfFixtureWriter.h"

#include "util/ZipArchive.h"

#include <QDir>
#include <QGuiApplication>
#include <QTextStream>

using rs::test::PdfFixtureWriter;

namespace {

void singleColumn(const QString& path)
{
    PdfFixtureWriter::Options options;
    options.title = QStringLiteral("Microsoft Word - 文档1.docx"); // a placeholder the reader must ignore
    PdfFixtureWriter w(path, options);
    w.centered(QStringLiteral("香洲区举办2023年基层党务工作者培训班"), 18, Qt::black, true);
    w.centered(QStringLiteral("来源：香洲区委组织部　发布时间：2023-05-18"), 10);
    w.space(8);
    w.paragraph(QStringLiteral("5月15日至17日，香洲区举办2023年基层党务工作者培训班，全区各镇街、区直单位的"
                               "党务工作者共320人参加培训。培训采取专题讲座、现场教学和分组研讨相结合的方式，"
                               "帮助学员提升做好新时代党务工作的能力。"));
    w.paragraph(
        QStringLiteral("培训班邀请市委党校教授围绕党章党规、发展党员工作流程、党组织换届选举等内容进行"
                       "授课，并组织学员赴南屏镇北山社区开展现场教学，学习“社区党委＋网格党支部”的"
                       "基层治理经验。"));
    w.heading(QStringLiteral("以学促干见实效"));
    w.paragraph(
        QStringLiteral("区委组织部有关负责同志表示，今年以来全区已开展各类党务培训12期，培训1500余人次，"
                       "下一步将持续加强党务工作者队伍建设，推动基层党建工作提质增效。"));
}

void official(const QString& path)
{
    PdfFixtureWriter::Options options;
    options.bodySize = 14;
    options.bodyFamily = QStringLiteral("Noto Serif CJK SC");
    PdfFixtureWriter w(path, options);
    w.centered(QStringLiteral("中共珠海市金湾区委组织部文件"), 26, QColor(0xd0, 0, 0), true);
    w.space(10);
    w.centered(QStringLiteral("金组通〔2023〕12号"), 14);
    w.rule(QColor(0xd0, 0, 0), 2);
    w.centered(QStringLiteral("关于开展2023年度村（社区）党组织书记轮训的通知"), 20, Qt::black, true);
    w.space(8);
    w.paragraph(QStringLiteral("各镇党委，区直各单位党组织："), false);
    w.paragraph(QStringLiteral("为进一步提升村（社区）党组织书记履职能力，经区委同意，决定于2023年5月至6月"
                               "开展全区村（社区）党组织书记轮训。现将有关事项通知如下。"));
    w.paragraph(QStringLiteral("一、培训对象"), false);
    w.paragraph(QStringLiteral("全区46个村（社区）党组织书记，每期培训3天，共分2期进行，每期不超过25人。"));
    w.paragraph(QStringLiteral("二、工作要求"), false);
    w.paragraph(
        QStringLiteral("各镇党委要高度重视，认真组织，确保参训人员按时报到，培训期间严格遵守各项纪律要求。"));
    w.space(20);
    w.rightAligned(QStringLiteral("中共珠海市金湾区委组织部"));
    w.rightAligned(QStringLiteral("2023年4月24日"));
    w.space(30);
    w.paragraph(QStringLiteral("中共珠海市金湾区委组织部办公室 2023年4月25日印发"), false);
}

void withTable(const QString& path)
{
    PdfFixtureWriter::Options options;
    PdfFixtureWriter w(path, options);
    w.centered(QStringLiteral("斗门区人才引进工作情况通报"), 18, Qt::black, true);
    w.space(8);
    w.paragraph(QStringLiteral("截至2023年6月底，斗门区各镇共引进各类人才186名，具体情况见下表。"));
    w.table({{QStringLiteral("镇"), QStringLiteral("引进人数"), QStringLiteral("补贴（万元）")},
             {QStringLiteral("井岸镇"), QStringLiteral("72"), QStringLiteral("310")},
             {QStringLiteral("白蕉镇"), QStringLiteral("65"), QStringLiteral("260")},
             {QStringLiteral("斗门镇"), QStringLiteral("49"), QStringLiteral("185")}});
    w.paragraph(QStringLiteral("下一步，区委人才办将继续完善人才服务保障机制，推动人才政策落地见效。"));
}

QByteArray docxPart(const QString& body)
{
    return (QStringLiteral(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                "<w:body>") +
            body + QStringLiteral("</w:body></w:document>"))
        .toUtf8();
}

QString para(const QString& text, const QString& style = QString(), const QString& num = QString())
{
    QString props;
    if (!style.isEmpty())
        props += QStringLiteral("<w:pStyle w:val=\"%1\"/>").arg(style);
    if (!num.isEmpty())
        props += QStringLiteral("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"%1\"/></w:numPr>").arg(num);
    return QStringLiteral("<w:p><w:pPr>%1</w:pPr><w:r><w:t xml:space=\"preserve\">%2</w:t></w:r></w:p>")
        .arg(props, text.toHtmlEscaped());
}

void docx(const QString& path)
{
    rs::ZipArchive zip;
    zip.addEntry(
        QStringLiteral("[Content_Types].xml"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" "
        "ContentType=\"application/xml\"/><Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Override "
        "PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "</Types>");
    zip.addEntry(
        QStringLiteral("_rels/.rels"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"word/document.xml\"/></Relationships>");
    zip.addEntry(
        QStringLiteral("docProps/core.xml"),
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties "
            "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>高新区人才工作情况汇报</"
            "dc:title>"
            "<dc:creator>李明</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">"
            "2023-03-02T08:30:00Z</dcterms:created></cp:coreProperties>")
            .toUtf8());
    zip.addEntry(
        QStringLiteral("word/styles.xml"),
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles "
                       "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                       "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"
                       "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/>"
                       "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
                       "<w:style w:type=\"paragraph\" w:styleId=\"a3\"><w:name w:val=\"List Paragraph\"/>"
                       "</w:style></w:styles>")
            .toUtf8());
    zip.addEntry(
        QStringLiteral("word/numbering.xml"),
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering "
                       "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                       "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                       "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
                       "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                       "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\uF0B7\"/></w:lvl></w:abstractNum>"
                       "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                       "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>")
            .toUtf8());
    zip.addEntry(
        QStringLiteral("word/footnotes.xml"),
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes "
            "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
            "<w:footnote w:id=\"1\"><w:p><w:r><w:t>数据来源：区人力资源和社会保障局统计。</w:t></w:r></w:p>"
            "</w:footnote></w:footnotes>")
            .toUtf8());
    QString body;
    body += para(QStringLiteral("高新区人才工作情况汇报"), QStringLiteral("Title"));
    body += para(QStringLiteral("珠海高新区党工委组织部　2023年3月1日"));
    body += para(
        QStringLiteral("今年以来，珠海高新区坚持人才引领发展，全年新引进博士42名、硕士316名，人才总量突破"
                       "5.2万人。"));
    body += QStringLiteral("<w:p><w:r><w:t>发放各类人才补贴3800万元</w:t></w:r><w:r><w:footnoteReference "
                           "w:id=\"1\"/></w:r><w:r><w:t>，惠及人才1200余人。</w:t></w:r></w:p>");
    body += para(QStringLiteral("主要做法"), QStringLiteral("1"));
    body += para(QStringLiteral("完善人才政策体系，出台人才新政十条。"), QStringLiteral("a3"),
                 QStringLiteral("1"));
    body += para(QStringLiteral("建设人才驿站3个，提供拎包入住服务。"), QStringLiteral("a3"),
                 QStringLiteral("1"));
    body += para(QStringLiteral("组建人才服务专员队伍。"), QStringLiteral("a3"), QStringLiteral("2"));
    body += para(QStringLiteral("引进人才分布"), QStringLiteral("1"));
    const QString cell = QStringLiteral("<w:tc><w:p><w:r><w:t>%1</w:t></w:r></w:p></w:tc>");
    body += QStringLiteral("<w:tbl>");
    for (const QStringList& row : {QStringList{QStringLiteral("类别"), QStringLiteral("人数")},
                                   QStringList{QStringLiteral("博士"), QStringLiteral("42")},
                                   QStringList{QStringLiteral("硕士"), QStringLiteral("316")}}) {
        body += QStringLiteral("<w:tr>");
        for (const QString& c : row)
            body += cell.arg(c);
        body += QStringLiteral("</w:tr>");
    }
    body += QStringLiteral("</w:tbl>");
    body += para(QStringLiteral("下一步，高新区将持续优化人才发展环境。"));
    body += QStringLiteral("<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的批注文字</w:t></w:r></w:p>");
    zip.addEntry(QStringLiteral("word/document.xml"), docxPart(body));
    QString error;
    if (!zip.save(path, &error))
        QTextStream(stderr) << error << '\n';
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        QTextStream(stderr) << "usage: make-ingest-fixtures DIR\n";
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    dir.mkpath(QStringLiteral("pdf"));
    dir.mkpath(QStringLiteral("docx"));
    singleColumn(dir.filePath(QStringLiteral("pdf/single-column.pdf")));
    rs::test::writeTwoColumnReport(dir.filePath(QStringLiteral("pdf/two-column.pdf")), 3);
    official(dir.filePath(QStringLiteral("pdf/official-notice.pdf")));
    withTable(dir.filePath(QStringLiteral("pdf/table.pdf")));
    rs::test::writeScannedPdf(dir.filePath(QStringLiteral("pdf/scanned.pdf")),
                              {QStringLiteral("金湾区召开组织工作会议"),
                               QStringLiteral("会议总结了2022年全区组织工作，部署了2023年重点任务。")});
    docx(dir.filePath(QStringLiteral("docx/report.docx")));
    return 0;
}
