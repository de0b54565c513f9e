#include "SimplifiedChineseFolder.h"

#include <QDebug>
#include <QMutexLocker>

#include <unicode/translit.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

namespace rs {

SimplifiedChineseFolder::SimplifiedChineseFolder() : m_changes(0x10000, false)
{
    UErrorCode status = U_ZERO_ERROR;
    m_transliterator.reset(icu::Transliterator::createInstance(icu::UnicodeString(u"Traditional-Simplified"),
                                                               UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !m_transliterator) {
        qWarning() << "rs::SimplifiedChineseFolder: ICU Traditional-Simplified unavailable:"
                   << u_errorName(status);
        m_transliterator.reset();
        return;
    }
    // The source set also holds characters the rules merely mention; probing each one alone
    // leaves exactly those the transform rewrites, which is what the fast path needs.
    icu::UnicodeSet source;
    m_transliterator->getSourceSet(source);
    for (int32_t range = 0; range < source.getRangeCount(); ++range) {
        for (UChar32 c = source.getRangeStart(range); c <= source.getRangeEnd(range); ++c) {
            icu::UnicodeString probe(c);
            const icu::UnicodeString original = probe;
            m_transliterator->transliterate(probe);
            if (probe == original)
                continue;
            if (c < 0x10000)
                m_changes[static_cast<size_t>(c)] = true;
            else
                m_changesAstral = true;
        }
    }
}

SimplifiedChineseFolder::~SimplifiedChineseFolder() = default;

bool SimplifiedChineseFolder::needsFolding(const QString& text) const
{
    if (!m_transliterator)
        return false;
    for (const QChar c : text) {
        if (m_changes[c.unicode()] || (m_changesAstral && c.isSurrogate()))
            return true;
    }
    return false;
}

QString SimplifiedChineseFolder::fold(const QString& text) const
{
    if (!needsFolding(text))
        return text;
    icu::UnicodeString buffer(reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
    {
        QMutexLocker lock(&m_mutex);
        m_transliterator->transliterate(buffer);
    }
    return QString(reinterpret_cast<const QChar*>(buffer.getBuffer()), buffer.length());
}

} // namespace rs
