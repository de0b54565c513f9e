#pragma once

#include <optional>

namespace rs {

// A number read from text, before unit and qualifier words around it are considered.
struct Quantity
{
    int start = 0;
    int end = 0; // exclusive; covers magnitude, 余/多/几 and a % sign
    double value = 0.0;
    std::optional<double> low;
    std::optional<double> high;
    bool percent = false;       // % sign, 百分之, or a fraction (三分之二)
    bool spelled = false;       // written in Chinese numerals only
    bool hasMagnitude = false;  // 万/亿/千/百 applied to an Arabic number, or 万/亿 in a Chinese one
    bool bareMagnitude = false; // 万/百/千 with no digit (上万, 近千): only valid after a cue word
    bool approxSuffix = false;  // 余 / 多 right after the number
    bool fromVagueWord = false; // 数十 / 几十 / 十几 / 三五百
    int intDigits = 0;          // Arabic: digits before the decimal point, separators excluded
    bool leadingZero = false;   // Arabic written with a leading 0 (010-...): phone numbers and codes
    bool singleOne = false;     // the lone character 一: nearly always "a/one" rather than a count

    bool isRange() const { return low.has_value() && high.has_value(); }
};

} // namespace rs
