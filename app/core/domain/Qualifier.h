#pragma once

#include <QString>
#include <QStringView>

namespace rs {

// How a figure relates to the number written: exactly it, about it (约, 左右), at least (超过, 以上, 余), at
// most (近, 不到), a cap (最高: a per-person ceiling, not an amount) or a range (3至5).
enum class Qualifier
{
    Exact,
    Approx,
    AtLeast,
    AtMost,
    Max,
    Range
};

// The one place a qualifier meets its text: the name stored in the database and written to TSV, CSV,
// XLSX and gold files (exact, approx, at_least, at_most, max, range).
QString qualifierName(Qualifier qualifier);
// The qualifier a stored name stands for; an empty name (a figure stored without one) is Exact. False,
// and *qualifier untouched, for a name that is none of them.
bool qualifierFromName(QStringView name, Qualifier* qualifier);
// The same, reading an unknown name as Exact (what the database holds was written by qualifierName).
Qualifier qualifierFromName(QStringView name);
// The sign a chart or table puts before a value (≈ ≥ ≤ ~); empty for an exact figure.
QString qualifierSymbol(Qualifier qualifier);

} // namespace rs
