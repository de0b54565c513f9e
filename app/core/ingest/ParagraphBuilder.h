#pragma once

#include "TextLine.h"
#include "domain/ParsedReport.h"

#include <QString>
#include <QVector>

namespace rs {

// Turns cleaned lines into the stored body (paragraphs joined by a single '\n') and classifies
// each paragraph as Text, Heading or Caption. Lines that a hard-wrapped source split mid-sentence
// are joined back first, so offsets count into real paragraphs.
class ParagraphBuilder
{
public:
    // guessCaptions: recognise captions by their shape; off for HTML, whose markup tells.
    static void build(const TextLines& lines, QString* body, QVector<Paragraph>* paragraphs,
                      bool guessCaptions = true);

    static TextLines joinBrokenLines(const TextLines& lines);
    static Paragraph::Kind classify(const TextLine& line);
};

} // namespace rs
