#include "ParagraphBuilder.h"

#include <QRegularExpression>

namespace rs {

namespace {

// Longer than any heading; a line this long without final punctuation was cut mid-sentence.
constexpr int kMaxHeading = 40;
constexpr int kMaxCaption = 40;

bool isFinal(QChar c)
{
    return QStringView(u"。.!?\uFF01\uFF1F;\uFF1B…").contains(c);
}

bool isClosing(QChar c)
{
    return QStringView(u"”’\"')\uFF09】」』》").contains(c);
}

// The last character that is not a closing quote or bracket.
QChar lastSignificant(const QString& s)
{
    qsizetype i = s.size() - 1;
    while (i > 0 && isClosing(s[i]))
        --i;
    return i >= 0 ? s[i] : QChar();
}

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF) ||
           c.isHighSurrogate();
}

bool endsWithContinuation(const QString& s)
{
    return !s.isEmpty() && QStringView(u",\uFF0C、“《(\uFF08[「『").contains(s.back());
}

bool isHeadingShaped(const QString& s)
{
    if (s.size() > kMaxHeading || s.contains(u'。'))
        return false;
    const QChar last = lastSignificant(s);
    return !isFinal(last) && !QStringView(u",\uFF0C、:\uFF1A").contains(last);
}

bool isPhotoCredit(const QString& s)
{
    static const QRegularExpression re(
        QStringLiteral("图为|^图[::\\x{FF1A}]|[((\\x{FF08}](?:[^))\\x{FF09}]{0,20}[\\s\\x{3000}])?(?:摄|供图|"
                       "图片来源[^))\\x{FF09}]*)[))\\x{FF09}]$|"
                       "[\\s\\x{3000}]摄$|^(?:上|下|左|右|左上|右上|左下|右下)图[::\\x{FF1A}]"));
    return re.match(s).hasMatch();
}

} // namespace

TextLines ParagraphBuilder::joinBrokenLines(const TextLines& lines)
{
    TextLines out;
    out.reserve(lines.size());
    for (const TextLine& line : lines) {
        if (!out.isEmpty() && !line.caption && !out.last().caption && !line.heading && !out.last().heading) {
            TextLine& prev = out.last();
            const QString& a = prev.text;
            const QString& b = line.text;
            const QChar first = b.front();
            const bool bStartsInside =
                isHan(first) || first.isDigit() || first == u'“' || first == u'「' || first == u'『';
            const bool cutLongLine =
                a.size() > kMaxHeading && (isHan(a.back()) || a.back().isDigit()) && !isHeadingShaped(b);
            if (bStartsInside && (endsWithContinuation(a) || cutLongLine)) {
                const bool latinSeam = a.back().isLetterOrNumber() && !isHan(a.back()) &&
                                       first.isLetterOrNumber() && !isHan(first);
                if (latinSeam)
                    prev.text += u' ';
                prev.text += b;
                continue;
            }
        }
        out.append(line);
    }
    return out;
}

Paragraph::Kind ParagraphBuilder::classify(const TextLine& line)
{
    if (line.caption)
        return Paragraph::Kind::Caption;
    const QString& s = line.text;
    if (s.contains(u'\t'))
        return Paragraph::Kind::Text; // a table row (PDF, Word)
    if (line.heading && s.size() <= 2 * kMaxHeading && !s.contains(u'。'))
        return Paragraph::Kind::Heading;
    if (s.size() <= 80 && isPhotoCredit(s))
        return Paragraph::Kind::Caption;
    if (isHeadingShaped(s))
        return Paragraph::Kind::Heading;
    // A standalone one-sentence description ("珠海国际健康港。") is an image caption; a
    // parallel slogan ("力往一处使,心往一处想。") is not.
    if (s.size() <= kMaxCaption && s.endsWith(u'。') && s.count(u'。') == 1 && !s.contains(u'?') &&
        !s.contains(u'\uFF1F') && !s.contains(u'!') && !s.contains(u'\uFF01') && !s.contains(u';') &&
        !s.contains(u'\uFF1B') && !s.contains(u':') && !s.contains(u'\uFF1A')) {
        static const QRegularExpression clauses(QStringLiteral("[,,;;\\x{FF0C}\\x{FF1B}]"));
        const QStringList parts = s.left(s.size() - 1).split(clauses);
        const bool slogan =
            parts.size() >= 2 && std::all_of(parts.cbegin(), parts.cend(), [&](const QString& p) {
                return p.size() <= 8 && p.size() * 2 >= parts.front().size();
            });
        if (!slogan)
            return Paragraph::Kind::Caption;
    }
    return Paragraph::Kind::Text;
}

void ParagraphBuilder::build(const TextLines& lines, QString* body, QVector<Paragraph>* paragraphs,
                             bool guessCaptions)
{
    const TextLines joined = joinBrokenLines(lines);
    body->clear();
    paragraphs->clear();
    qsizetype total = 0;
    for (const TextLine& l : joined)
        total += l.text.size() + 1;
    body->reserve(total);
    paragraphs->reserve(joined.size());
    for (const TextLine& l : joined) {
        if (l.text.isEmpty())
            continue;
        if (!body->isEmpty())
            *body += u'\n';
        Paragraph p;
        p.start = int(body->size());
        *body += l.text;
        p.end = int(body->size());
        p.kind = classify(l);
        p.page = l.page;
        // Photos sit between paragraphs of text; a short sentence opening the body or a section
        // is a lead, not a caption.
        if (p.kind == Paragraph::Kind::Caption && !l.caption && !isPhotoCredit(l.text) &&
            (!guessCaptions || paragraphs->isEmpty() || paragraphs->last().kind == Paragraph::Kind::Heading))
            p.kind = Paragraph::Kind::Text;
        paragraphs->append(p);
    }
}

} // namespace rs
