#include "ingest/ParagraphBuilder.h"

#include <QTest>

using rs::Paragraph;
using rs::ParagraphBuilder;
using rs::TextLines;

Q_DECLARE_METATYPE(rs::Paragraph::Kind)

class TstParagraphBuilder : public QObject
{
    Q_OBJECT
private slots:
    void kinds_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<Paragraph::Kind>("kind");
        const auto H = Paragraph::Kind::Heading;
        const auto C = Paragraph::Kind::Caption;
        const auto T = Paragraph::Kind::Text;
        QTest::newRow("heading") << "培根铸魂" << H;
        QTest::newRow("heading with quotes") << "为高质量发展注入“红色动能”" << H;
        QTest::newRow("heading 2") << "营造良好环境“拴心留人”" << H;
        QTest::newRow("heading 3") << "实施“四项工程”" << H;
        QTest::newRow("heading with colon inside") << "强党建:筑牢党建之基 发挥引领性作用" << H;
        QTest::newRow("caption") << "金湾区生物医药行业举行党建工作交流会。" << C;
        QTest::newRow("short caption") << "珠海国际健康港。" << C;
        QTest::newRow("图为")
            << "金湾区把服务产业作为人才工作的逻辑起点、主攻方向、核心指标。图为汤臣倍健透明工厂。" << C;
        QTest::newRow("photo credit") << "会议现场。(本报记者 张洲 摄)" << C;
        QTest::newRow("slogan") << "力往一处使,心往一处想。" << T;
        QTest::newRow("question") << "如何进一步营造出良好氛围?" << T;
        QTest::newRow("long text") << "思想是行动的指南,理论是实践的先导。金湾区始终坚持政治引领,"
                                      "把加强思想建党、理论强党摆在突出位置。"
                                   << T;
        QTest::newRow("quoted speech") << "“我们将坚持把人才工作摆在更加突出的位置。”" << T;
        QTest::newRow("ends with colon") << "会议提出以下要求:" << T;
    }
    void kinds()
    {
        QFETCH(QString, line);
        QFETCH(Paragraph::Kind, kind);
        QCOMPARE(ParagraphBuilder::classify({line, false}), kind);
    }

    void markedCaption()
    {
        QCOMPARE(ParagraphBuilder::classify({QStringLiteral("人才驿站外景"), true}),
                 Paragraph::Kind::Caption);
    }

    void bodyAndOffsets()
    {
        const TextLines lines{
            {QStringLiteral(
                 "组织工作是经济社会发展的重要保证,唯有不断夯实组织基础,方能更好地为高质量发展服务。"),
             false},
            {QStringLiteral("金湾区生物医药行业举行党建工作交流会。"), false},
            {QStringLiteral("培根铸魂"), false},
            {QStringLiteral("思想是行动的指南,理论是实践的先导。𠮷字占两个UTF-16单元。"), false},
            {QStringLiteral("臺灣經濟發展與區域協調"), false}};
        QString body;
        QVector<Paragraph> paragraphs;
        ParagraphBuilder::build(lines, &body, &paragraphs);
        QCOMPARE(paragraphs.size(), lines.size());
        QStringList expected;
        for (const rs::TextLine& l : lines)
            expected << l.text;
        QCOMPARE(body, expected.join(u'\n'));
        for (int i = 0; i < paragraphs.size(); ++i) {
            const Paragraph& p = paragraphs[i];
            QCOMPARE(body.mid(p.start, p.end - p.start), lines[i].text);
            if (i > 0)
                QCOMPARE(p.start, paragraphs[i - 1].end + 1);
        }
        QCOMPARE(paragraphs[0].kind, Paragraph::Kind::Text);
        QCOMPARE(paragraphs[1].kind, Paragraph::Kind::Caption);
        QCOMPARE(paragraphs[2].kind, Paragraph::Kind::Heading);
        QCOMPARE(paragraphs[3].kind, Paragraph::Kind::Text);
        QCOMPARE(paragraphs[4].kind, Paragraph::Kind::Heading); // traditional characters kept as written
        QCOMPARE(paragraphs.last().end, int(body.size()));
    }

    void leadSentenceIsNotACaption()
    {
        // A short sentence right after a heading (or opening the body) is a lead.
        const TextLines lines{{QStringLiteral("展现新时代新担当"), false},
                              {QStringLiteral("金湾区持续深化模范部门和过硬队伍建设。"), false}};
        QString body;
        QVector<Paragraph> paragraphs;
        ParagraphBuilder::build(lines, &body, &paragraphs);
        QCOMPARE(paragraphs[1].kind, Paragraph::Kind::Text);
        ParagraphBuilder::build(lines, &body, &paragraphs, false);
        QCOMPARE(paragraphs[1].kind, Paragraph::Kind::Text);
    }

    void joinsLinesBrokenMidSentence()
    {
        const TextLines lines{
            {QStringLiteral("据平沙镇相关负责人介绍,该镇一方面高质量开展主题教育,"
                            "聚焦“学思想、强党性、重实践、建新功”,一体推进理论学习、干事创"),
             false},
            {QStringLiteral("业、检视整改。另一方面,该镇深入践行“四下基层”工作方法。"), false},
            {QStringLiteral("除了选才、育才外,金湾区组织工作同样关注引才、聚才,"), false},
            {QStringLiteral("进而形成了独具“金湾特色”的“人才观”。"), false},
            {QStringLiteral(
                 "这是一段没有句末标点但后面是小标题的很长很长很长很长很长很长很长很长很长的段落文字内容"),
             false},
            {QStringLiteral("强基固本"), false}};
        const TextLines joined = ParagraphBuilder::joinBrokenLines(lines);
        QCOMPARE(joined.size(), 4);
        QCOMPARE(joined[0].text, lines[0].text + lines[1].text);
        QCOMPARE(joined[1].text, lines[2].text + lines[3].text);
        QCOMPARE(joined[3].text, QStringLiteral("强基固本"));
    }
};

QTEST_GUILESS_MAIN(TstParagraphBuilder)
#include "tst_paragraphbuilder.moc"
