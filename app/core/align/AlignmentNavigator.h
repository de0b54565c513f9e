#pragma once

#include "PassageAligner.h"

#include <QVector>

namespace rs {

// A place in an alignment: a top-level group, or an aligned paragraph group inside it.
struct AlignmentUnit
{
    int group = -1;
    int child = -1;
    bool isValid() const { return group >= 0; }
    bool operator==(const AlignmentUnit& o) const { return group == o.group && child == o.child; }
};

// Walks an alignment of reports read side by side, without any widget: which unit holds a report's
// paragraph, which passage a report has in a unit, and the next or previous aligned passage of one
// report from where its reader stands. Units are ordered by paragraph, a section before the aligned
// paragraphs inside it, so stepping reads a report top to bottom.
class AlignmentNavigator
{
public:
    // paragraphCounts: per report, its number of paragraphs.
    void setAlignment(const Alignment& alignment, const QVector<int>& paragraphCounts);

    const AlignedGroup* groupOf(const AlignmentUnit& unit) const;
    // The passage a report has in a unit; nullptr when it has none.
    const AlignedMember* memberOf(const AlignmentUnit& unit, int report) const;
    // The unit that holds the report's paragraph: its aligned paragraph group, else its group.
    AlignmentUnit unitAt(int report, int paragraph) const;

    // Where a reader stands when stepping: the current unit when the report has a passage in it, else
    // the paragraph at the top of its view (atTop: scrolled to the very beginning).
    struct Position
    {
        AlignmentUnit current;
        int topParagraph = 0;
        bool atTop = true;
    };
    // The next (previous) aligned unit of the report after (before) the position; invalid at the end.
    AlignmentUnit step(int report, const Position& from, bool forward) const;

private:
    struct Stop
    {
        int paragraph;
        AlignmentUnit unit;
    };
    QVector<Stop> stopsOf(int report) const;

    Alignment m_alignment;
    // Per report, per paragraph: top-level group and aligned child group (-1 when none).
    QVector<QVector<AlignmentUnit>> m_locations;
};

} // namespace rs
