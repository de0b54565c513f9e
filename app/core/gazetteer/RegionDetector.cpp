#include "RegionDetector.h"

#include "Gazetteer.h"
#include "PlaceNameIndex.h"
#include "SimplifiedChineseFolder.h"

#include <QSet>
#include <algorithm>

namespace rs {

namespace {

using KeyClass = PlaceNameIndex::KeyClass;

// A title names the subject far more reliably than any single sentence of the body.
constexpr double kTitleWeight = 4.0;
// 全省/全市 say the report speaks for that level, but only weakly: subjects quote them too.
constexpr double kLevelRefWeight = 0.3;
// "浙江省委…", "珠海市政府…": the higher authority a local report answers to, not its subject.
constexpr double kAuthorityWeight = 0.5;
// To descend to a child, the child must outweigh its siblings this many times over...
constexpr double kSiblingDominance = 2.0;
// ...and carry at least this share of the weight of mentions of the parent itself: reports about
// a county name their province and city as context far more often than a provincial report
// dwells on a single county.
constexpr double kChildShareOfParent = 0.25;

// Written after a city name, these name a zone inside it (嘉兴港区) that the NBS tables may
// lack; the zone is then reported as its city, but the match shows what the text said.
const char16_t* const kAuthorities[] = {u"委", u"政府", u"人大", u"政协", u"纪委"};

const char16_t* const kZoneTails[] = {u"高新技术产业开发区",
                                      u"经济技术开发区",
                                      u"综合保税区",
                                      u"经济开发区",
                                      u"保税区",
                                      u"高新区",
                                      u"经开区",
                                      u"开发区",
                                      u"港区",
                                      u"新区"};

struct Mention
{
    int key = -1;
    int position = 0;
    int length = 0;
    bool inTitle = false;
    double weight = 0.0;
    int region = -1;        // resolved region, or...
    int fallback = -1;      // ...for an unresolved ambiguous name, the candidates' common ancestor
    bool qualifier = false; // 广东省 in 广东省珠海市: part of the next name, not a mention of its own
};

} // namespace

struct RegionDetector::Index
{
    explicit Index(const Gazetteer& gazetteer);

    bool isAncestorOrSelf(int ancestor, int region) const
    {
        for (; region >= 0; region = parent.at(region)) {
            if (region == ancestor)
                return true;
        }
        return false;
    }
    int commonAncestor(const QVector<int>& regions) const;
    QVector<int> highestLevelOnly(const QVector<int>& regions) const;

    const QVector<Region>& regions;
    SimplifiedChineseFolder folder;
    PlaceNameIndex names;
    QVector<int> parent; // -1 for provinces
    QVector<int> provinceOf;
    QVector<int> cityOf;          // -1 for provinces and for counties directly under a province
    QVector<bool> isMunicipality; // provinces without prefecture-level cities (北京市)
};

RegionDetector::Index::Index(const Gazetteer& gazetteer)
    : regions(gazetteer.all()), folder(), names(gazetteer, folder)
{
    QHash<QString, int> indexByCode;
    for (int i = 0; i < regions.size(); ++i)
        indexByCode.insert(regions.at(i).code, i);
    for (const Region& r : regions) {
        parent.append(indexByCode.value(gazetteer.parent(r.code).code, -1));
        provinceOf.append(indexByCode.value(r.provinceCode, -1));
        cityOf.append(indexByCode.value(r.cityCode, -1));
    }
    isMunicipality.fill(false, regions.size());
    for (int i = 0; i < regions.size(); ++i)
        isMunicipality[i] = regions.at(i).level == Region::Level::Province;
    for (int i = 0; i < regions.size(); ++i) {
        if (regions.at(i).level == Region::Level::City)
            isMunicipality[provinceOf.at(i)] = false;
    }
}

int RegionDetector::Index::commonAncestor(const QVector<int>& candidates) const
{
    if (candidates.isEmpty())
        return -1;
    for (int a = candidates.first(); a >= 0; a = parent.at(a)) {
        if (std::all_of(candidates.begin(), candidates.end(), [&](int r) { return isAncestorOrSelf(a, r); }))
            return a;
    }
    return -1;
}

QVector<int> RegionDetector::Index::highestLevelOnly(const QVector<int>& candidates) const
{
    // A bare 吉林 or 朝阳 means the higher-level unit; the lower one is named with its suffix.
    int best = int(Region::Level::County);
    for (int r : candidates)
        best = std::min(best, int(regions.at(r).level));
    QVector<int> result;
    for (int r : candidates) {
        if (int(regions.at(r).level) == best)
            result.append(r);
    }
    return result;
}

RegionDetector::RegionDetector(const Gazetteer& gazetteer)
    : m_index(new Index(gazetteer)), m_gazetteer(gazetteer)
{}

RegionDetector::~RegionDetector()
{
    delete m_index;
}

RegionGuess RegionDetector::detect(const QString& title, const QString& body) const
{
    const Index& ix = *m_index;
    const QString texts[2] = {ix.folder.fold(title), ix.folder.fold(body)};

    QVector<Mention> mentions;
    int levelRefs[4] = {0, 0, 0, 0};
    for (int t = 0; t < 2; ++t) {
        const double size = std::max<qsizetype>(1, texts[t].size());
        for (const PlaceNameIndex::Match& match : ix.names.scan(texts[t])) {
            const PlaceNameIndex::Key& key = ix.names.key(match.key);
            if (key.keyClass == KeyClass::LevelRef) {
                ++levelRefs[int(key.refLevel)];
                continue;
            }
            Mention m;
            m.key = match.key;
            m.position = match.position;
            m.length = match.length;
            m.inTitle = t == 0;
            // Earlier in the body is more likely to introduce the subject than to mention a neighbour.
            m.weight = m.inTitle ? kTitleWeight : 2.0 - match.position / size;
            mentions.append(m);
        }
    }

    // Provinces and cities the text names unambiguously: they disambiguate the other names.
    QSet<int> anchors;
    QSet<int> namedOutright;
    for (const Mention& m : mentions) {
        const PlaceNameIndex::Key& key = ix.names.key(m.key);
        if (key.keyClass != KeyClass::Strong)
            continue;
        const QVector<int> candidates = ix.highestLevelOnly(key.regions);
        if (candidates.size() != 1)
            continue;
        namedOutright.insert(candidates.first());
        for (int a = candidates.first(); a >= 0; a = ix.parent.at(a)) {
            if (ix.regions.at(a).level != Region::Level::County)
                anchors.insert(a);
        }
    }

    QVector<Mention> accepted;
    int previous = -1; // last accepted mention, for "潮州湘桥" / "北京市朝阳区" style qualification
    for (Mention m : mentions) {
        const PlaceNameIndex::Key& key = ix.names.key(m.key);
        QVector<int> candidates = key.regions;
        bool adjacent = false;
        bool anchored = false;
        int qualifierOf = -1;
        if (previous >= 0) {
            const Mention& p = accepted.at(previous);
            const int qualifier = p.region >= 0 ? p.region : p.fallback;
            if (p.inTitle == m.inTitle && m.position - (p.position + p.length) <= 1 && qualifier >= 0) {
                QVector<int> narrowed;
                for (int c : candidates) {
                    if (c != qualifier && ix.isAncestorOrSelf(qualifier, c))
                        narrowed.append(c);
                }
                adjacent = !narrowed.isEmpty();
                if (adjacent) {
                    candidates = narrowed;
                    qualifierOf = previous;
                }
            }
        }
        if (!adjacent) {
            for (const QVector<int>* levelOf : {&ix.cityOf, &ix.provinceOf}) {
                QVector<int> narrowed;
                for (int c : candidates) {
                    if (anchors.contains(levelOf->at(c)))
                        narrowed.append(c);
                }
                if (!narrowed.isEmpty()) {
                    anchored = true;
                    candidates = narrowed;
                    break;
                }
            }
        }
        candidates = ix.highestLevelOnly(candidates);
        const bool unique = candidates.size() == 1;
        const QString& text = texts[m.inTitle ? 0 : 1];
        const int end = m.position + m.length;
        const bool atBoundary = m.position == 0 || text.at(m.position - 1).script() != QChar::Script_Han;
        const bool standalone = end >= text.size() || text.at(end).script() != QChar::Script_Han;

        bool ok = false;
        switch (key.keyClass) {
        case KeyClass::Strong:
            ok = true;
            break;
        case KeyClass::ShortTwo:
            // Many such names are also words (资源县, 新建区): unless the text backs them up, only
            // one that a title sets apart ("蓬江：…") or that opens a sentence is trusted.
            ok = unique && (adjacent || anchored || namedOutright.contains(candidates.first()) ||
                            (m.inTitle && standalone) || atBoundary);
            break;
        case KeyClass::Contextual:
            ok = unique && (adjacent || anchored);
            break;
        case KeyClass::Terse:
            ok = adjacent || (anchored && atBoundary);
            break;
        case KeyClass::Common:
            ok = adjacent;
            break;
        case KeyClass::LevelRef:
            break;
        }
        if (!ok)
            continue;
        if (unique)
            m.region = candidates.first();
        else
            m.fallback = ix.commonAncestor(candidates);
        const QStringView after = QStringView(text).mid(end);
        if (!m.inTitle && m.region >= 0 && ix.regions.at(m.region).level != Region::Level::County) {
            for (const char16_t* authority : kAuthorities) {
                if (after.startsWith(QStringView(authority))) {
                    m.weight *= kAuthorityWeight;
                    break;
                }
            }
        }
        if (m.region >= 0 && ix.regions.at(m.region).level == Region::Level::City) {
            for (const char16_t* tail : kZoneTails) {
                const QString suffix = QString::fromUtf16(tail);
                if (after.startsWith(suffix)) {
                    m.length += suffix.size();
                    break;
                }
            }
        }
        if (qualifierOf >= 0) {
            accepted[qualifierOf].qualifier = true;
            m.weight = std::max(m.weight, accepted.at(qualifierOf).weight);
        }
        accepted.append(m);
        previous = accepted.size() - 1;
    }

    QHash<int, double> direct;
    QHash<int, double> aggregate; // a region's own weight plus all of its descendants'
    QHash<int, int> mentionCount; // per subtree, like aggregate
    double total = 0.0;
    double unresolved = 0.0;
    for (const Mention& m : accepted) {
        const int r = m.region >= 0 ? m.region : m.fallback;
        if (m.qualifier)
            continue;
        total += m.weight;
        if (r < 0) {
            unresolved += m.weight;
            continue;
        }
        direct[r] += m.weight;
        for (int a = r; a >= 0; a = ix.parent.at(a)) {
            aggregate[a] += m.weight;
            mentionCount[a] += m.inTitle ? 2 : 1;
        }
    }

    auto stayWeight = [&](int node) {
        const Region& r = ix.regions.at(node);
        double refs = levelRefs[int(r.level)];
        // In a municipality 全市 means the province-level unit itself.
        if (ix.isMunicipality.at(node))
            refs += levelRefs[int(Region::Level::City)];
        return direct.value(node) + kLevelRefWeight * refs;
    };
    // From `node` (-1: the whole country) down while one child clearly dominates; -1 if even the
    // province cannot be told.
    auto descend = [&](int node) {
        for (;;) {
            int best = -1;
            double bestWeight = 0.0;
            double secondWeight = 0.0;
            for (auto it = aggregate.constBegin(); it != aggregate.constEnd(); ++it) {
                if (ix.parent.at(it.key()) != node)
                    continue;
                if (it.value() > bestWeight || (it.value() == bestWeight && it.key() < best)) {
                    secondWeight = bestWeight;
                    bestWeight = it.value();
                    best = it.key();
                } else {
                    secondWeight = std::max(secondWeight, it.value());
                }
            }
            if (best < 0)
                return node;
            // A single passing mention narrows the subject only if the parent is not named on its own.
            const double stay = node < 0 ? unresolved : stayWeight(node);
            const bool clear = bestWeight >= kSiblingDominance * secondWeight &&
                               bestWeight >= kChildShareOfParent * stay &&
                               (mentionCount.value(best) >= 2 || bestWeight > stay) &&
                               (node >= 0 || bestWeight > unresolved);
            if (!clear)
                return node;
            node = best;
        }
    };

    int chosen = -1;
    QVector<int> titleLeaves;
    bool titleUnresolved = false;
    for (const Mention& m : accepted) {
        if (!m.inTitle)
            continue;
        const int r = m.region >= 0 ? m.region : m.fallback;
        if (r < 0) {
            titleUnresolved = true;
            continue;
        }
        titleLeaves.erase(std::remove_if(titleLeaves.begin(), titleLeaves.end(),
                                         [&](int leaf) { return ix.isAncestorOrSelf(leaf, r); }),
                          titleLeaves.end());
        if (std::none_of(titleLeaves.begin(), titleLeaves.end(),
                         [&](int leaf) { return ix.isAncestorOrSelf(r, leaf); }))
            titleLeaves.append(r);
    }
    if (!titleLeaves.isEmpty()) {
        std::sort(titleLeaves.begin(), titleLeaves.end(),
                  [&](int a, int b) { return aggregate.value(a) > aggregate.value(b); });
        int start = titleLeaves.first();
        if (titleLeaves.size() > 1 &&
            aggregate.value(titleLeaves.at(0)) < kSiblingDominance * aggregate.value(titleLeaves.at(1)))
            start = ix.commonAncestor(titleLeaves);
        if (start >= 0)
            chosen = descend(start);
    } else if (!titleUnresolved) {
        chosen = descend(-1);
    }
    if (chosen < 0)
        return {};

    RegionGuess guess;
    guess.region = ix.regions.at(chosen);
    guess.score = total > 0.0 ? aggregate.value(chosen) / total : 0.0;
    const Mention* shown = nullptr;
    for (const Mention& m : accepted) {
        const int r = m.region >= 0 ? m.region : m.fallback;
        if (r == chosen) {
            shown = &m;
            break;
        }
        if (!shown && r >= 0 && ix.isAncestorOrSelf(chosen, r))
            shown = &m;
    }
    if (shown) {
        const QString& original = shown->inTitle ? title : body;
        const QString& folded = texts[shown->inTitle ? 0 : 1];
        // Show the text as written (靖遠縣) when folding kept the offsets, which it does per character.
        const QString& source = original.size() == folded.size() ? original : folded;
        guess.matchedText = source.mid(shown->position, shown->length);
    }
    return guess;
}

} // namespace rs
