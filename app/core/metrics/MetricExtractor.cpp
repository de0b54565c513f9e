#include "MetricExtractor.h"

#include "CharClass.h"
#include "NonMetricFilter.h"
#include "PeriodResolver.h"
#include "QualifierDetector.h"
#include "QuantityParser.h"
#include "UnitReader.h"
#include "WidthFolder.h"
#include "util/HanScriptFold.h"

namespace rs {

namespace {

bool followedByBreak(QStringView text, int pos)
{
    return pos >= text.size() || CharClass::isClauseBreak(text[pos]) || text[pos] == u' ';
}

bool sameSentence(QStringView text, int from, int to)
{
    for (int i = from; i < to; ++i) {
        if (CharClass::isSentenceBreak(text[i]))
            return false;
    }
    return true;
}

// 5千元至2万元 / 2万元至5万元: a span with the unit written on both ends. Returns the end of the
// second unit and turns `q` into the range, or `unitEnd` unchanged.
int readUnitRange(QStringView text, Quantity& q, const UnitMatch& unit, int unitEnd)
{
    if (unit.kind != UnitKind::Count && unit.kind != UnitKind::Money && unit.kind != UnitKind::Area)
        return unitEnd;
    const int sep = QuantityParser::rangeSeparatorLength(text, unitEnd);
    if (sep == 0 || unitEnd + sep >= text.size() || !QuantityParser::isNumeralStart(text, unitEnd + sep))
        return unitEnd;
    const std::optional<Quantity> second = QuantityParser::parse(text, unitEnd + sep);
    if (!second || second->isRange() || second->percent || !(q.value < second->value))
        return unitEnd;
    const UnitMatch u2 = UnitReader::read(text, second->end);
    if (u2.unit != unit.unit)
        return unitEnd;
    q.low = q.value;
    q.high = second->value;
    q.singleOne = false;
    q.approxSuffix = second->approxSuffix;
    return second->end + u2.length;
}

// 分别提升3.2个和2.8个百分点: the first figure's 个 is short for 个百分点.
bool continuesAsPoints(QStringView text, const UnitMatch& unit, int unitEnd)
{
    if (unit.unit != u"个" || unitEnd >= text.size())
        return false;
    const QChar joint = text[unitEnd];
    if (joint != u'和' && joint != u'、' && joint != u'与' && joint != u'及')
        return false;
    int k = unitEnd + 1;
    while (k < text.size() && k - unitEnd < 8 &&
           (CharClass::isAsciiDigit(text[k]) || text[k] == u'.' || CharClass::isChineseNumeral(text[k])))
        ++k;
    return k > unitEnd + 1 && CharClass::matchesAt(text, k, u"个百分点");
}

// Words that narrow a list item to a level or a remainder without naming a new thing
// (其中国家级3家、省级21家): the item counts what the figure before it counts.
bool isNarrowingGap(QStringView gap)
{
    QString g;
    for (QChar c : gap) {
        if (c != u',' && c != u'、' && c != u' ')
            g.append(c);
    }
    const bool among = g.startsWith(u"其中");
    if (among)
        g.remove(0, 2);
    if (g.isEmpty())
        return among; // 专项资金2000万元,其中600万元用于…: a part of the figure before
    static const QStringView rest[] = {u"其他",       u"其余",       u"另有",       u"剩余",
                                       u"总数",       u"总数达",     u"总数达到",   u"总量",
                                       u"总量达",     u"总量达到",   u"比上年增加", u"较上年增加",
                                       u"比上年增长", u"较上年增长", u"增加"};
    for (QStringView w : rest) {
        if (g == w)
            return true;
    }
    return g.size() <= 5 && g.endsWith(u'级');
}

// Fills empty keys from neighbours: 40万元、20万元购房补贴 (amounts sharing the noun after the last)
// and 龙头企业137家,其中国家级3家、省级21家 (items narrowing the figure before them).
void shareKeysInLists(QStringView text, QVector<Metric>& out)
{
    for (int k = int(out.size()) - 2; k >= 0; --k) {
        Metric& m = out[k];
        const Metric& next = out[k + 1];
        if (!m.key.isEmpty() || next.key.isEmpty() || m.unit != next.unit || next.start - m.end != 1)
            continue;
        const QChar joint = text[m.end];
        if (joint == u'、' || joint == u'和' || joint == u'或' || joint == u'及' || joint == u'与') {
            m.key = next.key;
            m.subKey = next.subKey;
            m.reason = QStringLiteral("list-next:") + next.quote;
        }
    }
    for (int k = 1; k < out.size(); ++k) {
        Metric& m = out[k];
        const Metric& prev = out[k - 1];
        if (!m.key.isEmpty() || prev.key.isEmpty() || m.unit != prev.unit || m.start - prev.end > 10 ||
            !sameSentence(text, prev.end, m.start))
            continue;
        if (isNarrowingGap(text.mid(prev.end, m.start - prev.end))) {
            m.key = prev.key;
            m.subKey = prev.subKey;
            m.reason = QStringLiteral("list-previous:") + prev.quote;
        }
    }
}

} // namespace

MetricExtractor::MetricExtractor(const Taxonomy& taxonomy)
    : m_taxonomy(taxonomy), m_subjects(taxonomy), m_classifier(taxonomy)
{}

QVector<Metric> MetricExtractor::extract(const QString& text, const QDate& publishedOn,
                                         const QString& title) const
{
    QVector<Metric> out;
    // Traditional script reads as simplified (累計舉辦培訓班15場次: 場次 is a unit, 培訓 a cue). The fold
    // keeps one character for one: offsets and quotes always refer to the text as written.
    const QString folded = HanScriptFold::fold(WidthFolder::fold(text));
    const QStringView t(folded);
    const int n = int(t.size());
    int i = 0;
    while (i < n) {
        if (!QuantityParser::isNumeralStart(t, i)) {
            ++i;
            continue;
        }
        int skipTo = i + 1;
        if (NonMetricFilter::rejectsAt(t, i, skipTo)) {
            i = skipTo;
            continue;
        }
        const std::optional<Quantity> parsed = QuantityParser::parse(t, i);
        if (!parsed) {
            i = skipTo;
            continue;
        }
        Quantity q = *parsed;
        UnitMatch unit;
        if (q.percent)
            unit = {QStringLiteral("%"), 0, UnitKind::Percent};
        else
            unit = UnitReader::read(t, q.end);
        int unitEnd = q.end + unit.length;
        if (!q.isRange())
            unitEnd = readUnitRange(t, q, unit, unitEnd);
        if (continuesAsPoints(t, unit, unitEnd))
            unit = {QStringLiteral("个百分点"), unit.length, UnitKind::Percent};
        const QualifierMatch qm = QualifierDetector::detect(t, q, unitEnd);
        const int resume = qMax(unitEnd, i + 1);
        if (NonMetricFilter::rejectsQuantity(t, q, unit, qm.start, unitEnd, qm.end)) {
            i = resume;
            continue;
        }
        QString unitText = unit.unit;
        if (unit.kind == UnitKind::None) {
            // No unit written: Chinese numerals without one are labels (两委, 三产); an Arabic
            // figure closing a clause takes the unit of the figure before it in the sentence
            // (就业人数达13.41万人,其中专业技术人员2.09万).
            if (q.spelled || !followedByBreak(t, q.end)) {
                i = resume;
                continue;
            }
            if (!out.isEmpty() && !out.last().unit.isEmpty() && sameSentence(t, out.last().end, q.start))
                unitText = out.last().unit;
            else if (!q.hasMagnitude) {
                i = resume;
                continue;
            }
        }
        if (unit.kind == UnitKind::Percent && unitText == u"%")
            q.percent = true;

        Metric m;
        m.start = qm.start;
        m.end = qm.end;
        m.quote = text.mid(m.start, m.end - m.start);
        m.value = q.value;
        m.low = q.low;
        m.high = q.high;
        m.unit = unitText;
        m.qualifier = qm.qualifier;
        const SubjectContext ctx = m_subjects.find(t, qm.start, qm.end);
        m.subject = ctx.subject;
        const KeyChoice choice = m_classifier.choose(
            t, ctx, m.unit, q.percent || unit.kind == UnitKind::Percent, qm.start, qm.end);
        m.key = choice.key;
        m.subKey = choice.subKey;
        m.reason = choice.reason;
        const PeriodInfo period = PeriodResolver::resolve(t, qm.start, ctx.sentenceStart, publishedOn);
        m.period = period.period;
        m.isTarget = period.isTarget;
        out.append(m);
        i = qMax(qm.end, i + 1);
    }
    shareKeysInLists(t, out);
    // A figure naming no year of its own (近年来…引进博士45人) is dated by its report.
    QString reportPeriod =
        PeriodResolver::reportPeriod(HanScriptFold::fold(WidthFolder::fold(title)), publishedOn);
    if (reportPeriod.isEmpty())
        reportPeriod = PeriodResolver::reportPeriod(t, publishedOn);
    if (!reportPeriod.isEmpty()) {
        for (Metric& m : out) {
            if (m.period.isEmpty()) {
                m.period = reportPeriod;
                m.periodByReport = true;
            }
        }
    }
    return out;
}

} // namespace rs
