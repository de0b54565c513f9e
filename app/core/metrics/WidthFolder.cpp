#include "WidthFolder.h"

namespace rs {

QString WidthFolder::fold(const QString& text)
{
    QString out = text;
    QChar* data = nullptr;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        const QChar f = foldChar(c);
        if (f != c) {
            // Detach only when something changes: most report text has nothing to fold.
            if (!data)
                data = out.data();
            data[i] = f;
        }
    }
    return out;
}

} // namespace rs
