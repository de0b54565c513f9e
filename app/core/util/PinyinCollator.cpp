#include "PinyinCollator.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace rs {
namespace {

icu::UnicodeString toIcu(const QString& text)
{
    return icu::UnicodeString(reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
}

} // namespace

PinyinCollator::PinyinCollator()
{
    UErrorCode status = U_ZERO_ERROR;
    m_collator.reset(icu::Collator::createInstance(icu::Locale("zh@collation=pinyin"), status));
    if (U_FAILURE(status))
        m_collator.reset();
}

PinyinCollator::~PinyinCollator() = default;

int PinyinCollator::compare(const QString& a, const QString& b) const
{
    if (!m_collator)
        return a.compare(b);
    UErrorCode status = U_ZERO_ERROR;
    return m_collator->compare(toIcu(a), toIcu(b), status);
}

QByteArray PinyinCollator::sortKey(const QString& text) const
{
    if (!m_collator)
        return text.toUtf8();
    const icu::UnicodeString source = toIcu(text);
    QByteArray key(64, Qt::Uninitialized);
    int32_t length = m_collator->getSortKey(source, reinterpret_cast<uint8_t*>(key.data()), key.size());
    if (length > key.size()) {
        key.resize(length);
        length = m_collator->getSortKey(source, reinterpret_cast<uint8_t*>(key.data()), key.size());
    }
    key.resize(qMax(0, length - 1)); // drop ICU's terminating zero byte
    return key;
}

} // namespace rs
