#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

namespace rs {

// The metric taxonomy: keys with labels, the unit family and accepted units, and the cue words
// that identify what is counted. Loaded from JSON (resources/metrics/taxonomy.json, compiled in as
// ":/metrics/taxonomy.json"), or from a user file that replaces it. Immutable once loaded, so one
// instance can be shared by worker threads.
class Taxonomy
{
public:
    struct Entry
    {
        QString key;
        QString zh;
        QString en;
        QString family; // count_people, count_sessions, money, count_units, percent, area ...
        QStringList units;
        QStringList cues;
        QStringList context;                       // one must occur in the sentence, when non-empty
        QHash<QString, QStringList> contextByUnit; // overrides `context` for one unit, within the clause
        QString notFollowedBy;                     // characters after which a cue does not count
        bool fallback = false;                     // used for a percentage when no cue matches
        // Cues that count only when one of their words is in the sentence or the heading above
        // (一等奖 names a skilled worker in a skills contest, not in a business plan contest).
        QHash<QString, QStringList> cueContext;
        struct SubKey
        {
            QString key; // "high_tech": shown as enterprises › high_tech
            QString zh;
            QString en;
            QStringList cues;
        };
        QVector<SubKey> subKeys; // finer kinds, like for like (企业 › 高新技术企业)
    };

    // One cue occurrence: which entries it supports.
    struct CueHit
    {
        int start = 0;
        int length = 0;
        QVector<int> entries;
        int end() const { return start + length; }
    };

    Taxonomy() = default;

    // The compiled-in taxonomy; loaded once, thread-safe.
    static const Taxonomy& builtin();
    // Empty taxonomy (isEmpty()) and `error` set when the file cannot be read or parsed.
    static Taxonomy loadFromFile(const QString& path, QString* error = nullptr);
    static Taxonomy fromJson(const QByteArray& json, QString* error = nullptr);

    bool isEmpty() const { return m_entries.isEmpty(); }
    const QVector<Entry>& entries() const { return m_entries; }
    const Entry* entry(const QString& key) const;
    int indexOf(const QString& key) const { return m_indexByKey.value(key, -1); }

    // Every cue occurrence in `text` (overlaps included), in order of start.
    QVector<CueHit> findCues(QStringView text) const;
    bool acceptsUnit(int entryIndex, QStringView unit) const;
    // Whether the entry's context words allow it: `context` in the sentence, or for a unit with
    // its own list, that list in the number's clause.
    bool contextAllows(int entryIndex, QStringView unit, QStringView sentence, QStringView clause) const;
    int fallbackFor(QStringView unit) const;
    // Whether a cue of an entry counts given the words around it (cueContext); true for most cues.
    bool cueAllowed(int entryIndex, QStringView cue, QStringView context) const;
    // The sub-key of an entry named in `subject` (the cue that ends last wins), or empty.
    QString subKeyFor(int entryIndex, QStringView subject) const;
    // Label of "key" or "key/sub" in Chinese or English; empty when unknown.
    QString label(const QString& key, const QString& subKey, bool chinese) const;

private:
    struct Cue
    {
        QString text;
        QVector<int> entries;
    };
    void buildIndex();

    QVector<Entry> m_entries;
    QHash<QString, int> m_indexByKey;
    QHash<QChar, QVector<Cue>> m_cuesByFirstChar; // longest first
};

} // namespace rs
