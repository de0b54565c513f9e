#pragma once

#include "AlignReport.h"

#include <QVector>

namespace rs {

// A unit of alignment: a headed section (a run of headings and the paragraphs up to the next
// heading), the untitled lead before the first heading, or one paragraph. Paragraph numbers are
// indexes into the report's paragraph table; body offsets count into its stored body.
struct Passage
{
    enum class Kind
    {
        Section,
        Paragraph
    };
    Kind kind = Kind::Paragraph;
    int firstParagraph = 0;
    int lastParagraph = 0; // inclusive
    int headingCount = 0;  // leading heading paragraphs (0 for a lead section or a paragraph)
    int start = 0;         // body offset of the first paragraph
    int end = 0;           // body offset just past the last paragraph

    int paragraphCount() const { return lastParagraph - firstParagraph + 1; }
    bool contains(int paragraph) const { return paragraph >= firstParagraph && paragraph <= lastParagraph; }
    bool operator==(const Passage& o) const
    {
        return kind == o.kind && firstParagraph == o.firstParagraph && lastParagraph == o.lastParagraph;
    }
};

class PassageSegmenter
{
public:
    // Sections in order. Paragraphs before the first heading form an untitled lead section
    // (headingCount 0); consecutive headings ("聚才蓄能" + "加快打造珠海西部人才高地") open one section.
    static QVector<Passage> sections(const QVector<Paragraph>& paragraphs);
    // Number of runs of headings: the sections that have a title.
    static int headedSectionCount(const QVector<Paragraph>& paragraphs);
    // One passage per paragraph in [first, last]; last < 0 means up to the end.
    static QVector<Passage> paragraphs(const QVector<Paragraph>& paragraphs, int first = 0, int last = -1);
};

} // namespace rs
