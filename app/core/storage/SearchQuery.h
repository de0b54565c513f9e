#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace rs {

class RegionPinyin;

// What the user typed, turned into an FTS5 MATCH expression that never contains user syntax. Terms are
// separated by white space and all required; each term is one quoted FTS5 string, so quotes, AND/OR/NOT,
// NEAR(, *, ^, parentheses and column filters are searched as the characters they are. The tokenizer
// (SearchTokenizer) makes each string an exact phrase, so Chinese terms of any length are substrings.
class SearchQuery
{
public:
    explicit SearchQuery(const QString& text = QString());

    bool isEmpty() const { return m_terms.isEmpty(); }
    const QStringList& terms() const { return m_terms; }
    QString text() const { return m_terms.join(QLatin1Char(' ')); }

    // With pinyin, a Latin-letter term that reads as a region name also matches the name in
    // characters: jinwan → ("jinwan" OR "金湾").
    QString ftsExpression(const RegionPinyin* pinyin = nullptr) const;
    // The same terms as lists of what each may match: the term itself, then with pinyin the region
    // names it reads as. A report matches when it holds one alternative of every term (PostgreSQL's
    // search, PostgresSearch, builds its query from these).
    QVector<QStringList> alternatives(const RegionPinyin* pinyin = nullptr) const;

    // An FTS5 string literal: the text between double quotes, inner quotes doubled.
    static QString quoted(const QString& term);

private:
    QStringList m_terms;
};

} // namespace rs
