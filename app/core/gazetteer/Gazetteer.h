#pragma once

#include "Region.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace rs {

// China's administrative divisions (province / prefecture-level city / county-level unit),
// loaded from the derived tables in resources/gazetteer/ (see tools/derive-gazetteer).
class Gazetteer
{
public:
    // The tables compiled into the core library as Qt resources; loaded once, thread-safe.
    static const Gazetteer& builtin();

    Region region(const QString& code) const;
    QVector<Region> children(const QString& parentCode) const; // "" → provinces
    const QVector<Region>& all() const { return m_regions; }

    // "广东省 珠海市 金湾区" style path of names, most general first.
    QStringList namePath(const QString& code) const;

private:
    QVector<Region> m_regions;
    QHash<QString, int> m_indexByCode;
    friend class GazetteerLoader;
};

} // namespace rs
