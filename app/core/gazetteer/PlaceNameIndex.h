#pragma once

#include "Region.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <vector>

namespace rs {

class Gazetteer;
class SimplifiedChineseFolder;

// Every string by which a region may be named in running text (full names, short names with the
// administrative suffix removed, aliases of functional zones), with a leftmost-longest scanner.
// Built once per detector; immutable afterwards, so scanning is thread-safe.
class PlaceNameIndex
{
public:
    // How much evidence a match needs before it counts, from "none" to "not a place at all".
    enum class KeyClass
    {
        Strong,     // full names of 3+ characters, city/province short names: accepted as found
        ShortTwo,   // 2-character county short name (金湾): only when unambiguous or disambiguated
        Contextual, // functional-zone alias without its city (净月高新区): needs its city/province
        Terse,      // 1-character stem + suffix (高县, 和县): collides with 提高县域, 和县委
        Common,     // also an everyday word (新区, 城区, 光明, 共和): only right after its parent
        LevelRef,   // 全省/本省/全市…: refers to the report's own province or city
    };
    struct Key
    {
        QString text;
        KeyClass keyClass = KeyClass::Strong;
        QVector<int> regions;                            // indexes into Gazetteer::all()
        Region::Level refLevel = Region::Level::Unknown; // LevelRef only
    };
    struct Match
    {
        int key;
        int position;
        int length;
    };

    PlaceNameIndex(const Gazetteer& gazetteer, const SimplifiedChineseFolder& folder);

    QVector<Match> scan(const QString& text) const;
    const Key& key(int index) const { return m_keys.at(index); }
    int keyCount() const { return m_keys.size(); }

    // 金湾区 → 金湾, 乳源瑶族自治县 → 乳源, 广西壮族自治区 → 广西; empty when nothing usable remains.
    static QString shortName(const Region& region);

private:
    struct Pending;
    void add(QHash<QString, Pending>& pending, const QString& text, int region, int kind) const;
    void addZoneAliases(QHash<QString, Pending>& pending, const Gazetteer& gazetteer, int region) const;

    QVector<Key> m_keys;
    QHash<quint32, QVector<int>> m_bucketByPrefix; // first two UTF-16 units → keys, longest first
    std::vector<bool> m_startsKey;                 // first UTF-16 unit of any key
};

} // namespace rs
