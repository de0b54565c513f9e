#pragma once

#include "domain/Qualifier.h"
#include "domain/Quantity.h"

#include <QString>
#include <QStringView>

namespace rs {

struct QualifierMatch
{
    Qualifier qualifier = Qualifier::Exact;
    int start = 0; // quote start, moved back over a prefix cue
    int end = 0;   // quote end, moved forward over a suffix cue
};

// Finds the qualifier cue words around a number: prefixes (约, 近, 超过, 不少于, 最高, 上万 ...)
// and suffixes after the unit (以上, 左右, 以下 ...), plus what the number itself says (余, 多,
// ranges, 数十).
class QualifierDetector
{
public:
    // `unitEnd` is where the unit (or the number, when there is none) ends.
    static QualifierMatch detect(QStringView text, const Quantity& q, int unitEnd);
};

} // namespace rs
