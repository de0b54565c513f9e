#include "QualifierDetector.h"

#include "CharClass.h"

namespace rs {

namespace {

struct Cue
{
    QStringView text;
    Qualifier qualifier;
    bool bareOnly; // only before a bare magnitude (上万, 过千, 破亿)
};

// Longest first: 超过 before 超, 不超过 before 超过.
const Cue kPrefixes[] = {
    {u"不少于", Qualifier::AtLeast, false}, {u"不低于", Qualifier::AtLeast, false},
    {u"不超过", Qualifier::AtMost, false},  {u"不高于", Qualifier::AtMost, false},
    {u"不多于", Qualifier::AtMost, false},  {u"超过", Qualifier::AtLeast, false},
    {u"多于", Qualifier::AtLeast, false},   {u"高于", Qualifier::AtLeast, false},
    {u"至少", Qualifier::AtLeast, false},   {u"大约", Qualifier::Approx, false},
    {u"约有", Qualifier::Approx, false},    {u"约为", Qualifier::Approx, false},
    {u"大概", Qualifier::Approx, false},    {u"将近", Qualifier::AtMost, false},
    {u"接近", Qualifier::AtMost, false},    {u"不到", Qualifier::AtMost, false},
    {u"不足", Qualifier::AtMost, false},    {u"最高", Qualifier::Max, false},
    {u"最多", Qualifier::Max, false},       {u"最高可达", Qualifier::Max, false},
    {u"约", Qualifier::Approx, false},      {u"近", Qualifier::AtMost, false},
    {u"逾", Qualifier::AtLeast, false},     {u"超", Qualifier::AtLeast, false},
    {u"突破", Qualifier::AtLeast, false},   {u"上", Qualifier::AtLeast, true},
    {u"过", Qualifier::AtLeast, true},      {u"破", Qualifier::AtLeast, true},
};

const Cue kSuffixes[] = {
    {u"以上", Qualifier::AtLeast, false}, {u"之多", Qualifier::Exact, false},
    {u"以下", Qualifier::AtMost, false},  {u"以内", Qualifier::AtMost, false},
    {u"左右", Qualifier::Approx, false},  {u"上下", Qualifier::Approx, false},
    {u"开外", Qualifier::AtLeast, false}, {u"有余", Qualifier::AtLeast, false},
};

bool endsAt(QStringView text, int pos, QStringView word)
{
    const int start = pos - int(word.size());
    return CharClass::matchesAt(text, start, word);
}

bool startsAt(QStringView text, int pos, QStringView word)
{
    return CharClass::matchesAt(text, pos, word);
}

const Cue* prefixAt(QStringView text, int pos, bool bareMagnitude)
{
    const Cue* best = nullptr;
    int bestLen = 0;
    for (const Cue& c : kPrefixes) {
        const QStringView w(c.text);
        if (c.bareOnly && !bareMagnitude)
            continue;
        if (int(w.size()) > bestLen && endsAt(text, pos, w)) {
            best = &c;
            bestLen = int(w.size());
        }
    }
    if (!best)
        return nullptr;
    // 最近 / 附近 are not "nearly"; 超 in 高超 is not "over".
    const int start = pos - bestLen;
    if (best->text == u"近" && start > 0 &&
        (text[start - 1] == u'最' || text[start - 1] == u'附' || text[start - 1] == u'邻'))
        return nullptr;
    return best;
}

// 至少举办5场 / 最高可获5万元: a bound word may sit before the verb that governs the number.
const Cue* distantPrefix(QStringView text, int pos)
{
    static const Cue distant[] = {
        {u"至少", Qualifier::AtLeast, false},   {u"不少于", Qualifier::AtLeast, false},
        {u"不低于", Qualifier::AtLeast, false}, {u"最高", Qualifier::Max, false},
        {u"最多", Qualifier::Max, false},       {u"不超过", Qualifier::AtMost, false},
    };
    constexpr int kMaxGap = 4;
    for (int gap = 1; gap <= kMaxGap && pos - gap > 0; ++gap) {
        const QChar c = text[pos - gap];
        if (c.unicode() < 0x3400 || c == u'、' || c == u'。' || c == u'的' || CharClass::isChineseNumeral(c))
            return nullptr;
        for (const Cue& cue : distant) {
            if (endsAt(text, pos - gap, cue.text))
                return &cue;
        }
    }
    return nullptr;
}

} // namespace

QualifierMatch QualifierDetector::detect(QStringView text, const Quantity& q, int unitEnd)
{
    QualifierMatch m;
    m.start = q.start;
    m.end = unitEnd;

    const Cue* prefix = prefixAt(text, q.start, q.bareMagnitude);
    if (prefix)
        m.start = q.start - int(prefix->text.size());
    else
        prefix = distantPrefix(text, q.start);

    const Cue* suffix = nullptr;
    for (const Cue& c : kSuffixes) {
        if (startsAt(text, unitEnd, c.text)) {
            suffix = &c;
            break;
        }
    }
    if (suffix)
        m.end = unitEnd + int(suffix->text.size());

    if (q.isRange())
        m.qualifier = Qualifier::Range;
    else if (prefix && prefix->qualifier == Qualifier::Max)
        m.qualifier = Qualifier::Max;
    else if (suffix)
        m.qualifier = suffix->qualifier;
    else if (q.approxSuffix)
        m.qualifier = Qualifier::AtLeast;
    else if (prefix)
        m.qualifier = prefix->qualifier;
    return m;
}

} // namespace rs
