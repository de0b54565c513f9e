#include "PassageAligner.h"

#include "BigramVectors.h"

#include <algorithm>
#include <tuple>

namespace rs {
namespace {

struct Item
{
    int report = 0;
    Passage passage;
    SparseVector vector;
};

// Similarities between items of different reports, one dense block per pair of reports.
class PairScores
{
public:
    PairScores(const std::vector<Item>& items, int reportCount, int vocabularySize)
        : m_reportCount(reportCount), m_local(items.size()), m_blocks(size_t(reportCount * reportCount))
    {
        std::vector<std::vector<SparseVector>> byReport(static_cast<size_t>(reportCount));
        for (size_t i = 0; i < items.size(); ++i) {
            auto& list = byReport[size_t(items[i].report)];
            m_local[i] = int(list.size());
            list.push_back(items[i].vector);
        }
        for (int r = 0; r < reportCount; ++r) {
            for (int s = r + 1; s < reportCount; ++s) {
                if (!byReport[size_t(r)].empty() && !byReport[size_t(s)].empty())
                    m_blocks[size_t(r * reportCount + s)] =
                        SimilarityMatrix(byReport[size_t(r)], byReport[size_t(s)], vocabularySize);
            }
        }
    }

    float score(const std::vector<Item>& items, size_t i, size_t j) const
    {
        int r = items[i].report, s = items[j].report;
        int a = m_local[i], b = m_local[j];
        if (r == s)
            return 0.0f;
        if (r > s) {
            std::swap(r, s);
            std::swap(a, b);
        }
        return m_blocks[size_t(r * m_reportCount + s)].at(a, b);
    }

private:
    int m_reportCount;
    std::vector<int> m_local;
    std::vector<SimilarityMatrix> m_blocks;
};

// Greedy, best-first average-linkage grouping with at most one item per report in a group.
QVector<AlignedGroup> groupItems(const std::vector<Item>& items, int reportCount, int vocabularySize,
                                 double minScore)
{
    const PairScores scores(items, reportCount, vocabularySize);
    struct Pair
    {
        float score;
        int a;
        int b;
    };
    std::vector<Pair> pairs;
    for (size_t i = 0; i < items.size(); ++i) {
        for (size_t j = i + 1; j < items.size(); ++j) {
            if (items[i].report == items[j].report)
                continue;
            const float s = scores.score(items, i, j);
            if (s >= minScore)
                pairs.push_back({s, int(i), int(j)});
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) {
        return std::tie(y.score, x.a, x.b) < std::tie(x.score, y.a, y.b);
    });

    std::vector<int> groupOf(items.size());
    std::vector<std::vector<int>> groups(items.size());
    std::vector<quint32> reports(items.size());
    for (size_t i = 0; i < items.size(); ++i) {
        groupOf[i] = int(i);
        groups[i] = {int(i)};
        reports[i] = quint32(1) << items[i].report;
    }
    for (const Pair& pair : pairs) {
        const int g = groupOf[size_t(pair.a)];
        const int h = groupOf[size_t(pair.b)];
        if (g == h || (reports[size_t(g)] & reports[size_t(h)]) != 0)
            continue;
        double sum = 0;
        for (const int x : groups[size_t(g)]) {
            for (const int y : groups[size_t(h)])
                sum += scores.score(items, size_t(x), size_t(y));
        }
        if (sum / double(groups[size_t(g)].size() * groups[size_t(h)].size()) < minScore)
            continue;
        for (const int y : groups[size_t(h)]) {
            groupOf[size_t(y)] = g;
            groups[size_t(g)].push_back(y);
        }
        groups[size_t(h)].clear();
        reports[size_t(g)] |= reports[size_t(h)];
    }

    QVector<AlignedGroup> out;
    for (std::vector<int>& members : groups) {
        if (members.empty())
            continue;
        std::sort(members.begin(), members.end(),
                  [&](int x, int y) { return items[size_t(x)].report < items[size_t(y)].report; });
        AlignedGroup group;
        double pairSum = 0;
        int pairCount = 0;
        for (size_t m = 0; m < members.size(); ++m) {
            AlignedMember member;
            member.report = items[size_t(members[m])].report;
            member.passage = items[size_t(members[m])].passage;
            double sum = 0;
            for (size_t n = 0; n < members.size(); ++n) {
                if (n == m)
                    continue;
                const double s = scores.score(items, size_t(members[m]), size_t(members[n]));
                sum += s;
                if (n > m) {
                    pairSum += s;
                    ++pairCount;
                }
            }
            member.score = members.size() > 1 ? sum / double(members.size() - 1) : 0.0;
            group.members.append(member);
        }
        group.score = pairCount > 0 ? pairSum / pairCount : 0.0;
        out.append(group);
    }
    // The first report's order, then passages that only later reports have.
    std::sort(out.begin(), out.end(), [](const AlignedGroup& x, const AlignedGroup& y) {
        const AlignedMember& a = x.members.first();
        const AlignedMember& b = y.members.first();
        return std::tie(a.report, a.passage.firstParagraph) < std::tie(b.report, b.passage.firstParagraph);
    });
    return out;
}

} // namespace

const AlignedMember* AlignedGroup::member(int report) const
{
    for (const AlignedMember& m : members) {
        if (m.report == report)
            return &m;
    }
    return nullptr;
}

int Alignment::alignedGroupCount() const
{
    return int(
        std::count_if(groups.cbegin(), groups.cend(), [](const AlignedGroup& g) { return g.isAligned(); }));
}

int Alignment::groupOf(int report, int paragraph) const
{
    for (int g = 0; g < groups.size(); ++g) {
        const AlignedMember* m = groups.at(g).member(report);
        if (m && m->passage.contains(paragraph))
            return g;
    }
    return -1;
}

Alignment PassageAligner::align(const QVector<AlignReport>& reports) const
{
    Alignment alignment;
    const int reportCount = std::min(int(reports.size()), 32);
    alignment.reportCount = reportCount;

    // Term counts per paragraph; every paragraph of every report is one document for the IDF.
    std::vector<std::vector<BigramCounter::Counts>> counts(static_cast<size_t>(reportCount));
    BigramModel model;
    for (int r = 0; r < reportCount; ++r) {
        const AlignReport& report = reports.at(r);
        auto& list = counts[size_t(r)];
        list.reserve(size_t(report.paragraphs.size()));
        for (const Paragraph& paragraph : report.paragraphs) {
            const QStringView text =
                QStringView(report.body).mid(paragraph.start, paragraph.end - paragraph.start);
            list.push_back(BigramCounter::count(text));
            model.addDocument(list.back(), r);
        }
    }

    bool sections = m_options.level == AlignOptions::Level::Sections;
    if (m_options.level == AlignOptions::Level::Auto) {
        sections = reportCount > 0;
        for (int r = 0; r < reportCount; ++r) {
            if (PassageSegmenter::headedSectionCount(reports.at(r).paragraphs) < m_options.minHeadedSections)
                sections = false;
        }
    }
    alignment.level = sections ? AlignOptions::Level::Sections : AlignOptions::Level::Paragraphs;

    auto paragraphItem = [&](int r, const Passage& passage) {
        return Item{r, passage, model.vector(counts[size_t(r)][size_t(passage.firstParagraph)])};
    };

    std::vector<Item> items;
    for (int r = 0; r < reportCount; ++r) {
        const QVector<Paragraph>& paragraphs = reports.at(r).paragraphs;
        if (!sections) {
            for (const Passage& passage : PassageSegmenter::paragraphs(paragraphs))
                items.push_back(paragraphItem(r, passage));
            continue;
        }
        for (const Passage& passage : PassageSegmenter::sections(paragraphs)) {
            BigramCounter::Counts sum;
            for (int p = passage.firstParagraph; p <= passage.lastParagraph; ++p) {
                const Paragraph::Kind kind = paragraphs.at(p).kind;
                if (kind == Paragraph::Kind::Caption)
                    continue;
                BigramCounter::Counts c = counts[size_t(r)][size_t(p)];
                if (kind == Paragraph::Kind::Heading) {
                    for (auto& entry : c)
                        entry.second *= m_options.headingWeight;
                }
                BigramCounter::add(sum, c);
            }
            items.push_back(Item{r, passage, model.vector(sum)});
        }
    }
    alignment.groups = groupItems(items, reportCount, model.vocabularySize(),
                                  sections ? m_options.minSectionScore : m_options.minParagraphScore);

    if (sections && m_options.alignWithinSections) {
        for (AlignedGroup& group : alignment.groups) {
            if (!group.isAligned())
                continue;
            std::vector<Item> inner;
            for (const AlignedMember& member : std::as_const(group.members)) {
                const Passage& section = member.passage;
                for (const Passage& passage : PassageSegmenter::paragraphs(
                         reports.at(member.report).paragraphs, section.firstParagraph + section.headingCount,
                         section.lastParagraph))
                    inner.push_back(paragraphItem(member.report, passage));
            }
            group.children =
                groupItems(inner, reportCount, model.vocabularySize(), m_options.minParagraphScore);
        }
    }
    return alignment;
}

} // namespace rs
