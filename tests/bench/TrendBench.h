#pragma once

#include <QString>

#include <functional>

// Trends, small multiples and maps on the chart bench's 3,000 generated districts.
void benchTrends(const std::function<void(const QString&, const QString&, const QString&)>& row);
