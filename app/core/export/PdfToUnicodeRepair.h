#pragma once

#include <QByteArray>

namespace rs {

// Makes the text of a PDF written by QPdfWriter copy and search as the characters drawn.
//
// Qt's PDF engine writes, for each embedded font, a ToUnicode map from glyphs back to text, naming for
// each glyph the lowest code point the font maps to it. CJK fonts (Noto Sans CJK among them) draw a
// radical and the ideograph it stands for with one glyph, and radicals come first (U+2F08 ⼈ before
// U+4EBA 人), so the chart title 人才补贴对比 copies as ⼈才补贴对⽐. repair() rewrites every ToUnicode map
// so that such glyphs name the ideograph (CjkRadicals), then corrects the stream's length and the
// cross-reference offsets that follow it. Anything it does not recognise is returned unchanged.
class PdfToUnicodeRepair
{
public:
    static QByteArray repair(const QByteArray& pdf);
    // One ToUnicode CMap's text with radicals replaced; unchanged when none occurs.
    static QByteArray repairCMap(const QByteArray& cmap);
};

} // namespace rs
