#pragma once

#include <QString>
#include <QVector>

namespace rs {

// Converts between UTF-16 offsets (how Qt and the database address a body) and Unicode code point
// offsets (how W3C Web Annotation and REFI-QDA count), which differ after any character outside the BMP.
class CodePointOffsets
{
public:
    explicit CodePointOffsets(const QString& text);

    int toCodePoint(int utf16Offset) const;
    // -1 when codePoint lies beyond the text.
    int toUtf16(int codePoint) const;
    int codePointCount() const { return int(m_utf16OfCodePoint.size()) - 1; }

private:
    QVector<int> m_utf16OfCodePoint; // UTF-16 offset of each code point, plus the text's end
};

} // namespace rs
