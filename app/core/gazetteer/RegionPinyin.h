#pragma once

#include "Region.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rs {

class Gazetteer;

// Finds regions by the pinyin of their names (jinwan → 金湾区, xiangqiao → 湘桥区). Pinyin comes from
// ICU's Han-Latin/Names transliteration, which picks the surname reading of some characters; the
// override list fixes place names it gets wrong (厦门 xiamen, 六安 lu'an, 蚌埠 bengbu, 番禺 panyu).
// Immutable once built, so lookups are thread-safe.
class RegionPinyin
{
public:
    explicit RegionPinyin(const Gazetteer& gazetteer);
    // Over Gazetteer::builtin(); built on first use (about a second: ICU transliterates every name),
    // thread-safe.
    static const RegionPinyin& builtin();

    // Toneless lower-case pinyin, syllables separated by spaces: 金湾区 → "jin wan qu".
    static QString transliterate(const QString& han);
    // Lower case, without spaces, apostrophes and hyphens: "Lu'an" → "luan".
    static QString normalized(const QString& pinyin);

    // Regions whose full or short name (金湾区 or 金湾) reads as pinyin, compared normalized.
    QVector<Region> find(const QString& pinyin) const;
    // The short names of those regions (their full name when there is none), without repeats.
    QStringList names(const QString& pinyin) const;

private:
    QVector<Region> m_regions;
    QHash<QString, QVector<int>> m_byKey;
};

} // namespace rs
