#include "QdpxProject.h"

namespace rs {
namespace {

template <typename T> const T* findByGuid(const QVector<T>& items, const QString& guid)
{
    for (const T& item : items) {
        if (item.guid == guid)
            return &item;
    }
    return nullptr;
}

} // namespace

const QdpxCode* QdpxProject::code(const QString& guid) const
{
    return findByGuid(codes, guid);
}

const QdpxUser* QdpxProject::user(const QString& guid) const
{
    return findByGuid(users, guid);
}

const QdpxNote* QdpxProject::note(const QString& guid) const
{
    return findByGuid(notes, guid);
}

QString QdpxProject::codePath(const QString& guid) const
{
    QStringList names;
    const QdpxCode* current = code(guid);
    // The reader refuses cycles, but a project built in code might not be so careful.
    while (current && names.size() <= codes.size()) {
        names.prepend(current->name);
        current = current->parentGuid.isEmpty() ? nullptr : code(current->parentGuid);
    }
    return names.join(QLatin1Char('/'));
}

} // namespace rs
