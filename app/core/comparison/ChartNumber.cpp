#include "ChartNumber.h"

#include <algorithm>
#include <cmath>

namespace rs {
namespace {

QString fixed(double value, int decimals)
{
    if (!std::isfinite(value))
        return QString();
    // A value that rounds to zero is written 0, never -0.00.
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0.0;
    return QString::number(value, 'f', decimals);
}

} // namespace

ChartNumber::Scale ChartNumber::scaleFor(const QString& unit, double largest)
{
    Scale scale;
    scale.unitLabel = unit;
    double magnitude = std::abs(largest);
    // A unit that already says its scale (万元, 亿元) or a share (%) is left as reported.
    const bool scalable = !unit.isEmpty() && !unit.startsWith(QStringLiteral("万")) &&
                          !unit.startsWith(QStringLiteral("亿")) && unit != QStringLiteral("%");
    if (scalable && magnitude >= 1e8) {
        scale.divisor = 1e8;
        scale.unitLabel = QStringLiteral("亿") + unit;
    } else if (scalable && magnitude >= 1e4) {
        scale.divisor = 1e4;
        scale.unitLabel = QStringLiteral("万") + unit;
    }
    magnitude /= scale.divisor;
    // Three significant digits for the largest value; whole numbers from 100 on.
    scale.decimals = magnitude >= 100.0 ? 0 : magnitude >= 10.0 ? 1 : 2;
    return scale;
}

ChartNumber::Scale ChartNumber::scaleOf(const ChartData& chart)
{
    Scale scale;
    scale.divisor = chart.displayDivisor != 0.0 ? chart.displayDivisor : 1.0;
    scale.unitLabel = chart.unitLabel.isEmpty() ? chart.unit : chart.unitLabel;
    scale.decimals = chart.displayDecimals;
    return scale;
}

QString ChartNumber::format(double raw, const Scale& scale)
{
    return fixed(raw / scale.divisor, scale.decimals);
}

QString ChartNumber::label(const ChartData& chart, double raw)
{
    return format(raw, scaleOf(chart));
}

QString ChartNumber::tick(double displayed, const QVector<double>& ticks)
{
    double step = 0.0;
    for (int i = 1; i < ticks.size(); ++i) {
        const double gap = std::abs(ticks.at(i) - ticks.at(i - 1));
        if (gap > 0.0 && (step == 0.0 || gap < step))
            step = gap;
    }
    // 0.25 needs two places, 0.5 one, 2000 none.
    int decimals = 0;
    if (step > 0.0) {
        while (decimals < 4 &&
               std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) >
                   1e-6 * std::pow(10.0, decimals))
            ++decimals;
    }
    // As a spreadsheet's General format writes them (0, 0.5, 1): no trailing zeros.
    QString text = fixed(displayed, decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

QString ChartNumber::formatCode(int decimals)
{
    return decimals <= 0 ? QStringLiteral("0") : QStringLiteral("0.") + QString(decimals, QLatin1Char('0'));
}

} // namespace rs
