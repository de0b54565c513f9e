#include "Gazetteer.h"

#include "GazetteerLoader.h"

#include <QDebug>

namespace rs {

const Gazetteer& Gazetteer::builtin()
{
    static const Gazetteer instance = [] {
        Gazetteer gazetteer;
        QString error;
        if (!GazetteerLoader::loadDirectory(gazetteer, QStringLiteral(":/gazetteer"), &error))
            qWarning() << "rs::Gazetteer: built-in tables unusable:" << error;
        return gazetteer;
    }();
    return instance;
}

int Gazetteer::indexOf(const QString& code) const
{
    auto it = m_indexByCode.constFind(code);
    if (it != m_indexByCode.constEnd())
        return *it;
    // Statistical codes are often written zero-padded to 6 or 12 digits ("440400000000").
    if (code.size() != 6 && code.size() != 12)
        return -1;
    QString trimmed = code;
    while (trimmed.size() > 2 && trimmed.endsWith(QLatin1String("00")))
        trimmed.chop(2);
    if (trimmed.size() > 6 || trimmed == code)
        return -1;
    return m_indexByCode.value(trimmed, -1);
}

Region Gazetteer::region(const QString& code) const
{
    const int index = indexOf(code);
    return index < 0 ? Region() : m_regions.at(index);
}

QVector<Region> Gazetteer::children(const QString& parentCode) const
{
    QString key;
    if (!parentCode.isEmpty()) {
        const int index = indexOf(parentCode);
        if (index < 0)
            return {};
        key = m_regions.at(index).code;
    }
    QVector<Region> result;
    const QVector<int> indexes = m_childrenByParent.value(key);
    result.reserve(indexes.size());
    for (int index : indexes)
        result.append(m_regions.at(index));
    return result;
}

Region Gazetteer::parent(const QString& code) const
{
    const Region r = region(code);
    switch (r.level) {
    case Region::Level::County:
        return region(r.cityCode.isEmpty() ? r.provinceCode : r.cityCode);
    case Region::Level::City:
        return region(r.provinceCode);
    default:
        return {};
    }
}

bool Gazetteer::contains(const QString& ancestor, const QString& code) const
{
    const Region a = region(ancestor);
    const Region r = region(code);
    if (!a.isValid() || !r.isValid())
        return false;
    switch (a.level) {
    case Region::Level::Province:
        return r.provinceCode == a.code;
    case Region::Level::City:
        return r.cityCode == a.code;
    default:
        return r.code == a.code;
    }
}

QStringList Gazetteer::namePath(const QString& code) const
{
    QStringList path;
    for (Region r = region(code); r.isValid(); r = parent(r.code))
        path.prepend(r.name);
    return path;
}

} // namespace rs
