#pragma once

#include "domain/Qualifier.h"

#include <QString>

#include <optional>

namespace rs {

// One figure found in a report body. Offsets are UTF-16 code units into the stored body.
struct Metric
{
    int start = 0;
    int end = 0;        // exclusive
    QString quote;      // body.mid(start, end - start)
    double value = 0.0; // normalized: magnitudes applied, money in 元, percentages as the number before %
    std::optional<double> low;
    std::optional<double> high;
    QString unit; // as written after the magnitude (人次, 名, 元, %, 平方公里, ...)
    Qualifier qualifier = Qualifier::Exact;
    QString subject;       // noun phrase of what is counted (培训干部, 人才政策补贴)
    QString key;           // taxonomy key, empty when none fits
    QString period;        // "2022", or empty when unknown
    bool isTarget = false; // a plan or target rather than an achievement
    // The figure names no year of its own: `period` is its report's (publication date, else the
    // year the report says it covers).
    bool periodByReport = false;
    QString subKey; // a finer kind under `key` (企业 › 高新技术企业), empty when none applies
    QString reason; // why `key` was chosen, in words: the cue and where it was read
};

} // namespace rs
