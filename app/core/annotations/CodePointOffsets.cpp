#include "CodePointOffsets.h"

#include <algorithm>

namespace rs {

CodePointOffsets::CodePointOffsets(const QString& text)
{
    m_utf16OfCodePoint.reserve(text.size() + 1);
    for (int i = 0; i < text.size(); ++i) {
        m_utf16OfCodePoint.append(i);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
    }
    m_utf16OfCodePoint.append(int(text.size()));
}

int CodePointOffsets::toCodePoint(int utf16Offset) const
{
    // The code point that starts at or contains the offset.
    const auto it = std::upper_bound(m_utf16OfCodePoint.cbegin(), m_utf16OfCodePoint.cend(), utf16Offset);
    return int(it - m_utf16OfCodePoint.cbegin()) - 1;
}

int CodePointOffsets::toUtf16(int codePoint) const
{
    if (codePoint < 0 || codePoint >= m_utf16OfCodePoint.size())
        return -1;
    return m_utf16OfCodePoint.at(codePoint);
}

} // namespace rs
