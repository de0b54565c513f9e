#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Collator;
U_NAMESPACE_END

namespace rs {

// Orders Chinese names by pinyin (ICU collation "zh@collation=pinyin"). Sort keys compare
// bytewise, so they can be stored and ordered by any database. Not thread-safe: one per thread.
class PinyinCollator
{
public:
    PinyinCollator();
    ~PinyinCollator();
    PinyinCollator(const PinyinCollator&) = delete;
    PinyinCollator& operator=(const PinyinCollator&) = delete;

    int compare(const QString& a, const QString& b) const;
    QByteArray sortKey(const QString& text) const;

private:
    std::unique_ptr<icu::Collator> m_collator;
};

} // namespace rs
