#include "ComparisonChartBuilder.h"

#include "ChartNumber.h"
#include "ComparisonTableModel.h"
#include "metrics/Taxonomy.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace rs {
namespace {

struct KeyColumn
{
    QString key;
    QString unit;
    QHash<QString, int> rowByCode;
};

QString keyLabel(const QString& key)
{
    // "enterprises/high_tech" → 企业 › 高新技术企业
    const QString label = Taxonomy::builtin().label(key.section(QLatin1Char('/'), 0, 0),
                                                    key.section(QLatin1Char('/'), 1), true);
    return label.isEmpty() ? key : label;
}

using ValueOf = std::function<std::optional<double>(const QString& code)>;

// Keys in order of appearance, each with its unit and charted row per region.
QVector<KeyColumn> keyColumns(const ComparisonTableModel& model, const QVector<int>& charted,
                              QHash<QString, int>* columnOfKey)
{
    QVector<KeyColumn> columns;
    for (int index : charted) {
        const ComparisonRow& row = model.row(index);
        auto it = columnOfKey->find(row.key);
        if (it == columnOfKey->end()) {
            it = columnOfKey->insert(row.key, int(columns.size()));
            columns.append({row.key, row.unit, {}});
        }
        KeyColumn& column = columns[it.value()];
        if (column.unit.isEmpty())
            column.unit = row.unit;
        column.rowByCode.insert(row.regionCode, index);
    }
    return columns;
}

// One chart per unit, keys in order: the columns of each.
QVector<QVector<int>> columnsByUnit(const QVector<KeyColumn>& columns)
{
    QVector<QVector<int>> chartsColumns;
    QHash<QString, int> chartOfUnit;
    for (int c = 0; c < columns.size(); ++c) {
        auto it = chartOfUnit.find(columns.at(c).unit);
        if (it == chartOfUnit.end()) {
            it = chartOfUnit.insert(columns.at(c).unit, int(chartsColumns.size()));
            chartsColumns.append(QVector<int>());
        }
        chartsColumns[it.value()].append(c);
    }
    return chartsColumns;
}

// Categories: every region of any key in this chart, ranked by the first key's value (missing last).
QStringList rankedCodes(const ComparisonTableModel& model, const QVector<int>& charted,
                        const QVector<int>& chartColumns, const QHash<QString, int>& columnOfKey,
                        const ValueOf& valueOf)
{
    QStringList codes;
    QSet<QString> seen;
    for (int index : charted) {
        const ComparisonRow& row = model.row(index);
        if (!seen.contains(row.regionCode) && chartColumns.contains(columnOfKey.value(row.key))) {
            seen.insert(row.regionCode);
            codes.append(row.regionCode);
        }
    }
    const auto byValue = [&](const QString& a, const QString& b) {
        const std::optional<double> va = valueOf(a);
        const std::optional<double> vb = valueOf(b);
        if (va.has_value() != vb.has_value())
            return va.has_value(); // missing last
        if (va && *va != *vb)
            return *va > *vb;
        return a < b;
    };
    std::sort(codes.begin(), codes.end(), byValue);
    return codes;
}

// The mean or median over every region with a value (before any top-N cut).
void setReferenceLine(ChartData& chart, const QStringList& codes, const ValueOf& valueOf,
                      const ComparisonChartOptions& options, const ChartText& text)
{
    QVector<double> present;
    for (const QString& code : codes) {
        if (const std::optional<double> value = valueOf(code))
            present.append(*value);
    }
    if (options.reference == ComparisonChartOptions::Reference::Mean && !present.isEmpty()) {
        double sum = 0.0;
        for (double value : std::as_const(present))
            sum += value;
        chart.referenceLine = sum / double(present.size());
        chart.referenceLabel = text.mean;
    } else if (options.reference == ComparisonChartOptions::Reference::Median && !present.isEmpty()) {
        chart.referenceLine = ComparisonChartBuilder::median(present);
        chart.referenceLabel = text.median;
    }
}

// The N largest (or smallest) of the ranked codes, plus the selected regions.
QStringList topCodes(const QStringList& codes, const ValueOf& valueOf, const ComparisonChartOptions& options,
                     const QSet<QString>& selected)
{
    // Codes are largest first; the smallest are the last ones that have a value.
    int withValue = 0;
    for (const QString& code : codes)
        withValue += valueOf(code) ? 1 : 0;
    const int from = options.bottom ? qMax(0, withValue - options.topN) : 0;
    const int to = options.bottom ? withValue : options.topN;
    QStringList kept;
    for (int i = 0; i < codes.size(); ++i) {
        if ((i >= from && i < to) || selected.contains(codes.at(i)))
            kept.append(codes.at(i));
    }
    return kept;
}

// A bar's source also carries the spread the reports give (drawn across the bar) and its own year.
ChartValueSource barSourceOf(const ComparisonRow& row)
{
    ChartValueSource source = ComparisonChartBuilder::sourceOf(row);
    if (row.conflict && row.chosen) {
        source.low = row.reportedLow;
        source.high = row.reportedHigh;
    }
    source.period = row.period;
    return source;
}

// One series per key of the chart, a value (or its absence) per region; returns the series' names.
QStringList addSeries(ChartData& chart, const ComparisonTableModel& model, const QVector<KeyColumn>& columns,
                      const QVector<int>& chartColumns, const QStringList& codes)
{
    QStringList names;
    for (int c : chartColumns) {
        const KeyColumn& column = columns.at(c);
        ChartSeries series;
        series.metricKey = column.key;
        series.name = keyLabel(column.key);
        names.append(series.name);
        for (const QString& code : codes) {
            const int index = column.rowByCode.value(code, -1);
            if (index < 0 || model.row(index).isMissing()) {
                series.values.append(std::nullopt);
                series.qualifiers.append(Qualifier::Exact);
                series.sources.append(ChartValueSource());
                continue;
            }
            const ComparisonRow& row = model.row(index);
            series.values.append(row.value);
            series.qualifiers.append(row.qualifier);
            series.sources.append(barSourceOf(row));
        }
        chart.series.append(series);
    }
    return names;
}

// Returns whether a category's year came from its report (latest per region marks it †).
bool addCategories(ChartData& chart, const ComparisonTableModel& model, const QVector<KeyColumn>& columns,
                   const QVector<int>& chartColumns, const QStringList& codes, const QSet<QString>& selected,
                   const ComparisonChartOptions& options, const ChartText& text)
{
    bool datedByReport = false;
    for (const QString& code : codes) {
        // Any row of the region carries its unique label.
        int index = -1;
        for (int c : chartColumns) {
            index = columns.at(c).rowByCode.value(code, -1);
            if (index >= 0)
                break;
        }
        const ComparisonRow& labelled = model.row(index);
        if (options.latestPerRegion && !labelled.period.isEmpty())
            chart.categories.append(text.yearLabel.arg(
                labelled.regionLabel,
                labelled.period + (labelled.periodByReport ? QStringLiteral("†") : QString())));
        else
            chart.categories.append(labelled.regionLabel);
        datedByReport = datedByReport || (options.latestPerRegion && labelled.periodByReport);
        chart.categoryCodes.append(code);
        chart.selected.append(selected.contains(code));
    }
    return datedByReport;
}

// Period, notes and title, from the rows actually drawn.
void describe(ChartData& chart, const ComparisonTableModel& model, const QVector<KeyColumn>& columns,
              const QVector<int>& chartColumns, const QStringList& names,
              const ComparisonChartOptions& options, const ChartText& text, int chartCount,
              bool datedByReport)
{
    QStringList periods;
    for (int c : chartColumns) {
        for (int index : std::as_const(columns.at(c).rowByCode)) {
            const QString period = model.row(index).period;
            if (!period.isEmpty() && !periods.contains(period))
                periods.append(period);
        }
    }
    chart.period = periods.size() == 1 && !options.latestPerRegion ? periods.first() : QString();
    chart.sourceNote = ComparisonChartBuilder::sourceNote(chart, text, true);
    if (datedByReport)
        chart.sourceNote += QStringLiteral("  ") + text.datedByReport;
    QStringList filters{text.regionsPrefix + (options.regionsDescription.isEmpty()
                                                  ? text.allRegions
                                                  : options.regionsDescription)};
    if (options.latestPerRegion)
        filters.append(text.periodPrefix + text.latestPeriod);
    else if (!chart.period.isEmpty())
        filters.append(text.periodPrefix + chart.period);
    if (chart.totalCategories > 0)
        filters.append(
            (options.bottom ? text.bottomN : text.topN).arg(options.topN).arg(chart.totalCategories));
    QStringList chartKeys;
    for (int c : chartColumns)
        chartKeys.append(columns.at(c).key);
    const QString leftOut = ComparisonChartBuilder::leftOutNote(options.leftOut, chartKeys, text);
    if (!leftOut.isEmpty())
        filters.append(leftOut);
    chart.filterNote = filters.join(QStringLiteral("; "));
    const QString generated =
        names.join(QStringLiteral("、")) +
        (chart.period.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(chart.period));
    if (options.title.isEmpty())
        chart.title = generated;
    else
        chart.title = chartCount == 1 ? options.title : options.title + QStringLiteral(" — ") + generated;
}

} // namespace

ChartValueSource ComparisonChartBuilder::sourceOf(const ComparisonRow& row)
{
    ChartValueSource source;
    source.articleId = row.articleId;
    source.start = row.start;
    source.end = row.end;
    source.quote = row.quote;
    source.report = row.reportTitle;
    source.published = row.published.isValid() ? row.published.toString(Qt::ISODate) : QString();
    source.status = ReviewedMetric::statusName(row.status);
    source.conflict = row.conflict;
    return source;
}

QString ComparisonChartBuilder::sourceNote(const ChartData& chart, const ChartText& text, bool noteConflicts)
{
    QStringList reports;
    QSet<qint64> reportIds;
    bool conflicts = false;
    for (const ChartSeries& series : chart.series) {
        for (const ChartValueSource& source : series.sources) {
            conflicts = conflicts || source.conflict;
            if (source.articleId == 0 || reportIds.contains(source.articleId))
                continue;
            reportIds.insert(source.articleId);
            reports.append(source.published.isEmpty() ? source.report
                                                      : source.report + QLatin1Char(' ') + source.published);
        }
    }
    const int listed = 3;
    QString note = text.sourcePrefix + QStringList(reports.mid(0, listed)).join(QStringLiteral("; "));
    if (reports.size() > listed)
        note += QLatin1Char(' ') + text.moreReports.arg(reports.size());
    if (noteConflicts && conflicts)
        note += QStringLiteral("  ") + text.conflictNote;
    return note;
}

std::optional<double> ComparisonChartBuilder::median(QVector<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    const auto middle = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1)
        return *middle;
    const double upper = *middle;
    const double lower = *std::max_element(values.begin(), middle);
    return (lower + upper) / 2.0;
}

void ComparisonChartBuilder::chooseDisplayUnit(ChartData& chart)
{
    double largest = 0.0;
    for (const ChartSeries& series : std::as_const(chart.series)) {
        for (const std::optional<double>& value : series.values) {
            if (value)
                largest = std::max(largest, std::abs(*value));
        }
    }
    const ChartNumber::Scale scale = ChartNumber::scaleFor(chart.unit, largest);
    chart.unitLabel = scale.unitLabel;
    chart.displayDivisor = scale.divisor;
    chart.displayDecimals = scale.decimals;
}

QString ComparisonChartBuilder::leftOutNote(const QHash<QString, FiguresLeftOut>& leftOut,
                                            const QStringList& keys, const ChartText& text)
{
    FiguresLeftOut sum;
    for (const QString& key : keys) {
        const FiguresLeftOut counts = leftOut.value(key);
        sum.noRegion += counts.noRegion;
        sum.noYear += counts.noYear;
        sum.targets += counts.targets;
        sum.otherUnit += counts.otherUnit;
        sum.otherPeriod += counts.otherPeriod;
    }
    QStringList parts;
    const auto add = [&](int count, const QString& pattern) {
        if (count > 0)
            parts.append(pattern.arg(count));
    };
    add(sum.noRegion, text.noRegion);
    add(sum.noYear, text.noYear);
    add(sum.targets, text.targets);
    add(sum.otherUnit, text.otherUnit);
    add(sum.otherPeriod, text.otherPeriod);
    return parts.isEmpty() ? QString() : text.leftOutPrefix + parts.join(QStringLiteral(", "));
}

QVector<ChartData> ComparisonChartBuilder::build(const ComparisonTableModel& model,
                                                 const ComparisonChartOptions& options)
{
    const ChartText text = ChartText::forLanguage(options.language);
    const QVector<int> charted = model.chartedRows();
    QHash<QString, int> columnOfKey;
    const QVector<KeyColumn> columns = keyColumns(model, charted, &columnOfKey);
    const QVector<QVector<int>> chartsColumns = columnsByUnit(columns);
    const QSet<QString> selected(options.selectedCodes.cbegin(), options.selectedCodes.cend());

    QVector<ChartData> charts;
    for (const QVector<int>& chartColumns : chartsColumns) {
        const KeyColumn& first = columns.at(chartColumns.first());
        const auto valueOf = [&](const QString& code) -> std::optional<double> {
            const int index = first.rowByCode.value(code, -1);
            return index < 0 ? std::nullopt : model.row(index).value;
        };
        QStringList codes = rankedCodes(model, charted, chartColumns, columnOfKey, valueOf);

        ChartData chart;
        chart.unit = first.unit;
        setReferenceLine(chart, codes, valueOf, options, text);
        if (options.topN > 0 && options.topN < codes.size()) {
            chart.totalCategories = int(codes.size());
            codes = topCodes(codes, valueOf, options, selected);
        }
        if (options.sort == ComparisonChartOptions::Sort::ByCode)
            std::sort(codes.begin(), codes.end());

        const QStringList names = addSeries(chart, model, columns, chartColumns, codes);
        const bool datedByReport =
            addCategories(chart, model, columns, chartColumns, codes, selected, options, text);
        chooseDisplayUnit(chart);
        describe(chart, model, columns, chartColumns, names, options, text, int(chartsColumns.size()),
                 datedByReport);
        if (options.style == ComparisonChartOptions::Style::Dots)
            chart.kind = ChartData::Kind::DotPlot;
        else
            chart.kind =
                chart.series.size() > 1 ? ChartData::Kind::GroupedBars : ChartData::Kind::HorizontalBars;
        charts.append(chart);
    }
    return charts;
}

} // namespace rs
