#include "ComparisonQuery.h"

namespace rs {

bool ComparisonQuery::covers(const QString& regionCode) const
{
    if (regionCode.isEmpty())
        return false;
    switch (scope) {
    case Scope::All:
        return true;
    case Scope::Subtree:
        // Codes nest by prefix (44 → 4404 → 440404), so a prefix test is a subtree test.
        return regionCodes.isEmpty() || regionCode.startsWith(regionCodes.first());
    case Scope::Codes:
        for (const QString& code : regionCodes) {
            if (regionCode.startsWith(code))
                return true;
        }
        return false;
    }
    return false;
}

} // namespace rs
