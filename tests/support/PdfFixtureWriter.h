#pragma once

#include <QColor>
#include <QFont>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

class QPainter;
class QPdfWriter;

namespace rs::test {

// Lays out report-shaped text on A4 pages the way word processors and typesetters do (one text
// run per line, first-line indents, one or two columns, running header and page-number footer,
// ruled tables) and writes it as a PDF through QPdfWriter with a CJK font. The fixture generator
// and the bench use it; a QGuiApplication must exist.
class PdfFixtureWriter
{
public:
    struct Options
    {
        int columns = 1;
        QString runningHeader;    // drawn at the top of every page, above a rule
        bool pageNumbers = false; // "— n —" at the bottom of every page
        QString title;            // the PDF's document information Title
        double bodySize = 11;
        QString bodyFamily = QStringLiteral("Noto Serif CJK SC");
        QString headingFamily = QStringLiteral("Noto Sans CJK SC");
    };

    PdfFixtureWriter(const QString& path, const Options& options);
    ~PdfFixtureWriter();

    // Full-width elements (before the columns start on a page): centred lines and rules.
    void centered(const QString& text, double size, QColor color = Qt::black, bool bold = false);
    void rule(QColor color, double width = 1);
    void space(double points);
    // Column elements.
    void heading(const QString& text);
    void paragraph(const QString& text, bool indent = true);
    void rightAligned(const QString& text);
    void table(const QVector<QStringList>& rows);
    void finish();

    int pageCount() const { return m_page; }

private:
    QFont font(double size, bool bold, const QString& family) const;
    void startPage();
    void ensureRoom(double height);
    double columnLeft() const;
    double columnWidth() const;
    void drawLines(const QStringList& lines, const QFont& font, double firstIndent, Qt::Alignment align);
    QStringList wrap(const QString& text, const QFont& font, double width, double firstIndent) const;

    Options m_options;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    int m_page = 0;
    int m_column = 0;
    double m_y = 0;
    double m_columnTop = 0;
};

// A county's work report in two columns with running header and page numbers: section headings and
// paragraphs that run across columns and pages, until at least minimumPages pages are filled.
// Returns the number of pages written.
int writeTwoColumnReport(const QString& path, int minimumPages);

// An image-only page (a scan): the text is drawn into a picture and only the picture is in the PDF.
void writeScannedPdf(const QString& path, const QStringList& paragraphs);

} // namespace rs::test
