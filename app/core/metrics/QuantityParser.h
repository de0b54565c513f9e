#pragma once

#include "domain/Quantity.h"

#include <QStringView>

#include <optional>

namespace rs {

// Reads the number at a position: Arabic (4998, 13.41, 82,225) or Chinese numerals, a magnitude
// applied to it (1.5亿, 3.2万, 十几万), vague amounts (数十, 十几, 三五百, 1万余), ranges with the
// magnitude spread back to the first number (3-5万, 两到三万), percentages (70%, 百分之八) and
// fractions (三分之二 → 66.67). Qualifier words around the number and the unit are read elsewhere.
class QuantityParser
{
public:
    // True when a number may begin at `pos` (the caller skips runs it has already read).
    static bool isNumeralStart(QStringView text, int pos);
    static std::optional<Quantity> parse(QStringView text, int pos);
    // Length of a range separator (-, —, ~, 至, 到) at `pos`, 0 when none.
    static int rangeSeparatorLength(QStringView text, int pos);

private:
    struct Single
    {
        Quantity q;
        double multiplier = 1.0; // the magnitude applied (3.2万 → 1e4), spread back over ranges
    };
    static std::optional<Single> parseSingle(QStringView text, int pos);
    static int readArabic(QStringView text, int pos, Quantity& q);
    static int readMagnitudes(QStringView text, int pos, double& multiplier, bool chineseUnitsToo);
    static int readApproxSuffix(QStringView text, int pos);
};

} // namespace rs
