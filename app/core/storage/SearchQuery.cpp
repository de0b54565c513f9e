#include "SearchQuery.h"

#include "gazetteer/RegionPinyin.h"

namespace rs {
namespace {

constexpr int maxAlternatives = 24; // a very common pinyin (chaoyang) names a few regions, not hundreds

bool isPinyinLike(const QString& term)
{
    bool hasLetter = false;
    for (const QChar c : term) {
        if (c.unicode() >= 0x80)
            return false;
        if (c.isLetter())
            hasLetter = true;
        else if (c != QLatin1Char('\'') && c != QLatin1Char('-'))
            return false;
    }
    return hasLetter;
}

} // namespace

SearchQuery::SearchQuery(const QString& text)
{
    QString term;
    for (const QChar c : text) {
        // Control characters cannot be typed meaningfully and would only confuse the tokenizer.
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            if (!term.isEmpty())
                m_terms.append(term);
            term.clear();
        } else {
            term.append(c);
        }
    }
    if (!term.isEmpty())
        m_terms.append(term);
    m_terms.removeDuplicates();
}

QString SearchQuery::quoted(const QString& term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QVector<QStringList> SearchQuery::alternatives(const RegionPinyin* pinyin) const
{
    QVector<QStringList> result;
    for (const QString& term : m_terms) {
        QStringList alternatives{term};
        if (pinyin && isPinyinLike(term)) {
            const QStringList names = pinyin->names(term);
            for (int i = 0; i < names.size() && i < maxAlternatives; ++i)
                alternatives.append(names.at(i));
        }
        result.append(alternatives);
    }
    return result;
}

QString SearchQuery::ftsExpression(const RegionPinyin* pinyin) const
{
    QStringList parts;
    for (const QStringList& alternatives : alternatives(pinyin)) {
        QStringList quotedAlternatives;
        for (const QString& alternative : alternatives)
            quotedAlternatives.append(quoted(alternative));
        parts.append(quotedAlternatives.size() == 1
                         ? quotedAlternatives.first()
                         : QLatin1Char('(') + quotedAlternatives.join(QLatin1String(" OR ")) +
                               QLatin1Char(')'));
    }
    return parts.join(QLatin1String(" AND "));
}

} // namespace rs
