#include "RegionPinyin.h"

#include "Gazetteer.h"
#include "PlaceNameIndex.h"

#include <QMutex>

#include <memory>

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace rs {
namespace {

struct Override
{
    const char16_t* han;
    const char* pinyin;
};

// Readings Han-Latin/Names gets wrong for place names (it prefers surname or common readings).
const Override overrides[] = {
    {u"厦门", "xia men"},    {u"六安", "lu an"},     {u"蚌埠", "beng bu"},    {u"番禺", "pan yu"},
    {u"重庆", "chong qing"}, {u"长沙", "chang sha"}, {u"长春", "chang chun"}, {u"乐清", "yue qing"},
    {u"丽水", "li shui"},    {u"丽江", "li jiang"},  {u"铅山", "yan shan"},   {u"亳州", "bo zhou"},
    {u"蔚县", "yu xian"},    {u"单县", "shan xian"}, {u"莘县", "shen xian"},  {u"东阿", "dong e"},
    {u"台州", "tai zhou"},   {u"天台", "tian tai"},  {u"歙县", "she xian"},   {u"大城", "da cheng"},
};

QString icuTransliterate(const QString& text)
{
    // Creating the transliterator is expensive and instances are not thread-safe: share one under a lock.
    static QMutex mutex;
    static std::unique_ptr<icu::Transliterator> transliterator;
    const QMutexLocker lock(&mutex);
    if (!transliterator) {
        UErrorCode status = U_ZERO_ERROR;
        transliterator.reset(icu::Transliterator::createInstance("Han-Latin/Names; Latin-ASCII; Lower",
                                                                 UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            transliterator.reset();
    }
    if (!transliterator)
        return QString();
    icu::UnicodeString unicode(reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
    transliterator->transliterate(unicode);
    return QString(reinterpret_cast<const QChar*>(unicode.getBuffer()), unicode.length());
}

} // namespace

QString RegionPinyin::transliterate(const QString& han)
{
    // Transliterate the whole name (the /Names variant reads a character differently at the start of a
    // name, so pieces must not be transliterated apart), then swap in the overrides' syllables.
    QStringList syllables = icuTransliterate(han).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (syllables.size() != han.size())
        return syllables.join(QLatin1Char(' ')); // not one syllable per character: leave it as ICU made it
    for (const Override& entry : overrides) {
        const QString key = QString::fromUtf16(entry.han);
        const QStringList replacement = QString::fromLatin1(entry.pinyin).split(QLatin1Char(' '));
        for (qsizetype at = han.indexOf(key); at >= 0; at = han.indexOf(key, at + key.size())) {
            for (int i = 0; i < replacement.size(); ++i)
                syllables[at + i] = replacement.at(i);
        }
    }
    return syllables.join(QLatin1Char(' '));
}

QString RegionPinyin::normalized(const QString& pinyin)
{
    QString result;
    for (const QChar c : pinyin) {
        if (c.isLetterOrNumber())
            result.append(c.toLower());
    }
    return result;
}

RegionPinyin::RegionPinyin(const Gazetteer& gazetteer) : m_regions(gazetteer.all())
{
    for (int i = 0; i < m_regions.size(); ++i) {
        const Region& region = m_regions.at(i);
        QStringList keys{normalized(transliterate(region.name))};
        const QString shortName = PlaceNameIndex::shortName(region);
        if (!shortName.isEmpty() && shortName != region.name)
            keys.append(normalized(transliterate(shortName)));
        keys.removeDuplicates();
        for (const QString& key : std::as_const(keys)) {
            if (!key.isEmpty())
                m_byKey[key].append(i);
        }
    }
}

const RegionPinyin& RegionPinyin::builtin()
{
    static const RegionPinyin instance(Gazetteer::builtin());
    return instance;
}

QVector<Region> RegionPinyin::find(const QString& pinyin) const
{
    QVector<Region> result;
    for (const int index : m_byKey.value(normalized(pinyin)))
        result.append(m_regions.at(index));
    return result;
}

QStringList RegionPinyin::names(const QString& pinyin) const
{
    QStringList result;
    for (const Region& region : find(pinyin)) {
        const QString shortName = PlaceNameIndex::shortName(region);
        result.append(shortName.isEmpty() ? region.name : shortName);
    }
    result.removeDuplicates();
    return result;
}

} // namespace rs
