#pragma once

#include <QString>

#include <functional>

// Comparison chart of 3,000 regions: model + chart build + off-screen render, then each export format.
void benchChart(const std::function<void(const QString&, const QString&, const QString&)>& row);
