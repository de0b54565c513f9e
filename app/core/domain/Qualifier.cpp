#include "Qualifier.h"

namespace rs {

namespace {

struct Named
{
    Qualifier qualifier;
    const char* name;
};

constexpr Named kNames[] = {
    {Qualifier::Exact, "exact"},    {Qualifier::Approx, "approx"}, {Qualifier::AtLeast, "at_least"},
    {Qualifier::AtMost, "at_most"}, {Qualifier::Max, "max"},       {Qualifier::Range, "range"},
};

} // namespace

QString qualifierName(Qualifier qualifier)
{
    for (const Named& named : kNames) {
        if (named.qualifier == qualifier)
            return QString::fromLatin1(named.name);
    }
    return QString::fromLatin1(kNames[0].name);
}

bool qualifierFromName(QStringView name, Qualifier* qualifier)
{
    if (name.isEmpty()) {
        *qualifier = Qualifier::Exact;
        return true;
    }
    for (const Named& named : kNames) {
        if (name == QLatin1String(named.name)) {
            *qualifier = named.qualifier;
            return true;
        }
    }
    return false;
}

Qualifier qualifierFromName(QStringView name)
{
    Qualifier qualifier = Qualifier::Exact;
    qualifierFromName(name, &qualifier);
    return qualifier;
}

QString qualifierSymbol(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Approx:
        return QStringLiteral("≈");
    case Qualifier::AtLeast:
        return QStringLiteral("≥");
    case Qualifier::AtMost:
    case Qualifier::Max:
        return QStringLiteral("≤");
    case Qualifier::Range:
        return QStringLiteral("~");
    case Qualifier::Exact:
        break;
    }
    return QString();
}

} // namespace rs
