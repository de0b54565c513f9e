#include "TrendChartBuilder.h"

#include "ComparisonChartBuilder.h"
#include "metrics/Taxonomy.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace rs {

using RegionLine = TrendChartBuilder::RegionLine;

QString TrendChartBuilder::missingRule(ChartText::Language language)
{
    if (language == ChartText::Language::Chinese)
        return QStringLiteral("缺少某年数据时折线断开,不插值、不补零");
    return tr("A missing year breaks the line: nothing is interpolated or drawn as 0");
}

QString TrendChartBuilder::targetLabel(ChartText::Language language)
{
    if (language == ChartText::Language::Chinese)
        return QStringLiteral("目标/计划(虚线)");
    return tr("targets and plans (dashed)");
}

ChartData TrendChartBuilder::build(const QVector<ComparisonRow>& rows, const QVector<ComparisonRow>& targets,
                                   const TrendChartOptions& options)
{
    ChartData chart;
    chart.kind = options.layout == TrendChartOptions::Layout::SmallMultiples ? ChartData::Kind::SmallMultiples
                                                                             : ChartData::Kind::Line;
    chart.sharedAxis = options.sharedAxis;
    chart.missingNote = missingRule(options.language);
    chart.targetLabel = targetLabel(options.language);
    QString key;
    for (const ComparisonRow& row : rows) {
        if (row.isCandidate() && row.chosen) {
            key = row.key;
            chart.unit = row.unit;
            break;
        }
    }
    if (key.isEmpty())
        return chart;
    QSet<QString> yearSet;
    const QMap<QString, RegionLine> lines = linesByRegion(rows, key, chart.unit, &yearSet);
    const QMap<QString, RegionLine> targetLines = linesByRegion(targets, key, chart.unit, &yearSet);
    const QStringList years = chartedYears(yearSet, options.lastYears);
    const QStringList codes = rankedRegions(lines, targetLines, years, options, &chart.totalCategories);
    chart.categories = years;
    chart.categoryCodes = years;
    addSeries(lines, targetLines, codes, key, options, &chart);
    ComparisonChartBuilder::chooseDisplayUnit(chart);
    writeNotes(key, years, options, &chart);
    return chart;
}

QMap<QString, RegionLine> TrendChartBuilder::linesByRegion(const QVector<ComparisonRow>& rows,
                                                           const QString& key, const QString& unit,
                                                           QSet<QString>* years)
{
    QMap<QString, RegionLine> lines;
    for (const ComparisonRow& row : rows) {
        if (row.key != key || !row.isCandidate() || !row.chosen || row.unit != unit)
            continue;
        RegionLine& line = lines[row.regionCode];
        line.code = row.regionCode;
        line.label = row.regionLabel;
        line.byYear.insert(row.period, &row);
        years->insert(row.period);
    }
    return lines;
}

QStringList TrendChartBuilder::chartedYears(const QSet<QString>& yearSet, int lastYears)
{
    // Every year with an achievement or a target, ascending, the last N when asked.
    QStringList years(yearSet.cbegin(), yearSet.cend());
    std::sort(years.begin(), years.end());
    // Every year from the first to the last, so a year nobody reports shows as a gap in its place.
    if (years.size() > 1 && years.last().toInt() - years.first().toInt() < 50) {
        QStringList filled;
        for (int year = years.first().toInt(); year <= years.last().toInt(); ++year)
            filled.append(QString::number(year));
        years = filled;
    }
    if (lastYears > 0 && years.size() > lastYears)
        years = years.mid(years.size() - lastYears);
    return years;
}

QStringList TrendChartBuilder::rankedRegions(const QMap<QString, RegionLine>& lines,
                                             const QMap<QString, RegionLine>& targetLines,
                                             const QStringList& years, const TrendChartOptions& options,
                                             int* totalCategories)
{
    // Regions: ranked by their latest achievement in the years shown, targets' regions after them.
    auto latest = [&](const RegionLine& line) -> std::optional<double> {
        for (int y = int(years.size()) - 1; y >= 0; --y) {
            if (const ComparisonRow* row = line.byYear.value(years.at(y)))
                return row->value;
        }
        return std::nullopt;
    };
    QStringList codes;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        if (latest(it.value()))
            codes.append(it.key());
    }
    for (auto it = targetLines.cbegin(); it != targetLines.cend(); ++it) {
        if (!lines.contains(it.key()) && latest(it.value()))
            codes.append(it.key());
    }
    auto latestOf = [&](const QString& code) {
        const auto line = lines.constFind(code);
        return line == lines.cend() ? std::optional<double>() : latest(line.value());
    };
    std::stable_sort(codes.begin(), codes.end(), [&](const QString& a, const QString& b) {
        const std::optional<double> va = latestOf(a);
        const std::optional<double> vb = latestOf(b);
        if (va.has_value() != vb.has_value())
            return va.has_value();
        if (va && *va != *vb)
            return *va > *vb;
        return a < b;
    });
    if (options.maxRegions <= 0 || codes.size() <= options.maxRegions)
        return codes;
    *totalCategories = int(codes.size());
    const QSet<QString> selected(options.selectedCodes.cbegin(), options.selectedCodes.cend());
    QStringList kept;
    for (int i = 0; i < codes.size(); ++i) {
        if (i < options.maxRegions || selected.contains(codes.at(i)))
            kept.append(codes.at(i));
    }
    return kept;
}

void TrendChartBuilder::addSeries(const QMap<QString, RegionLine>& lines,
                                  const QMap<QString, RegionLine>& targetLines, const QStringList& codes,
                                  const QString& key, const TrendChartOptions& options, ChartData* chart)
{
    const QSet<QString> selected(options.selectedCodes.cbegin(), options.selectedCodes.cend());
    const auto seriesOf = [&](const RegionLine& line, bool target, int colour) {
        ChartSeries series;
        series.metricKey = key;
        series.regionCode = line.code;
        series.name = line.label;
        series.target = target;
        series.colour = colour;
        for (const QString& year : std::as_const(chart->categories)) {
            const ComparisonRow* row = line.byYear.value(year);
            series.values.append(row ? row->value : std::nullopt);
            series.qualifiers.append(row ? row->qualifier : Qualifier::Exact);
            series.sources.append(row ? ComparisonChartBuilder::sourceOf(*row) : ChartValueSource());
        }
        return series;
    };
    for (int i = 0; i < codes.size(); ++i) {
        const QString& code = codes.at(i);
        RegionLine empty;
        empty.code = code;
        empty.label = targetLines.value(code).label;
        ChartSeries achieved = seriesOf(lines.value(code, empty), false, i);
        if (achieved.name.isEmpty())
            achieved.name = empty.label;
        chart->series.append(achieved);
        chart->selected.append(selected.contains(code));
    }
    // Targets after the achievements, so series i is region i; each target line names its region.
    for (int i = 0; i < codes.size(); ++i) {
        const auto target = targetLines.constFind(codes.at(i));
        if (target == targetLines.cend())
            continue;
        ChartSeries series = seriesOf(target.value(), true, i);
        bool any = false;
        for (const std::optional<double>& value : std::as_const(series.values))
            any = any || value.has_value();
        if (!any)
            continue;
        series.name =
            chart->series.at(i).name +
            (options.language == ChartText::Language::Chinese ? QStringLiteral("(目标)") : tr(" (target)"));
        chart->series.append(series);
    }
}

void TrendChartBuilder::writeNotes(const QString& key, const QStringList& years,
                                   const TrendChartOptions& options, ChartData* chart)
{
    const ChartText text = ChartText::forLanguage(options.language);
    chart->sourceNote = ComparisonChartBuilder::sourceNote(*chart, text, true);
    const QString span = years.isEmpty()     ? QString()
                         : years.size() == 1 ? years.first()
                                             : years.first() + QStringLiteral("–") + years.last();
    QStringList filters{text.regionsPrefix + (options.regionsDescription.isEmpty()
                                                  ? text.allRegions
                                                  : options.regionsDescription)};
    if (!span.isEmpty())
        filters.append(text.periodPrefix + span);
    if (chart->totalCategories > 0)
        filters.append(text.topN.arg(options.maxRegions).arg(chart->totalCategories));
    chart->filterNote = filters.join(QStringLiteral("; "));
    const Taxonomy::Entry* entry = Taxonomy::builtin().entry(key);
    const QString generated =
        (entry ? entry->zh : key) + (span.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(span));
    chart->title = options.title.isEmpty() ? generated : options.title;
    chart->period = years.size() == 1 ? years.first() : QString();
}

} // namespace rs
