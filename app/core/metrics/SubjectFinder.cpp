#include "SubjectFinder.h"

#include "CharClass.h"
#include "Taxonomy.h"

#include <QVector>

#include <algorithm>

namespace rs {

namespace {

constexpr int kMaxForward = 20;
constexpr int kMaxSentence = 400;
constexpr int kMaxSubject = 14;

// Verbs that introduce the object being counted; a backward subject starts at the last of them.
const QVector<QStringView>& actionVerbs()
{
    static const QVector<QStringView> verbs = {
        u"开展", u"举办", u"举行", u"培训",     u"轮训",     u"引进", u"引育", u"培育", u"培养", u"新增",
        u"设立", u"成立", u"组建", u"建立",     u"建成",     u"打造", u"发放", u"兑现", u"接待", u"解决",
        u"服务", u"覆盖", u"选聘", u"选派",     u"走访",     u"邀请", u"招录", u"招聘", u"吸引", u"集聚",
        u"认定", u"评选", u"带动", u"提供",     u"实现",     u"完成", u"开设", u"创建", u"新建", u"拥有",
        u"吸纳", u"录用", u"选拔", u"推荐",     u"慰问",     u"帮扶", u"资助", u"提出", u"出台", u"调解",
        u"化解", u"受理", u"办理", u"招引",     u"签约",     u"投入", u"安排", u"聘请", u"储备", u"遴选",
        u"宣讲", u"排查", u"整改", u"组织开展", u"累计培训", u"发展",
    };
    return verbs;
}

// Words at the end of a backward phrase that belong to the number, not the subject.
const QVector<QStringView>& trailingFillers()
{
    static const QVector<QStringView> words = {u"达到", u"共计", u"累计", u"合计", u"总计",
                                               u"分别", u"总量", u"达",   u"共",   u"为",
                                               u"有",   u"了",   u"计",   u"等",   u"的"};
    return words;
}

// Words that end a forward noun phrase (党员推送…, 企业齐聚…, 人才纳入…).
const QVector<QStringView>& forwardStops()
{
    static const QVector<QStringView> words = {
        u"参与", u"参加", u"齐聚",   u"组团", u"纳入", u"迎来", u"推送", u"作用", u"落实", u"组成",
        u"打通", u"实现", u"全覆盖", u"到",   u"赴",   u"调研", u"共同", u"加入", u"获得", u"进入",
        u"下沉", u"联系", u"结对",   u"协调", u"安排", u"担任", u"参与", u"领办", u"入驻", u"开展"};
    return words;
}

// Verbs that frame a reported event (牢记总书记…5次调研指导港区时的嘱托): an actor phrase starts after them.
const QVector<QStringView>& framingVerbs()
{
    static const QVector<QStringView> verbs = {u"牢记", u"铭记", u"谨记", u"回顾", u"指出",
                                               u"强调", u"表示", u"要求", u"提出", u"忆及"};
    return verbs;
}

bool startsWithVerb(QStringView text, int at)
{
    for (const QVector<QStringView>* list : {&forwardStops(), &actionVerbs()}) {
        for (QStringView v : *list) {
            if (v.size() > 1 && CharClass::matchesAt(text, at, v))
                return true;
        }
    }
    return false;
}

// "5次调研指导港区": a count of times an action happened. Its subject is the action with its actor
// and setting before the number (总书记在浙江工作期间…), not the verb phrase alone.
QString actorOfCountedAction(QStringView text, int clauseStart, int quoteStart)
{
    QStringView before = text.mid(clauseStart, quoteStart - clauseStart);
    for (QStringView verb : framingVerbs()) {
        const qsizetype at = before.lastIndexOf(verb);
        if (at >= 0)
            before = before.mid(at + verb.size());
    }
    return before.size() <= kMaxSubject ? before.toString() : QString();
}

// Where a forward subject as shown ends: at the first verb or linking word after the noun.
int forwardDisplayEnd(QStringView text, int p, int f)
{
    for (int i = p + 2; i < f; ++i) {
        if (text[i] == u'的' || text[i] == u'均' || text[i] == u'为' || text[i] == u'时')
            return i;
        for (QStringView v : forwardStops()) {
            if (CharClass::matchesAt(text, i, v) && i + v.size() <= f)
                return i;
        }
        for (QStringView v : actionVerbs()) {
            if (v.size() > 1 && i + v.size() <= f && CharClass::matchesAt(text, i, v))
                return i;
        }
    }
    return f;
}

bool isStopForForward(QChar c)
{
    static const QStringView stops =
        u"的等在以为和与及或都均是了着中后来内间其共达各也还并就而从占之左上下至到比同次余多";
    return stops.contains(c);
}

bool isNumeralChar(QChar c)
{
    return CharClass::isAsciiDigit(c) || CharClass::chineseDigit(c) > 0 || CharClass::chineseUnit(c) > 0 ||
           CharClass::chineseMagnitude(c) > 0;
}

bool isQuoteOrSpace(QChar c)
{
    return CharClass::isOpeningQuote(c) || CharClass::isClosingQuote(c) || c == u' ' || c == u'"';
}

QString stripQuotes(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (!isQuoteOrSpace(c))
            out.append(c);
    }
    return out;
}

// Where the predicate after a forward noun phrase begins (党员干部|下沉一线, 社区|全部完成…), so
// the key is read from the noun alone. A verb that ends the window is the head noun itself
// (7场年轻干部理论和业务培训). Units that each set up a party organization keep the whole window
// (6个村民小组均单独组建党支部, 16个社区全部建立网格党组织): the gold README counts them as such.
int predicateStart(QStringView text, int p, int f, const Taxonomy& taxonomy)
{
    // 服务 in 党群服务中心 is part of the noun, not a verb. Cues are looked up only when a verb
    // is found: most forward phrases have none, and the lookup is the costly part.
    QVector<Taxonomy::CueHit> cues;
    bool cuesRead = false;
    const auto insideCue = [&](int i, int len) {
        if (!cuesRead) {
            cues = taxonomy.findCues(text.mid(p, f - p));
            cuesRead = true;
        }
        for (const Taxonomy::CueHit& h : cues) {
            if (p + h.start <= i && p + h.end() >= i + len && h.length > len)
                return true;
        }
        return false;
    };
    static const QStringView adverbs[] = {u"全覆盖", u"全部", u"全面", u"共有", u"共计",
                                          u"单独",   u"均",   u"都",   u"已",   u"共"};
    static const QStringView founding[] = {u"组建", u"建立", u"成立", u"设立", u"建成", u"建设", u"新建"};
    for (int i = p + 1; i < f; ++i) {
        int k = i;
        bool adverb = true;
        while (adverb && k < f) {
            adverb = false;
            for (QStringView a : adverbs) {
                if (CharClass::matchesAt(text, k, a)) {
                    k += int(a.size());
                    adverb = true;
                    break;
                }
            }
        }
        if (k > i) {
            for (QStringView v : founding) {
                if (CharClass::matchesAt(text, k, v))
                    return f;
            }
            return i;
        }
        for (QStringView v : forwardStops()) {
            if (CharClass::matchesAt(text, i, v) && i + v.size() <= f && !insideCue(i, int(v.size())))
                return i;
        }
        for (QStringView v : actionVerbs()) {
            if (v.size() > 1 && i + v.size() < f && CharClass::matchesAt(text, i, v) &&
                !insideCue(i, int(v.size())))
                return i;
        }
    }
    return f;
}
// The subject as shown: a list joined by 、 is named whole (名校长、名教师8人, not 名教师), and a long
// phrase is cut after a list mark or 的 rather than in the middle of a word.
QStringView shownSubject(QStringView text, int sentenceStart, int phraseStart, QStringView head)
{
    if (phraseStart > sentenceStart && text[phraseStart - 1] == u'、' &&
        head.data() == text.data() + phraseStart) {
        int listStart = phraseStart - 1;
        bool counted = false; // an earlier item has its own figure (企业14家、省级企业263家)
        while (listStart > sentenceStart &&
               (text[listStart - 1] == u'、' || !CharClass::isClauseBreak(text[listStart - 1]))) {
            counted = counted || isNumeralChar(text[listStart - 1]);
            --listStart;
        }
        if (counted)
            listStart = phraseStart;
        // From the first item's start: after the last action verb before it (培育出优秀名校长…).
        const QStringView before = text.mid(listStart, phraseStart - listStart);
        int itemsStart = listStart;
        for (QStringView verb : actionVerbs()) {
            const qsizetype at = before.lastIndexOf(verb);
            if (at >= 0)
                itemsStart = std::max(itemsStart, listStart + int(at + verb.size()));
        }
        for (QStringView particle : {QStringView(u"出"), QStringView(u"了")}) {
            if (itemsStart < phraseStart && text.mid(itemsStart).startsWith(particle))
                itemsStart += int(particle.size());
        }
        const int end = int(head.data() - text.data() + head.size());
        if (!counted && end - itemsStart <= kMaxSubject)
            return text.mid(itemsStart, end - itemsStart);
    }
    if (head.size() <= kMaxSubject)
        return head;
    for (int cut = int(head.size()) - kMaxSubject; cut < head.size() - 1; ++cut) {
        if (QStringView(u"、的和与及").contains(head[cut - 1]))
            return head.mid(cut);
    }
    return head.right(kMaxSubject);
}

} // namespace

SubjectContext SubjectFinder::find(QStringView text, int quoteStart, int quoteEnd) const
{
    const int n = int(text.size());
    SubjectContext ctx;

    int s = quoteStart;
    while (s > 0 && quoteStart - s < kMaxSentence && !CharClass::isSentenceBreak(text[s - 1]))
        --s;
    ctx.sentenceStart = s;
    int e = quoteEnd;
    while (e < n && e - quoteEnd < kMaxSentence && !CharClass::isSentenceBreak(text[e]))
        ++e;
    ctx.sentenceEnd = e;

    // The whole comma clause before the number (a list joined by 、 stays together).
    int c = quoteStart;
    while (c > ctx.sentenceStart && text[c - 1] != u',' && text[c - 1] != u':' && text[c - 1] != u';')
        --c;
    ctx.clauseStart = c;
    ctx.clauseEnd = quoteStart;
    int ce = quoteEnd;
    while (ce < ctx.sentenceEnd && text[ce] != u',' && text[ce] != u':' && text[ce] != u';')
        ++ce;
    ctx.ownClauseEnd = ce;

    // Forward: a noun right after the measure word (quotes skipped, and a rate's /月 or /人).
    int p = quoteEnd;
    if (p + 1 < n && text[p] == u'/' && QStringView(u"月年人天日次").contains(text[p + 1]))
        p += 2;
    while (p < n && isQuoteOrSpace(text[p]) && p - quoteEnd < 3)
        ++p;
    // 分别给予每人每年3000元、2000元的津贴: money names what it pays for after 的 too.
    if (p + 1 < n && p > 0 && text[p] == u'的' && text[p - 1] == u'元')
        ++p;
    // 一次性 is a word, not a number (5千元至2万元一次性创业补贴).
    const int wordNumeral = CharClass::matchesAt(text, p, u"一次性") ? 3 : 0;
    if (p < n && !CharClass::isClauseBreak(text[p]) && !isStopForForward(text[p]) &&
        (wordNumeral > 0 || !isNumeralChar(text[p])) && text[p].unicode() >= 0x3400) {
        int f = p + wordNumeral;
        while (f < n && f - p < kMaxForward && !CharClass::isClauseBreak(text[f]) && !isNumeralChar(text[f]))
            ++f;
        ctx.forward = true;
        ctx.windowStart = p;
        ctx.windowEnd = f;
        const int cut = forwardDisplayEnd(text, p, f);
        ctx.windowEnd = predicateStart(text, p, f, m_taxonomy);
        ctx.forwardEnd = f;
        ctx.subject = stripQuotes(text.mid(p, qMin(cut - p, kMaxSubject)));
        if (text[quoteEnd - 1] == u'次' && startsWithVerb(text, p))
            ctx.subject = stripQuotes(actorOfCountedAction(text, ctx.clauseStart, quoteStart)) + ctx.subject;
        return ctx;
    }

    // Backward: the phrase between the previous break (、 included) and the number.
    int b = quoteStart;
    while (b > ctx.sentenceStart && !CharClass::isClauseBreak(text[b - 1]))
        --b;
    const QStringView phrase = text.mid(b, quoteStart - b);
    const QVector<Taxonomy::CueHit> cues = m_taxonomy.findCues(phrase);
    int start = 0;
    for (int i = int(phrase.size()) - 1; i >= 0 && start == 0; --i) {
        for (QStringView v : actionVerbs()) {
            if (!CharClass::matchesAt(phrase, i, v))
                continue;
            bool insideCue = false;
            for (const Taxonomy::CueHit& h : cues) {
                if (h.start <= i && h.end() >= i + v.size() && h.length > v.size())
                    insideCue = true;
            }
            // A verb at the very end has no object after it (学习培训37场 keeps its noun).
            if (!insideCue && i + v.size() < phrase.size()) {
                start = i;
                break;
            }
        }
    }
    int end = int(phrase.size());
    bool trimmed = true;
    while (trimmed && end > start) {
        trimmed = false;
        for (QStringView w : trailingFillers()) {
            if (end - start > w.size() && phrase.mid(end - w.size(), w.size()) == w) {
                end -= int(w.size());
                trimmed = true;
                break;
            }
        }
    }
    ctx.windowStart = b + start;
    ctx.windowEnd = b + end;
    QStringView head = phrase.mid(start, end - start);
    for (QStringView lead : {QStringView(u"其中"), QStringView(u"已有"), QStringView(u"共有"),
                             QStringView(u"拥有"), QStringView(u"有")}) {
        if (head.startsWith(lead) && head.size() > lead.size() + 1) {
            head = head.mid(lead.size());
            break;
        }
    }
    ctx.genericHead = head.endsWith(u"工作") || head.endsWith(u"任务") || head.endsWith(u"事项");
    ctx.subject = stripQuotes(shownSubject(text, ctx.sentenceStart, b, head));
    return ctx;
}

} // namespace rs
