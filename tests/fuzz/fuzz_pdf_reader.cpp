// Fuzzes the PDF reader from raw bytes: Poppler's parser, the text layer grouped into lines, page
// furniture, tables, column order and paragraphs, then the cleaning that follows, exactly as
// ReportImporter runs it on a .pdf file.
#include "ingest/PdfTextExtractor.h"
#include "ingest/ReportParser.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace rs;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const PdfTextExtractor::Result pdf = PdfTextExtractor::extract(bytes);
    if (pdf.ok && pdf.lines.isEmpty())
        std::abort(); // a readable PDF always yields text
    static const ReportParser parser;
    const ReportParser::Result result = parser.parse(bytes, QStringLiteral("report.pdf"));
    if (result.ok && result.report.body.isEmpty())
        std::abort();
    return 0;
}
