#pragma once

#include "Region.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace rs {

// China's administrative divisions (province / prefecture-level city / county-level unit),
// loaded from the derived tables in resources/gazetteer/ (see tools/derive-gazetteer).
//
// NBS files the districts of the four municipalities (and the county-level units that provinces
// administer directly) under placeholder cities such as 1101 "市辖区"; the tables drop that level,
// so those counties hang directly off their province and have an empty cityCode.
class Gazetteer
{
public:
    // The tables compiled into the core library as Qt resources; loaded once, thread-safe.
    static const Gazetteer& builtin();

    // Accepts 2/4/6-digit codes and their zero-padded 6/12-digit forms ("440400", "440404000000").
    Region region(const QString& code) const;
    QVector<Region> children(const QString& parentCode) const; // "" → provinces
    const QVector<Region>& all() const { return m_regions; }

    // "广东省 珠海市 金湾区" style path of names, most general first.
    QStringList namePath(const QString& code) const;

    // The next level up (county → city or, for municipalities, province); invalid for provinces.
    Region parent(const QString& code) const;
    // True when `ancestor` is `code` itself or one of its parents.
    bool contains(const QString& ancestor, const QString& code) const;
    bool isEmpty() const { return m_regions.isEmpty(); }

private:
    int indexOf(const QString& code) const;

    QVector<Region> m_regions;
    QHash<QString, int> m_indexByCode;
    QHash<QString, QVector<int>> m_childrenByParent;
    friend class GazetteerLoader;
};

} // namespace rs
