#pragma once

#include "domain/Qualifier.h"

#include <QString>
#include <QVector>

#include <optional>

namespace rs {

// One row of a gold metric list (tests/data/metrics/gold/*.tsv, format in its README):
// quote, value, unit, qualifier, low, high, subject, metric.
struct GoldRow
{
    QString quote;
    double value = 0.0;
    QString unit;
    Qualifier qualifier = Qualifier::Exact;
    std::optional<double> low;
    std::optional<double> high;
    QString subject;
    QString key;
    int line = 0; // 1-based line in the TSV, for reports

    // Rows of a TSV with its header; on a malformed row, `error` names it and the row is skipped.
    static QVector<GoldRow> parseTsv(const QString& content, QString* error = nullptr);
    static QVector<GoldRow> readTsv(const QString& path, QString* error = nullptr);
};

} // namespace rs
