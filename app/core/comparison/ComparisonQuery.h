#pragma once

#include <QString>
#include <QStringList>

namespace rs {

// What the analyst compares: metric keys, one period, a set of regions.
struct ComparisonQuery
{
    enum class Scope
    {
        All,
        Subtree,
        Codes
    };

    QStringList keys; // taxonomy keys; several only when compared side by side
    QString period;   // "2022"; empty = the period most regions report; latest() = each region's latest
    Scope scope = Scope::All;
    QStringList regionCodes;     // Subtree: the first code; Codes: each code with the regions under it
    bool includeTargets = false; // plans and targets are not achievements, left out by default

    static QString latest() { return QStringLiteral("latest"); }
    bool latestPerRegion() const { return period == latest(); }

    // Whether a stored region code falls inside the scope.
    bool covers(const QString& regionCode) const;
    // Codes the analyst named explicitly: they are listed even without data (shown as missing).
    QStringList namedCodes() const { return scope == Scope::Codes ? regionCodes : QStringList(); }
};

} // namespace rs
