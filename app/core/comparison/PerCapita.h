#pragma once

#include "ChartText.h"
#include "ComparisonRow.h"
#include "comparison/ChartData.h"
#include "storage/IndicatorStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QVector>

#include <optional>

namespace rs {

// Divides a comparison's figures by reference data of the same region and year: per 10,000 residents
// when the indicator counts people (人, 万人), per unit of the indicator otherwise (per 亿元 of GDP).
// A figure of a year without reference data takes the nearest earlier year (else the nearest later one),
// and the note says which years were used; a region without any reference value shows as missing.
class PerCapita
{
    Q_DECLARE_TR_FUNCTIONS(PerCapita)

public:
    PerCapita() = default;
    PerCapita(const QString& indicator, const QVector<IndicatorValue>& values);

    bool isValid() const { return !m_indicator.isEmpty(); }
    QString indicator() const { return m_indicator; }
    QString unit() const { return m_unit; }
    // Persons per unit of the indicator (人 1, 万人 10,000); 0 when it does not count people.
    static double peoplePerUnit(const QString& unit);
    bool countsPeople() const { return peoplePerUnit(m_unit) > 0; }

    // The value to divide by for a region in a year (nullopt when the region has none); usedYear gets
    // the year taken.
    std::optional<double> denominator(const QString& regionCode, int year, int* usedYear = nullptr) const;
    // value / denominator, scaled to per 10,000 residents for counts of people.
    std::optional<double> divide(double value, const QString& regionCode, const QString& period,
                                 int* usedYear = nullptr) const;
    // "人次/万人", "元/亿元".
    QString dividedUnit(const QString& unit) const;

    // The rows with their values divided and units renamed; rows that cannot be divided become missing.
    QVector<ComparisonRow> apply(const QVector<ComparisonRow>& rows);
    // Adds the note (what was divided by, its source and years) and the title suffix to charts.
    void annotate(QVector<ChartData>* charts, ChartText::Language language, bool keepTitle = false) const;
    QString note(ChartText::Language language) const;
    QString titleSuffix(ChartText::Language language) const;
    int regionsWithout() const { return int(m_without.size()); }

private:
    QString m_indicator;
    QString m_unit;
    QHash<QString, QMap<int, IndicatorValue>> m_byRegion;
    QSet<int> m_usedYears;
    QSet<QString> m_usedSources;
    QSet<QString> m_without;
};

} // namespace rs
