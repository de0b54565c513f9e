#include "KeyClassifier.h"

#include "CharClass.h"
#include "Taxonomy.h"
#include "UnitReader.h"

#include <algorithm>

namespace rs {

namespace {

constexpr int kMaxHeading = 40;

bool containsAny(QStringView text, std::initializer_list<QStringView> words)
{
    for (QStringView w : words) {
        if (text.contains(w))
            return true;
    }
    return false;
}

// Words that make people counted in a phrase trainees (培训村干部和群众, 公务员到内地机构交流学习).
// Plain 学习 does not: members who study online or are sent study material (党员参与线上学习,
// 向党员推送学习内容) are counted as members.
bool namesTraining(QStringView text)
{
    return containsAny(text, {u"培训", u"轮训", u"参训", u"研修", u"读书班", u"交流学习", u"跟班学习",
                              u"考察学习", u"挂职学习"});
}

// The heading above a figure: the line before its paragraph when that line is short (二、强化人才投入),
// and the paragraph's lead-in up to its first break (人才投入方面, / 强化人才投入。).
QString headingAbove(QStringView text, int pos)
{
    int paragraph = pos;
    while (paragraph > 0 && text[paragraph - 1] != u'\n')
        --paragraph;
    QString heading;
    int lineEnd = paragraph - 1;
    while (lineEnd > 0 && text[lineEnd - 1] == u'\n')
        --lineEnd;
    if (lineEnd > 0) {
        int lineStart = lineEnd;
        while (lineStart > 0 && text[lineStart - 1] != u'\n')
            --lineStart;
        if (lineEnd - lineStart <= kMaxHeading)
            heading = text.mid(lineStart, lineEnd - lineStart).toString();
    }
    int lead = paragraph;
    while (lead < pos && lead - paragraph < kMaxHeading && !CharClass::isSentenceBreak(text[lead]) &&
           text[lead] != u',' && text[lead] != u':')
        ++lead;
    return heading + QLatin1Char('\n') + text.mid(paragraph, lead - paragraph).toString();
}

} // namespace

KeyClassifier::Pick KeyClassifier::pick(QStringView window, QStringView unit, QStringView context,
                                        QStringView clause) const
{
    QVector<Taxonomy::CueHit> hits = m_taxonomy.findCues(window);
    std::stable_sort(hits.begin(), hits.end(), [](const Taxonomy::CueHit& a, const Taxonomy::CueHit& b) {
        return a.end() != b.end() ? a.end() > b.end() : a.length > b.length;
    });
    for (const Taxonomy::CueHit& h : hits) {
        const QChar after = h.end() < window.size() ? window[h.end()] : QChar();
        const QStringView cue = window.mid(h.start, h.length);
        for (int e : h.entries) {
            if (!after.isNull() && m_taxonomy.entries()[e].notFollowedBy.contains(after))
                continue;
            if (m_taxonomy.acceptsUnit(e, unit) && m_taxonomy.contextAllows(e, unit, context, clause) &&
                m_taxonomy.cueAllowed(e, cue, context))
                return {e, cue.toString()};
        }
    }
    return {};
}

KeyChoice KeyClassifier::finish(const Pick& p, const QString& place, QStringView subject) const
{
    KeyChoice choice;
    if (p.entry < 0)
        return choice;
    choice.key = m_taxonomy.entries()[p.entry].key;
    choice.subKey = m_taxonomy.subKeyFor(p.entry, subject);
    choice.reason = place + QLatin1Char(':') + p.cue;
    return choice;
}

KeyChoice KeyClassifier::choose(QStringView text, const SubjectContext& ctx, QStringView unit, bool percent,
                                int quoteStart, int quoteEnd) const
{
    if (m_taxonomy.isEmpty() || unit.isEmpty())
        return {};
    const QStringView sentence = text.mid(ctx.sentenceStart, ctx.sentenceEnd - ctx.sentenceStart);
    const QStringView clause = text.mid(ctx.clauseStart, ctx.ownClauseEnd - ctx.clauseStart);
    const QStringView window = text.mid(ctx.windowStart, ctx.windowEnd - ctx.windowStart);
    // Context words count in the sentence and in the heading above it (专项资金 under 人才投入).
    const QString context = headingAbove(text, ctx.sentenceStart) + QLatin1Char('\n') + sentence.toString();
    if (percent) {
        // 同比增长8.3% / 占计划总数的70% / 100%交叉任职: the words on both sides decide.
        const QStringView around = text.mid(ctx.clauseStart, ctx.clauseEnd - ctx.clauseStart);
        Pick p = pick(around, unit, context, clause);
        if (p.entry >= 0)
            return finish(p, QStringLiteral("clause"), around);
        if (ctx.forward) {
            p = pick(window, unit, context, clause);
            if (p.entry >= 0)
                return finish(p, QStringLiteral("after"), window);
        }
        const int e = m_taxonomy.fallbackFor(unit);
        return finish({e, QString()}, QStringLiteral("fallback"), QStringView());
    }
    const QString phrasePlace = ctx.forward ? QStringLiteral("after") : QStringLiteral("phrase");
    Pick p = pick(window, unit, context, clause);
    QString place = phrasePlace;
    QStringView subject = window;

    // Cadres trained together with other groups (培训村干部和群众800人次), party members learning
    // online (9800余名党员开展线上学习): trainees, whatever noun ends the phrase.
    const int cadre = m_taxonomy.indexOf(QStringLiteral("cadre_training_attendance"));
    const QString pickedKey = p.entry >= 0 ? m_taxonomy.entries()[p.entry].key : QString();
    if (cadre >= 0 && m_taxonomy.acceptsUnit(cadre, unit) &&
        (p.entry < 0 || pickedKey == u"people_served" || pickedKey == u"party_members")) {
        const QStringView predicate =
            ctx.forward ? text.mid(ctx.windowEnd, ctx.forwardEnd - ctx.windowEnd) : QStringView();
        if (namesTraining(window) || namesTraining(predicate)) {
            for (const Taxonomy::CueHit& h : m_taxonomy.findCues(window)) {
                if (h.entries.contains(cadre)) {
                    return finish({cadre, window.mid(h.start, h.length).toString()},
                                  QStringLiteral("training"), window);
                }
            }
        }
    }
    if (p.entry < 0 && ctx.forward && unit == u"元") {
        // Money is named by what it pays for, often after the verb (按2000元标准发放工作补贴).
        subject = text.mid(ctx.windowStart, ctx.forwardEnd - ctx.windowStart);
        p = pick(subject, unit, context, clause);
    }
    if (p.entry < 0 && ctx.genericHead) {
        subject = text.mid(ctx.clauseStart, ctx.clauseEnd - ctx.clauseStart);
        p = pick(subject, unit, context, clause);
        place = QStringLiteral("clause");
    }
    if (p.entry < 0 && quoteEnd < ctx.ownClauseEnd) {
        // The list a figure belongs to names its subject after the last item: 分别有5人、3人获评省级
        // 技术能手; 其中2100余人取得评茶员、茶艺师职业技能等级证书.
        const QStringView before = text.mid(ctx.clauseStart, quoteStart - ctx.clauseStart);
        const QStringView after = text.mid(quoteEnd, ctx.ownClauseEnd - quoteEnd);
        const bool listed = before.contains(u"分别");
        const bool awarded =
            UnitReader::isPeopleUnit(unit) &&
            (after.startsWith(u"获") || after.startsWith(u"取得") || after.startsWith(u"评为") ||
             after.startsWith(u"被评为") || after.startsWith(u"荣获"));
        if (listed || awarded) {
            subject = after;
            p = pick(after, unit, context, clause);
            place = QStringLiteral("list");
        }
    }
    return finish(p, place, subject);
}

} // namespace rs
