#include "PdfTextExtractor.h"

#include "util/CjkRadicals.h"

#include <poppler-qt6.h>

#include <QHash>
#include <QRectF>
#include <QRegularExpression>
#include <QSet>
#include <QVector>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace rs {
namespace {

// Running headers and footers live in these bands at the top and bottom of a page.
constexpr double kFurnitureBand = 0.1;
// A line repeated on at least this share of the pages (and on two at least) is page furniture.
constexpr double kFurnitureShare = 0.4;
// Set this much larger than the body, a line is a heading.
constexpr double kHeadingScale = 1.2;

struct Line
{
    QString text;
    QRectF box;
    double height = 0; // the tallest word's box: proportional to the font size
    int page = 0;
    bool heading = false;
    bool table = false;
    bool removed = false;
};

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFFEF) ||
           c.isSurrogate();
}

bool needsSpace(QChar before, QChar after)
{
    return !isCjk(before) && !isCjk(after) && !before.isSpace() && !after.isSpace();
}

// Fonts that share one glyph between a radical and the ideograph map it, in their ToUnicode table,
// to either; extracted text must hold the ideograph ("金", not "⾦"; "门", not "⻔"), as must
// compatibility ideographs.
QString unifyIdeographs(QString text)
{
    for (QChar& c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x2E80 && u <= 0x2FDF) {
            const char32_t unified = CjkRadicals::unifiedIdeograph(u);
            if (unified <= 0xFFFF)
                c = QChar(char16_t(unified));
        } else if (u >= 0xF900 && u <= 0xFAFF) {
            const QString unified = QString(c).normalized(QString::NormalizationForm_KC);
            if (unified.size() == 1)
                c = unified.front();
        }
    }
    return text;
}

void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction([](const QString&, const QVariant&) {}, {}); });
}

// Words grouped into lines: a word continues a line when Poppler links it as the previous word's
// next one. Poppler's own order of the lines is not trusted across columns (see orderPage).
QVector<Line> pageLines(const Poppler::Page& page, int pageNumber)
{
    QVector<Line> lines;
    const std::vector<std::unique_ptr<Poppler::TextBox>> words = page.textList();
    const Poppler::TextBox* previous = nullptr;
    for (const std::unique_ptr<Poppler::TextBox>& word : words) {
        const QString text = unifyIdeographs(word->text());
        if (text.trimmed().isEmpty())
            continue;
        const QRectF box = word->boundingBox();
        const bool continues = previous && previous->nextWord() == word.get() && !lines.isEmpty();
        if (!continues) {
            Line line;
            line.page = pageNumber;
            lines.append(line);
        }
        Line& line = lines.last();
        if (!line.text.isEmpty() && previous && previous->hasSpaceAfter() &&
            needsSpace(line.text.back(), text.front()))
            line.text += u' ';
        line.text += text;
        line.box = line.box.isNull() ? box : line.box.united(box);
        line.height = std::max(line.height, box.height());
        previous = word.get();
    }
    for (Line& line : lines)
        line.text = line.text.simplified();
    return lines;
}

QString furnitureKey(const QString& text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit())
            key += u'#';
        else if (!c.isSpace())
            key += c;
    }
    return key;
}

bool inBand(const Line& line, double pageHeight)
{
    return line.box.bottom() <= pageHeight * kFurnitureBand ||
           line.box.top() >= pageHeight * (1 - kFurnitureBand);
}

// Drops page numbers in the bands, and lines in the bands that repeat (digits aside) on many pages.
int removeFurniture(QVector<QVector<Line>>& pages, const QVector<double>& pageHeights)
{
    QHash<QString, QSet<int>> pagesOf;
    for (int p = 0; p < pages.size(); ++p) {
        for (const Line& line : std::as_const(pages[p])) {
            if (inBand(line, pageHeights[p]))
                pagesOf[furnitureKey(line.text)].insert(p);
        }
    }
    const int needed = std::max(2, int(std::ceil(pages.size() * kFurnitureShare)));
    int removed = 0;
    for (int p = 0; p < pages.size(); ++p) {
        for (Line& line : pages[p]) {
            if (!inBand(line, pageHeights[p]))
                continue;
            if (PdfTextExtractor::isPageNumber(line.text) ||
                pagesOf.value(furnitureKey(line.text)).size() >= needed) {
                line.removed = true;
                ++removed;
            }
        }
    }
    return removed;
}

double medianBodyHeight(const QVector<QVector<Line>>& pages)
{
    // Weighted by characters, so the body's size wins over many short headings.
    QVector<QPair<double, int>> heights;
    qint64 total = 0;
    for (const QVector<Line>& page : pages) {
        for (const Line& line : page) {
            if (!line.removed) {
                heights.append({line.height, int(line.text.size())});
                total += line.text.size();
            }
        }
    }
    if (heights.isEmpty())
        return 0;
    std::sort(heights.begin(), heights.end());
    qint64 seen = 0;
    for (const auto& h : std::as_const(heights)) {
        seen += h.second;
        if (seen * 2 >= total)
            return h.first;
    }
    return heights.last().first;
}

bool sameRow(const Line& a, const Line& b)
{
    const double h = std::min(a.height, b.height);
    return std::abs(a.box.center().y() - b.box.center().y()) < h * 0.35;
}

// Table rows: two or more short cells side by side at one height, in two or more rows. The cells
// of a row are joined into the row's first cell. Lines of text columns side by side are no cells:
// each fills the width up to the next column, where a cell leaves room.
bool isCell(const Line& line)
{
    constexpr int kMaxCell = 24;
    return !line.removed && !line.heading && line.text.size() <= kMaxCell;
}

bool leavesRoom(const QVector<Line>& lines, QVector<int> row, double textRight)
{
    std::sort(row.begin(), row.end(),
              [&](int a, int b) { return lines[a].box.left() < lines[b].box.left(); });
    for (int k = 0; k < row.size(); ++k) {
        const QRectF& cell = lines[row[k]].box;
        const double next = k + 1 < row.size() ? lines[row[k + 1]].box.left() : textRight;
        const double room = next - cell.left();
        // The last cell may reach further: only a column's line reaches the text's right edge.
        if (room <= 0 || cell.width() > room * (k + 1 < row.size() ? 0.75 : 0.9))
            return false;
    }
    return true;
}

void flattenTables(QVector<Line>& lines, double body)
{
    double textRight = 0;
    for (const Line& line : std::as_const(lines)) {
        if (!line.removed)
            textRight = std::max(textRight, line.box.right());
    }
    QVector<QVector<int>> rows;
    QVector<bool> grouped(lines.size(), false);
    for (int i = 0; i < lines.size(); ++i) {
        if (grouped[i] || !isCell(lines[i]))
            continue;
        QVector<int> row{i};
        for (int j = i + 1; j < lines.size(); ++j) {
            if (!grouped[j] && isCell(lines[j]) && sameRow(lines[i], lines[j]))
                row.append(j);
        }
        if (row.size() < 2 || !leavesRoom(lines, row, textRight))
            continue;
        for (int k : std::as_const(row))
            grouped[k] = true;
        rows.append(row);
    }
    // A lone row of short pieces (a date beside a place name) is no table; rows stacked closely are.
    for (int r = 0; r < rows.size(); ++r) {
        const Line& first = lines[rows[r].front()];
        bool stacked = false;
        for (int s = 0; s < rows.size() && !stacked; ++s) {
            if (s == r)
                continue;
            const Line& other = lines[rows[s].front()];
            stacked =
                std::abs(other.box.center().y() - first.box.center().y()) < std::max(body, first.height) * 3;
        }
        if (!stacked)
            continue;
        QVector<int> cells = rows[r];
        std::sort(cells.begin(), cells.end(),
                  [&](int a, int b) { return lines[a].box.left() < lines[b].box.left(); });
        const int keep = *std::min_element(cells.cbegin(), cells.cend());
        QStringList texts;
        QRectF box;
        for (int k : std::as_const(cells)) {
            texts.append(lines[k].text);
            box = box.isNull() ? lines[k].box : box.united(lines[k].box);
            if (k != keep)
                lines[k].removed = true;
        }
        lines[keep].text = texts.join(u'\t');
        lines[keep].box = box;
        lines[keep].table = true;
    }
}

// The x positions of the gutters between text columns: stripes that (almost) no line crosses, with
// a good share of the lines on either side. A title or dateline across the columns does not close a
// gutter.
QVector<double> gutters(const QVector<Line>& lines)
{
    constexpr double kBin = 2;
    constexpr double kMinGutter = 6;
    double left = 1e9;
    double right = -1e9;
    int n = 0;
    for (const Line& line : lines) {
        if (line.removed)
            continue;
        left = std::min(left, line.box.left());
        right = std::max(right, line.box.right());
        ++n;
    }
    QVector<double> found;
    if (n < 4 || right - left < 100)
        return found;
    const int bins = int((right - left) / kBin) + 1;
    QVector<int> cover(bins, 0);
    for (const Line& line : lines) {
        if (line.removed)
            continue;
        const int from = int((line.box.left() - left) / kBin);
        const int to = std::min(bins - 1, int((line.box.right() - left) / kBin));
        for (int b = from; b <= to; ++b)
            ++cover[b];
    }
    const int low = std::max(1, n / 20);
    for (int b = 1; b < bins - 1;) {
        if (cover[b] > low) {
            ++b;
            continue;
        }
        int e = b;
        while (e + 1 < bins - 1 && cover[e + 1] <= low)
            ++e;
        const double g = left + (b + e + 1) * kBin / 2;
        if ((e - b + 1) * kBin >= kMinGutter) {
            int before = 0;
            int after = 0;
            for (const Line& line : lines) {
                if (line.removed)
                    continue;
                before += line.box.right() <= g ? 1 : 0;
                after += line.box.left() >= g ? 1 : 0;
            }
            if (before * 5 >= n && after * 5 >= n)
                found.append(g);
        }
        b = e + 1;
    }
    return found;
}

// Reading order of one page: top to bottom, and where the page has columns, column by column
// between the lines that cross the gutters (titles, tables, a dateline over both columns).
void orderPage(QVector<Line>& lines)
{
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
        return a.box.top() < b.box.top() || (a.box.top() == b.box.top() && a.box.left() < b.box.left());
    });
    const QVector<double> g = gutters(lines);
    if (g.isEmpty())
        return;
    QVector<Line> ordered;
    ordered.reserve(lines.size());
    QVector<QVector<Line>> columns(g.size() + 1);
    auto flush = [&]() {
        for (QVector<Line>& column : columns) {
            ordered.append(column);
            column.clear();
        }
    };
    for (const Line& line : std::as_const(lines)) {
        const bool crosses = std::any_of(g.cbegin(), g.cend(), [&](double x) {
            return line.box.left() < x - 1 && line.box.right() > x + 1;
        });
        if (crosses && !line.removed) {
            flush();
            ordered.append(line);
            continue;
        }
        const double center = line.box.center().x();
        const int column = int(std::upper_bound(g.cbegin(), g.cend(), center) - g.cbegin());
        columns[column].append(line);
    }
    flush();
    lines = std::move(ordered);
}

struct Column
{
    double left = 0;
    double right = 0;
};

// The left and right edge of the text column a line sits in. Of the page's body lines that overlap
// it horizontally, most start at the column's left edge and reach its right edge (they are set
// justified); a line across both columns or a short last line does not move the edges.
Column columnOf(const Line& line, const QVector<Line>& page, double em)
{
    QVector<double> lefts;
    QVector<double> rights;
    for (const Line& other : page) {
        if (other.removed || other.heading || other.table)
            continue;
        if (other.box.left() < line.box.right() && other.box.right() > line.box.left()) {
            lefts.append(other.box.left());
            rights.append(other.box.right());
        }
    }
    Column c{line.box.left(), line.box.right()};
    if (lefts.isEmpty())
        return c;
    std::sort(lefts.begin(), lefts.end());
    std::sort(rights.begin(), rights.end(), std::greater<double>());
    const qsizetype needed = (lefts.size() + 2) / 3;
    for (qsizetype i = 0; i < lefts.size(); ++i) {
        const qsizetype near = std::upper_bound(lefts.cbegin(), lefts.cend(), lefts[i] + em) - lefts.cbegin();
        if (near >= needed) {
            c.left = std::min(c.left, lefts[i]);
            break;
        }
    }
    for (qsizetype i = 0; i < rights.size(); ++i) {
        const qsizetype near =
            std::upper_bound(rights.cbegin(), rights.cend(), rights[i] - em, std::greater<double>()) -
            rights.cbegin();
        if (near >= needed) {
            c.right = std::max(c.right, rights[i]);
            break;
        }
    }
    return c;
}

struct Shape
{
    bool indented = false; // starts a paragraph by its first-line indent
    bool full = false;     // reaches the column's right edge: the paragraph goes on
};

bool endsSentence(const QString& s)
{
    return !s.isEmpty() && QStringView(u"。!?\uFF01\uFF1F;\uFF1B:\uFF1A…”」』").contains(s.back());
}

TextLines layOut(const QVector<QVector<Line>>& pages, double body)
{
    TextLines out;
    const Line* previous = nullptr;
    Shape previousShape;
    for (const QVector<Line>& page : pages) {
        for (const Line& line : page) {
            if (line.removed)
                continue;
            const double em = line.height > 0 ? line.height : body;
            Shape shape;
            if (!line.heading && !line.table) {
                const Column c = columnOf(line, page, em);
                shape.indented = line.box.left() > c.left + em * 1.2;
                shape.full = line.box.right() >= c.right - em * 1.5;
            }
            // A title set over two lines: headings of one size right under each other.
            const bool headingGoesOn = previous && !out.isEmpty() && line.heading && previous->heading &&
                                       previous->page == line.page &&
                                       std::abs(line.height - previous->height) < previous->height * 0.05 &&
                                       line.box.top() > previous->box.top() &&
                                       line.box.top() - previous->box.bottom() < line.height * 0.8 &&
                                       !endsSentence(previous->text);
            bool join = previous && !out.isEmpty() && !line.heading && !previous->heading && !line.table &&
                        !previous->table && previousShape.full && !shape.indented &&
                        std::abs(line.height - previous->height) < body * 0.15;
            if (join && previous->page == line.page && line.box.top() > previous->box.top()) {
                // Further down the same column: a gap wider than a line breaks the paragraph.
                join = line.box.top() - previous->box.bottom() < em * 1.2;
            }
            if (join || headingGoesOn) {
                QString& text = out.last().text;
                // Chinese text wraps anywhere, inside numbers too; only words of Latin text that
                // has spaces between its words get one where the line broke.
                if (text.back().isLetter() && line.text.front().isLetter() && text.back().unicode() < 0x80 &&
                    line.text.front().unicode() < 0x80 && previous->text.contains(u' '))
                    text += u' ';
                text += line.text;
            } else {
                TextLine t;
                t.text = line.text;
                t.heading = line.heading;
                t.page = line.page;
                out.append(t);
            }
            previous = &line;
            previousShape = shape;
        }
    }
    return out;
}

QString usableTitle(const QString& title)
{
    const QString t = title.trimmed();
    static const QRegularExpression placeholder(
        QStringLiteral(
            "^(untitled|无标题|新建|document|文档)|\\.(docx?|wps|pdf|txt|html?)$|^Microsoft Word|^\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return placeholder.match(t).hasMatch() ? QString() : t;
}

} // namespace

bool PdfTextExtractor::isPageNumber(const QString& line)
{
    static const QRegularExpression re(
        QStringLiteral("^[-–—\\s·•]*(?:第\\s*)?(?:\\d{1,4}|[ivxlcdm]{1,6})\\s*页?"
                       "(?:\\s*[//]\\s*\\d{1,4}|\\s*[,,]?\\s*共\\s*\\d{1,4}\\s*页)?[-–—\\s·•]*$|"
                       "^(?:page|p\\.)\\s*\\d{1,4}(?:\\s*of\\s*\\d{1,4})?$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(line.trimmed()).hasMatch();
}

PdfTextExtractor::Result PdfTextExtractor::extract(const QByteArray& bytes)
{
    silencePoppler();
    Result r;
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document) {
        r.error = tr("damaged PDF: it cannot be opened");
        return r;
    }
    if (document->isLocked()) {
        r.error = tr("encrypted PDF: a password is needed to open it");
        return r;
    }
    r.pageCount = document->numPages();
    if (r.pageCount <= 0) {
        r.error = tr("damaged PDF: it has no pages");
        return r;
    }
    r.title = usableTitle(document->info(QStringLiteral("Title")));
    r.author = document->info(QStringLiteral("Author")).trimmed();
    r.created = document->creationDate();

    QVector<QVector<Line>> pages;
    QVector<double> heights;
    pages.reserve(r.pageCount);
    bool anyText = false;
    for (int p = 0; p < r.pageCount; ++p) {
        const std::unique_ptr<Poppler::Page> page = document->page(p);
        if (!page) {
            pages.append(QVector<Line>());
            heights.append(1);
            continue;
        }
        pages.append(pageLines(*page, p + 1));
        heights.append(page->pageSizeF().height());
        anyText = anyText || !pages.last().isEmpty();
    }
    if (!anyText) {
        r.error = tr("scanned PDF: no text layer");
        return r;
    }
    r.removedFurnitureLines = removeFurniture(pages, heights);
    const double body = medianBodyHeight(pages);
    for (QVector<Line>& page : pages) {
        for (Line& line : page)
            line.heading = line.height >= body * kHeadingScale;
        flattenTables(page, body);
        orderPage(page);
    }
    r.lines = layOut(pages, body);
    if (r.lines.isEmpty()) {
        r.error = tr("no text after cleaning");
        return r;
    }
    r.ok = true;
    return r;
}

} // namespace rs
