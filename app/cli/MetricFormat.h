#pragma once

#include "domain/Metric.h"

#include <QJsonObject>
#include <QStringList>

namespace rs::cli {

// The metric columns shared by `extract` and `metrics`, after the leading file/article column:
// start end quote value unit qualifier low high subject metric period
QStringList metricHeader();
QStringList metricFields(const Metric& metric);
QJsonObject metricJson(const Metric& metric);
// A number as analysts write it: no exponent, no trailing zeros (150000000, 13.41, 66.67).
QString plainNumber(double value);

} // namespace rs::cli
