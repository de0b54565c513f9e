#pragma once

#include <QString>

namespace rs {

// One administrative division, GB/T 2260 code (NBS 2023): 2-digit province, 4-digit city,
// 6-digit county-level unit (including functional zones).
struct Region
{
    enum class Level
    {
        Unknown = 0,
        Province = 1,
        City = 2,
        County = 3
    };
    QString code; // "440404"
    QString name; // "金湾区"
    Level level = Level::Unknown;
    QString provinceCode; // "44"
    QString cityCode;     // "4404" (empty for a province, and for a county directly under one: 110105)
    bool isFunctionalZone = false;

    bool isValid() const { return !code.isEmpty(); }
};

} // namespace rs
