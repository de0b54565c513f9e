#include "FigureColumns.h"

namespace rs {

QString FigureColumns::header(int offset)
{
    switch (offset) {
    case 0:
        return tr("Value");
    case 1:
        return tr("Unit");
    case 2:
        return tr("Qualifier");
    }
    return QString();
}

} // namespace rs
