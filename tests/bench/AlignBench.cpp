#include "AlignBench.h"

#include "align/PassageAligner.h"
#include "align/SharedPhrases.h"

#include <QElapsedTimer>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <random>

namespace rs {
namespace {

// Themes with their own vocabulary, as district reports have them; every report covers most themes
// in its own order, with shared stock phrasing and its own place names around them.
struct Theme
{
    const char* heading;
    const char* words[8];
};

const Theme themes[] = {
    {"选贤任能",
     {"干部队伍", "年轻干部", "选调生", "考核评价", "墩苗计划", "挂职锻炼", "干部培训", "担当作为"}},
    {"聚才蓄能",
     {"人才政策", "高层次人才", "人才补贴", "博士后工作站", "人才驿站", "引才育才", "产业人才", "人才公寓"}},
    {"强基固本",
     {"基层党组织", "党群服务中心", "党支部", "网格化治理", "红色驿站", "党员先锋队", "村居书记",
      "两新组织"}},
    {"培根铸魂",
     {"理论学习", "主题教育", "红色研学", "专题读书班", "党史教育", "宣讲活动", "学习强国", "思想建党"}},
    {"乡村振兴",
     {"驻镇帮镇扶村", "集体经济", "特色产业", "人居环境", "百千万工程", "农文旅融合", "示范村", "村企共建"}},
    {"优化营商环境",
     {"招商引资", "项目落地", "审批提速", "企业服务专员", "政务服务", "产业链党委", "专精特新", "链长制"}},
    {"民生实事",
     {"老旧小区改造", "养老服务", "教育优质均衡", "医疗卫生", "就业帮扶", "社区食堂", "托育服务",
      "平安建设"}},
    {"作风建设",
     {"纪律教育", "廉洁文化", "基层减负", "调查研究", "为民办实事", "作风督查", "清廉机关", "问题整改"}},
    {"生态文明",
     {"河长制", "碧水保卫战", "垃圾分类", "绿美行动", "植树造林", "节能降碳", "生态修复", "环境监测"}},
    {"数字政府",
     {"一网通办", "数据共享", "智慧城市", "政务平台", "数字治理", "掌上办", "信息化建设", "云服务"}},
    {"文化强区",
     {"公共文化", "非遗传承", "文化场馆", "全民阅读", "文艺演出", "文化惠民", "历史街区", "文创产品"}},
    {"安全发展",
     {"安全生产", "应急管理", "防汛防风", "消防演练", "隐患排查", "食品安全", "风险防控", "应急队伍"}},
};
const char* const stock[] = {"坚持以习近平新时代中国特色社会主义思想为指导,",
                             "深入践行新时代党的组织路线,",
                             "坚持围绕中心、服务大局,",
                             "推动各项工作取得新进展新成效,",
                             "为高质量发展提供坚强组织保证。",
                             "以高质量党建引领高质量发展。"};
const char* const verbs[] = {"持续推进", "大力实施", "全面加强", "深入开展",
                             "不断完善", "统筹抓好", "积极探索", "扎实推动"};
const char* const places[] = {"金湾", "蓬江", "湘桥", "乍浦"};

class ReportMaker
{
public:
    explicit ReportMaker(quint32 seed) : m_random(seed) {}

    // About `length` characters in headed sections (or plain paragraphs when `headings` is false).
    AlignReport make(int index, int length, bool headings)
    {
        const QString place = QString::fromUtf8(places[index % 4]);
        std::vector<int> order(std::size(themes));
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        std::shuffle(order.begin(), order.end(), m_random);
        QStringList lines;
        const int perTheme = length / int(order.size());
        for (const int t : order) {
            const Theme& theme = themes[t];
            if (headings)
                lines << QStringLiteral("# ") + QString::fromUtf8(theme.heading);
            int written = 0;
            while (written < perTheme) {
                QString paragraph = place + QStringLiteral("区");
                const int sentences = 3 + int(m_random() % 4);
                for (int s = 0; s < sentences; ++s) {
                    paragraph += pick(verbs) + pick(theme.words) + QStringLiteral("和") + pick(theme.words);
                    paragraph += m_random() % 3 == 0
                                     ? QStringLiteral(",累计%1人次,").arg(m_random() % 9000 + 100)
                                     : QStringLiteral(",");
                    paragraph += pick(stock);
                }
                written += int(paragraph.size()) + 1;
                lines << paragraph;
            }
        }
        return AlignReport::fromLines(lines, index + 1);
    }

private:
    template <size_t N> QString pick(const char* const (&items)[N])
    {
        return QString::fromUtf8(items[m_random() % N]);
    }

    std::mt19937 m_random;
};

// Median of `runs` timings, in milliseconds.
template <typename F> double medianMs(int runs, F&& f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

void benchAlignment(const std::function<void(const QString&, const QString&, const QString&)>& row)
{
    constexpr int length = 30000;
    constexpr int runs = 15;
    ReportMaker maker(20240601);
    QVector<AlignReport> headed, plain;
    for (int i = 0; i < 4; ++i)
        headed.append(maker.make(i, length, true));
    for (int i = 0; i < 4; ++i)
        plain.append(maker.make(i, length, false));

    const PassageAligner aligner;
    for (const bool withHeadings : {true, false}) {
        const QVector<AlignReport>& reports = withHeadings ? headed : plain;
        for (const int count : {2, 4}) {
            const QVector<AlignReport> input = reports.mid(0, count);
            Alignment alignment;
            const double ms = medianMs(runs, [&] { alignment = aligner.align(input); });
            int characters = 0, paragraphs = 0;
            for (const AlignReport& report : input) {
                characters += int(report.body.size());
                paragraphs += int(report.paragraphs.size());
            }
            QString detail = QStringLiteral("%1 paragraphs, %2 aligned groups")
                                 .arg(paragraphs)
                                 .arg(alignment.alignedGroupCount());
            if (withHeadings) {
                // Sanity: a group of sections should join one theme (the same heading in every report).
                int sameTheme = 0;
                for (const AlignedGroup& group : std::as_const(alignment.groups)) {
                    if (!group.isAligned())
                        continue;
                    QSet<QString> headingsSeen;
                    for (const AlignedMember& m : group.members) {
                        const Paragraph& heading = input.at(m.report).paragraphs.at(m.passage.firstParagraph);
                        headingsSeen.insert(
                            input.at(m.report).body.mid(heading.start, heading.end - heading.start));
                    }
                    sameTheme += headingsSeen.size() == 1 ? 1 : 0;
                }
                detail +=
                    QStringLiteral(" (%1 join one theme, %2 themes)").arg(sameTheme).arg(std::size(themes));
            }
            row(QStringLiteral("align %1 × %2 chars (%3)")
                    .arg(count)
                    .arg(characters / count)
                    .arg(withHeadings ? QStringLiteral("sections") : QStringLiteral("paragraphs")),
                QStringLiteral("%1 ms").arg(ms, 0, 'f', 1),
                detail + QStringLiteral("; target < 100 ms for two"));
        }
    }

    for (const int count : {2, 4}) {
        QVector<QString> bodies;
        for (int i = 0; i < count; ++i)
            bodies.append(headed.at(i).body);
        int ranges = 0;
        const double ms = medianMs(runs, [&] {
            ranges = 0;
            for (const QVector<TextRange>& list : SharedPhrases::shared(bodies))
                ranges += int(list.size());
        });
        row(QStringLiteral("shared phrasing %1 × 30,000 chars").arg(count),
            QStringLiteral("%1 ms").arg(ms, 0, 'f', 1), QStringLiteral("%1 shared ranges").arg(ranges));
    }
}

} // namespace rs
