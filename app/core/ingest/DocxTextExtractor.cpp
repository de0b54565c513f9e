#include "DocxTextExtractor.h"

#include "util/ZipArchive.h"

#include <QHash>
#include <QRegularExpression>
#include <QVector>
#include <QXmlStreamReader>

namespace rs {
namespace {

constexpr int kLevels = 9;

struct Style
{
    QString name;
    QString basedOn;
    int outline = -1;
};

struct Level
{
    QString format = QStringLiteral("decimal");
    QString text = QStringLiteral("%1.");
    int start = 1;
};

struct Numbering
{
    QHash<QString, QVector<Level>> abstracts; // abstractNumId -> levels
    QHash<QString, QString> nums;             // numId -> abstractNumId
    QHash<QString, QVector<int>> counters;    // numId -> current value per level
};

QString attribute(const QXmlStreamReader& xml, QLatin1String name)
{
    // WordprocessingML attributes are namespaced (w:val); match by local name.
    for (const QXmlStreamAttribute& a : xml.attributes()) {
        if (a.name() == name)
            return a.value().toString();
    }
    return QString();
}

QString chineseNumber(int n)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (n <= 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    QString s = n >= 20 ? QString(digits.at(n / 10)) : QString();
    s += u'十';
    if (n % 10)
        s += digits.at(n % 10);
    return s;
}

QString letters(int n, bool upper)
{
    QString s;
    for (int k = n; k > 0; k = (k - 1) / 26)
        s.prepend(QChar(u'a' + (k - 1) % 26));
    return upper ? s.toUpper() : s;
}

QString roman(int n, bool upper)
{
    static const std::pair<int, const char*> table[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
        {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
    QString s;
    for (const auto& [value, digits] : table) {
        for (; n >= value; n -= value)
            s += QLatin1String(digits);
    }
    return upper ? s.toUpper() : s;
}

QString formatNumber(int n, const QString& format)
{
    if (format.startsWith(QLatin1String("chineseCounting")) || format == QLatin1String("japaneseCounting") ||
        format == QLatin1String("taiwaneseCounting"))
        return chineseNumber(n);
    if (format == QLatin1String("ideographTraditional") && n >= 1 && n <= 10)
        return QString(QStringLiteral("甲乙丙丁戊己庚辛壬癸").at(n - 1));
    if (format == QLatin1String("lowerLetter") || format == QLatin1String("upperLetter"))
        return letters(n, format.startsWith(u'u'));
    if (format == QLatin1String("lowerRoman") || format == QLatin1String("upperRoman"))
        return roman(n, format.startsWith(u'u'));
    if (format == QLatin1String("decimalEnclosedCircle") && n >= 1 && n <= 20)
        return QChar(char16_t(0x2460 + n - 1));
    return QString::number(n);
}

QString listLabel(Numbering& numbering, const QString& numId, int level)
{
    const QString abstractId = numbering.nums.value(numId);
    const QVector<Level> levels = numbering.abstracts.value(abstractId);
    if (levels.isEmpty() || numId == QLatin1String("0"))
        return QString();
    level = qBound(0, level, kLevels - 1);
    QVector<int>& counters = numbering.counters[numId];
    if (counters.isEmpty()) {
        for (int i = 0; i < kLevels; ++i)
            counters.append(levels.value(i).start - 1);
    }
    ++counters[level];
    for (int i = level + 1; i < kLevels; ++i)
        counters[i] = levels.value(i).start - 1;
    const Level& own = levels.value(level);
    if (own.format == QLatin1String("bullet"))
        return QStringLiteral("• ");
    if (own.format == QLatin1String("none"))
        return QString();
    QString label = own.text;
    for (int i = 0; i <= level; ++i)
        label.replace(QLatin1Char('%') + QString::number(i + 1),
                      formatNumber(counters[i], levels.value(i).format));
    // A label ending in a full-width mark ("一、") needs no space before Chinese text.
    return label.isEmpty() || label.back() == u'、' || label.back() == u')' ? label : label + u' ';
}

QHash<QString, Style> readStyles(const QByteArray& data)
{
    QHash<QString, Style> styles;
    QXmlStreamReader xml(data);
    QString id;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            if (name == QLatin1String("style"))
                id = attribute(xml, QLatin1String("styleId"));
            else if (name == QLatin1String("name") && !id.isEmpty())
                styles[id].name = attribute(xml, QLatin1String("val"));
            else if (name == QLatin1String("basedOn") && !id.isEmpty())
                styles[id].basedOn = attribute(xml, QLatin1String("val"));
            else if (name == QLatin1String("outlineLvl") && !id.isEmpty())
                styles[id].outline = attribute(xml, QLatin1String("val")).toInt();
        }
    }
    return styles;
}

Numbering readNumbering(const QByteArray& data)
{
    Numbering numbering;
    QXmlStreamReader xml(data);
    QString abstractId;
    QString numId;
    int level = -1;
    while (!xml.atEnd()) {
        if (!xml.readNext() || !xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("abstractNum")) {
            abstractId = attribute(xml, QLatin1String("abstractNumId"));
            numbering.abstracts[abstractId].resize(kLevels);
            numId.clear();
        } else if (name == QLatin1String("num")) {
            numId = attribute(xml, QLatin1String("numId"));
            abstractId.clear();
        } else if (name == QLatin1String("abstractNumId") && !numId.isEmpty()) {
            numbering.nums[numId] = attribute(xml, QLatin1String("val"));
        } else if (name == QLatin1String("lvl") && !abstractId.isEmpty()) {
            level = attribute(xml, QLatin1String("ilvl")).toInt();
        } else if (!abstractId.isEmpty() && level >= 0 && level < kLevels) {
            Level& l = numbering.abstracts[abstractId][level];
            if (name == QLatin1String("start"))
                l.start = attribute(xml, QLatin1String("val")).toInt();
            else if (name == QLatin1String("numFmt"))
                l.format = attribute(xml, QLatin1String("val"));
            else if (name == QLatin1String("lvlText"))
                l.text = attribute(xml, QLatin1String("val"));
        }
    }
    return numbering;
}

QHash<QString, QString> readFootnotes(const QByteArray& data)
{
    QHash<QString, QString> notes;
    QXmlStreamReader xml(data);
    QString id;
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("footnote")) {
                id = attribute(xml, QLatin1String("id"));
                text.clear();
            } else if (xml.name() == QLatin1String("t")) {
                text += xml.readElementText();
            } else if (xml.name() == QLatin1String("p") && !text.isEmpty()) {
                text += u' ';
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("footnote")) {
            if (!text.trimmed().isEmpty())
                notes[id] = text.simplified();
        }
    }
    return notes;
}

bool isHeadingStyle(const QHash<QString, Style>& styles, QString id)
{
    static const QRegularExpression heading(QStringLiteral("^(heading|标题)\\s*\\d$|^(title|标题)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    for (int depth = 0; depth < 4 && !id.isEmpty(); ++depth) {
        const Style style = styles.value(id);
        if ((style.outline >= 0 && style.outline < kLevels) || heading.match(style.name).hasMatch() ||
            heading.match(id).hasMatch())
            return true;
        id = style.basedOn;
    }
    return false;
}

// The body of word/document.xml, paragraph by paragraph.
class BodyReader
{
public:
    BodyReader(const QHash<QString, Style>& styles, Numbering& numbering,
               const QHash<QString, QString>& footnotes)
        : m_styles(styles), m_numbering(numbering), m_footnotes(footnotes)
    {}

    bool read(const QByteArray& data, TextLines* lines, QString* error)
    {
        QXmlStreamReader xml(data);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                start(xml);
                m_open.append(xml.name().toString());
            } else if (xml.isEndElement()) {
                if (!m_open.isEmpty())
                    m_open.removeLast();
                end(xml.name());
            } else if (xml.isCharacters() && m_inText && !m_hidden && m_skip == 0 && !m_paragraphs.isEmpty())
                m_paragraphs.last().text += xml.text();
        }
        if (xml.hasError()) {
            *error = xml.errorString();
            return false;
        }
        for (int i = 0; i < m_noteOrder.size(); ++i) {
            TextLine note;
            note.text = QStringLiteral("[%1] %2").arg(i + 1).arg(m_footnotes.value(m_noteOrder[i]));
            m_lines.append(note);
        }
        *lines = std::move(m_lines);
        return true;
    }

private:
    struct Paragraph
    {
        QString text;
        QString style;
        int outline = -1;
        QString numId;
        int level = 0;
    };

    void start(const QXmlStreamReader& xml)
    {
        const auto name = xml.name();
        if (m_skip > 0 || name == QLatin1String("Fallback") || name == QLatin1String("moveFrom")) {
            ++m_skip; // mc:Fallback repeats the mc:Choice content; moved-away text is not in the document
            return;
        }
        if (name == QLatin1String("p")) {
            m_paragraphs.append(Paragraph());
        } else if (name == QLatin1String("tbl")) {
            m_cells.append(QString());
            m_rows.append(QStringList());
        } else if (name == QLatin1String("tr") && !m_rows.isEmpty()) {
            m_rows.last().clear();
        } else if (name == QLatin1String("tc") && !m_cells.isEmpty()) {
            m_cells.last().clear();
        } else if (m_paragraphs.isEmpty()) {
            return;
        } else if (name == QLatin1String("r")) {
            m_hidden = false;
        } else if (name == QLatin1String("vanish")) {
            m_hidden = attribute(xml, QLatin1String("val")) != QLatin1String("0") &&
                       attribute(xml, QLatin1String("val")) != QLatin1String("false");
        } else if (name == QLatin1String("t")) {
            m_inText = true;
        } else if (name == QLatin1String("tab") && !m_open.isEmpty() &&
                   m_open.last() != QLatin1String("tabs")) {
            m_paragraphs.last().text += u'\t';
        } else if ((name == QLatin1String("br") || name == QLatin1String("cr")) &&
                   attribute(xml, QLatin1String("type")) != QLatin1String("page")) {
            m_paragraphs.last().text += u'\n';
        } else if (name == QLatin1String("pStyle")) {
            m_paragraphs.last().style = attribute(xml, QLatin1String("val"));
        } else if (name == QLatin1String("outlineLvl")) {
            m_paragraphs.last().outline = attribute(xml, QLatin1String("val")).toInt();
        } else if (name == QLatin1String("numId")) {
            m_paragraphs.last().numId = attribute(xml, QLatin1String("val"));
        } else if (name == QLatin1String("ilvl")) {
            m_paragraphs.last().level = attribute(xml, QLatin1String("val")).toInt();
        } else if (name == QLatin1String("footnoteReference")) {
            const QString id = attribute(xml, QLatin1String("id"));
            if (m_footnotes.contains(id)) {
                m_noteOrder.append(id);
                m_paragraphs.last().text += QStringLiteral("[%1]").arg(m_noteOrder.size());
            }
        }
    }

    void end(QStringView name)
    {
        if (m_skip > 0) {
            --m_skip;
            return;
        }
        if (name == QLatin1String("t")) {
            m_inText = false;
        } else if (name == QLatin1String("p") && !m_paragraphs.isEmpty()) {
            finishParagraph(m_paragraphs.takeLast());
        } else if (name == QLatin1String("tc") && !m_cells.isEmpty() && !m_rows.isEmpty()) {
            m_rows.last().append(m_cells.last().simplified());
        } else if (name == QLatin1String("tr") && !m_rows.isEmpty()) {
            const QStringList row = m_rows.last();
            const bool empty =
                std::all_of(row.cbegin(), row.cend(), [](const QString& c) { return c.isEmpty(); });
            if (!empty)
                emitText(row.join(u'\t'), false, true);
        } else if (name == QLatin1String("tbl") && !m_cells.isEmpty()) {
            m_cells.removeLast();
            m_rows.removeLast();
        }
    }

    void finishParagraph(const Paragraph& p)
    {
        QString text = p.text;
        const bool heading = (p.outline >= 0 && p.outline < kLevels) || isHeadingStyle(m_styles, p.style);
        if (!p.numId.isEmpty() && !text.trimmed().isEmpty())
            text.prepend(listLabel(m_numbering, p.numId, p.level));
        emitText(text, heading, false);
    }

    // Text inside a table cell (or a text box inside a paragraph) belongs to the cell or paragraph.
    void emitText(const QString& text, bool heading, bool row)
    {
        if (!row && !m_paragraphs.isEmpty()) {
            m_paragraphs.last().text += u' ' + text;
            return;
        }
        if (!m_cells.isEmpty() && (!row || m_cells.size() > 1)) {
            QString& cell = m_cells[row ? m_cells.size() - 2 : m_cells.size() - 1];
            cell += u' ' + text;
            return;
        }
        for (const QString& part : text.split(u'\n')) {
            const QString t = row ? part.trimmed() : part.simplified();
            if (!t.isEmpty()) {
                TextLine line;
                line.text = t;
                line.heading = heading;
                m_lines.append(line);
            }
        }
    }

    const QHash<QString, Style>& m_styles;
    Numbering& m_numbering;
    const QHash<QString, QString>& m_footnotes;
    QVector<Paragraph> m_paragraphs; // a text box's paragraphs nest inside their anchor's
    QVector<QString> m_cells;        // one per open table
    QVector<QStringList> m_rows;     // one per open table
    QStringList m_noteOrder;
    TextLines m_lines;
    QStringList m_open; // the names of the open elements, outermost first
    bool m_inText = false;
    bool m_hidden = false;
    int m_skip = 0;
};

void readCore(const QByteArray& data, DocxTextExtractor::Result* r)
{
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (!xml.readNext() || !xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("title"))
            r->title = xml.readElementText().simplified();
        else if (name == QLatin1String("creator"))
            r->author = xml.readElementText().simplified();
        else if (name == QLatin1String("created"))
            r->created = QDateTime::fromString(xml.readElementText().trimmed(), Qt::ISODate);
    }
}

} // namespace

DocxTextExtractor::Result DocxTextExtractor::extract(const QByteArray& bytes)
{
    Result r;
    ZipArchive zip;
    QString zipError;
    ZipLimits limits;
    limits.maxTotalBytes = qint64(512) * 1024 * 1024;
    if (!zip.loadFromBytes(bytes, &zipError, limits)) {
        r.error = tr("damaged Word document: %1").arg(zipError);
        return r;
    }
    if (!zip.contains(QStringLiteral("word/document.xml"))) {
        r.error = tr("damaged Word document: it has no word/document.xml");
        return r;
    }
    const QHash<QString, Style> styles = readStyles(zip.entry(QStringLiteral("word/styles.xml")));
    Numbering numbering = readNumbering(zip.entry(QStringLiteral("word/numbering.xml")));
    const QHash<QString, QString> footnotes = readFootnotes(zip.entry(QStringLiteral("word/footnotes.xml")));
    readCore(zip.entry(QStringLiteral("docProps/core.xml")), &r);
    QString xmlError;
    if (!BodyReader(styles, numbering, footnotes)
             .read(zip.entry(QStringLiteral("word/document.xml")), &r.lines, &xmlError)) {
        r.error = tr("damaged Word document: word/document.xml is not well-formed XML (%1)").arg(xmlError);
        return r;
    }
    if (r.lines.isEmpty()) {
        r.error = tr("empty file");
        return r;
    }
    r.ok = true;
    return r;
}

} // namespace rs
