#pragma once

#include <QStringView>

#include <optional>

namespace rs {

// One Chinese numeral read at a position.
struct ChineseNumeral
{
    int length = 0; // UTF-16 units consumed; 0 when nothing was read
    double value = 0.0;
    bool bareMagnitude = false; // began with 百/千/万/亿 and no digit (上万, 近千): needs a cue to count
    bool digitString = false;  // digit-by-digit form (二〇二三)
    double lastUnit = 0;       // place value of the last unit read (十→10, 万→1e4); 0 when none
    bool endsWithUnit = false; // last character was 十/百/千/万/亿 (so 十几 can follow)
};

// Reads Chinese numerals: plain, financial (壹贰叁, 拾佰仟), 两, 〇/零, 廿/卅, digit strings
// (二〇二三) and the spoken abbreviations where a trailing digit takes the next lower place
// (一百五 = 150, 三万五 = 35000, 两千六 = 2600). ICU's spell-out parser is not used because it
// reads those spoken forms positionally (一百五 → 105).
class ChineseNumeralParser
{
public:
    static ChineseNumeral parse(QStringView text, int pos);
    // The whole of `text` must be one numeral.
    static std::optional<double> parseWhole(QStringView text);
};

} // namespace rs
