#pragma once

#include <QString>

namespace rs {

// Traditional → simplified, one code point at a time (發 → 发, 場 → 场), for matching only: search tokens,
// metadata keys. A table built once from ICU's Traditional-Simplified transform, keeping only the
// characters it maps to a single other character, so a folded text keeps every offset. Thread-safe.
class HanScriptFold
{
public:
    static char32_t fold(char32_t codePoint);
    // The same over a text; the result has the text's length, so offsets into one hold for the other.
    static QString fold(const QString& text);
};

} // namespace rs
