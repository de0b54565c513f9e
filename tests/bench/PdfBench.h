#pragma once

#include <QString>

#include <functional>

namespace rs {

// Times importing a generated 50-page two-column report PDF (running header, page numbers): the text
// layer read and laid out alone, and the whole import into a fresh database, in pages per second,
// reporting each figure through `row(what, figure, detail)`. Needs a QGuiApplication (fonts).
void benchPdf(const std::function<void(const QString&, const QString&, const QString&)>& row);

} // namespace rs
