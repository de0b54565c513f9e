#include "ingest/RepeatCollapser.h"
#include "ingest/ReportParser.h"

#include <QFile>
#include <QTest>

using rs::RepeatCollapser;
using rs::TextLines;

namespace {

TextLines makeLines(const QStringList& texts)
{
    TextLines lines;
    for (const QString& t : texts)
        lines.append({t, false});
    return lines;
}

QStringList article()
{
    return {QStringLiteral("某某区:人才工作再上新台阶"),
            QStringLiteral("近年来,某某区坚持把人才工作摆在突出位置,出台系列政策措施,人才总量持续增长。"),
            QStringLiteral("坚持引育并举"),
            QStringLiteral("该区去年引进高层次人才120名,新建博士工作站5个,人才服务体系日趋完善。"),
            QStringLiteral("下一步,该区将继续优化人才发展环境,为高质量发展提供坚实人才支撑。")};
}

} // namespace

class TstRepeatCollapser : public QObject
{
    Q_OBJECT
private slots:
    void collapsesRepeatedArticleAndKeepsDateline()
    {
        QStringList texts = article();
        texts << QStringLiteral("某某日报 2021-06-01 08:00") << article();
        TextLines lines = makeLines(texts);
        const RepeatCollapser::Result r = RepeatCollapser::collapse(lines);
        QVERIFY(r.collapsed);
        QCOMPARE(r.dateline, QStringLiteral("某某日报 2021-06-01 08:00"));
        QCOMPARE(lines.size(), article().size());
        for (int i = 0; i < lines.size(); ++i)
            QCOMPARE(lines[i].text, article()[i]);
    }

    void datelineInsideSecondCopy()
    {
        QStringList texts = article();
        QStringList copy = article();
        copy.insert(1, QStringLiteral("2021年6月1日 某某网"));
        TextLines lines = makeLines(texts + copy);
        const RepeatCollapser::Result r = RepeatCollapser::collapse(lines);
        QVERIFY(r.collapsed);
        QCOMPARE(r.dateline, QStringLiteral("2021年6月1日 某某网"));
        QCOMPARE(lines.size(), article().size());
    }

    void keepsPreambleAndExtraParagraphs()
    {
        QStringList copy = article();
        const QString added = QStringLiteral(
            "此外,该区还将举办首届人才创新创业大赛,面向全球征集优质项目,最高给予100万元资助。");
        copy << added;
        TextLines lines = makeLines(QStringList{QStringLiteral("导语")} + article() + copy);
        QVERIFY(RepeatCollapser::collapse(lines).collapsed);
        QCOMPARE(lines.first().text, QStringLiteral("导语"));
        QCOMPARE(lines.last().text, added);
        QCOMPARE(lines.size(), article().size() + 2);
    }

    void distinctTextIsNotCollapsed()
    {
        QStringList texts = article();
        // a repeated heading and a repeated sentence are not a repeated article
        texts << QStringLiteral("坚持引育并举")
              << QStringLiteral(
                     "另一部分内容完全不同,讲述了该区在产业发展方面取得的新成效,以及下一步的工作打算。")
              << article()[1] << QStringLiteral("结尾段落同样是新的内容,总结全年工作并提出明年目标任务。");
        TextLines lines = makeLines(texts);
        const int before = int(lines.size());
        const RepeatCollapser::Result r = RepeatCollapser::collapse(lines);
        QVERIFY(!r.collapsed);
        QVERIFY(r.dateline.isEmpty());
        QCOMPARE(lines.size(), before);
    }

    void seed000()
    {
        QFile f(QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds/000_2496036bcb3ee729.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        TextLines lines = rs::ReportParser::splitLines(text);
        const int before = int(lines.size());
        const RepeatCollapser::Result r = RepeatCollapser::collapse(lines);
        QVERIFY(r.collapsed);
        QCOMPARE(r.dateline, QStringLiteral("珠海特区报 2023-03-24 11:35"));
        QCOMPARE(lines.size(), (before - 1) / 2);
        int workers = 0;
        for (const rs::TextLine& l : lines)
            workers += int(l.text.count(QStringLiteral("99名珠海工匠")));
        QCOMPARE(workers, 2); // stated twice in one copy of the article
        QCOMPARE(text.count(QStringLiteral("99名珠海工匠")), 4);
    }

    void largeInputCollapses()
    {
        // Speed is measured by regionscope-bench; here only the result on a large input is checked.
        QStringList texts;
        for (int i = 0; i < 20000; ++i)
            texts << QStringLiteral("第%1段:该区持续推进各项工作,取得明显成效,群众满意度不断提升。").arg(i);
        TextLines lines = makeLines(texts + texts);
        QVERIFY(RepeatCollapser::collapse(lines).collapsed);
        QCOMPARE(lines.size(), 20000);
    }
};

QTEST_GUILESS_MAIN(TstRepeatCollapser)
#include "tst_repeatcollapser.moc"
