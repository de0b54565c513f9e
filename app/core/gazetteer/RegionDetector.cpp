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

// The steps of one detect() call over the folded title (texts[0]) and body (texts[1]).
struct RegionDetector::Detection
{
    Detection(const Index& index, const QString& title, const QString& body)
        : ix(index), texts{ix.folder.fold(title), ix.folder.fold(body)}
    {}

    void findMentions();
    void findAnchors();
    void acceptMentions();
    void weigh();
    int choose() const;
    const Mention* shownMention(int chosen) const;

    const Index& ix;
    const QString texts[2];
    QVector<Mention> mentions;
    int levelRefs[4] = {0, 0, 0, 0};
    QSet<int> anchors;       // provinces and cities named unambiguously
    QSet<int> namedOutright; // regions named unambiguously
    QVector<Mention> accepted;
    QHash<int, double> direct;
    QHash<int, double> aggregate; // a region's own weight plus all of its descendants'
    QHash<int, int> mentionCount; // per subtree, like aggregate
    double total = 0.0;
    double unresolved = 0.0;

private:
    bool narrowByPrevious(const Mention& m, int previous, QVector<int>& candidates) const;
    bool narrowByAnchors(QVector<int>& candidates) const;
    bool trusted(const Mention& m, const QVector<int>& candidates, bool adjacent, bool anchored) const;
    void readAfter(Mention& m) const;
    double stayWeight(int node) const;
    int descend(int node) const;
};

void RegionDetector::Detection::findMentions()
{
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
}

// Provinces and cities the text names unambiguously: they disambiguate the other names.
void RegionDetector::Detection::findAnchors()
{
    for (const Mention& m : std::as_const(mentions)) {
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
}

// "潮州湘桥" / "北京市朝阳区": right after an accepted name, only the places inside it are meant.
bool RegionDetector::Detection::narrowByPrevious(const Mention& m, int previous,
                                                 QVector<int>& candidates) const
{
    if (previous < 0)
        return false;
    const Mention& p = accepted.at(previous);
    const int qualifier = p.region >= 0 ? p.region : p.fallback;
    if (p.inTitle != m.inTitle || m.position - (p.position + p.length) > 1 || qualifier < 0)
        return false;
    QVector<int> narrowed;
    for (int c : std::as_const(candidates)) {
        if (c != qualifier && ix.isAncestorOrSelf(qualifier, c))
            narrowed.append(c);
    }
    if (narrowed.isEmpty())
        return false;
    candidates = narrowed;
    return true;
}

// Keeps the candidates in a city, else a province, that the text names outright.
bool RegionDetector::Detection::narrowByAnchors(QVector<int>& candidates) const
{
    for (const QVector<int>* levelOf : {&ix.cityOf, &ix.provinceOf}) {
        QVector<int> narrowed;
        for (int c : std::as_const(candidates)) {
            if (anchors.contains(levelOf->at(c)))
                narrowed.append(c);
        }
        if (!narrowed.isEmpty()) {
            candidates = narrowed;
            return true;
        }
    }
    return false;
}

// Whether the text backs up a name of this class enough to count it.
bool RegionDetector::Detection::trusted(const Mention& m, const QVector<int>& candidates, bool adjacent,
                                        bool anchored) const
{
    const bool unique = candidates.size() == 1;
    const QString& text = texts[m.inTitle ? 0 : 1];
    const int end = m.position + m.length;
    const bool atBoundary = m.position == 0 || text.at(m.position - 1).script() != QChar::Script_Han;
    const bool standalone = end >= text.size() || text.at(end).script() != QChar::Script_Han;
    switch (ix.names.key(m.key).keyClass) {
    case KeyClass::Strong:
        return true;
    case KeyClass::ShortTwo:
        // Many such names are also words (资源县, 新建区): unless the text backs them up, only
        // one that a title sets apart ("蓬江：…") or that opens a sentence is trusted.
        return unique && (adjacent || anchored || namedOutright.contains(candidates.first()) ||
                          (m.inTitle && standalone) || atBoundary);
    case KeyClass::Contextual:
        return unique && (adjacent || anchored);
    case KeyClass::Terse:
        return adjacent || (anchored && atBoundary);
    case KeyClass::Common:
        return adjacent;
    case KeyClass::LevelRef:
        break;
    }
    return false;
}

// What follows the name: an authority (省委, 市政府) lowers its weight, a zone tail (港区) lengthens it.
void RegionDetector::Detection::readAfter(Mention& m) const
{
    const QString& text = texts[m.inTitle ? 0 : 1];
    const QStringView after = QStringView(text).mid(m.position + m.length);
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
}

void RegionDetector::Detection::acceptMentions()
{
    int previous = -1; // last accepted mention, for "潮州湘桥" / "北京市朝阳区" style qualification
    for (Mention m : std::as_const(mentions)) {
        QVector<int> candidates = ix.names.key(m.key).regions;
        const bool adjacent = narrowByPrevious(m, previous, candidates);
        const int qualifierOf = adjacent ? previous : -1;
        const bool anchored = !adjacent && narrowByAnchors(candidates);
        candidates = ix.highestLevelOnly(candidates);
        if (!trusted(m, candidates, adjacent, anchored))
            continue;
        if (candidates.size() == 1)
            m.region = candidates.first();
        else
            m.fallback = ix.commonAncestor(candidates);
        readAfter(m);
        if (qualifierOf >= 0) {
            accepted[qualifierOf].qualifier = true;
            m.weight = std::max(m.weight, accepted.at(qualifierOf).weight);
        }
        accepted.append(m);
        previous = int(accepted.size()) - 1;
    }
}

void RegionDetector::Detection::weigh()
{
    for (const Mention& m : std::as_const(accepted)) {
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
}

double RegionDetector::Detection::stayWeight(int node) const
{
    const Region& r = ix.regions.at(node);
    double refs = levelRefs[int(r.level)];
    // In a municipality 全市 means the province-level unit itself.
    if (ix.isMunicipality.at(node))
        refs += levelRefs[int(Region::Level::City)];
    return direct.value(node) + kLevelRefWeight * refs;
}

// From `node` (-1: the whole country) down while one child clearly dominates; -1 if even the
// province cannot be told.
int RegionDetector::Detection::descend(int node) const
{
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
        const bool clear =
            bestWeight >= kSiblingDominance * secondWeight && bestWeight >= kChildShareOfParent * stay &&
            (mentionCount.value(best) >= 2 || bestWeight > stay) && (node >= 0 || bestWeight > unresolved);
        if (!clear)
            return node;
        node = best;
    }
}

// The title's most specific places first, then down from them (or from the country) by weight.
int RegionDetector::Detection::choose() const
{
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
    if (titleLeaves.isEmpty())
        return titleUnresolved ? -1 : descend(-1);
    std::sort(titleLeaves.begin(), titleLeaves.end(),
              [&](int a, int b) { return aggregate.value(a) > aggregate.value(b); });
    int start = titleLeaves.first();
    if (titleLeaves.size() > 1 &&
        aggregate.value(titleLeaves.at(0)) < kSiblingDominance * aggregate.value(titleLeaves.at(1)))
        start = ix.commonAncestor(titleLeaves);
    return start >= 0 ? descend(start) : -1;
}

// The first mention of the chosen place, else of a place inside it.
const Mention* RegionDetector::Detection::shownMention(int chosen) const
{
    const Mention* shown = nullptr;
    for (const Mention& m : accepted) {
        const int r = m.region >= 0 ? m.region : m.fallback;
        if (r == chosen)
            return &m;
        if (!shown && r >= 0 && ix.isAncestorOrSelf(chosen, r))
            shown = &m;
    }
    return shown;
}

RegionGuess RegionDetector::detect(const QString& title, const QString& body) const
{
    Detection detection(*m_index, title, body);
    detection.findMentions();
    detection.findAnchors();
    detection.acceptMentions();
    detection.weigh();
    const int chosen = detection.choose();
    if (chosen < 0)
        return {};

    RegionGuess guess;
    guess.region = m_index->regions.at(chosen);
    guess.score = detection.total > 0.0 ? detection.aggregate.value(chosen) / detection.total : 0.0;
    if (const Mention* shown = detection.shownMention(chosen)) {
        const QString& original = shown->inTitle ? title : body;
        const QString& folded = detection.texts[shown->inTitle ? 0 : 1];
        // Show the text as written (靖遠縣) when folding kept the offsets, which it does per character.
        const QString& source = original.size() == folded.size() ? original : folded;
        guess.matchedText = source.mid(shown->position, shown->length);
    }
    return guess;
}

} // namespace rs
