#pragma once

#include <QString>

namespace rs {

// Short Chinese number forms for chart labels (1.5亿, 13.41万, 4998) through ICU's compact notation.
// ICU's compactShort rounds to two significant digits by default, which would turn 13.41万 into 13万,
// so the precision is set explicitly.
class CompactNumber
{
public:
    // maxSignificant: digits kept (4 keeps 13.41万 and 4998 exact).
    static QString format(double value, int maxSignificant = 4);
};

} // namespace rs
