#include "ImportTimings.h"

namespace rs {

QString ImportTimings::name(Stage stage)
{
    switch (stage) {
    case Stage::Read:
        return QStringLiteral("read");
    case Stage::Decode:
        return QStringLiteral("decode");
    case Stage::Clean:
        return QStringLiteral("clean");
    case Stage::Metadata:
        return QStringLiteral("metadata");
    case Stage::Region:
        return QStringLiteral("region");
    case Stage::Extract:
        return QStringLiteral("extract figures");
    case Stage::Compress:
        return QStringLiteral("compress original + hash body");
    case Stage::Wait:
        return QStringLiteral("writer waits for a prepared report");
    case Stage::Duplicate:
        return QStringLiteral("duplicate check");
    case Stage::Article:
        return QStringLiteral("insert article (+ its indexes, both search indexes)");
    case Stage::Original:
        return QStringLiteral("insert original");
    case Stage::Paragraphs:
        return QStringLiteral("insert paragraphs");
    case Stage::Figures:
        return QStringLiteral("insert figures (+ their indexes)");
    case Stage::Savepoint:
        return QStringLiteral("savepoint + release");
    case Stage::Search:
        return QStringLiteral("search indexes (per batch)");
    case Stage::Groups:
        return QStringLiteral("comparison groups (per batch)");
    case Stage::Commit:
        return QStringLiteral("commit (search segments written)");
    case Stage::Count:
        break;
    }
    return QString();
}

} // namespace rs
