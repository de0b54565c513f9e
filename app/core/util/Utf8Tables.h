#pragma once

#include <QHash>
#include <QSet>
#include <QString>

#include <initializer_list>
#include <utility>

namespace rs {

// Word tables written as UTF-8 literals. The project builds with QT_NO_CAST_FROM_ASCII, so a char* never
// becomes a QString unseen; these say where it does, once per table rather than once per word.
inline QSet<QString> utf8Set(std::initializer_list<const char*> words)
{
    QSet<QString> set;
    set.reserve(int(words.size()));
    for (const char* word : words)
        set.insert(QString::fromUtf8(word));
    return set;
}

template <typename T> QHash<QString, T> utf8Hash(std::initializer_list<std::pair<const char*, T>> entries)
{
    QHash<QString, T> hash;
    hash.reserve(int(entries.size()));
    for (const auto& entry : entries)
        hash.insert(QString::fromUtf8(entry.first), entry.second);
    return hash;
}

} // namespace rs
