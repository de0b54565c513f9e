#include "ThemeMetrics.h"

#include "metrics/Taxonomy.h"

#include <QMap>

#include <algorithm>
#include <climits>

namespace rs {

QString ThemeMetricRow::cellText(const QStringList& figures)
{
    return figures.isEmpty() ? QStringLiteral("—") : figures.join(QStringLiteral("、"));
}

QVector<ThemeMetricRow> ThemeMetrics::rows(const QVector<QVector<TextRange>>& ranges,
                                           const QVector<QVector<Metric>>& metrics, const Taxonomy& taxonomy)
{
    const int reportCount = int(ranges.size());
    // Row order: taxonomy index; unknown keys after the taxonomy, by key; no key last.
    QMap<QPair<int, QString>, ThemeMetricRow> byKey;
    for (int r = 0; r < reportCount && r < metrics.size(); ++r) {
        QVector<Metric> inside;
        for (const Metric& metric : metrics.at(r)) {
            for (const TextRange& range : ranges.at(r)) {
                if (range.isValid() && metric.start >= range.start && metric.start < range.end) {
                    inside.append(metric);
                    break;
                }
            }
        }
        std::sort(inside.begin(), inside.end(),
                  [](const Metric& a, const Metric& b) { return a.start < b.start; });
        for (const Metric& metric : std::as_const(inside)) {
            const int index = metric.key.isEmpty()                ? INT_MAX
                              : taxonomy.indexOf(metric.key) >= 0 ? taxonomy.indexOf(metric.key)
                                                                  : INT_MAX - 1;
            ThemeMetricRow& row = byKey[qMakePair(index, metric.key)];
            if (row.cells.isEmpty()) {
                row.key = metric.key;
                row.cells.resize(reportCount);
                if (const Taxonomy::Entry* entry = taxonomy.entry(metric.key)) {
                    row.zh = entry->zh;
                    row.en = entry->en;
                } else if (metric.key.isEmpty()) {
                    row.zh = QStringLiteral("其他数字");
                    row.en = QStringLiteral("Other figures");
                } else {
                    row.zh = row.en = metric.key;
                }
            }
            // Figures without a key need their subject to mean anything ("3条" of what?).
            const QString figure = metric.key.isEmpty() && !metric.subject.isEmpty()
                                       ? metric.subject + QLatin1Char(' ') + metric.quote
                                       : metric.quote;
            row.cells[r].append(figure);
        }
    }
    return byKey.values().toVector();
}

} // namespace rs
