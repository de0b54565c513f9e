#pragma once

#include <QColor>
#include <QString>

namespace rs {

// One code of the analyst's codebook. Tags form a tree through parentId (0: top level).
struct Tag
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    QColor color;
    QString description;
    QString guid;       // stable identity for REFI-QDA exchange, "{...}"-less lower-case UUID
    qint64 version = 0; // the row's version, as Annotation::version; not part of ==

    bool operator==(const Tag& other) const
    {
        return id == other.id && parentId == other.parentId && name == other.name && color == other.color &&
               description == other.description && guid == other.guid;
    }
    bool operator!=(const Tag& other) const { return !(*this == other); }
};

} // namespace rs
