#pragma once

#include <QString>
#include <QVector>

namespace rs {

// One trimmed, non-empty line travelling through the cleaning stages. Captions are flagged by the
// HTML extractor (img alt, figcaption) because plain text has no markup to recover them from.
struct TextLine
{
    QString text;
    bool caption = false;
};

using TextLines = QVector<TextLine>;

} // namespace rs
