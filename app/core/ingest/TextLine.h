#pragma once

#include <QString>
#include <QVector>

namespace rs {

// One trimmed, non-empty line travelling through the cleaning stages. Captions are flagged by the
// HTML extractor (img alt, figcaption) because plain text has no markup to recover them from.
// Laid-out documents (PDF, Word) also say where a line came from and whether it was set as a heading.
struct TextLine
{
    QString text;
    bool caption = false;
    bool heading = false; // set larger or bolder than the body, or in a heading style
    int page = 0;         // 1-based page of a PDF; 0 when the source has no pages
};

using TextLines = QVector<TextLine>;

} // namespace rs
