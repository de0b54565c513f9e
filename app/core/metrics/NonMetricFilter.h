#pragma once

#include "UnitReader.h"
#include "domain/Quantity.h"

#include <QStringView>

namespace rs {

// Decides which numbers are not metrics: dates and durations, ordinals, phone/QQ numbers, e-mail
// and URL fragments, numbers inside slogans, labels and book titles, rhetorical list counts
// (四大行动, 八支人才队伍), named policies (十二条措施), levels and frequencies.
class NonMetricFilter
{
public:
    // Checks before parsing. On rejection `skipTo` is where scanning should resume so the
    // pieces of a rejected run (010-56212745, 2023-03-24) are not read on their own.
    static bool rejectsAt(QStringView text, int start, int& skipTo);
    // Checks once the number, its unit and its quote span are known.
    // `quoteEnd` is past a suffix cue (以上, 左右) when there is one, else `unitEnd`.
    static bool rejectsQuantity(QStringView text, const Quantity& q, const UnitMatch& unit, int quoteStart,
                                int unitEnd, int quoteEnd);

private:
    // The lone 一 that still counts: 新增一个院士工作站, 孵化基地一个, 增长一倍.
    static bool loneOneCounts(QStringView text, const Quantity& q, const UnitMatch& unit, int unitEnd);

    // True when `pos` lies inside a short quoted label (“两个确立”, “168”工程) or a book title.
    static bool insideLabel(QStringView text, int pos);
};

} // namespace rs
