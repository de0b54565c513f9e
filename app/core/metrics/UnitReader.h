#pragma once

#include <QString>
#include <QStringView>

namespace rs {

enum class UnitKind
{
    None,      // nothing recognised after the number
    Count,     // measure words: 人, 人次, 名, 个, 家, 场, 期, ...
    Money,     // 元
    Area,      // 亩, 平方公里, ...
    Percent,   // %, 个百分点
    Physical,  // 吨, 公里, 千瓦, ...
    Time,      // 年, 月, 日, 天, 小时, 个月, 周年, ...: dates and durations are not metrics
    NotMetric, // 级, 届, 版, 号, 层, ...: levels, editions, addresses
};

struct UnitMatch
{
    QString unit; // as written (人次, 元, 平方公里)
    int length = 0;
    UnitKind kind = UnitKind::None;
};

// Reads the measure word or unit right after a number (magnitudes already consumed).
class UnitReader
{
public:
    static UnitMatch read(QStringView text, int pos);
    // Units that count people (人, 名, 人次, 位, 户): a trainee count reads its key from them.
    static bool isPeopleUnit(QStringView unit);
};

} // namespace rs
