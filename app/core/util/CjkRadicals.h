#pragma once

namespace rs {

// CJK radicals and strokes (⼈ U+2F08, ⻓ U+2ED3 …) and the unified ideograph each stands for (人, 长).
// CJK fonts draw both with one glyph, so a map from glyphs back to text (a PDF's ToUnicode) must name the
// ideograph: that is what the drawn text says.
class CjkRadicals
{
public:
    // The ideograph a radical or stroke stands for; any other code point is returned as it is.
    static char32_t unifiedIdeograph(char32_t codePoint);
};

} // namespace rs
