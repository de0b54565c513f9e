#include "KeyClassifier.h"

#include "Taxonomy.h"

#include <algorithm>

namespace rs {

int KeyClassifier::pick(QStringView window, QStringView unit, QStringView sentence, QStringView clause) const
{
    QVector<Taxonomy::CueHit> hits = m_taxonomy.findCues(window);
    std::stable_sort(hits.begin(), hits.end(), [](const Taxonomy::CueHit& a, const Taxonomy::CueHit& b) {
        return a.end() != b.end() ? a.end() > b.end() : a.length > b.length;
    });
    for (const Taxonomy::CueHit& h : hits) {
        const QChar after = h.end() < window.size() ? window[h.end()] : QChar();
        for (int e : h.entries) {
            if (!after.isNull() && m_taxonomy.entries()[e].notFollowedBy.contains(after))
                continue;
            if (m_taxonomy.acceptsUnit(e, unit) && m_taxonomy.contextAllows(e, unit, sentence, clause))
                return e;
        }
    }
    return -1;
}

QString KeyClassifier::classify(QStringView text, const SubjectContext& ctx, QStringView unit,
                                bool percent) const
{
    if (m_taxonomy.isEmpty() || unit.isEmpty())
        return {};
    const QStringView sentence = text.mid(ctx.sentenceStart, ctx.sentenceEnd - ctx.sentenceStart);
    const QStringView clause = text.mid(ctx.clauseStart, ctx.ownClauseEnd - ctx.clauseStart);
    int e = -1;
    if (percent) {
        // 同比增长8.3% / 占计划总数的70% / 100%交叉任职: the words on both sides decide.
        e = pick(text.mid(ctx.clauseStart, ctx.clauseEnd - ctx.clauseStart), unit, sentence, clause);
        if (e < 0 && ctx.forward)
            e = pick(text.mid(ctx.windowStart, ctx.windowEnd - ctx.windowStart), unit, sentence, clause);
        if (e < 0)
            e = m_taxonomy.fallbackFor(unit);
        return e < 0 ? QString() : m_taxonomy.entries()[e].key;
    }
    e = pick(text.mid(ctx.windowStart, ctx.windowEnd - ctx.windowStart), unit, sentence, clause);
    // Money is named by what it pays for, often after the verb (按2000元标准发放工作补贴).
    if (e < 0 && ctx.forward && unit == u"元")
        e = pick(text.mid(ctx.windowStart, ctx.forwardEnd - ctx.windowStart), unit, sentence, clause);
    if (e < 0 && ctx.genericHead)
        e = pick(text.mid(ctx.clauseStart, ctx.clauseEnd - ctx.clauseStart), unit, sentence, clause);
    return e < 0 ? QString() : m_taxonomy.entries()[e].key;
}

} // namespace rs
