#include "AlignmentNavigator.h"

#include <algorithm>
#include <climits>
#include <utility>

namespace rs {

void AlignmentNavigator::setAlignment(const Alignment& alignment, const QVector<int>& paragraphCounts)
{
    m_alignment = alignment;
    m_locations.clear();
    for (int count : paragraphCounts)
        m_locations.append(QVector<AlignmentUnit>(count));
    const auto mark = [this](const AlignedMember& m, auto&& set) {
        if (m.report < 0 || m.report >= m_locations.size())
            return;
        QVector<AlignmentUnit>& paragraphs = m_locations[m.report];
        for (int p = std::max(0, m.passage.firstParagraph);
             p <= m.passage.lastParagraph && p < paragraphs.size(); ++p)
            set(paragraphs[p]);
    };
    for (int g = 0; g < m_alignment.groups.size(); ++g) {
        const AlignedGroup& group = m_alignment.groups.at(g);
        for (const AlignedMember& m : group.members)
            mark(m, [g](AlignmentUnit& unit) { unit.group = g; });
        for (int c = 0; c < group.children.size(); ++c) {
            if (!group.children.at(c).isAligned())
                continue;
            for (const AlignedMember& m : group.children.at(c).members)
                mark(m, [c](AlignmentUnit& unit) { unit.child = c; });
        }
    }
}

const AlignedGroup* AlignmentNavigator::groupOf(const AlignmentUnit& unit) const
{
    if (unit.group < 0 || unit.group >= m_alignment.groups.size())
        return nullptr;
    const AlignedGroup& group = m_alignment.groups.at(unit.group);
    if (unit.child < 0)
        return &group;
    return unit.child < group.children.size() ? &group.children.at(unit.child) : nullptr;
}

const AlignedMember* AlignmentNavigator::memberOf(const AlignmentUnit& unit, int report) const
{
    const AlignedGroup* group = groupOf(unit);
    return group ? group->member(report) : nullptr;
}

AlignmentUnit AlignmentNavigator::unitAt(int report, int paragraph) const
{
    if (report < 0 || report >= m_locations.size() || paragraph < 0 ||
        paragraph >= m_locations.at(report).size())
        return {};
    return m_locations.at(report).at(paragraph);
}

QVector<AlignmentNavigator::Stop> AlignmentNavigator::stopsOf(int report) const
{
    QVector<Stop> stops;
    for (int g = 0; g < m_alignment.groups.size(); ++g) {
        const AlignedGroup& group = m_alignment.groups.at(g);
        if (!group.isAligned())
            continue;
        if (const AlignedMember* m = group.member(report))
            stops.append(Stop{m->passage.firstParagraph, AlignmentUnit{g, -1}});
        for (int k = 0; k < group.children.size(); ++k) {
            const AlignedMember* m = group.children.at(k).member(report);
            if (group.children.at(k).isAligned() && m)
                stops.append(Stop{m->passage.firstParagraph, AlignmentUnit{g, k}});
        }
    }
    // A section comes before the paragraphs inside it.
    std::sort(stops.begin(), stops.end(), [](const Stop& a, const Stop& b) {
        return std::make_pair(a.paragraph, a.unit.child) < std::make_pair(b.paragraph, b.unit.child);
    });
    return stops;
}

AlignmentUnit AlignmentNavigator::step(int report, const Position& from, bool forward) const
{
    std::pair<int, int> origin;
    if (const AlignedMember* m = memberOf(from.current, report))
        origin = {m->passage.firstParagraph, from.current.child};
    else if (forward)
        origin = {from.atTop ? -1 : from.topParagraph, INT_MAX};
    else
        origin = {from.topParagraph, -1};
    const QVector<Stop> stops = stopsOf(report);
    const int count = int(stops.size());
    for (int i = 0; i < count; ++i) {
        const Stop& stop = stops.at(forward ? i : count - 1 - i);
        const std::pair<int, int> at{stop.paragraph, stop.unit.child};
        if (forward ? at > origin : at < origin)
            return stop.unit;
    }
    return {};
}

} // namespace rs
