#include "NonMetricFilter.h"

#include "CharClass.h"

#include <QStringList>

namespace rs {

namespace {

constexpr int kLabelReach = 40;

// Political slogans that recur across all provinces; their numbers count nothing.
const QStringList& slogans()
{
    static const QStringList list = {
        QStringLiteral("两个确立"),     QStringLiteral("两个维护"),     QStringLiteral("四个意识"),
        QStringLiteral("四个自信"),     QStringLiteral("四个全面"),     QStringLiteral("五位一体"),
        QStringLiteral("三位一体"),     QStringLiteral("两个一百年"),   QStringLiteral("两个覆盖"),
        QStringLiteral("三会一课"),     QStringLiteral("两学一做"),     QStringLiteral("四下基层"),
        QStringLiteral("四议两公开"),   QStringLiteral("三重一大"),     QStringLiteral("三个代表"),
        QStringLiteral("八项规定"),     QStringLiteral("三严三实"),     QStringLiteral("两个务必"),
        QStringLiteral("四个服从"),     QStringLiteral("三个一肩挑"),   QStringLiteral("三个区分开来"),
        QStringLiteral("十四五"),       QStringLiteral("十三五"),       QStringLiteral("十五五"),
        QStringLiteral("两代表一委员"), QStringLiteral("两不愁三保障"), QStringLiteral("六稳六保"),
        QStringLiteral("双一流"),       QStringLiteral("五大发展理念"), QStringLiteral("四个不摘"),
        QStringLiteral("百千万工程"),   QStringLiteral("百县千镇万村"), QStringLiteral("千万工程"),
        QStringLiteral("四个坚持"),     QStringLiteral("四个一"),       QStringLiteral("一带一路"),
    };
    return list;
}

bool isSentencePunct(QChar c)
{
    const char16_t u = c.unicode();
    return u == ',' || u == u'。' || u == ';' || u == '!' || u == '?' || u == '\n';
}

bool startsAt(QStringView text, int pos, QStringView w)
{
    return CharClass::matchesAt(text, pos, w);
}

bool endsAt(QStringView text, int pos, QStringView w)
{
    return startsAt(text, pos - int(w.size()), w);
}

bool isArabicRunChar(QChar c)
{
    const char16_t u = c.unicode();
    return CharClass::isAsciiDigit(c) || u == '.' || u == ',' || u == ':' || u == '/' || u == '-' ||
           u == '_' || CharClass::isAsciiLetter(c);
}

bool matchesSlogan(QStringView text, int numStart)
{
    for (const QString& s : slogans()) {
        const int len = int(s.size());
        for (int p = numStart - len + 1; p <= numStart; ++p) {
            if (p >= 0 && startsAt(text, p, s))
                return true;
        }
    }
    return false;
}

} // namespace

bool NonMetricFilter::insideLabel(QStringView text, int pos)
{
    // Walk back to an opening quote with no sentence punctuation on the way: a short label.
    int open = -1;
    bool book = false;
    for (int i = pos - 1; i >= 0 && i >= pos - kLabelReach; --i) {
        const QChar c = text[i];
        if (CharClass::isClosingQuote(c))
            return false;
        if (CharClass::isOpeningQuote(c)) {
            open = i;
            book = c == u'《';
            break;
        }
        if (isSentencePunct(c))
            return false;
    }
    if (open < 0)
        return false;
    for (int i = pos; i < text.size() && i <= pos + kLabelReach; ++i) {
        const QChar c = text[i];
        if (CharClass::isClosingQuote(c))
            return true;
        if (CharClass::isOpeningQuote(c))
            return false;
        if (!book && isSentencePunct(c))
            return false;
    }
    return false;
}

bool NonMetricFilter::rejectsAt(QStringView text, int start, int& skipTo)
{
    const int n = int(text.size());
    skipTo = start + 1;
    const QChar first = text[start];
    if (CharClass::isAsciiDigit(first)) {
        int end = start;
        while (end < n && isArabicRunChar(text[end]))
            ++end;
        skipTo = end;
        // Glued to letters or code punctuation: e-mail, URL, page id, model names (5G, 415X).
        if (start > 0) {
            const QChar before = text[start - 1];
            if (CharClass::isAsciiLetter(before) || before == u'_' || before == u'@' || before == u'/' ||
                before == u'#' || before == u'+' || before == u'.' || before == u'=' || before == u'&')
                return true;
        }
        const QStringView run = text.mid(start, end - start);
        int digits = 0;
        int maxDigitRun = 0;
        for (QChar c : run) {
            if (CharClass::isAsciiDigit(c)) {
                ++digits;
                maxDigitRun = qMax(maxDigitRun, digits);
            } else {
                digits = 0;
            }
        }
        if (maxDigitRun >= 7)
            return true; // phone, QQ, ID numbers; real amounts use 万/亿
        for (QChar c : run) {
            if (CharClass::isAsciiLetter(c) || c == u'_' || c == u'/' || c == u':')
                return true; // 415X, 11:35, 2023/3/24, codes
        }
        if (run.size() > 1 && run[0] == u'0' && CharClass::isAsciiDigit(run[1]))
            return true; // 010-...: area codes and zero-padded ids
        // 2023-03-24 / 2023.3: a year followed by a month.
        if (run.size() >= 6 && CharClass::isAsciiDigit(run[0]) && CharClass::isAsciiDigit(run[3]) &&
            (run[4] == u'-' || run[4] == u'.') && CharClass::isAsciiDigit(run[5]) &&
            (run.startsWith(u"19") || run.startsWith(u"20"))) {
            int k = 5;
            while (k < run.size() && CharClass::isAsciiDigit(run[k]))
                ++k;
            if (k - 5 <= 2)
                return true;
        }
        skipTo = start + 1;
    } else {
        int end = start;
        while (end < n && (CharClass::isChineseNumeral(text[end]) || text[end] == u'几'))
            ++end;
        skipTo = qMax(end, start + 1);
    }
    // 第十四届 / 第一批 / 第3名: ordinals.
    if (start > 0 && (text[start - 1] == u'第' || text[start - 1] == u'初'))
        return true;
    if (insideLabel(text, start))
        return true;
    return false;
}

bool NonMetricFilter::loneOneCounts(QStringView text, const Quantity& q, const UnitMatch& unit, int unitEnd)
{
    const QStringView u = unit.unit;
    // 增长一倍 / 提高一倍: the multiple follows a growth verb.
    if (u == u"倍") {
        static const char16_t* const growth[] = {u"增长", u"增加", u"提高", u"提升", u"翻了", u"翻"};
        for (const char16_t* w : growth) {
            if (endsAt(text, q.start, QStringView(w)))
                return true;
        }
        return false;
    }
    // Only measure words of things that get built or founded; 一支/一批/一项 stay vague.
    if (u != u"个" && u != u"家" && u != u"所" && u != u"处" && u != u"座" && u != u"栋")
        return false;
    const int n = int(text.size());
    // 一个个 / 一个一个: reduplication, not a count.
    if (unitEnd < n && (text[unitEnd] == u[0] || text[unitEnd] == u'一'))
        return false;
    // 孵化基地一个, : a count closing its clause after the noun it counts.
    if (unitEnd >= n || CharClass::isClauseBreak(text[unitEnd])) {
        // …其中一个, / 每一个, / 唯一个: a pronoun before 一 makes it "one of them".
        static const QStringView pronouns = u"中这那每其任另同唯第";
        return q.start > 0 && text[q.start - 1].unicode() >= 0x3400 && !isSentencePunct(text[q.start - 1]) &&
               !pronouns.contains(text[q.start - 1]);
    }
    // 新增一个院士工作站: right after a verb of founding.
    static const char16_t* const founding[] = {u"新增", u"新建", u"建成", u"成立", u"设立", u"组建",
                                               u"建立", u"创建", u"新设", u"增设", u"落地", u"获批"};
    for (const char16_t* w : founding) {
        if (endsAt(text, q.start, QStringView(w)))
            return true;
    }
    return false;
}

bool NonMetricFilter::rejectsQuantity(QStringView text, const Quantity& q, const UnitMatch& unit,
                                      int quoteStart, int unitEnd, int quoteEnd)
{
    if (unit.kind == UnitKind::Time || unit.kind == UnitKind::NotMetric)
        return true;
    if (q.singleOne && !loneOneCounts(text, q, unit, unitEnd))
        return true; // 一批, 一支队伍, 一个个, 一对一, 打造一个品牌
    if (q.leadingZero)
        return true;
    // 百姓, 千方百计, 万村: a bare 百/千/万 counts only after 上/近/逾/数, or with a unit and a
    // bound after it (百万元以上).
    if (q.bareMagnitude && quoteStart == q.start && !q.approxSuffix &&
        !(unit.kind != UnitKind::None && quoteEnd > unitEnd))
        return true;
    const int n = int(text.size());
    // Glued to a following letter or plus sign: 5G, 3D, 5+2+N.
    if (q.end < n && (CharClass::isAsciiLetter(text[q.end]) || text[q.end] == u'+'))
        return true;
    if (q.start > 0 && text[q.start - 1] == u'+')
        return true;
    if (q.spelled && matchesSlogan(text, q.start))
        return true;

    const QStringView u = unit.unit;
    if (q.spelled) {
        // 十二条措施 / 十件实事: a count that names a policy, unless it is reported as produced.
        if ((u == u"条" || u == u"项" || u == u"件" || u == u"个") && unitEnd < n) {
            static const char16_t* const policyNouns[] = {u"措施", u"实事", u"举措", u"规定", u"禁令",
                                                          u"意见", u"细则", u"要求", u"硬招"};
            bool policy = false;
            for (const char16_t* w : policyNouns)
                policy = policy || startsAt(text, unitEnd, QStringView(w));
            static const char16_t* const producedBy[] = {u"提出", u"出台", u"制定", u"推出",
                                                         u"形成", u"梳理", u"印发", u"明确"};
            bool produced = false;
            for (const char16_t* w : producedBy)
                produced = produced || endsAt(text, quoteStart, QStringView(w));
            if (policy && !produced)
                return true;
        }
        // 四个环节 / 三个方面: a spelled count of abstract parts names a list, it counts nothing.
        if (u == u"个" || u == u"大") {
            static const char16_t* const abstractNouns[] = {
                u"环节", u"方面", u"领域", u"层面",   u"维度", u"板块", u"重点", u"关键", u"原则",
                u"理念", u"优势", u"短板", u"转变",   u"聚焦", u"突出", u"结合", u"统筹", u"到位",
                u"坚持", u"必须", u"抓手", u"着力点", u"阶段", u"步骤", u"导向", u"目标"};
            for (const char16_t* w : abstractNouns) {
                if (startsAt(text, unitEnd, QStringView(w)))
                    return true;
            }
        }
        // 八支人才队伍 / 四篇文章: rhetorical counts of categories.
        if (u == u"支" || u == u"篇") {
            const QStringView target = u == u"支" ? QStringView(u"队伍") : QStringView(u"文章");
            for (int i = unitEnd; i < n && i < unitEnd + 30 && !CharClass::isSentenceBreak(text[i]); ++i) {
                if (text[i] == u',')
                    break;
                if (startsAt(text, i, target))
                    return true;
            }
        }
        // 二期工程: a phase number.
        if (u == u"期" && (startsAt(text, unitEnd, u"工程") || startsAt(text, unitEnd, u"项目")))
            return true;
    }
    // 每月2期 / 每年一次: frequencies.
    if (u == u"次" || u == u"期" || u == u"场" || u == u"场次" || u == u"轮") {
        static const char16_t* const periods[] = {u"每年", u"每月",   u"每周",   u"每天", u"每日",
                                                  u"每季", u"每季度", u"每半年", u"一年", u"一月"};
        for (const char16_t* w : periods) {
            if (endsAt(text, quoteStart, QStringView(w)))
                return true;
        }
    }
    // 前10名: a rank.
    if ((u == u"名" || u == u"位") && quoteStart > 0 && text[quoteStart - 1] == u'前')
        return true;
    return false;
}

} // namespace rs
