#pragma once

// Side-by-side alignment of 2–4 reports: which passages of the reports are about the same theme.
//
// Design
// - Passages. When every report has at least two headed sections, the top level aligns sections: a
//   section is a run of headings ("聚才蓄能" + "加快打造珠海西部人才高地") with the paragraphs up to the
//   next heading; the paragraphs before the first heading form an untitled lead section. Otherwise
//   (some report has fewer headings) the top level aligns paragraphs. Inside each aligned group of
//   sections the paragraphs of its sections (headings excepted: the group itself aligns them) are
//   aligned again, restricted to that group, so a row of sections has rows of paragraphs beneath.
// - Similarity. Character bigrams of width-folded text (digits folded to one symbol), weighted by
//   TF-IDF whose document frequencies count the paragraphs of all compared reports, so stock
//   phrasing that recurs in most paragraphs weighs next to nothing; bigrams found in one report only
//   are dropped (see BigramModel). A section's vector sums its paragraphs' counts with headings
//   weighted up (headingWeight) and captions left out; passages are compared by cosine.
// - Grouping, order independent. All pairs of passages from different reports that reach the
//   level's minimum score are taken best first; a pair joins the two passages' groups when the
//   groups share no report (one passage per report and group) and the merged group's mean pairwise
//   score still reaches the minimum (average linkage, so a third report cannot chain in a passage
//   that only resembles one member). For two reports this is a greedy one-to-one matching.
// - Output. Every passage appears in exactly one group; unmatched passages are groups of one, so
//   nothing disappears from the view. Groups are ordered by the first report that has a member, then
//   by that member's position: the first report's order, followed by passages only later reports have.
//
// Cost: O(total characters · log) for counting plus one sparse-dense product per pair of passages
// from different reports; two 30,000-character reports align in a few milliseconds (regionscope-bench).

#include "AlignReport.h"
#include "Passage.h"

#include <QVector>

namespace rs {

struct AlignOptions
{
    enum class Level
    {
        Auto,
        Sections,
        Paragraphs
    };
    Level level = Level::Auto;
    double minSectionScore = 0.10;   // cosine; unrelated sections of the sample corpus score 0.04–0.09
    double minParagraphScore = 0.08; // about the 99th percentile of paragraph pairs between unrelated reports
    float headingWeight = 3.0f;
    int minHeadedSections = 2;       // per report, for Level::Auto to choose sections
    bool alignWithinSections = true; // paragraph groups beneath each aligned group of sections
};

struct AlignedMember
{
    int report = 0; // index into the aligned reports
    Passage passage;
    double score = 0; // mean cosine to the group's other members; 0 when alone
};

struct AlignedGroup
{
    QVector<AlignedMember> members; // ascending by report, at most one per report
    double score = 0;               // mean cosine over the pairs of members; 0 when alone
    QVector<AlignedGroup> children; // paragraph groups inside a group of sections

    bool isAligned() const { return members.size() > 1; }
    const AlignedMember* member(int report) const;
};

struct Alignment
{
    AlignOptions::Level level = AlignOptions::Level::Paragraphs; // the level of `groups`
    int reportCount = 0;
    QVector<AlignedGroup> groups;

    int alignedGroupCount() const;
    // The top-level group holding the report's paragraph, -1 when none does.
    int groupOf(int report, int paragraph) const;
};

class PassageAligner
{
public:
    explicit PassageAligner(const AlignOptions& options = {}) : m_options(options) {}

    Alignment align(const QVector<AlignReport>& reports) const;
    const AlignOptions& options() const { return m_options; }

private:
    AlignOptions m_options;
};

} // namespace rs
