#include "HanScriptFold.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <vector>

namespace rs {
namespace {

// The BMP's ideographs: Extension A, the unified block and the compatibility ideographs.
constexpr char32_t kFirst = 0x3400;
constexpr char32_t kLast = 0xFAFF;

std::vector<char16_t> buildTable()
{
    std::vector<char16_t> table(kLast - kFirst + 1, 0);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> transform(
        icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !transform)
        return table;
    // One call over every character, each followed by a line break, is far cheaper than one call per
    // character; a character whose result is not exactly one other code unit is left unmapped.
    icu::UnicodeString all;
    for (char32_t c = kFirst; c <= kLast; ++c) {
        all.append(UChar32(c));
        all.append(UChar(u'\n'));
    }
    transform->transliterate(all);
    char32_t c = kFirst;
    int32_t from = 0;
    for (int32_t i = 0; i < all.length() && c <= kLast; ++i) {
        if (all.charAt(i) != u'\n')
            continue;
        if (i - from == 1 && all.charAt(from) != char16_t(c))
            table[c - kFirst] = all.charAt(from);
        from = i + 1;
        ++c;
    }
    return table;
}

} // namespace

char32_t HanScriptFold::fold(char32_t codePoint)
{
    if (codePoint < kFirst || codePoint > kLast)
        return codePoint;
    static const std::vector<char16_t> table = buildTable();
    const char16_t folded = table[codePoint - kFirst];
    return folded ? char32_t(folded) : codePoint;
}

QString HanScriptFold::fold(const QString& text)
{
    QString folded = text;
    for (QChar& c : folded) {
        // Surrogates lie below kFirst and stay as they are: the table holds BMP characters only.
        const char32_t f = fold(char32_t(c.unicode()));
        if (f != c.unicode())
            c = QChar(char16_t(f));
    }
    return folded;
}

} // namespace rs
