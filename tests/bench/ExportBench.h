#pragma once

#include <QString>

#include <functional>

namespace rs {

// Times writing a 3,000-region XLSX (chart sheet and comparison table) and a one-slide PPTX with a native
// Top-30 chart, reporting each figure through `row(what, figure, detail)`.
void benchExport(const std::function<void(const QString&, const QString&, const QString&)>& row);

} // namespace rs
