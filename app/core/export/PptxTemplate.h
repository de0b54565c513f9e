#pragma once

#include <QByteArray>

namespace rs {

// The fixed parts every deck needs and that do not depend on the charts: one theme, one slide master with
// one blank layout, and the presentation-level property parts PowerPoint expects to find.
struct PptxTemplate
{
    static QByteArray theme();
    static QByteArray slideMaster(); // its layout is rId1, its theme rId2
    static QByteArray blankLayout();
    static QByteArray presentationProperties();
    static QByteArray viewProperties();
    static QByteArray tableStyles();
};

} // namespace rs
