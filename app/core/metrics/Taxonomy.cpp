#include "Taxonomy.h"

#include "CharClass.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace rs {

namespace {

QStringList toStringList(const QJsonValue& v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue& x : a) {
        const QString s = x.toString().trimmed();
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

} // namespace

const Taxonomy& Taxonomy::builtin()
{
    static const Taxonomy instance = [] {
        QString error;
        Taxonomy t = loadFromFile(QStringLiteral(":/metrics/taxonomy.json"), &error);
        if (t.isEmpty())
            qWarning("rs::Taxonomy: built-in taxonomy unavailable: %s", qPrintable(error));
        return t;
    }();
    return instance;
}

Taxonomy Taxonomy::loadFromFile(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2").arg(path, f.errorString());
        return {};
    }
    return fromJson(f.readAll(), error);
}

Taxonomy Taxonomy::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QStringLiteral("invalid taxonomy JSON: %1").arg(pe.errorString());
        return {};
    }
    Taxonomy t;
    const QJsonArray keys = doc.object().value(QStringLiteral("keys")).toArray();
    for (const QJsonValue& v : keys) {
        const QJsonObject o = v.toObject();
        Entry e;
        e.key = o.value(QStringLiteral("key")).toString();
        if (e.key.isEmpty() || t.m_indexByKey.contains(e.key)) {
            if (error)
                *error =
                    QStringLiteral("taxonomy entry without a key or with a duplicate key: %1").arg(e.key);
            return {};
        }
        e.zh = o.value(QStringLiteral("zh")).toString();
        e.en = o.value(QStringLiteral("en")).toString();
        e.family = o.value(QStringLiteral("family")).toString();
        e.units = toStringList(o.value(QStringLiteral("units")));
        e.cues = toStringList(o.value(QStringLiteral("cues")));
        e.context = toStringList(o.value(QStringLiteral("context")));
        const QJsonObject byUnit = o.value(QStringLiteral("contextByUnit")).toObject();
        for (auto it = byUnit.begin(); it != byUnit.end(); ++it)
            e.contextByUnit.insert(it.key(), toStringList(it.value()));
        e.fallback = o.value(QStringLiteral("fallback")).toBool(false);
        e.notFollowedBy = toStringList(o.value(QStringLiteral("notFollowedBy"))).join(QString());
        const QJsonObject byCue = o.value(QStringLiteral("cueContext")).toObject();
        for (auto it = byCue.begin(); it != byCue.end(); ++it)
            e.cueContext.insert(it.key(), toStringList(it.value()));
        for (const QJsonValue& sv : o.value(QStringLiteral("subKeys")).toArray()) {
            const QJsonObject so = sv.toObject();
            Entry::SubKey sub;
            sub.key = so.value(QStringLiteral("key")).toString();
            sub.zh = so.value(QStringLiteral("zh")).toString();
            sub.en = so.value(QStringLiteral("en")).toString();
            sub.cues = toStringList(so.value(QStringLiteral("cues")));
            if (sub.key.isEmpty() || sub.cues.isEmpty()) {
                if (error)
                    *error = QStringLiteral("sub-key of %1 without a key or cues").arg(e.key);
                return {};
            }
            e.subKeys.append(sub);
        }
        t.m_indexByKey.insert(e.key, int(t.m_entries.size()));
        t.m_entries.append(e);
    }
    if (t.m_entries.isEmpty() && error)
        *error = QStringLiteral("taxonomy has no keys");
    t.buildIndex();
    return t;
}

void Taxonomy::buildIndex()
{
    QHash<QString, QVector<int>> byCue;
    for (int i = 0; i < m_entries.size(); ++i) {
        for (const QString& c : m_entries[i].cues) {
            auto& list = byCue[c];
            if (!list.contains(i))
                list.append(i);
        }
    }
    for (auto it = byCue.begin(); it != byCue.end(); ++it)
        m_cuesByFirstChar[it.key().at(0)].append({it.key(), it.value()});
    for (auto& list : m_cuesByFirstChar)
        std::sort(list.begin(), list.end(), [](const Cue& a, const Cue& b) {
            return a.text.size() != b.text.size() ? a.text.size() > b.text.size() : a.text < b.text;
        });
}

const Taxonomy::Entry* Taxonomy::entry(const QString& key) const
{
    const int i = indexOf(key);
    return i < 0 ? nullptr : &m_entries[i];
}

QVector<Taxonomy::CueHit> Taxonomy::findCues(QStringView text) const
{
    QVector<CueHit> hits;
    for (int i = 0; i < text.size(); ++i) {
        const auto it = m_cuesByFirstChar.constFind(text[i]);
        if (it == m_cuesByFirstChar.constEnd())
            continue;
        for (const Cue& c : *it) {
            if (CharClass::matchesAt(text, i, c.text))
                hits.append({i, int(c.text.size()), c.entries});
        }
    }
    return hits;
}

bool Taxonomy::acceptsUnit(int entryIndex, QStringView unit) const
{
    for (const QString& u : m_entries[entryIndex].units) {
        if (u == unit)
            return true;
    }
    return false;
}

bool Taxonomy::contextAllows(int entryIndex, QStringView unit, QStringView sentence, QStringView clause) const
{
    const Entry& e = m_entries[entryIndex];
    for (auto it = e.contextByUnit.constBegin(); it != e.contextByUnit.constEnd(); ++it) {
        if (it.key() != unit)
            continue;
        for (const QString& w : it.value()) {
            if (clause.contains(w))
                return true;
        }
        return it.value().isEmpty();
    }
    if (e.context.isEmpty())
        return true;
    for (const QString& w : e.context) {
        if (sentence.contains(w))
            return true;
    }
    return false;
}

bool Taxonomy::cueAllowed(int entryIndex, QStringView cue, QStringView context) const
{
    const auto it = m_entries[entryIndex].cueContext.constFind(cue.toString());
    if (it == m_entries[entryIndex].cueContext.constEnd())
        return true;
    for (const QString& w : *it) {
        if (context.contains(w))
            return true;
    }
    return false;
}

QString Taxonomy::subKeyFor(int entryIndex, QStringView subject) const
{
    if (entryIndex < 0 || entryIndex >= m_entries.size())
        return {};
    QString best;
    qsizetype bestEnd = -1;
    qsizetype bestLength = 0;
    for (const Entry::SubKey& sub : m_entries[entryIndex].subKeys) {
        for (const QString& cue : sub.cues) {
            const qsizetype at = subject.lastIndexOf(cue);
            if (at < 0)
                continue;
            const qsizetype end = at + cue.size();
            if (end > bestEnd || (end == bestEnd && cue.size() > bestLength)) {
                best = sub.key;
                bestEnd = end;
                bestLength = cue.size();
            }
        }
    }
    return best;
}

QString Taxonomy::label(const QString& key, const QString& subKey, bool chinese) const
{
    const Entry* e = entry(key);
    if (!e)
        return {};
    const QString main = chinese ? e->zh : e->en;
    for (const Entry::SubKey& sub : e->subKeys) {
        if (sub.key == subKey)
            return main + QStringLiteral(" › ") + (chinese ? sub.zh : sub.en);
    }
    return main;
}

int Taxonomy::fallbackFor(QStringView unit) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].fallback && acceptsUnit(i, unit))
            return i;
    }
    return -1;
}

} // namespace rs
