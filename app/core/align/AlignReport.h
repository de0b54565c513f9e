#pragma once

#include "domain/ParsedReport.h"

#include <QString>
#include <QVector>

namespace rs {

struct StoredArticle;

// A half-open range of body offsets (UTF-16 units).
struct TextRange
{
    int start = 0;
    int end = 0; // exclusive
    bool isValid() const { return end > start; }
    bool operator==(const TextRange& o) const { return start == o.start && end == o.end; }
};

// What the alignment needs of one report: its stored body and paragraph table (offsets are UTF-16
// units into the body, paragraphs joined by '\n', kinds Text/Heading/Caption).
struct AlignReport
{
    qint64 articleId = 0;
    QString body;
    QVector<Paragraph> paragraphs;

    static AlignReport fromArticle(const StoredArticle& article);
    // Convenience for tests and tools: one paragraph per line; a line starting with "# " is a heading
    // (the marker is not part of the body), "! " a caption.
    static AlignReport fromLines(const QStringList& lines, qint64 articleId = 0);
};

} // namespace rs
