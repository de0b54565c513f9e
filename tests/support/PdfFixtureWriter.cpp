#include "PdfFixtureWriter.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace rs::test {
namespace {

constexpr double kPageWidth = 595;
constexpr double kPageHeight = 842;
constexpr double kMargin = 64;
constexpr double kTop = 100;    // below the running header's band
constexpr double kBottom = 742; // above the footer's band
constexpr double kGutter = 24;

} // namespace

PdfFixtureWriter::PdfFixtureWriter(const QString& path, const Options& options)
    : m_options(options), m_writer(std::make_unique<QPdfWriter>(path))
{
    m_writer->setPageSize(QPageSize(QPageSize::A4));
    m_writer->setPageMargins(QMarginsF(0, 0, 0, 0));
    m_writer->setResolution(72);
    m_writer->setTitle(options.title);
    m_writer->setCreator(QStringLiteral("Regionscope fixture generator"));
    m_painter = std::make_unique<QPainter>(m_writer.get());
    startPage();
}

PdfFixtureWriter::~PdfFixtureWriter()
{
    finish();
}

QFont PdfFixtureWriter::font(double size, bool bold, const QString& family) const
{
    QFont f(family);
    f.setPointSizeF(size);
    f.setBold(bold);
    return f;
}

void PdfFixtureWriter::startPage()
{
    if (m_page > 0)
        m_writer->newPage();
    ++m_page;
    m_column = 0;
    m_y = kTop;
    m_columnTop = kTop;
    QPainter& p = *m_painter;
    if (!m_options.runningHeader.isEmpty()) {
        p.setPen(Qt::black);
        p.setFont(font(9, false, m_options.headingFamily));
        p.drawText(QPointF(kMargin, 52), m_options.runningHeader);
        p.drawLine(QPointF(kMargin, 60), QPointF(kPageWidth - kMargin, 60));
    }
    if (m_options.pageNumbers) {
        p.setFont(font(9, false, m_options.bodyFamily));
        const QString number = QStringLiteral("— %1 —").arg(m_page);
        const double w = QFontMetricsF(p.font(), m_writer.get()).horizontalAdvance(number);
        p.drawText(QPointF((kPageWidth - w) / 2, kPageHeight - 42), number);
    }
}

double PdfFixtureWriter::columnWidth() const
{
    const double usable = kPageWidth - 2 * kMargin;
    return (usable - (m_options.columns - 1) * kGutter) / m_options.columns;
}

double PdfFixtureWriter::columnLeft() const
{
    return kMargin + m_column * (columnWidth() + kGutter);
}

void PdfFixtureWriter::ensureRoom(double height)
{
    if (m_y + height <= kBottom)
        return;
    if (m_column + 1 < m_options.columns) {
        ++m_column;
        m_y = m_columnTop;
        return;
    }
    startPage();
}

void PdfFixtureWriter::centered(const QString& text, double size, QColor color, bool bold)
{
    const QFont f = font(size, bold, m_options.headingFamily);
    const QFontMetricsF fm(f, m_writer.get());
    const QStringList lines = wrap(text, f, kPageWidth - 2 * kMargin, 0);
    m_painter->setFont(f);
    m_painter->setPen(color);
    for (const QString& line : lines) {
        m_y += fm.ascent();
        m_painter->drawText(QPointF((kPageWidth - fm.horizontalAdvance(line)) / 2, m_y), line);
        m_y += fm.descent() + size * 0.4;
    }
    m_painter->setPen(Qt::black);
    m_columnTop = m_y + 8;
}

void PdfFixtureWriter::rule(QColor color, double width)
{
    m_y += 6;
    m_painter->setPen(QPen(color, width));
    m_painter->drawLine(QPointF(kMargin, m_y), QPointF(kPageWidth - kMargin, m_y));
    m_painter->setPen(Qt::black);
    m_y += 12;
    m_columnTop = m_y;
}

void PdfFixtureWriter::space(double points)
{
    m_y += points;
    if (m_column == 0)
        m_columnTop = std::max(m_columnTop, m_y);
}

QStringList PdfFixtureWriter::wrap(const QString& text, const QFont& f, double width,
                                   double firstIndent) const
{
    const QFontMetricsF fm(f, m_writer.get());
    QStringList lines;
    QString line;
    double used = firstIndent;
    for (const QChar c : text) {
        const double w = fm.horizontalAdvance(c);
        if (used + w > width && !line.isEmpty()) {
            lines.append(line);
            line.clear();
            used = 0;
        }
        line += c;
        used += w;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

void PdfFixtureWriter::drawLines(const QStringList& lines, const QFont& f, double firstIndent,
                                 Qt::Alignment align)
{
    const QFontMetricsF fm(f, m_writer.get());
    const double leading = f.pointSizeF() * 0.6;
    for (int i = 0; i < lines.size(); ++i) {
        ensureRoom(fm.height() + leading); // may start a page, drawing its header in another font
        m_painter->setFont(f);
        m_y += fm.ascent();
        double x = columnLeft() + (i == 0 ? firstIndent : 0);
        if (align & Qt::AlignRight)
            x = columnLeft() + columnWidth() - fm.horizontalAdvance(lines[i]);
        m_painter->drawText(QPointF(x, m_y), lines[i]);
        m_y += fm.descent() + leading;
    }
}

void PdfFixtureWriter::heading(const QString& text)
{
    const QFont f = font(m_options.bodySize * 1.3, true, m_options.headingFamily);
    m_y += m_options.bodySize * 0.5;
    drawLines(wrap(text, f, columnWidth(), 0), f, 0, Qt::AlignLeft);
}

void PdfFixtureWriter::paragraph(const QString& text, bool indent)
{
    const QFont f = font(m_options.bodySize, false, m_options.bodyFamily);
    const double first = indent ? 2 * QFontMetricsF(f, m_writer.get()).horizontalAdvance(QChar(u'中')) : 0;
    drawLines(wrap(text, f, columnWidth(), first), f, first, Qt::AlignLeft);
}

void PdfFixtureWriter::rightAligned(const QString& text)
{
    const QFont f = font(m_options.bodySize, false, m_options.bodyFamily);
    drawLines({text}, f, 0, Qt::AlignRight);
}

void PdfFixtureWriter::table(const QVector<QStringList>& rows)
{
    const QFont f = font(m_options.bodySize * 0.9, false, m_options.bodyFamily);
    const QFontMetricsF fm(f, m_writer.get());
    const double rowHeight = fm.height() + 10;
    m_y += 6;
    ensureRoom(rowHeight * rows.size());
    m_painter->setFont(f);
    for (const QStringList& row : rows) {
        const double cellWidth = columnWidth() / row.size();
        for (int c = 0; c < row.size(); ++c) {
            const QRectF cell(columnLeft() + c * cellWidth, m_y, cellWidth, rowHeight);
            m_painter->drawRect(cell);
            m_painter->drawText(QPointF(cell.left() + 5, cell.top() + 5 + fm.ascent()), row[c]);
        }
        m_y += rowHeight;
    }
    m_y += 10;
}

void PdfFixtureWriter::finish()
{
    if (m_painter && m_painter->isActive())
        m_painter->end();
}

int writeTwoColumnReport(const QString& path, int minimumPages)
{
    PdfFixtureWriter::Options options;
    options.columns = 2;
    options.runningHeader = QStringLiteral("金湾区组织工作简报　2023年第5期");
    options.pageNumbers = true;
    options.bodySize = 10.5;
    options.title = QStringLiteral("金湾区2023年上半年组织工作总结");
    PdfFixtureWriter w(path, options);
    w.centered(QStringLiteral("金湾区2023年上半年组织工作总结"), 20, Qt::black, true);
    w.centered(QStringLiteral("中共珠海市金湾区委组织部　2023年7月10日"), 10.5);
    w.space(6);
    static const QStringList headings = {
        QStringLiteral("一、干部教育培训扎实推进"), QStringLiteral("二、人才引进成效明显"),
        QStringLiteral("三、基层党组织建设全面加强"), QStringLiteral("四、党员队伍管理持续规范")};
    static const QStringList sentences = {
        QStringLiteral("全区共举办各类干部培训班%1期，培训干部%2人次，覆盖各镇和区直单位。"),
        QStringLiteral("围绕产业发展需要，新引进高层次人才%1名，发放人才补贴%2万元，人才服务专员全程跟进。"),
        QStringLiteral("推动%1个村（社区）党组织标准化规范化建设，选派第一书记%2名驻村开展工作。"),
        QStringLiteral("全年发展党员%1名，组织党员开展志愿服务%2场次，党员队伍结构不断优化。"),
        QStringLiteral("各级党组织坚持问题导向，聚焦群众急难愁盼，办成民生实事%1件，群众满意度达到%2%。")};
    int n = 0;
    for (int section = 0; w.pageCount() < minimumPages || section < headings.size(); ++section) {
        w.heading(headings[section % headings.size()]);
        for (int p = 0; p < 4; ++p) {
            QString text;
            for (int s = 0; s < 5; ++s, ++n)
                text += sentences[(n + p) % sentences.size()].arg(12 + n % 37).arg(300 + (n * 17) % 900);
            w.paragraph(text);
        }
    }
    w.finish();
    return w.pageCount();
}

void writeScannedPdf(const QString& path, const QStringList& paragraphs)
{
    // 100 dpi grey page, as a cheap scanner delivers it.
    QImage scan(827, 1169, QImage::Format_Grayscale8);
    scan.fill(Qt::white);
    {
        QPainter p(&scan);
        QFont f(QStringLiteral("Noto Serif CJK SC"));
        f.setPixelSize(18);
        p.setFont(f);
        double y = 120;
        for (const QString& text : paragraphs) {
            p.drawText(QRectF(90, y, 650, 400), Qt::TextWordWrap, text);
            y += 40 + 30 * (text.size() / 34);
        }
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    QPainter p(&writer);
    p.drawImage(QRectF(0, 0, kPageWidth, kPageHeight), scan);
}

} // namespace rs::test
