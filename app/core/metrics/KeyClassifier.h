#pragma once

#include "SubjectFinder.h"

#include <QString>
#include <QStringView>

namespace rs {

class Taxonomy;

// Picks the taxonomy key for a number from the cue words of its subject phrase and its unit.
// Chinese noun phrases are head-final, so the cue that ends last in the phrase decides
// (链上企业党组织 → party_organizations); keys whose units or sentence context do not fit are
// skipped in favour of the next cue.
class KeyClassifier
{
public:
    explicit KeyClassifier(const Taxonomy& taxonomy) : m_taxonomy(taxonomy) {}
    QString classify(QStringView text, const SubjectContext& ctx, QStringView unit, bool percent) const;

private:
    int pick(QStringView window, QStringView unit, QStringView sentence, QStringView clause) const;

    const Taxonomy& m_taxonomy;
};

} // namespace rs
