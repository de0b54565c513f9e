#pragma once

#include <QHash>
#include <QVector>

#include <optional>

namespace rs {

// What an agreement comes to: over how many units, and the three coefficients. A figure is absent where
// it is undefined (ReliabilityData says when).
struct AgreementFigures
{
    qint64 units = 0;              // pairable units: given a value by at least two coders
    std::optional<double> percent; // 0..100
    std::optional<double> kappa;   // Cohen's, only for exactly two coders
    std::optional<double> alpha;   // Krippendorff's, nominal
};

// Reliability data in Krippendorff's sense: units × coders, each cell a nominal value or missing (the
// coder gave the unit no value). Units with the same values are kept once with a count, so character-level
// data (one unit per character of a report) stays as small as the number of distinct codings.
//
// Undefined figures, on purpose (they are not 1): with no pairable unit nothing is defined; when the data
// hold one value only (every coder left every unit uncoded, or coded all of them), the expected
// disagreement is 0 and both κ = (p_o − p_e)/(1 − p_e) and α = 1 − D_o/D_e are 0/0. Cohen (1960) and
// Krippendorff (2011) define neither for data without variation: agreement there says nothing about the
// coders. Percent agreement is then 100.
class ReliabilityData
{
public:
    static constexpr int missing = -1;

    explicit ReliabilityData(int coders = 0) : m_coders(coders) {}

    int coderCount() const { return m_coders; }
    // values: one per coder, missing where the coder gave none; count: how many units have exactly these.
    void add(const QVector<int>& values, qint64 count = 1);
    // Adds another's units (the same coders).
    void add(const ReliabilityData& other);
    bool isEmpty() const { return m_units.isEmpty(); }

    // Units with values from at least two coders; the others cannot be compared.
    qint64 pairableUnits() const;
    // The share of pairable units on which every coder who gave a value gave the same one, in percent.
    std::optional<double> percentAgreement() const;
    // Cohen's κ over the units both coders gave a value; only for two coders.
    std::optional<double> cohensKappa() const;
    // Krippendorff's α for nominal values, from the coincidence matrix of the pairable units (any number
    // of coders, missing values allowed).
    std::optional<double> krippendorffsAlpha() const;
    // All of the above; kappa only for two coders.
    AgreementFigures figures() const;

private:
    int m_coders;
    QHash<QVector<int>, qint64> m_units;
};

} // namespace rs
