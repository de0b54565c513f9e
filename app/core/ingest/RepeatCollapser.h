#pragma once

#include "TextLine.h"

#include <QString>

namespace rs {

// Some scraped reports contain the whole article twice (the page body and, below it, a printable
// or syndicated copy, often with a dateline such as "珠海特区报 2023-03-24 11:35"). The copy is
// recognised by its lines, not by any site's wording: when the lines from the first repeated
// line onwards are, by weight, mostly lines of the part before, the report is stored once.
// Linear in the input: one hash pass plus a set comparison per candidate split.
class RepeatCollapser
{
public:
    struct Result
    {
        bool collapsed = false;
        QString dateline; // the copy's dateline, when it has one
    };

    static Result collapse(TextLines& lines);

    // Share of characters (0..1) each half must have in the other for a repeat.
    static constexpr double kMinOverlap = 0.7;
};

} // namespace rs
