#include "ChineseNumeralParser.h"

#include "CharClass.h"

namespace rs {

namespace {

ChineseNumeral readDigitString(QStringView text, int pos)
{
    ChineseNumeral r;
    int i = pos;
    double v = 0;
    while (i < text.size() && CharClass::chineseDigit(text[i]) >= 0) {
        v = v * 10 + CharClass::chineseDigit(text[i]);
        ++i;
    }
    r.length = i - pos;
    r.value = v;
    r.digitString = true;
    return r;
}

} // namespace

ChineseNumeral ChineseNumeralParser::parse(QStringView text, int pos)
{
    const int n = int(text.size());
    if (pos >= n || !CharClass::isChineseNumeral(text[pos]))
        return {};

    // A run of two or more digits with no unit (二〇二三) is positional, like a year.
    if (pos + 1 < n && CharClass::chineseDigit(text[pos]) >= 0 &&
        CharClass::chineseDigit(text[pos + 1]) >= 0) {
        int j = pos;
        while (j < n && CharClass::chineseDigit(text[j]) >= 0)
            ++j;
        const bool followedByUnit =
            j < n && (CharClass::chineseUnit(text[j]) > 0 || CharClass::chineseMagnitude(text[j]) > 0);
        const bool hasZero = text[pos] == u'〇' || text[pos + 1] == u'〇' || text[pos + 1] == u'零';
        if (!followedByUnit || hasZero)
            return readDigitString(text, pos);
        // 三五百 and the like are ranges; the caller handles them. Read only the first digit.
    }

    ChineseNumeral r;
    double total = 0;
    double section = 0;
    int pending = -1;  // digit waiting for its unit
    bool zero = false; // a 零 since the last unit: a trailing digit is then a plain units digit
    bool afterUnit = false;
    double lastUnit = 0;
    int i = pos;
    for (; i < n; ++i) {
        const QChar c = text[i];
        const int d = CharClass::chineseDigit(c);
        const int u = CharClass::chineseUnit(c);
        const double m = CharClass::chineseMagnitude(c);
        const int tens = CharClass::chineseTens(c);
        if (d >= 0) {
            if (pending >= 0)
                break; // two digits in a row after units: stop (三五百 style handled by the caller)
            if (d == 0) {
                zero = true;
                afterUnit = false;
                if (i == pos)
                    pending = 0;
                continue;
            }
            pending = d;
            afterUnit = false;
            continue;
        }
        if (tens > 0) {
            if (pending >= 0)
                break;
            section += tens;
            lastUnit = 10;
            afterUnit = true;
            zero = false;
            continue;
        }
        if (u > 0) {
            if (pending < 0) {
                if (i == pos) {
                    // 十二 is ordinary; a bare 百/千 needs a cue word the caller checks.
                    pending = 1;
                    if (u > 10)
                        r.bareMagnitude = true;
                } else if (u == 10 && zero) {
                    pending = 1; // 一百零十 is rare but unambiguous
                } else {
                    break;
                }
            }
            if (lastUnit > 0 && u >= lastUnit && lastUnit < 1e4)
                break; // 百十 / 千千 is not one number
            section += pending * u;
            pending = -1;
            lastUnit = u;
            afterUnit = true;
            zero = false;
            continue;
        }
        if (m > 0) {
            if (pending >= 0) {
                section += pending;
                pending = -1;
            }
            if (section == 0 && total == 0) {
                if (i != pos)
                    break;
                section = 1;
                r.bareMagnitude = true;
            }
            if (m >= 1e8)
                total = (total + section) * m;
            else
                total += section * m;
            section = 0;
            lastUnit = m;
            afterUnit = true;
            zero = false;
            continue;
        }
        break;
    }
    if (pending >= 0) {
        // 一百五 / 三万五: a digit right after a unit takes the next lower place.
        if (afterUnit == false && !zero && lastUnit >= 10 && i > pos + 1 &&
            (CharClass::chineseUnit(text[i - 2]) > 0 || CharClass::chineseMagnitude(text[i - 2]) > 0 ||
             CharClass::chineseTens(text[i - 2]) > 0))
            section += pending * (lastUnit / 10);
        else
            section += pending;
    }
    r.length = i - pos;
    r.value = total + section;
    r.lastUnit = lastUnit;
    r.endsWithUnit = r.length > 0 && (CharClass::chineseUnit(text[i - 1]) > 0 ||
                                      CharClass::chineseMagnitude(text[i - 1]) > 0 ||
                                      CharClass::chineseTens(text[i - 1]) > 0);
    return r;
}

std::optional<double> ChineseNumeralParser::parseWhole(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    const ChineseNumeral r = parse(text, 0);
    if (r.length != text.size())
        return std::nullopt;
    return r.value;
}

} // namespace rs
