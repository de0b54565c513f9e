#include "SimplifiedChineseFolder.h"

#include <QDebug>
#include <QMutexLocker>
#include <QVector>

#include <algorithm>

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

bool SimplifiedChineseFolder::changes(QChar c) const
{
    return m_changes[c.unicode()] || (m_changesAstral && c.isSurrogate());
}

QString SimplifiedChineseFolder::fold(const QString& text) const
{
    if (!m_transliterator)
        return text;
    // Simplified text often carries a stray 著 or 乾; transforming only the stretches around such
    // characters keeps the common case cheap, and fully traditional text merges into one stretch.
    constexpr qsizetype kMergeGap = 16;
    QVector<QPair<qsizetype, qsizetype>> spans;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!changes(text.at(i)))
            continue;
        if (!spans.isEmpty() && i - spans.last().second <= kMergeGap)
            spans.last().second = i + 1;
        else
            spans.append({i, i + 1});
    }
    if (spans.isEmpty())
        return text;
    icu::UnicodeString buffer(reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
    {
        QMutexLocker lock(&m_mutex);
        // Back to front, so a stretch that changes length cannot shift those still to come.
        for (auto it = spans.crbegin(); it != spans.crend(); ++it) {
            // Surrogate pairs are flagged on both halves, so a stretch never splits one.
            m_transliterator->transliterate(buffer, int32_t(it->first), int32_t(it->second));
        }
    }
    return QString(reinterpret_cast<const QChar*>(buffer.getBuffer()), buffer.length());
}

} // namespace rs
