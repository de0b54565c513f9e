#pragma once

#include "comparison/ComparisonRow.h"

#include <QCoreApplication>
#include <QString>

namespace rs {

class MetricStore;

// The analyst's choice of the value charted for a region ("Chart This Value"), stored as their
// confirmation of that figure. The comparison charts a region's reviewed figure before any machine
// reading, so the choice holds at the next load, in the CLI's chart and for everyone sharing the
// database. A figure already confirmed, corrected or added by an analyst is left as it is.
class ChartChoice
{
    Q_DECLARE_TR_FUNCTIONS(ChartChoice)

public:
    static bool store(MetricStore& metrics, const ComparisonRow& row, const QString& reviewer,
                      QString* error = nullptr);
};

} // namespace rs
