#pragma once

#include <QString>

#include <functional>

namespace rs {

// Times inter-coder agreement (character and paragraph level) over a synthetic corpus of 1,000 coded
// reports of 5,000 characters, three coders and ten tags, reporting through `row(what, figure, detail)`.
void benchAgreement(const std::function<void(const QString&, const QString&, const QString&)>& row);

} // namespace rs
