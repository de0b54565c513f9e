#include "PlaceNameIndex.h"

#include "Gazetteer.h"
#include "SimplifiedChineseFolder.h"

#include <QSet>
#include <algorithm>
#include <cstring>

namespace rs {

namespace {

enum Kind
{
    FullName = 1,
    ShortName = 2,
    CityZoneAlias = 4,
    BareZoneAlias = 8
};

// Names of ethnic groups as they appear inside autonomous-area names (乳源瑶族自治县,
// 伊犁哈萨克自治州): stripped from short names, which people never include.
const char16_t* const kEthnicGroups[] = {
    u"蒙古",   u"回",       u"藏",     u"维吾尔",   u"苗",   u"彝",     u"壮",   u"布依",
    u"朝鲜",   u"满",       u"侗",     u"瑶",       u"白",   u"土家",   u"哈尼", u"哈萨克",
    u"傣",     u"黎",       u"傈僳",   u"佤",       u"畲",   u"高山",   u"拉祜", u"水",
    u"东乡",   u"纳西",     u"景颇",   u"柯尔克孜", u"土",   u"达斡尔", u"仫佬", u"羌",
    u"布朗",   u"撒拉",     u"毛南",   u"仡佬",     u"锡伯", u"阿昌",   u"普米", u"塔吉克",
    u"怒",     u"乌孜别克", u"俄罗斯", u"鄂温克",   u"德昂", u"保安",   u"裕固", u"京",
    u"塔塔尔", u"独龙",     u"鄂伦春", u"赫哲",     u"门巴", u"珞巴",   u"基诺"};

// Place names (full or short) that are also everyday words in government prose; matching them
// bare would attach 中华人民共和国 to 共和县 or 乡村振兴 to 振兴区.
const char16_t* const kCommonWords[] = {
    u"城区",   u"郊区",   u"矿区",   u"东区",   u"西区", u"新区",   u"新城", u"新城区", u"老城",   u"老城区",
    u"城中",   u"城中区", u"城东",   u"城东区", u"城西", u"城西区", u"城南", u"城北",   u"城北区", u"城关",
    u"城关区", u"市中",   u"市中区", u"市南",   u"市北", u"新市",   u"和平", u"长安",   u"新华",   u"平安",
    u"光明",   u"前进",   u"向阳",   u"东风",   u"解放", u"红旗",   u"新兴", u"安定",   u"长寿",   u"吉利",
    u"复兴",   u"振兴",   u"兴业",   u"友好",   u"站前", u"中原",   u"高明", u"南海",   u"海港",   u"江海",
    u"太平",   u"安宁",   u"康乐",   u"民乐",   u"共和", u"合作",   u"大方", u"东方",   u"石棉",   u"凤凰",
    u"芙蓉",   u"荷塘",   u"清新",   u"江城",   u"阳春", u"紫金",   u"龙门", u"青山",   u"白云",   u"南山",
    u"江南",   u"江北",   u"河东",   u"河西",   u"南岸", u"大同",   u"中山", u"白银",   u"阿里",   u"来宾",
    u"长治",   u"海西",   u"北海",   u"兴安",   u"朝阳", u"玉树",   u"安康", u"永安",   u"永康",   u"和顺",
    u"大通",   u"先锋",   u"团结",   u"胜利",   u"建设", u"红星",   u"桥东", u"桥西",   u"铁东",   u"铁西",
    u"金山",   u"宝山",   u"宁安",   u"温泉",   u"通道", u"平和",   u"西湖", u"东湖",   u"三江",   u"港口",
    u"资源",   u"新建",   u"大关",   u"富民",   u"安居", u"新民",   u"七星", u"万年",   u"丰满",   u"乐业",
    u"会同",   u"公安",   u"兴国",   u"兴隆",   u"博爱", u"友谊",   u"古城", u"同心",   u"同德",   u"同仁",
    u"大观",   u"天桥",   u"宏伟",   u"富裕",   u"山城", u"工农",   u"平原", u"开化",   u"延长",   u"惠民",
    u"惠农",   u"方正",   u"无为",   u"未央",   u"武功", u"民权",   u"江口", u"河口",   u"清水",   u"清流",
    u"湖口",   u"湖滨",   u"滨江",   u"滨海",   u"滨湖", u"爱民",   u"莲花", u"运河",   u"钟楼",   u"麒麟",
    u"龙凤",   u"龙潭",   u"牡丹",   u"桃源",   u"宝塔", u"白杨",   u"前锋", u"德化",   u"长乐",   u"阳明",
    u"天山",   u"西山",   u"新安",   u"白水"};

// Level references that point at the report's own province or city.
const struct
{
    const char16_t* text;
    Region::Level level;
} kLevelRefs[] = {
    {u"全省", Region::Level::Province}, {u"本省", Region::Level::Province},
    {u"我省", Region::Level::Province}, {u"全市", Region::Level::City},
    {u"本市", Region::Level::City},     {u"我市", Region::Level::City},
};

// Functional-zone name endings, longest first, and the compact forms reports actually use.
const char16_t* const kZoneSuffixes[] = {u"高新技术产业开发区",
                                         u"高新技术开发区",
                                         u"经济技术开发区",
                                         u"风景名胜区",
                                         u"经济开发区",
                                         u"工业园区",
                                         u"产业园区",
                                         u"管委会",
                                         u"高新区",
                                         u"经开区",
                                         u"开发区",
                                         u"管理区",
                                         u"示范区",
                                         u"试验区",
                                         u"实验区",
                                         u"合作区",
                                         u"新区",
                                         u"园区",
                                         u"新城"};
const struct
{
    const char16_t* from;
    const char16_t* to;
} kZoneCompressions[] = {
    {u"高新技术产业开发区", u"高新区"},
    {u"高新技术开发区", u"高新区"},
    {u"经济技术开发区", u"经开区"},
};

QString str(const char16_t* s)
{
    return QString::fromUtf16(s);
}

bool chopSuffix(QString& s, const QString& suffix)
{
    if (s.size() > suffix.size() && s.endsWith(suffix)) {
        s.chop(suffix.size());
        return true;
    }
    return false;
}

QString stripEthnicGroups(QString s)
{
    static const QVector<QString> groups = [] {
        QVector<QString> list;
        for (const char16_t* g : kEthnicGroups)
            list.append(str(g));
        // Longest first so 哈萨克 wins over a shorter accidental ending.
        std::sort(list.begin(), list.end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
        return list;
    }();
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const QString& group : groups) {
            for (const QString& form : {group + QChar(u'族'), group}) {
                if (s.endsWith(form) && s.size() - form.size() >= 2) {
                    s.chop(form.size());
                    stripped = true;
                    break;
                }
            }
            if (stripped)
                break;
        }
    }
    return s;
}

QString stripPrefix(const QString& s, const QStringList& prefixes)
{
    for (const QString& prefix : prefixes) {
        if (!prefix.isEmpty() && s.size() > prefix.size() && s.startsWith(prefix))
            return s.mid(prefix.size());
    }
    return s;
}

} // namespace

struct PlaceNameIndex::Pending
{
    QVector<int> regions;
    int kinds = 0;
};

QString PlaceNameIndex::shortName(const Region& region)
{
    QString s = region.name;
    if (region.isFunctionalZone)
        return {};
    bool autonomous = false;
    switch (region.level) {
    case Region::Level::Province:
        autonomous = chopSuffix(s, str(u"自治区"));
        if (!autonomous && !chopSuffix(s, str(u"省")))
            chopSuffix(s, str(u"市"));
        break;
    case Region::Level::City:
        autonomous = chopSuffix(s, str(u"自治州"));
        if (!autonomous && !chopSuffix(s, str(u"地区")) && !chopSuffix(s, str(u"盟")))
            chopSuffix(s, str(u"市"));
        break;
    case Region::Level::County:
        autonomous = chopSuffix(s, str(u"自治县")) || chopSuffix(s, str(u"自治旗"));
        if (!autonomous) {
            for (const char16_t* suffix : {u"新区", u"林区", u"特区", u"区", u"县", u"市", u"旗"}) {
                if (chopSuffix(s, str(suffix)))
                    break;
            }
        }
        break;
    default:
        return {};
    }
    if (autonomous)
        s = stripEthnicGroups(s);
    return s.size() >= 2 && s != region.name ? s : QString();
}

void PlaceNameIndex::add(QHash<QString, Pending>& pending, const QString& text, int region, int kind) const
{
    if (text.size() < 2)
        return;
    Pending& p = pending[text];
    if (!p.regions.contains(region))
        p.regions.append(region);
    p.kinds |= kind;
}

void PlaceNameIndex::addZoneAliases(QHash<QString, Pending>& pending, const Gazetteer& gazetteer,
                                    int region) const
{
    const Region& zone = gazetteer.all().at(region);
    const Region province = gazetteer.region(zone.provinceCode);
    const Region city = gazetteer.region(zone.cityCode);
    const QString cityShort = shortName(city);
    QString core = stripPrefix(zone.name, {province.name, shortName(province)});
    const QString withoutCity = stripPrefix(core, {city.name, cityShort});
    const bool namedAfterCity = withoutCity != core;
    core = withoutCity;

    QStringList forms{core};
    for (const auto& c : kZoneCompressions) {
        if (core.endsWith(str(c.from))) {
            forms.append(core.left(core.size() - int(std::char_traits<char16_t>::length(c.from))) +
                         str(c.to));
            break;
        }
    }
    QString distinctive = core;
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const char16_t* suffix : kZoneSuffixes)
            stripped = stripped || chopSuffix(distinctive, str(suffix));
    }
    const bool generic = distinctive.size() < 2;
    for (const QString& form : forms) {
        if (!cityShort.isEmpty() && (namedAfterCity || !generic)) {
            add(pending, cityShort + form, region, CityZoneAlias);
            add(pending, city.name + form, region, CityZoneAlias);
        }
        if (!generic && form != zone.name)
            add(pending, form, region, BareZoneAlias);
    }
}

PlaceNameIndex::PlaceNameIndex(const Gazetteer& gazetteer, const SimplifiedChineseFolder& folder)
    : m_startsKey(0x10000, false)
{
    QHash<QString, Pending> pending;
    const QVector<Region>& regions = gazetteer.all();
    for (int i = 0; i < regions.size(); ++i) {
        add(pending, regions.at(i).name, i, FullName);
        add(pending, shortName(regions.at(i)), i, ShortName);
        if (regions.at(i).isFunctionalZone)
            addZoneAliases(pending, gazetteer, i);
    }

    QSet<QString> common;
    for (const char16_t* word : kCommonWords)
        common.insert(str(word));

    auto classify = [&](const QString& text, const Pending& p) {
        if (common.contains(text))
            return KeyClass::Common;
        if ((p.kinds & FullName) && text.size() <= 2)
            return KeyClass::Terse;
        if (p.kinds & (FullName | CityZoneAlias))
            return KeyClass::Strong;
        if (p.kinds & ShortName) {
            const bool allCounties = std::all_of(p.regions.begin(), p.regions.end(), [&](int r) {
                return regions.at(r).level == Region::Level::County;
            });
            return text.size() == 2 && allCounties ? KeyClass::ShortTwo : KeyClass::Strong;
        }
        return KeyClass::Contextual;
    };

    QStringList texts = pending.keys();
    std::sort(texts.begin(), texts.end()); // deterministic key numbering
    QHash<QString, int> keyByText;
    auto addKey = [&](const QString& text, const Key& key) {
        if (keyByText.contains(text))
            return;
        keyByText.insert(text, m_keys.size());
        Key k = key;
        k.text = text;
        m_keys.append(k);
    };
    for (const QString& text : texts) {
        const Pending& p = pending.value(text);
        Key key;
        key.keyClass = classify(text, p);
        key.regions = p.regions;
        addKey(text, key);
    }
    for (const auto& ref : kLevelRefs) {
        Key key;
        key.keyClass = KeyClass::LevelRef;
        key.refLevel = ref.level;
        addKey(str(ref.text), key);
    }
    // Text is folded to simplified characters before matching, and the fold is not always the
    // identity on simplified names (乾县 → 干县), so every key is also indexed in folded form.
    const int plainKeys = m_keys.size();
    for (int i = 0; i < plainKeys; ++i) {
        const QString folded = folder.fold(m_keys.at(i).text);
        if (folded != m_keys.at(i).text)
            addKey(folded, m_keys.at(i));
    }

    for (int i = 0; i < m_keys.size(); ++i) {
        const QString& text = m_keys.at(i).text;
        const quint32 prefix = (quint32(text.at(0).unicode()) << 16) | text.at(1).unicode();
        m_bucketByPrefix[prefix].append(i);
        m_startsKey[text.at(0).unicode()] = true;
    }
    for (QVector<int>& bucket : m_bucketByPrefix) {
        std::stable_sort(bucket.begin(), bucket.end(), [this](int a, int b) {
            return m_keys.at(a).text.size() > m_keys.at(b).text.size();
        });
    }
}

QVector<PlaceNameIndex::Match> PlaceNameIndex::scan(const QString& text) const
{
    QVector<Match> matches;
    const QChar* data = text.constData();
    const int size = int(text.size());
    for (int pos = 0; pos + 1 < size;) {
        if (!m_startsKey[data[pos].unicode()]) {
            ++pos;
            continue;
        }
        const quint32 prefix = (quint32(data[pos].unicode()) << 16) | data[pos + 1].unicode();
        auto bucket = m_bucketByPrefix.constFind(prefix);
        int matched = -1;
        if (bucket != m_bucketByPrefix.constEnd()) {
            for (int keyIndex : *bucket) {
                const QString& key = m_keys.at(keyIndex).text;
                if (pos + key.size() <= size &&
                    std::memcmp(data + pos, key.constData(), sizeof(QChar) * size_t(key.size())) == 0) {
                    matched = keyIndex;
                    break;
                }
            }
        }
        if (matched < 0) {
            ++pos;
            continue;
        }
        const int length = int(m_keys.at(matched).text.size());
        matches.append({matched, pos, length});
        pos += length;
    }
    return matches;
}

} // namespace rs
