#pragma once

#include <QByteArray>
#include <QString>

namespace rs {

class Gazetteer;
class PinyinCollator;

// The province / city / county names of a region code, each empty where the code has no such level.
struct RegionNames
{
    QString province;
    QString city;
    QString county;

    static RegionNames of(const Gazetteer& gazetteer, const QString& code);
    // Pinyin sort key of the full name path ("广东省 珠海市 金湾区"), stored so the database can sort by
    // region.
    static QByteArray sortKey(const Gazetteer& gazetteer, const PinyinCollator& collator,
                              const QString& code);
};

} // namespace rs
