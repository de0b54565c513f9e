#pragma once

#include "domain/MetricReview.h"

#include <QDate>
#include <QString>

#include <optional>

namespace rs {

// One line of the comparison table: a figure for a region, or the lack of one.
struct ComparisonRow
{
    // Why a figure is listed but not charted.
    enum class Exclusion
    {
        None,
        OtherUnit,
        Cap
    };

    QString regionCode;
    QString regionLabel; // unique across the table: "珠海·金湾区"
    QString key;
    std::optional<double> value; // raw units (元, 人次); nullopt = the region reports nothing
    QString unit;
    Qualifier qualifier = Qualifier::Exact;
    QString period;
    bool periodByReport = false; // the figure names no year: `period` is its report's
    qint64 articleId = 0;
    int start = 0;
    int end = 0;
    QString quote;
    QString reportTitle;
    QDate published;
    ReviewedMetric::Status status = ReviewedMetric::Status::Machine;
    Exclusion exclusion = Exclusion::None;
    bool conflict = false; // reports disagree on this region's value
    // When they do: the smallest and largest value its reports give (each report's own candidate), so
    // a chart shows the spread behind the one value it draws.
    std::optional<double> reportedLow;
    std::optional<double> reportedHigh;
    bool chosen = false; // the value charted for the region and key
    // A row the database aggregated: it stands for `figures` figures of `reports` reports of the
    // region (chosen and conflict come with it); the region's own rows replace it on drill-down.
    bool aggregated = false;
    int figures = 1;
    int reports = 1;

    bool isMissing() const { return !value.has_value(); }
    bool isCandidate() const { return value.has_value() && exclusion == Exclusion::None; }
    bool isReviewed() const
    {
        return status == ReviewedMetric::Status::Confirmed || status == ReviewedMetric::Status::Corrected ||
               status == ReviewedMetric::Status::Added;
    }
};

} // namespace rs
