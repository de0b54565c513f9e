#include "PerCapita.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace rs {

PerCapita::PerCapita(const QString& indicator, const QVector<IndicatorValue>& values) : m_indicator(indicator)
{
    for (const IndicatorValue& value : values) {
        if (value.indicator != indicator)
            continue;
        m_unit = value.unit;
        m_byRegion[value.regionCode].insert(value.year, value);
    }
}

double PerCapita::peoplePerUnit(const QString& unit)
{
    const QString u = unit.trimmed().toLower();
    if (u == QStringLiteral("人") || u == QStringLiteral("名") || u == QStringLiteral("口") ||
        u == QLatin1String("persons") || u == QLatin1String("people"))
        return 1.0;
    if (u == QStringLiteral("万人") || u == QStringLiteral("万口"))
        return 1e4;
    if (u == QStringLiteral("千人"))
        return 1e3;
    if (u == QStringLiteral("亿人"))
        return 1e8;
    return 0.0;
}

std::optional<double> PerCapita::denominator(const QString& regionCode, int year, int* usedYear) const
{
    const auto region = m_byRegion.constFind(regionCode);
    if (region == m_byRegion.cend() || region->isEmpty())
        return std::nullopt;
    auto it = region->upperBound(year); // first year after
    if (it != region->cbegin())
        --it; // the year itself or the nearest earlier one
    if (usedYear)
        *usedYear = it.key();
    return it.value().value;
}

std::optional<double> PerCapita::divide(double value, const QString& regionCode, const QString& period,
                                        int* usedYear) const
{
    bool ok = false;
    int year = period.left(4).toInt(&ok);
    if (!ok)
        year = 9999; // no year: the latest reference value
    const std::optional<double> by = denominator(regionCode, year, usedYear);
    if (!by || *by == 0.0 || !std::isfinite(*by))
        return std::nullopt;
    const double people = peoplePerUnit(m_unit);
    if (people > 0)
        return value * 10000.0 / (*by * people);
    return value / *by;
}

QString PerCapita::dividedUnit(const QString& unit) const
{
    return unit + QLatin1Char('/') + (countsPeople() ? QStringLiteral("万人") : m_unit);
}

QVector<ComparisonRow> PerCapita::apply(const QVector<ComparisonRow>& rows)
{
    QVector<ComparisonRow> result;
    result.reserve(rows.size());
    for (ComparisonRow row : rows) {
        row.unit = dividedUnit(row.unit);
        if (row.value) {
            int used = 0;
            const std::optional<double> divided = divide(*row.value, row.regionCode, row.period, &used);
            if (divided) {
                row.value = divided;
                m_usedYears.insert(used);
                const auto region = m_byRegion.constFind(row.regionCode);
                m_usedSources.insert(region->value(used).source);
            } else {
                row.value = std::nullopt;
                row.exclusion = ComparisonRow::Exclusion::None;
                m_without.insert(row.regionCode);
            }
        }
        result.append(row);
    }
    return result;
}

QString PerCapita::titleSuffix(ChartText::Language language) const
{
    if (language == ChartText::Language::Chinese)
        return countsPeople() ? QStringLiteral("(每万人)")
                              : QStringLiteral("(每%1%2)").arg(m_unit, m_indicator);
    return countsPeople() ? tr(" (per 10,000 residents)") : tr(" (per %1 of %2)").arg(m_unit, m_indicator);
}

QString PerCapita::note(ChartText::Language language) const
{
    QList<int> years(m_usedYears.cbegin(), m_usedYears.cend());
    std::sort(years.begin(), years.end());
    QStringList yearTexts;
    for (int year : std::as_const(years))
        yearTexts.append(QString::number(year));
    QStringList sources(m_usedSources.cbegin(), m_usedSources.cend());
    sources.sort();
    const bool chinese = language == ChartText::Language::Chinese;
    const QString joinedYears = yearTexts.join(chinese ? QStringLiteral("、") : QStringLiteral(", "));
    const QString joinedSources = sources.join(chinese ? QStringLiteral("、") : QStringLiteral("; "));
    QString text;
    if (chinese) {
        text = countsPeople() ? QStringLiteral("按每万人计算:分母为%1(%2),来源:%3,%4年")
                              : QStringLiteral("按每%2%1计算:分母为%1(%2),来源:%3,%4年");
        text = text.arg(m_indicator, m_unit, joinedSources, joinedYears);
        if (!m_without.isEmpty())
            text += QStringLiteral(";%1个地区无%2数据").arg(m_without.size()).arg(m_indicator);
        return text;
    }
    text = countsPeople() ? tr("Per 10,000 residents: divided by %1 (%2) from %3, %4")
                          : tr("Per %2 of %1: divided by %1 (%2) from %3, %4");
    text = text.arg(m_indicator, m_unit, joinedSources, joinedYears);
    if (!m_without.isEmpty())
        text += tr("; %1 region(s) without %2").arg(m_without.size()).arg(m_indicator);
    return text;
}

void PerCapita::annotate(QVector<ChartData>* charts, ChartText::Language language, bool keepTitle) const
{
    const QString extra = note(language);
    for (ChartData& chart : *charts) {
        chart.sourceNote += (chart.sourceNote.isEmpty() ? QString() : QStringLiteral("; ")) + extra;
        if (!keepTitle)
            chart.title += titleSuffix(language);
    }
}

} // namespace rs
