#include "align/PassageAligner.h"

#include <QTest>

#include <algorithm>

using namespace rs;

namespace {

// Three themes written differently by two districts. Headings start with "# ", captions with "! ".
const QStringList districtA{
    QStringLiteral("今年以来,全区组织工作围绕中心、服务大局,取得新进展新成效。"),
    QStringLiteral("# 干部教育"),
    QStringLiteral("全年举办干部专题培训班12期,培训干部3000人次,干部教育培训实现全覆盖。"),
    QStringLiteral("组织年轻干部到基层一线挂职锻炼,在实践中提升干部能力。"),
    QStringLiteral("# 人才引进"),
    QStringLiteral("出台人才新政十条,发放人才补贴1200万元,引进博士和硕士研究生80名。"),
    QStringLiteral("建设人才公寓300套,为高层次人才提供安居保障。"),
    QStringLiteral("# 基层党建"),
    QStringLiteral("新建党群服务中心20个,推动基层党组织标准化规范化建设。"),
    QStringLiteral("! 党员志愿者在党群服务中心开展活动。"),
    QStringLiteral("选派党建指导员进驻非公企业,扩大党的组织覆盖和工作覆盖。"),
};

const QStringList districtB{
    QStringLiteral("# 聚才:打造人才高地"),
    QStringLiteral("引进博士研究生45名,兑现人才补贴800万元,人才政策持续加码。"),
    QStringLiteral("人才公寓建成投用,让高层次人才安心留下。"),
    QStringLiteral("# 强基:夯实基层党组织"),
    QStringLiteral("推动基层党组织标准化建设,党群服务中心实现村居全覆盖。"),
    QStringLiteral("在非公企业选派党建指导员,扩大组织覆盖。"),
    QStringLiteral("# 育干:锻造干部队伍"),
    QStringLiteral("举办干部培训班8期,培训干部2000余人次。"),
    QStringLiteral("选派年轻干部到基层一线挂职锻炼。"),
    QStringLiteral("# 文旅融合"),
    QStringLiteral("打造滨海旅游景区,接待游客同比增长,文旅消费持续升温。"),
};

// The same themes as district B, as plain paragraphs without headings and in another order.
const QStringList districtC{
    QStringLiteral("我们把基层党组织标准化建设作为重点,党群服务中心覆盖每个村居。"),
    QStringLiteral("全年培训干部1500人次,选派年轻干部到基层一线锻炼。"),
    QStringLiteral("城市更新项目顺利推进,道路桥梁建设加快。"),
    QStringLiteral("人才公寓配租到位,人才补贴按季度兑现,引进博士20名。"),
};

int paragraphStarting(const AlignReport& report, const QString& prefix)
{
    for (int i = 0; i < report.paragraphs.size(); ++i) {
        const Paragraph& p = report.paragraphs.at(i);
        if (report.body.mid(p.start, p.end - p.start).startsWith(prefix))
            return i;
    }
    return -1;
}

// The paragraph (first of the passage) that report `other` has in the group of report `report`'s
// passage holding `paragraph`; -1 when none.
int partner(const Alignment& alignment, int report, int paragraph, int other)
{
    const int g = alignment.groupOf(report, paragraph);
    if (g < 0)
        return -1;
    const AlignedMember* m = alignment.groups.at(g).member(other);
    return m ? m->passage.firstParagraph : -1;
}

void verifyEveryPassageOnce(const Alignment& alignment, const QVector<AlignReport>& reports)
{
    for (int r = 0; r < reports.size(); ++r) {
        QVector<int> seen(reports.at(r).paragraphs.size(), 0);
        for (const AlignedGroup& group : alignment.groups) {
            int inGroup = 0;
            for (const AlignedMember& m : group.members) {
                if (m.report != r)
                    continue;
                ++inGroup;
                for (int p = m.passage.firstParagraph; p <= m.passage.lastParagraph; ++p)
                    ++seen[p];
            }
            QVERIFY(inGroup <= 1); // one passage per report and group
        }
        for (int count : std::as_const(seen))
            QCOMPARE(count, 1);
    }
}

} // namespace

class TestPassageAligner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void segmentsSections()
    {
        const AlignReport report = AlignReport::fromLines(
            {QStringLiteral("导语"), QStringLiteral("第二段"), QStringLiteral("# 标题一"),
             QStringLiteral("# 副标题"), QStringLiteral("正文"), QStringLiteral("! 图注"),
             QStringLiteral("# 标题二"), QStringLiteral("正文二")});
        QCOMPARE(report.body, QStringLiteral("导语\n第二段\n标题一\n副标题\n正文\n图注\n标题二\n正文二"));
        QCOMPARE(report.paragraphs.at(2).kind, Paragraph::Kind::Heading);
        QCOMPARE(report.paragraphs.at(5).kind, Paragraph::Kind::Caption);
        const QVector<Passage> sections = PassageSegmenter::sections(report.paragraphs);
        QCOMPARE(sections.size(), 3);
        QCOMPARE(sections.at(0).firstParagraph, 0); // untitled lead
        QCOMPARE(sections.at(0).lastParagraph, 1);
        QCOMPARE(sections.at(0).headingCount, 0);
        QCOMPARE(sections.at(1).firstParagraph, 2); // two headings open one section
        QCOMPARE(sections.at(1).headingCount, 2);
        QCOMPARE(sections.at(1).lastParagraph, 5); // the caption stays inside
        QCOMPARE(sections.at(2).firstParagraph, 6);
        QCOMPARE(sections.at(2).lastParagraph, 7);
        QCOMPARE(report.body.mid(sections.at(2).start, sections.at(2).end - sections.at(2).start),
                 QStringLiteral("标题二\n正文二"));
        QCOMPARE(PassageSegmenter::headedSectionCount(report.paragraphs), 2);

        const QVector<Passage> paragraphs = PassageSegmenter::paragraphs(report.paragraphs, 2, 4);
        QCOMPARE(paragraphs.size(), 3);
        QCOMPARE(paragraphs.at(0).firstParagraph, 2);
        QCOMPARE(paragraphs.at(2).lastParagraph, 4);
        QVERIFY(PassageSegmenter::paragraphs(report.paragraphs, 5, 4).isEmpty());
        QCOMPARE(PassageSegmenter::paragraphs(report.paragraphs).size(), 8);
        QVERIFY(PassageSegmenter::sections({}).isEmpty());
    }

    void pairsSectionsByThemeWhateverTheirOrder()
    {
        const QVector<AlignReport> reports{AlignReport::fromLines(districtA, 1),
                                           AlignReport::fromLines(districtB, 2)};
        const Alignment alignment = PassageAligner().align(reports);
        QCOMPARE(alignment.level, AlignOptions::Level::Sections);
        QCOMPARE(alignment.reportCount, 2);
        const AlignReport& a = reports.at(0);
        const AlignReport& b = reports.at(1);
        QCOMPARE(partner(alignment, 0, paragraphStarting(a, QStringLiteral("干部教育")), 1),
                 paragraphStarting(b, QStringLiteral("育干")));
        QCOMPARE(partner(alignment, 0, paragraphStarting(a, QStringLiteral("人才引进")), 1),
                 paragraphStarting(b, QStringLiteral("聚才")));
        QCOMPARE(partner(alignment, 0, paragraphStarting(a, QStringLiteral("基层党建")), 1),
                 paragraphStarting(b, QStringLiteral("强基")));
        // Unmatched passages stay, as groups of one.
        const int tourism = alignment.groupOf(1, paragraphStarting(b, QStringLiteral("文旅融合")));
        QVERIFY(tourism >= 0);
        QVERIFY(!alignment.groups.at(tourism).isAligned());
        QCOMPARE(alignment.groups.at(tourism).score, 0.0);
        QCOMPARE(alignment.alignedGroupCount(), 3);
        verifyEveryPassageOnce(alignment, reports);
        // Scores: the group's mean cosine, the same for both members of a pair.
        for (const AlignedGroup& group : alignment.groups) {
            if (!group.isAligned())
                continue;
            QVERIFY(group.score >= PassageAligner().options().minSectionScore);
            QCOMPARE(group.members.at(0).score, group.score);
            QCOMPARE(group.members.at(1).score, group.score);
        }
    }

    void groupsFollowTheFirstReport()
    {
        const QVector<AlignReport> reports{AlignReport::fromLines(districtA, 1),
                                           AlignReport::fromLines(districtB, 2)};
        const Alignment alignment = PassageAligner().align(reports);
        int lastFirst = -1;
        bool sawOnlyLater = false;
        for (const AlignedGroup& group : alignment.groups) {
            const AlignedMember& first = group.members.first();
            if (first.report == 0) {
                QVERIFY(!sawOnlyLater);
                QVERIFY(first.passage.firstParagraph > lastFirst);
                lastFirst = first.passage.firstParagraph;
            } else {
                sawOnlyLater = true;
            }
        }
        QVERIFY(sawOnlyLater); // 文旅融合 comes after the first report's passages
    }

    void resultDoesNotDependOnReportOrder()
    {
        const AlignReport a = AlignReport::fromLines(districtA, 1);
        const AlignReport b = AlignReport::fromLines(districtB, 2);
        const Alignment ab = PassageAligner().align({a, b});
        const Alignment ba = PassageAligner().align({b, a});
        for (int p = 0; p < a.paragraphs.size(); ++p)
            QCOMPARE(partner(ab, 0, p, 1), partner(ba, 1, p, 0));
        // Moving B's sections around does not change which themes pair up.
        QStringList shuffled =
            districtB.mid(6, 3) + districtB.mid(0, 3) + districtB.mid(9) + districtB.mid(3, 3);
        const AlignReport c = AlignReport::fromLines(shuffled, 3);
        const Alignment ac = PassageAligner().align({a, c});
        for (const QString& heading :
             {QStringLiteral("干部教育"), QStringLiteral("人才引进"), QStringLiteral("基层党建")}) {
            const int p = paragraphStarting(a, heading);
            const int inB = partner(ab, 0, p, 1);
            const int inC = partner(ac, 0, p, 1);
            QVERIFY(inB >= 0 && inC >= 0);
            QCOMPARE(c.body.mid(c.paragraphs.at(inC).start, 4), b.body.mid(b.paragraphs.at(inB).start, 4));
        }
    }

    void alignsParagraphsWithinSections()
    {
        const QVector<AlignReport> reports{AlignReport::fromLines(districtA, 1),
                                           AlignReport::fromLines(districtB, 2)};
        const Alignment alignment = PassageAligner().align(reports);
        const AlignReport& a = reports.at(0);
        const AlignReport& b = reports.at(1);
        const int g = alignment.groupOf(0, paragraphStarting(a, QStringLiteral("人才引进")));
        const AlignedGroup& talent = alignment.groups.at(g);
        QVERIFY(!talent.children.isEmpty());
        auto childPartner = [&](const QString& prefix) {
            const int p = paragraphStarting(a, prefix);
            for (const AlignedGroup& child : talent.children) {
                const AlignedMember* mine = child.member(0);
                const AlignedMember* theirs = child.member(1);
                if (mine && mine->passage.firstParagraph == p)
                    return theirs ? theirs->passage.firstParagraph : -1;
            }
            return -2;
        };
        QCOMPARE(childPartner(QStringLiteral("出台人才新政")),
                 paragraphStarting(b, QStringLiteral("引进博士研究生")));
        QCOMPARE(childPartner(QStringLiteral("建设人才公寓")),
                 paragraphStarting(b, QStringLiteral("人才公寓建成")));
        // Children hold the sections' paragraphs except the headings, each once.
        int paragraphs = 0;
        for (const AlignedGroup& child : talent.children) {
            for (const AlignedMember& m : child.members) {
                QCOMPARE(m.passage.kind, Passage::Kind::Paragraph);
                QVERIFY(a.paragraphs.size() > m.passage.firstParagraph);
                ++paragraphs;
            }
        }
        QCOMPARE(paragraphs, 4);
        // Groups of one have no children.
        for (const AlignedGroup& group : alignment.groups) {
            if (!group.isAligned())
                QVERIFY(group.children.isEmpty());
        }
    }

    void fallsBackToParagraphsWithoutHeadings()
    {
        const QVector<AlignReport> reports{AlignReport::fromLines(districtB, 2),
                                           AlignReport::fromLines(districtC, 3)};
        const Alignment alignment = PassageAligner().align(reports);
        QCOMPARE(alignment.level, AlignOptions::Level::Paragraphs);
        const AlignReport& b = reports.at(0);
        const AlignReport& c = reports.at(1);
        QCOMPARE(partner(alignment, 1, paragraphStarting(c, QStringLiteral("我们把基层党组织")), 0),
                 paragraphStarting(b, QStringLiteral("推动基层党组织")));
        const int talent = partner(alignment, 1, paragraphStarting(c, QStringLiteral("人才公寓配租")), 0);
        QVERIFY(talent == paragraphStarting(b, QStringLiteral("引进博士研究生")) ||
                talent == paragraphStarting(b, QStringLiteral("人才公寓建成")));
        QCOMPARE(partner(alignment, 1, paragraphStarting(c, QStringLiteral("城市更新")), 0), -1);
        for (const AlignedGroup& group : alignment.groups) {
            QVERIFY(group.children.isEmpty());
            for (const AlignedMember& m : group.members)
                QCOMPARE(m.passage.paragraphCount(), 1);
        }
        verifyEveryPassageOnce(alignment, reports);

        // Forcing sections on reports without headings gives one lead section each.
        AlignOptions options;
        options.level = AlignOptions::Level::Sections;
        const Alignment forced = PassageAligner(options).align(
            {AlignReport::fromLines(districtC, 3), AlignReport::fromLines(districtC.mid(0, 2), 4)});
        QCOMPARE(forced.level, AlignOptions::Level::Sections);
        QCOMPARE(forced.groups.size(), 1);
        QVERIFY(forced.groups.first().isAligned());
    }

    void groupsThreeReportsOnePassageEach()
    {
        const QVector<AlignReport> reports{AlignReport::fromLines(districtA, 1),
                                           AlignReport::fromLines(districtB, 2),
                                           AlignReport::fromLines(districtC, 3)};
        const Alignment alignment = PassageAligner().align(reports);
        QCOMPARE(alignment.level, AlignOptions::Level::Paragraphs); // C has no headings
        verifyEveryPassageOnce(alignment, reports);
        const AlignReport& a = reports.at(0);
        const AlignReport& c = reports.at(2);
        // The party-building paragraphs of all three reports form one group.
        const int g = alignment.groupOf(2, paragraphStarting(c, QStringLiteral("我们把基层党组织")));
        QVERIFY(g >= 0);
        const AlignedGroup& group = alignment.groups.at(g);
        QCOMPARE(group.members.size(), 3);
        QCOMPARE(group.member(0)->passage.firstParagraph,
                 paragraphStarting(a, QStringLiteral("新建党群服务中心")));
        // Member scores are each member's mean cosine to the others; the group's is the mean over pairs.
        double sum = 0;
        for (const AlignedMember& m : group.members)
            sum += m.score;
        QVERIFY(std::abs(sum / 3 - group.score) < 1e-9);
        QVERIFY(group.score >= PassageAligner().options().minParagraphScore);
    }

    void averageLinkageDoesNotChain()
    {
        // X1 resembles Y1 and Y1 resembles Z1 through different words; X1 and Z1 share nothing.
        const AlignReport x =
            AlignReport::fromLines({QStringLiteral("人才公寓建设"), QStringLiteral("乡村道路硬化")}, 1);
        const AlignReport y =
            AlignReport::fromLines({QStringLiteral("人才公寓和党员活动室"), QStringLiteral("水利设施")}, 2);
        const AlignReport z =
            AlignReport::fromLines({QStringLiteral("党员活动室改造"), QStringLiteral("森林防火")}, 3);
        AlignOptions options;
        options.minParagraphScore = 0.2;
        const Alignment alignment = PassageAligner(options).align({x, y, z});
        const int g = alignment.groupOf(1, 0);
        QVERIFY(g >= 0);
        QCOMPARE(alignment.groups.at(g).members.size(), 2); // Y1 with one of them, not both
        verifyEveryPassageOnce(alignment, {x, y, z});
    }

    void handlesDegenerateInput()
    {
        QCOMPARE(PassageAligner().align({}).groups.size(), 0);
        const Alignment one = PassageAligner().align({AlignReport::fromLines(districtA, 1)});
        QCOMPARE(one.alignedGroupCount(), 0);
        QCOMPARE(one.groups.size(), 4); // lead + three sections, each alone
        const Alignment empty = PassageAligner().align({AlignReport(), AlignReport::fromLines(districtB, 2)});
        QCOMPARE(empty.alignedGroupCount(), 0);
        QCOMPARE(empty.level, AlignOptions::Level::Paragraphs);
        // Identical reports pair every passage with itself.
        const Alignment same = PassageAligner().align(
            {AlignReport::fromLines(districtA, 1), AlignReport::fromLines(districtA, 2)});
        for (const AlignedGroup& group : same.groups) {
            QVERIFY(group.isAligned());
            QCOMPARE(group.members.at(0).passage, group.members.at(1).passage);
        }
    }
};

QTEST_GUILESS_MAIN(TestPassageAligner)
#include "tst_passagealigner.moc"
