#pragma once

#include "TextLine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace rs {

// Reads a Word document (.docx, Office Open XML) from its bytes: paragraphs in order; headings from
// the paragraph's style (Heading n, 标题 n, Title) or outline level; list items with their number or
// bullet as Word shows it; table rows one per line, cells separated by tabs; footnotes as "[n]"
// marks in the text and their text after the body; the core properties' title, author and dates.
class DocxTextExtractor
{
    Q_DECLARE_TR_FUNCTIONS(DocxTextExtractor)

public:
    struct Result
    {
        bool ok = false;
        QString error; // "damaged Word document: …"
        TextLines lines;
        QString title;
        QString author;
        QDateTime created;
    };

    static Result extract(const QByteArray& bytes);
};

} // namespace rs
