#include "RegionNames.h"

#include "gazetteer/Gazetteer.h"
#include "util/PinyinCollator.h"

namespace rs {

RegionNames RegionNames::of(const Gazetteer& gazetteer, const QString& code)
{
    RegionNames names;
    const Region region = gazetteer.region(code);
    if (!region.isValid())
        return names;
    names.province = gazetteer.region(region.provinceCode).name;
    if (region.level == Region::Level::Province)
        names.province = region.name;
    if (region.level == Region::Level::City)
        names.city = region.name;
    else if (!region.cityCode.isEmpty())
        names.city = gazetteer.region(region.cityCode).name;
    if (region.level == Region::Level::County)
        names.county = region.name;
    return names;
}

QByteArray RegionNames::sortKey(const Gazetteer& gazetteer, const PinyinCollator& collator,
                                const QString& code)
{
    if (code.isEmpty())
        return QByteArray();
    return collator.sortKey(gazetteer.namePath(code).join(QLatin1Char(' ')));
}

} // namespace rs
