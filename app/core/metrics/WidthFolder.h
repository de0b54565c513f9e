#pragma once

#include <QString>

namespace rs {

// Folds full-width ASCII forms (１２３，％) and the ideographic space to their ASCII forms. Every
// mapping is one UTF-16 unit to one, so offsets found in the folded text are valid in the original.
class WidthFolder
{
public:
    static QChar foldChar(QChar c)
    {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            return QChar(char16_t(u - 0xFEE0));
        if (u == 0x3000)
            return QChar(u' ');
        if (u == 0xFE6A) // small percent sign
            return QChar(u'%');
        return c;
    }
    static QString fold(const QString& text);
};

} // namespace rs
