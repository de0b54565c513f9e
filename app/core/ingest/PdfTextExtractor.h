#pragma once

#include "TextLine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace rs {

// Reads the text layer of a PDF (Poppler) in reading order and lays it out as paragraphs:
// columns are read one after the other (Poppler's text flows), running headers, footers and page
// numbers that repeat across pages are dropped, a line break inside a sentence is no paragraph
// break (a paragraph ends at a short last line, a first-line indent, a larger gap or a change of
// size), lines set larger than the body are headings, and table rows come out one row per line
// with the cells separated by tabs. Every line knows its page.
class PdfTextExtractor
{
    Q_DECLARE_TR_FUNCTIONS(PdfTextExtractor)

public:
    struct Result
    {
        bool ok = false;
        QString error; // "scanned PDF: no text layer", "encrypted PDF: …", "damaged PDF: …"
        TextLines lines;
        QString title; // the document information's Title, unless it is a file name or placeholder
        QDateTime created;
        QString author;
        int pageCount = 0;
        int removedFurnitureLines = 0; // running headers, footers, page numbers
    };

    static Result extract(const QByteArray& bytes);

    // "3", "- 3 -", "第3页", "3/50", "第 3 页 共 50 页", "iv": a line that is only a page number.
    static bool isPageNumber(const QString& line);
};

} // namespace rs
