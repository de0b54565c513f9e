#include "ReliabilityData.h"

#include <QMap>

namespace rs {
namespace {

// Below this, an expected disagreement counts as none: the data hold one value only.
constexpr double noVariation = 1e-12;

QVector<int> presentValues(const QVector<int>& values)
{
    QVector<int> present;
    for (const int value : values) {
        if (value != ReliabilityData::missing)
            present.append(value);
    }
    return present;
}

} // namespace

void ReliabilityData::add(const QVector<int>& values, qint64 count)
{
    Q_ASSERT(values.size() == m_coders);
    if (count > 0)
        m_units[values] += count;
}

void ReliabilityData::add(const ReliabilityData& other)
{
    Q_ASSERT(other.m_coders == m_coders);
    for (auto it = other.m_units.cbegin(); it != other.m_units.cend(); ++it)
        m_units[it.key()] += it.value();
}

qint64 ReliabilityData::pairableUnits() const
{
    qint64 units = 0;
    for (auto it = m_units.cbegin(); it != m_units.cend(); ++it) {
        if (presentValues(it.key()).size() >= 2)
            units += it.value();
    }
    return units;
}

std::optional<double> ReliabilityData::percentAgreement() const
{
    qint64 units = 0;
    qint64 agreeing = 0;
    for (auto it = m_units.cbegin(); it != m_units.cend(); ++it) {
        const QVector<int> present = presentValues(it.key());
        if (present.size() < 2)
            continue;
        units += it.value();
        if (present.count(present.first()) == present.size())
            agreeing += it.value();
    }
    if (units == 0)
        return std::nullopt;
    return 100.0 * double(agreeing) / double(units);
}

std::optional<double> ReliabilityData::cohensKappa() const
{
    if (m_coders != 2)
        return std::nullopt;
    double n = 0;
    double agreeing = 0;
    QMap<int, double> first;
    QMap<int, double> second;
    for (auto it = m_units.cbegin(); it != m_units.cend(); ++it) {
        const int a = it.key().at(0);
        const int b = it.key().at(1);
        if (a == missing || b == missing)
            continue;
        const double count = double(it.value());
        n += count;
        if (a == b)
            agreeing += count;
        first[a] += count;
        second[b] += count;
    }
    if (n <= 0)
        return std::nullopt;
    double expected = 0;
    for (auto it = first.cbegin(); it != first.cend(); ++it)
        expected += (it.value() / n) * (second.value(it.key()) / n);
    if (1.0 - expected < noVariation)
        return std::nullopt;
    return (agreeing / n - expected) / (1.0 - expected);
}

std::optional<double> ReliabilityData::krippendorffsAlpha() const
{
    // Coincidences: each pairable unit with m values adds 1/(m − 1) for every ordered pair of its values
    // from different coders (Krippendorff 2011, section on nominal data with missing values).
    QMap<int, QMap<int, double>> coincidences;
    for (auto it = m_units.cbegin(); it != m_units.cend(); ++it) {
        const QVector<int> present = presentValues(it.key());
        const int m = int(present.size());
        if (m < 2)
            continue;
        const double weight = double(it.value()) / double(m - 1);
        for (int i = 0; i < m; ++i) {
            for (int j = 0; j < m; ++j) {
                if (i != j)
                    coincidences[present.at(i)][present.at(j)] += weight;
            }
        }
    }
    QMap<int, double> marginals;
    double n = 0;
    double observedDisagreement = 0;
    for (auto row = coincidences.cbegin(); row != coincidences.cend(); ++row) {
        for (auto cell = row.value().cbegin(); cell != row.value().cend(); ++cell) {
            marginals[row.key()] += cell.value();
            n += cell.value();
            if (cell.key() != row.key())
                observedDisagreement += cell.value();
        }
    }
    if (n <= 1)
        return std::nullopt;
    double expectedDisagreement = 0;
    for (auto c = marginals.cbegin(); c != marginals.cend(); ++c) {
        for (auto k = marginals.cbegin(); k != marginals.cend(); ++k) {
            if (c.key() != k.key())
                expectedDisagreement += c.value() * k.value();
        }
    }
    expectedDisagreement /= n - 1;
    if (expectedDisagreement < noVariation)
        return std::nullopt;
    return 1.0 - observedDisagreement / expectedDisagreement;
}

AgreementFigures ReliabilityData::figures() const
{
    AgreementFigures figures;
    figures.units = pairableUnits();
    figures.percent = percentAgreement();
    figures.kappa = cohensKappa();
    figures.alpha = krippendorffsAlpha();
    return figures;
}

} // namespace rs
