#pragma once

#include "AlignReport.h"
#include "domain/Metric.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace rs {

class Taxonomy;

// The figures of each report on one theme, side by side: one row per taxonomy key found in any of
// the group's passages (taxonomy order), then one row for figures without a key.
//     干部教育培训人次 | 1万余人次、6200人次 | — | 4998人次
struct ThemeMetricRow
{
    QString key;                // taxonomy key; empty for the row of figures without one
    QString zh;                 // label in Chinese
    QString en;                 // label in English
    QVector<QStringList> cells; // per report: the figures as written, in body order; empty: none

    QString label(bool chinese) const { return chinese ? zh : en; }
    // "1万余人次、6200人次", or "—" when the report has none.
    static QString cellText(const QStringList& figures);
};

class ThemeMetrics
{
public:
    // ranges[r]: report r's passages in the group (invalid when it has none); metrics[r]: the figures
    // that count (rejected ones already left out), any order.
    static QVector<ThemeMetricRow> rows(const QVector<QVector<TextRange>>& ranges,
                                        const QVector<QVector<Metric>>& metrics, const Taxonomy& taxonomy);
};

} // namespace rs
