// Fuzzes QuantityParser at every position a number may start, and the MetricExtractor scan that
// drives it (ranges across units, qualifiers and subjects read around the number).
#include "metrics/MetricExtractor.h"
#include "metrics/QuantityParser.h"

#include <QString>

#include <cmath>
#include <cstdint>
#include <cstdlib>

using namespace rs;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QStringView view(text);
    for (int pos = 0; pos < view.size(); ++pos) {
        QuantityParser::rangeSeparatorLength(view, pos);
        if (!QuantityParser::isNumeralStart(view, pos))
            continue;
        const std::optional<Quantity> q = QuantityParser::parse(view, pos);
        // Callers slice the text with these offsets: a span outside it would read out of bounds later.
        if (q && (q->start < 0 || q->start > q->end || q->end > view.size()))
            std::abort();
    }
    static const MetricExtractor extractor;
    for (const Metric& metric : extractor.extract(text)) {
        if (metric.start < 0 || metric.start > metric.end || metric.end > text.size())
            std::abort();
    }
    return 0;
}
