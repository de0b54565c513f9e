#pragma once

#include <QString>

#include <functional>

namespace rs {

// Times the side-by-side alignment of two and four synthetic 30,000-character reports (sections and
// paragraphs) and the shared-phrasing scan, reporting each figure through `row(what, figure, detail)`.
void benchAlignment(const std::function<void(const QString&, const QString&, const QString&)>& row);

} // namespace rs
