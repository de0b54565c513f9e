#include "CompactNumber.h"

#include <unicode/locid.h>
#include <unicode/numberformatter.h>
#include <unicode/unistr.h>

#include <cmath>

namespace rs {
namespace {

QString formatWith(const icu::number::LocalizedNumberFormatter& formatter, double value)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString text = formatter.formatDouble(value, status).toString(status);
    if (U_FAILURE(status))
        return QString::number(value, 'g', 6);
    return QString(reinterpret_cast<const QChar*>(text.getBuffer()), text.length());
}

} // namespace

QString CompactNumber::format(double value, int maxSignificant)
{
    if (!std::isfinite(value))
        return QString();
    // Formatters are immutable and thread-safe once built; one per precision in use.
    static const auto make = [](int digits) {
        return icu::number::NumberFormatter::withLocale(icu::Locale("zh"))
            .notation(icu::number::Notation::compactShort())
            .precision(icu::number::Precision::maxSignificantDigits(digits));
    };
    static const icu::number::LocalizedNumberFormatter three = make(3);
    static const icu::number::LocalizedNumberFormatter four = make(4);
    static const icu::number::LocalizedNumberFormatter five = make(5);
    if (maxSignificant <= 3)
        return formatWith(three, value);
    if (maxSignificant == 4)
        return formatWith(four, value);
    return formatWith(five, value);
}

} // namespace rs
