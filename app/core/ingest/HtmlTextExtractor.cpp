#include "HtmlTextExtractor.h"

#include "util/Utf8Tables.h"

#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

namespace rs {

namespace {

struct Attribute
{
    QString name; // lower case
    QString value;
};
using Attributes = QVarLengthArray<Attribute, 8>;

QString attribute(const Attributes& attrs, QLatin1String name)
{
    for (const Attribute& a : attrs) {
        if (a.name == name)
            return a.value;
    }
    return {};
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u':' || c == u'_';
}

const QSet<QString>& voidElements()
{
    static const QSet<QString> set = utf8Set({"area", "base", "br", "col", "embed", "hr", "img", "input",
                                              "link", "meta", "param", "source", "track", "wbr", "keygen"});
    return set;
}

const QSet<QString>& blockElements()
{
    static const QSet<QString> set = utf8Set(
        {"address", "article", "aside", "blockquote", "body",       "center",  "dd",      "details", "dialog",
         "div",     "dl",      "dt",    "fieldset",   "figcaption", "figure",  "footer",  "form",    "h1",
         "h2",      "h3",      "h4",    "h5",         "h6",         "header",  "hr",      "html",    "li",
         "main",    "nav",     "ol",    "p",          "pre",        "section", "summary", "table",   "tbody",
         "thead",   "tfoot",   "tr",    "ul",         "caption",    "option",  "legend",  "br"});
    return set;
}

// Elements whose whole content is web chrome rather than article text.
const QSet<QString>& chromeElements()
{
    static const QSet<QString> set = utf8Set({"head", "nav", "footer", "aside", "select", "button", "svg",
                                              "canvas", "object", "template", "map", "menu"});
    return set;
}

// Raw-text elements: their content is not markup, so it is skipped (or kept, for <title>) whole.
const QSet<QString>& rawTextElements()
{
    static const QSet<QString> set =
        utf8Set({"script", "style", "textarea", "title", "xmp", "noscript", "iframe"});
    return set;
}

// Chinese government sites rarely use <nav>/<footer>; their chrome lives in classed <div>s.
bool hasChromeClass(const Attributes& attrs)
{
    static const QRegularExpression re(
        QStringLiteral("(?:^|[\\s_-])(nav|navbar|menu|footer|foot|breadcrumbs?|crumbs?|share|sidebar|"
                       "copyright|friendlinks?|related|recommend|position|location|toolbar)(?:$|[\\s_-])"),
        QRegularExpression::CaseInsensitiveOption);
    for (const Attribute& a : attrs) {
        if ((a.name == QLatin1String("class") || a.name == QLatin1String("id")) && !a.value.isEmpty() &&
            re.match(a.value).hasMatch())
            return true;
    }
    return false;
}

bool meaningfulAlt(const QString& alt)
{
    static const QRegularExpression generic(
        QStringLiteral("^(图片|圖片|图|image|img|photo|picture|logo|icon|pic|banner|\\d+|.*\\.(jpe?g|png|gif|"
                       "webp|bmp))$"),
        QRegularExpression::CaseInsensitiveOption);
    return alt.size() >= 2 && !generic.match(alt).hasMatch();
}

class Builder
{
public:
    TextLines lines;

    void appendText(QStringView raw, bool pre)
    {
        const QString text = HtmlTextExtractor::decodeEntities(raw.toString());
        for (const QChar c : text) {
            if (c == u'\n' && pre) {
                breakLine(false);
            } else if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f') {
                if (!m_current.isEmpty() && !m_current.endsWith(u' '))
                    m_current += u' ';
            } else {
                m_current += c;
            }
        }
    }

    void appendSpace()
    {
        if (!m_current.isEmpty() && !m_current.endsWith(u' '))
            m_current += u' ';
    }

    void breakLine(bool caption)
    {
        const QString line = m_current.trimmed();
        m_current.clear();
        addLine(line, caption);
    }

    // Chinese government pages put a photo in one <p> and its caption, without markup, in the next.
    void imageSeen() { m_afterImage = true; }

    void addLine(const QString& line, bool caption, bool fromAlt = false)
    {
        if (line.isEmpty())
            return;
        if (!fromAlt) {
            static const QRegularExpression numberedHeading(
                QStringLiteral("^(?:[一二三四五六七八九十]+、|\\d+[.、\\x{FF0E}]|第[一二三四五六七八九十\\d]+"
                               "[章节部分条])"));
            if (m_afterImage && line.size() <= 60 && !numberedHeading.match(line).hasMatch())
                caption = true;
            m_afterImage = false;
        }
        // A figcaption usually repeats the img alt just before it.
        if (caption && !lines.isEmpty() && lines.last().caption && lines.last().text == line)
            return;
        lines.append({line, caption});
    }

private:
    QString m_current;
    bool m_afterImage = false;
};

struct OpenElement
{
    QString name;
    bool chrome = false;
};

// A start or end tag: its name in lower case, its attributes (none kept for an end tag), and where the
// text after it starts.
struct HtmlTag
{
    QString name;
    Attributes attrs;
    bool selfClosing = false;
    qsizetype end = 0;
};

// One attribute's value from `j` (just past '='), entities decoded; returns where it ends.
qsizetype readValue(const QString& html, qsizetype j, QString* value)
{
    const qsizetype n = html.size();
    while (j < n && html[j].isSpace())
        ++j;
    if (j < n && (html[j] == u'"' || html[j] == u'\'')) {
        const QChar quote = html[j];
        const qsizetype close = html.indexOf(quote, j + 1);
        const qsizetype end = close < 0 ? n : close;
        *value = html.mid(j + 1, end - j - 1);
        j = close < 0 ? n : close + 1;
    } else {
        const qsizetype valueStart = j;
        while (j < n && !html[j].isSpace() && html[j] != u'>')
            ++j;
        *value = html.mid(valueStart, j - valueStart);
    }
    *value = HtmlTextExtractor::decodeEntities(*value).trimmed();
    return j;
}

// The tag whose name starts at `j` (past "<" or "</").
HtmlTag readTag(const QString& html, qsizetype j, bool endTag)
{
    const qsizetype n = html.size();
    HtmlTag tag;
    const qsizetype nameStart = j;
    while (j < n && isNameChar(html[j]))
        ++j;
    tag.name = html.mid(nameStart, j - nameStart).toLower();
    while (j < n && html[j] != u'>') {
        const QChar c = html[j];
        if (c.isSpace() || c == u'/') {
            tag.selfClosing = c == u'/';
            ++j;
            continue;
        }
        const qsizetype attrStart = j;
        while (j < n && !html[j].isSpace() && html[j] != u'=' && html[j] != u'>' && html[j] != u'/')
            ++j;
        Attribute a;
        a.name = html.mid(attrStart, j - attrStart).toLower();
        while (j < n && html[j].isSpace())
            ++j;
        if (j < n && html[j] == u'=')
            j = readValue(html, j + 1, &a.value);
        if (!a.name.isEmpty() && !endTag)
            tag.attrs.append(a);
        if (attrStart == j)
            ++j; // never stall on a stray character
    }
    tag.end = j < n ? j + 1 : n;
    return tag;
}

// The walk through a page: the elements open, and the depths that decide how their text is kept
// (dropped inside chrome, kept as a caption, line breaks kept in <pre>).
struct Walk
{
    Walk(const QString& page, HtmlTextExtractor::Result& extracted) : html(page), result(extracted) {}

    const QString& html;
    HtmlTextExtractor::Result& result;
    Builder out;
    QVector<OpenElement> stack;
    int chromeDepth = 0;
    int captionDepth = 0;
    int preDepth = 0;
    int articleDepth = 0;
    qsizetype textStart = 0;

    void flushText(qsizetype end)
    {
        if (end > textStart && chromeDepth == 0)
            out.appendText(QStringView(html).mid(textStart, end - textStart), preDepth > 0);
    }

    bool popTo(const QString& name)
    {
        for (qsizetype k = stack.size() - 1; k >= 0; --k) {
            if (stack[k].name != name)
                continue;
            while (stack.size() > k) {
                const OpenElement e = stack.takeLast();
                chromeDepth -= e.chrome ? 1 : 0;
                captionDepth -= e.name == QLatin1String("figcaption") ? 1 : 0;
                preDepth -= e.name == QLatin1String("pre") ? 1 : 0;
                articleDepth -=
                    (e.name == QLatin1String("article") || e.name == QLatin1String("main")) ? 1 : 0;
            }
            return true;
        }
        return false;
    }

    void close(const QString& name)
    {
        if (blockElements().contains(name) && chromeDepth == 0)
            out.breakLine(captionDepth > 0);
        else if ((name == QLatin1String("td") || name == QLatin1String("th")) && chromeDepth == 0)
            out.appendSpace();
        popTo(name);
    }

    void readMeta(const Attributes& attrs)
    {
        QString key = attribute(attrs, QLatin1String("name"));
        if (key.isEmpty())
            key = attribute(attrs, QLatin1String("property"));
        if (key.isEmpty())
            key = attribute(attrs, QLatin1String("itemprop"));
        const QString content = attribute(attrs, QLatin1String("content"));
        if (!key.isEmpty() && !content.isEmpty() && !result.meta.contains(key.toLower()))
            result.meta.insert(key.toLower(), content);
    }

    // Skips a <script>, <style> or <title> whose text starts at `i` (keeping the first title); returns
    // where the text after its end tag starts.
    qsizetype skipRawText(const QString& name, qsizetype i)
    {
        const qsizetype n = html.size();
        static const QString closePrefix = QStringLiteral("</");
        const qsizetype close = html.indexOf(closePrefix + name, i, Qt::CaseInsensitive);
        const qsizetype end = close < 0 ? n : close;
        if (name == QLatin1String("title") && result.documentTitle.isEmpty())
            result.documentTitle = HtmlTextExtractor::decodeEntities(html.mid(i, end - i)).simplified();
        const qsizetype gt = close < 0 ? n : html.indexOf(u'>', close);
        return gt < 0 ? n : gt + 1;
    }

    // A start tag whose text starts at `i`; returns where the walk goes on.
    qsizetype open(const HtmlTag& tag, qsizetype i)
    {
        const QString& name = tag.name;
        if (name == QLatin1String("meta")) {
            readMeta(tag.attrs);
            return i;
        }
        if (rawTextElements().contains(name)) {
            if (tag.selfClosing)
                return i;
            textStart = skipRawText(name, i);
            return textStart;
        }
        if (name == QLatin1String("body"))
            popTo(QStringLiteral("head")); // pages often forget </head>
        if (name == QLatin1String("img")) {
            const QString alt = attribute(tag.attrs, QLatin1String("alt")).simplified();
            if (chromeDepth == 0) {
                out.breakLine(captionDepth > 0);
                if (meaningfulAlt(alt))
                    out.addLine(alt, true, true);
                out.imageSeen();
            }
            return i;
        }
        if (name == QLatin1String("br")) {
            if (chromeDepth == 0)
                out.breakLine(captionDepth > 0);
            return i;
        }
        if (name == QLatin1String("td") || name == QLatin1String("th")) {
            if (chromeDepth == 0)
                out.appendSpace();
        } else if (blockElements().contains(name) && chromeDepth == 0) {
            out.breakLine(captionDepth > 0);
        }
        if (voidElements().contains(name) || tag.selfClosing)
            return i;

        OpenElement e;
        e.name = name;
        // An article's own <header> holds its title and date; only page headers are chrome.
        e.chrome = chromeElements().contains(name) ||
                   (name == QLatin1String("header") && articleDepth == 0) || hasChromeClass(tag.attrs);
        chromeDepth += e.chrome ? 1 : 0;
        captionDepth += name == QLatin1String("figcaption") ? 1 : 0;
        preDepth += name == QLatin1String("pre") ? 1 : 0;
        articleDepth += (name == QLatin1String("article") || name == QLatin1String("main")) ? 1 : 0;
        stack.append(e);
        return i;
    }
};

} // namespace

QString HtmlTextExtractor::decodeEntities(const QString& text)
{
    if (!text.contains(u'&'))
        return text;
    static const QHash<QString, char32_t> named = utf8Hash<char32_t>(
        {{"nbsp", 0xA0},    {"amp", '&'},       {"lt", '<'},        {"gt", '>'},        {"quot", '"'},
         {"apos", '\''},    {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"lsquo", 0x2018},  {"rsquo", 0x2019},
         {"mdash", 0x2014}, {"ndash", 0x2013},  {"hellip", 0x2026}, {"middot", 0xB7},   {"bull", 0x2022},
         {"copy", 0xA9},    {"reg", 0xAE},      {"trade", 0x2122},  {"times", 0xD7},    {"divide", 0xF7},
         {"ensp", 0x2002},  {"emsp", 0x2003},   {"thinsp", 0x2009}, {"laquo", 0xAB},    {"raquo", 0xBB},
         {"yen", 0xA5},     {"deg", 0xB0},      {"plusmn", 0xB1},   {"sup2", 0xB2},     {"sup3", 0xB3},
         {"frac12", 0xBD},  {"permil", 0x2030}, {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"zwsp", 0x200B},
         {"shy", 0xAD},     {"sect", 0xA7},     {"para", 0xB6},     {"euro", 0x20AC},   {"pound", 0xA3},
         {"cent", 0xA2},    {"larr", 0x2190},   {"rarr", 0x2192},   {"uarr", 0x2191},   {"darr", 0x2193}});
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c != u'&') {
            out += c;
            continue;
        }
        qsizetype j = i + 1;
        char32_t code = 0;
        bool ok = false;
        if (j < n && text[j] == u'#') {
            ++j;
            const bool hex = j < n && (text[j] == u'x' || text[j] == u'X');
            if (hex)
                ++j;
            const qsizetype digitsStart = j;
            while (j < n && j - digitsStart < 8 && (hex ? isxdigit(text[j].unicode()) : text[j].isDigit()))
                ++j;
            if (j > digitsStart) {
                code = text.mid(digitsStart, j - digitsStart).toUInt(&ok, hex ? 16 : 10);
                ok = ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF);
            }
        } else {
            while (j < n && j - i <= 10 && text[j].isLetterOrNumber() && text[j].unicode() < 128)
                ++j;
            const auto it = named.constFind(text.mid(i + 1, j - i - 1));
            if (it != named.constEnd()) {
                // Only the basic entities are commonly written without the semicolon.
                const bool basic = *it == '&' || *it == '<' || *it == '>' || *it == '"' || *it == 0xA0;
                ok = (j < n && text[j] == u';') || basic;
                code = *it;
            }
        }
        if (!ok) {
            out += c;
            continue;
        }
        if (j < n && text[j] == u';')
            ++j;
        out += QString::fromUcs4(&code, 1);
        i = j - 1;
    }
    return out;
}

bool HtmlTextExtractor::looksLikeHtml(const QString& text)
{
    const QString head = text.left(4096).toLower();
    const QString start = head.trimmed();
    if (start.startsWith(QLatin1String("<!doctype html")) || start.startsWith(QLatin1String("<html")) ||
        start.startsWith(QLatin1String("<?xml")) || start.startsWith(QLatin1String("<head")))
        return true;
    return head.contains(QLatin1String("<html")) || head.contains(QLatin1String("<body")) ||
           head.count(QLatin1String("</p>")) + head.count(QLatin1String("<br")) +
                   head.count(QLatin1String("</div>")) >=
               2;
}

bool HtmlTextExtractor::looksLikeHtml(const QByteArray& bytes)
{
    return looksLikeHtml(QString::fromLatin1(bytes.left(4096)));
}

QByteArray HtmlTextExtractor::sniffCharset(const QByteArray& bytes)
{
    static const QRegularExpression re(
        QStringLiteral("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(bytes.left(8192)));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

HtmlTextExtractor::Result HtmlTextExtractor::extract(const QString& html)
{
    Result result;
    Walk walk(html, result);
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        if (html[i] != u'<' || i + 1 >= n) {
            ++i;
            continue;
        }
        const QChar next = html[i + 1];
        if (next == u'!' || next == u'?') {
            walk.flushText(i);
            const bool comment = html.mid(i, 4) == QLatin1String("<!--");
            const qsizetype close =
                comment ? html.indexOf(QLatin1String("-->"), i + 4) : html.indexOf(u'>', i);
            i = close < 0 ? n : close + (comment ? 3 : 1);
            walk.textStart = i;
            continue;
        }
        const bool endTag = next == u'/';
        const qsizetype nameStart = i + (endTag ? 2 : 1);
        if (nameStart >= n || !html[nameStart].isLetter()) {
            ++i; // a literal '<'
            continue;
        }
        walk.flushText(i);
        const HtmlTag tag = readTag(html, nameStart, endTag);
        i = tag.end;
        walk.textStart = i;
        if (endTag)
            walk.close(tag.name);
        else
            i = walk.open(tag, i);
    }
    walk.flushText(n);
    walk.out.breakLine(walk.captionDepth > 0);
    result.lines = std::move(walk.out.lines);
    return result;
}

} // namespace rs
