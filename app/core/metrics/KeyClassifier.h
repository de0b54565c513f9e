#pragma once

#include "SubjectFinder.h"

#include <QString>
#include <QStringView>

namespace rs {

class Taxonomy;

// The key chosen for a figure, its finer kind, and why (KeyClassifier::describe turns the reason
// into words).
struct KeyChoice
{
    QString key;
    QString subKey;
    // "place:cue": where the deciding cue was read (phrase, after, clause, list, training,
    // heading-context, fallback) and the cue itself; empty when no key fits.
    QString reason;
};

// Picks the taxonomy key for a number from the cue words of its subject phrase and its unit.
// Chinese noun phrases are head-final, so the cue that ends last in the phrase decides
// (链上企业党组织 → party_organizations); keys whose units or sentence context do not fit are
// skipped in favour of the next cue. When the phrase says nothing, the clause, the list the figure
// belongs to (分别有5人、3人获评省级技术能手) and the heading above it are read, in that order.
class KeyClassifier
{
public:
    explicit KeyClassifier(const Taxonomy& taxonomy) : m_taxonomy(taxonomy) {}
    // [quoteStart, quoteEnd) is the figure (number, unit and qualifier).
    KeyChoice choose(QStringView text, const SubjectContext& ctx, QStringView unit, bool percent,
                     int quoteStart, int quoteEnd) const;
    QString classify(QStringView text, const SubjectContext& ctx, QStringView unit, bool percent) const
    {
        return choose(text, ctx, unit, percent, ctx.windowEnd, ctx.windowEnd).key;
    }

private:
    struct Pick
    {
        int entry = -1;
        QString cue;
    };
    Pick pick(QStringView window, QStringView unit, QStringView context, QStringView clause) const;
    KeyChoice finish(const Pick& p, const QString& place, QStringView subject) const;

    const Taxonomy& m_taxonomy;
};

} // namespace rs
