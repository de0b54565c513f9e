#include "GazetteerLoader.h"

#include "Gazetteer.h"

#include <QFile>
#include <QStringList>
#include <algorithm>

namespace rs {

namespace {

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

Region::Level levelForCode(const QString& code)
{
    switch (code.size()) {
    case 2:
        return Region::Level::Province;
    case 4:
        return Region::Level::City;
    case 6:
        return Region::Level::County;
    default:
        return Region::Level::Unknown;
    }
}

} // namespace

bool GazetteerLoader::loadDirectory(Gazetteer& gazetteer, const QString& dir, QString* error)
{
    gazetteer = Gazetteer();
    // Parents before children, so finish() can fill in province/city codes in one pass.
    for (const char* name : {"provinces.tsv", "cities.tsv", "counties.tsv"}) {
        QFile file(dir + QLatin1Char('/') + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            return fail(error, QStringLiteral("cannot open %1: %2").arg(file.fileName(), file.errorString()));
        if (!loadTable(gazetteer, file, file.fileName(), error))
            return false;
    }
    return finish(gazetteer, error);
}

bool GazetteerLoader::loadTable(Gazetteer& gazetteer, QIODevice& device, const QString& fileName,
                                QString* error)
{
    const QString text = QString::fromUtf8(device.readAll());
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int lineNo = 0; lineNo < lines.size(); ++lineNo) {
        const QString& line = lines.at(lineNo);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        const auto where = QStringLiteral("%1:%2").arg(fileName).arg(lineNo + 1);
        if (fields.size() != 4)
            return fail(error, where + QStringLiteral(": expected 4 tab-separated fields"));
        Region region;
        region.code = fields.at(0);
        region.name = fields.at(1);
        region.level = levelForCode(region.code);
        region.isFunctionalZone = fields.at(3) == QLatin1String("1");
        if (region.level == Region::Level::Unknown || region.name.isEmpty())
            return fail(error, where + QStringLiteral(": bad code or name"));
        if (gazetteer.m_indexByCode.contains(region.code))
            return fail(error, where + QStringLiteral(": duplicate code ") + region.code);
        const QString& parent = fields.at(2);
        if ((region.level == Region::Level::Province) != parent.isEmpty())
            return fail(error, where + QStringLiteral(": bad parent code"));
        // The parent is stashed in cityCode until finish() resolves the real province/city codes.
        region.cityCode = parent;
        gazetteer.m_indexByCode.insert(region.code, gazetteer.m_regions.size());
        gazetteer.m_regions.append(region);
    }
    return true;
}

bool GazetteerLoader::finish(Gazetteer& gazetteer, QString* error)
{
    std::sort(gazetteer.m_regions.begin(), gazetteer.m_regions.end(),
              [](const Region& a, const Region& b) { return a.code < b.code; });
    gazetteer.m_indexByCode.clear();
    for (int i = 0; i < gazetteer.m_regions.size(); ++i)
        gazetteer.m_indexByCode.insert(gazetteer.m_regions.at(i).code, i);

    // Sorted by code, so every parent is finished before its children.
    for (int i = 0; i < gazetteer.m_regions.size(); ++i) {
        Region& region = gazetteer.m_regions[i];
        const QString parentCode = region.cityCode;
        if (region.level == Region::Level::Province) {
            region.provinceCode = region.code;
            region.cityCode.clear();
        } else {
            const int parentIndex = gazetteer.m_indexByCode.value(parentCode, -1);
            if (parentIndex < 0 || !region.code.startsWith(parentCode))
                return fail(error, QStringLiteral("%1 has unknown parent %2").arg(region.code, parentCode));
            const Region& parent = gazetteer.m_regions.at(parentIndex);
            region.provinceCode = parent.provinceCode;
            region.cityCode = region.level == Region::Level::City ? region.code : parent.cityCode;
        }
        gazetteer.m_childrenByParent[region.level == Region::Level::Province ? QString() : parentCode].append(
            i);
    }
    if (gazetteer.m_regions.isEmpty())
        return fail(error, QStringLiteral("no regions loaded"));
    return true;
}

} // namespace rs
