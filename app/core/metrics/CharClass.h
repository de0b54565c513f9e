#pragma once

#include <QChar>
#include <QStringView>

namespace rs {

// Character tests shared by the metric scanners. They assume width-folded text (see WidthFolder),
// so full-width digits and punctuation have already become their ASCII forms.
class CharClass
{
public:
    // `w` occurs in `text` at `pos`. A plain loop: the scanners call this for many short words
    // at every candidate, where a general string comparison costs more than it saves.
    static bool matchesAt(QStringView text, qsizetype pos, QStringView w)
    {
        if (pos < 0 || pos + w.size() > text.size())
            return false;
        for (qsizetype k = 0; k < w.size(); ++k) {
            if (text[pos + k] != w[k])
                return false;
        }
        return true;
    }

    static bool isAsciiDigit(QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; }
    static bool isAsciiLetter(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
    }

    // 0..9 for Chinese digits (plain and financial), -1 otherwise.
    static int chineseDigit(QChar c)
    {
        switch (c.unicode()) {
        case u'〇':
        case u'零':
            return 0;
        case u'一':
        case u'壹':
            return 1;
        case u'二':
        case u'两':
        case u'贰':
        case u'貳':
        case u'兩':
            return 2;
        case u'三':
        case u'叁':
        case u'參':
            return 3;
        case u'四':
        case u'肆':
            return 4;
        case u'五':
        case u'伍':
            return 5;
        case u'六':
        case u'陆':
        case u'陸':
            return 6;
        case u'七':
        case u'柒':
            return 7;
        case u'八':
        case u'捌':
            return 8;
        case u'九':
        case u'玖':
            return 9;
        default:
            return -1;
        }
    }

    // 10 / 100 / 1000 for the in-section units, 0 otherwise.
    static int chineseUnit(QChar c)
    {
        switch (c.unicode()) {
        case u'十':
        case u'拾':
            return 10;
        case u'百':
        case u'佰':
            return 100;
        case u'千':
        case u'仟':
            return 1000;
        default:
            return 0;
        }
    }

    // 1e4 / 1e8 for the section magnitudes, 0 otherwise.
    static double chineseMagnitude(QChar c)
    {
        switch (c.unicode()) {
        case u'万':
        case u'萬':
            return 1e4;
        case u'亿':
        case u'億':
            return 1e8;
        default:
            return 0;
        }
    }

    // 廿 / 卅 / 卌 are a digit and 十 in one character.
    static int chineseTens(QChar c)
    {
        switch (c.unicode()) {
        case u'廿':
            return 20;
        case u'卅':
            return 30;
        case u'卌':
            return 40;
        default:
            return 0;
        }
    }

    static bool isChineseNumeral(QChar c)
    {
        return chineseDigit(c) >= 0 || chineseUnit(c) > 0 || chineseMagnitude(c) > 0 || chineseTens(c) > 0;
    }

    // Ends a clause: the scope of a subject phrase.
    static bool isClauseBreak(QChar c)
    {
        switch (c.unicode()) {
        case ',':
        case ';':
        case ':':
        case '!':
        case '?':
        case '\n':
        case '\r':
        case u'。':
        case u'、':
        case u'…':
            return true;
        default:
            return false;
        }
    }

    // Ends a sentence: the scope of context cues, periods and borrowed units.
    static bool isSentenceBreak(QChar c)
    {
        switch (c.unicode()) {
        case ';':
        case '!':
        case '?':
        case '\n':
        case '\r':
        case u'。':
            return true;
        default:
            return false;
        }
    }

    static bool isOpeningQuote(QChar c)
    {
        const char16_t u = c.unicode();
        return u == u'“' || u == u'「' || u == u'『' || u == u'《' || u == u'‘';
    }
    static bool isClosingQuote(QChar c)
    {
        const char16_t u = c.unicode();
        return u == u'”' || u == u'」' || u == u'』' || u == u'》' || u == u'’';
    }
};

} // namespace rs
