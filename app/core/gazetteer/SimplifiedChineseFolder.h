#pragma once

#include <QMutex>
#include <QString>

#include <unicode/uversion.h> // U_NAMESPACE_BEGIN: icu is an alias of the versioned namespace

#include <memory>
#include <vector>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace rs {

// Folds traditional characters to simplified ones (靖遠縣 → 靖远县) with ICU's
// "Traditional-Simplified" transform, producing a copy that is only used for matching.
// Thread-safe: ICU transliterator instances are not, so the instance is guarded by a mutex, and
// text without any character the transform would change skips it (and the lock) entirely.
class SimplifiedChineseFolder
{
public:
    SimplifiedChineseFolder();
    ~SimplifiedChineseFolder();
    SimplifiedChineseFolder(const SimplifiedChineseFolder&) = delete;
    SimplifiedChineseFolder& operator=(const SimplifiedChineseFolder&) = delete;

    bool isValid() const { return m_transliterator != nullptr; }
    QString fold(const QString& text) const;

private:
    bool changes(QChar c) const;

    std::unique_ptr<icu::Transliterator> m_transliterator;
    mutable QMutex m_mutex;
    std::vector<bool> m_changes; // BMP code units the transform maps to something else
    bool m_changesAstral = false;
};

} // namespace rs
