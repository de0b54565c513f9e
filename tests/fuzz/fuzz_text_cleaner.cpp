// Fuzzes the cleaning stages on decoded text, as a pasted report goes through them: line splitting,
// BoilerplateFilter, RepeatCollapser, MetadataDetector and ParagraphBuilder (ReportParser::parseText).
#include "ingest/ReportParser.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace rs;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    static const ReportParser parser;
    const ReportParser::Result result = parser.parseText(text, false);
    if (!result.ok)
        return 0;
    // Paragraph offsets index the stored body (reader highlighting, figure positions).
    for (const Paragraph& paragraph : result.report.paragraphs) {
        if (paragraph.start < 0 || paragraph.start > paragraph.end ||
            paragraph.end > result.report.body.size())
            std::abort();
    }
    return 0;
}
