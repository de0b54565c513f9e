#include "QuantityParser.h"

#include "CharClass.h"
#include "ChineseNumeralParser.h"

#include <cmath>

namespace rs {

namespace {

bool startsWith(QStringView text, int pos, QStringView word)
{
    return CharClass::matchesAt(text, pos, word);
}

// 千 in 千瓦 / 千米 / 千克 is part of the unit, and 百 in 百分之 starts a percentage.
bool magnitudeIsUnitPrefix(QStringView text, int pos)
{
    const QChar c = text[pos];
    if (pos + 1 >= text.size())
        return false;
    const QChar next = text[pos + 1];
    if (c == u'千' && (next == u'瓦' || next == u'米' || next == u'克' || next == u'帕' || next == u'伏'))
        return true;
    if (c == u'百' && startsWith(text, pos, u"百分"))
        return true;
    return false;
}

// 成 followed by one of these is a word (三成员, 两成立) rather than tenths.
bool startsTenthsLookalike(QStringView text, int pos)
{
    if (pos >= text.size())
        return false;
    static const QStringView next = u"员立本果就效绩为功熟交型品都长器人年不";
    return next.contains(text[pos]);
}

double roundTo(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

} // namespace

bool QuantityParser::isNumeralStart(QStringView text, int pos)
{
    const QChar c = text[pos];
    if (CharClass::isAsciiDigit(c) || CharClass::isChineseNumeral(c))
        return true;
    if ((c == u'数' || c == u'几') && pos + 1 < text.size() &&
        (CharClass::chineseUnit(text[pos + 1]) > 0 || CharClass::chineseMagnitude(text[pos + 1]) > 0))
        return true;
    return false;
}

int QuantityParser::readArabic(QStringView text, int pos, Quantity& q)
{
    const int n = int(text.size());
    int i = pos;
    double v = 0;
    int digits = 0;
    while (i < n) {
        const QChar c = text[i];
        if (CharClass::isAsciiDigit(c)) {
            v = v * 10 + (c.unicode() - '0');
            ++digits;
            ++i;
            continue;
        }
        // A thousands separator is a comma followed by exactly three digits.
        if (c == u',' && digits > 0 && digits <= 3 + 3 * 3 && i + 3 < n &&
            CharClass::isAsciiDigit(text[i + 1]) && CharClass::isAsciiDigit(text[i + 2]) &&
            CharClass::isAsciiDigit(text[i + 3]) && (i + 4 >= n || !CharClass::isAsciiDigit(text[i + 4]))) {
            ++i;
            continue;
        }
        break;
    }
    q.intDigits = digits;
    q.leadingZero = digits > 1 && text[pos] == u'0';
    if (i + 1 < n && text[i] == u'.' && CharClass::isAsciiDigit(text[i + 1])) {
        ++i;
        double scale = 0.1;
        while (i < n && CharClass::isAsciiDigit(text[i])) {
            v += scale * (text[i].unicode() - '0');
            scale /= 10;
            ++i;
        }
    }
    q.value = v;
    return i;
}

int QuantityParser::readMagnitudes(QStringView text, int pos, double& multiplier, bool chineseUnitsToo)
{
    const int n = int(text.size());
    int i = pos;
    while (i < n) {
        const QChar c = text[i];
        const double m = CharClass::chineseMagnitude(c);
        const int u = CharClass::chineseUnit(c);
        if (m > 0) {
            multiplier *= m;
        } else if ((u >= 100 || (chineseUnitsToo && u == 10)) && !magnitudeIsUnitPrefix(text, i)) {
            multiplier *= u;
        } else {
            break;
        }
        ++i;
    }
    return i;
}

int QuantityParser::readApproxSuffix(QStringView text, int pos)
{
    if (pos < text.size() && (text[pos] == u'余' || text[pos] == u'多'))
        return pos + 1;
    return pos;
}

int QuantityParser::rangeSeparatorLength(QStringView text, int pos)
{
    if (pos >= text.size())
        return 0;
    const QChar c = text[pos];
    if (c == u'—' || c == u'–' || c == u'―') {
        int i = pos;
        while (i < text.size() && (text[i] == u'—' || text[i] == u'–' || text[i] == u'―'))
            ++i;
        return i - pos;
    }
    if (c == u'-' || c == u'~' || c == u'〜' || c == u'至' || c == u'到')
        return 1;
    return 0;
}

std::optional<QuantityParser::Single> QuantityParser::parseSingle(QStringView text, int pos)
{
    const int n = int(text.size());
    if (pos >= n)
        return std::nullopt;
    Single s;
    Quantity& q = s.q;
    q.start = pos;
    const QChar c = text[pos];
    int i = pos;

    if (CharClass::isAsciiDigit(c)) {
        i = readArabic(text, pos, q);
        const int afterSuffix = readApproxSuffix(text, i);
        double mult = 1.0;
        int j = readMagnitudes(text, afterSuffix, mult, false);
        if (j > afterSuffix) {
            q.approxSuffix = afterSuffix > i;
            i = j;
        } else {
            mult = 1.0;
        }
        if (mult > 1.0) {
            q.hasMagnitude = true;
            s.multiplier = mult;
            q.value *= mult;
        }
        const int k = readApproxSuffix(text, i);
        if (k > i)
            q.approxSuffix = true;
        i = k;
    } else if ((c == u'数' || c == u'几') && pos + 1 < n) {
        // 数十 / 几百 / 数万: from one to ten of that magnitude.
        double mult = 1.0;
        const int j = readMagnitudes(text, pos + 1, mult, true);
        if (j == pos + 1)
            return std::nullopt;
        i = j;
        q.spelled = true;
        q.fromVagueWord = true;
        q.low = mult;
        q.high = mult * 10;
        q.value = mult;
        q.hasMagnitude = mult >= 1e4;
        s.multiplier = mult;
    } else if (CharClass::chineseDigit(c) >= 1 && pos + 1 < n &&
               CharClass::chineseDigit(text[pos + 1]) >= 1 &&
               CharClass::chineseDigit(text[pos + 1]) > CharClass::chineseDigit(c) &&
               (pos + 2 >= n || CharClass::chineseDigit(text[pos + 2]) < 0)) {
        // 三五百 / 五六个: two neighbouring digits are a span, the magnitude shared.
        double mult = 1.0;
        i = readMagnitudes(text, pos + 2, mult, true);
        q.spelled = true;
        q.fromVagueWord = true;
        q.low = CharClass::chineseDigit(c) * mult;
        q.high = CharClass::chineseDigit(text[pos + 1]) * mult;
        q.value = *q.low;
        q.hasMagnitude = mult >= 1e4;
        s.multiplier = mult;
    } else if (CharClass::isChineseNumeral(c)) {
        const ChineseNumeral cn = ChineseNumeralParser::parse(text, pos);
        if (cn.length == 0)
            return std::nullopt;
        i = pos + cn.length;
        q.spelled = true;
        q.value = cn.value;
        q.bareMagnitude = cn.bareMagnitude;
        q.hasMagnitude = cn.lastUnit >= 1e4;
        q.singleOne = cn.length == 1 && cn.value == 1 && !cn.bareMagnitude;
        if (cn.endsWithUnit)
            s.multiplier = cn.lastUnit;
        if (cn.digitString) {
            q.end = i;
            return s;
        }
        // 十几 / 二十几: the 几 stands for any digit in the next lower place.
        if (cn.endsWithUnit && cn.lastUnit >= 10 && cn.lastUnit < 1e4 && i < n && text[i] == u'几') {
            const double step = cn.lastUnit / 10;
            q.low = cn.value + step;
            q.high = cn.value + 9 * step;
            q.value = *q.low;
            q.fromVagueWord = true;
            q.singleOne = false;
            ++i;
        }
        const int afterSuffix = readApproxSuffix(text, i);
        double mult = 1.0;
        const int j = readMagnitudes(text, afterSuffix, mult, false);
        if (j > afterSuffix) {
            // 十余万: the magnitude after 余 still applies.
            q.approxSuffix = afterSuffix > i;
            q.value *= mult;
            if (q.low)
                q.low = *q.low * mult;
            if (q.high)
                q.high = *q.high * mult;
            q.hasMagnitude = true;
            s.multiplier = mult;
            i = j;
        }
        const int k = readApproxSuffix(text, i);
        if (k > i) {
            q.approxSuffix = true;
            q.singleOne = false;
        }
        i = k;
    } else {
        return std::nullopt;
    }

    if (i < n && text[i] == u'%') {
        q.percent = true;
        ++i;
    }
    q.end = i;
    return s;
}

std::optional<Quantity> QuantityParser::parse(QStringView text, int pos)
{
    const int n = int(text.size());
    if (startsWith(text, pos, u"百分之")) {
        auto s = parseSingle(text, pos + 3);
        if (!s)
            return std::nullopt;
        Quantity q = s->q;
        q.start = pos;
        q.percent = true;
        q.singleOne = false;
        q.bareMagnitude = false;
        return q;
    }

    auto first = parseSingle(text, pos);
    if (!first)
        return std::nullopt;
    Quantity q = first->q;

    // 三分之二: a fraction, reported as a percentage.
    if (!q.percent && !q.isRange() && startsWith(text, q.end, u"分之")) {
        auto part = parseSingle(text, q.end + 2);
        if (part && q.value > 0 && !part->q.percent) {
            q.value = roundTo(part->q.value / q.value * 100.0, 2);
            q.percent = true;
            q.singleOne = false;
            q.end = part->q.end;
            return q;
        }
    }

    // 九成 / 近七成 / 3成: tenths, reported as a percentage (九成 → 90 %). 成 after a numeral also
    // starts words (成员, 成立, 成效 ...), so those are left alone.
    if (!q.percent && !q.isRange() && !q.hasMagnitude && q.value >= 1 && q.value <= 10 && q.end < n &&
        text[q.end] == u'成' && !startsTenthsLookalike(text, q.end + 1)) {
        q.value *= 10;
        q.percent = true;
        q.singleOne = false;
        q.end += 1;
        return q;
    }

    if (q.isRange() || q.approxSuffix)
        return q;
    const int sep = rangeSeparatorLength(text, q.end);
    if (sep == 0 || q.end + sep >= n || !isNumeralStart(text, q.end + sep))
        return q;
    auto second = parseSingle(text, q.end + sep);
    if (!second || second->q.isRange())
        return q;
    Quantity t = second->q;
    double low = q.value;
    // 3-5万 / 两到三千: the magnitude written once applies to both ends (but 五到十个 is 5..10).
    if (first->multiplier == 1.0 && second->multiplier > 1.0 && low * second->multiplier <= t.value)
        low *= second->multiplier;
    if (!(low < t.value))
        return q;
    if (CharClass::isAsciiDigit(text[pos]) != CharClass::isAsciiDigit(text[q.end + sep]))
        return q; // 3至五 mixes scripts: not one span
    Quantity r = q;
    r.low = low;
    r.high = t.value;
    r.value = low;
    r.end = t.end;
    r.percent = q.percent || t.percent;
    r.hasMagnitude = q.hasMagnitude || t.hasMagnitude;
    r.singleOne = false;
    r.bareMagnitude = false;
    r.approxSuffix = t.approxSuffix;
    return r;
}

} // namespace rs
