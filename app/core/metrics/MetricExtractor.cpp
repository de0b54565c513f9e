#include "MetricExtractor.h"

#include "CharClass.h"
#include "NonMetricFilter.h"
#include "PeriodResolver.h"
#include "QualifierDetector.h"
#include "QuantityParser.h"
#include "UnitReader.h"
#include "WidthFolder.h"

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

} // namespace

MetricExtractor::MetricExtractor(const Taxonomy& taxonomy)
    : m_taxonomy(taxonomy), m_subjects(taxonomy), m_classifier(taxonomy)
{}

QVector<Metric> MetricExtractor::extract(const QString& text, const QDate& publishedOn) const
{
    QVector<Metric> out;
    const QString folded = WidthFolder::fold(text);
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
        const int unitEnd = q.end + unit.length;
        const QualifierMatch qm = QualifierDetector::detect(t, q, unitEnd);
        const int resume = qMax(unitEnd, i + 1);
        if (NonMetricFilter::rejectsQuantity(t, q, unit, qm.start, unitEnd)) {
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
        m.key = m_classifier.classify(t, ctx, m.unit, q.percent || unit.kind == UnitKind::Percent);
        const PeriodInfo period = PeriodResolver::resolve(t, qm.start, ctx.sentenceStart, publishedOn);
        m.period = period.period;
        m.isTarget = period.isTarget;
        out.append(m);
        i = qMax(qm.end, i + 1);
    }
    return out;
}

} // namespace rs
