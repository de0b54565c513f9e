// Fuzzes the Word reader from raw bytes: the zip container (ZipArchive's limits), styles, numbering,
// footnotes, core properties and the body's paragraphs, tables and text boxes, then the cleaning,
// as ReportImporter runs it on a .docx file.
#include "ingest/DocxTextExtractor.h"
#include "ingest/ReportParser.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace rs;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const DocxTextExtractor::Result docx = DocxTextExtractor::extract(bytes);
    if (docx.ok && docx.lines.isEmpty())
        std::abort();
    static const ReportParser parser;
    const ReportParser::Result result = parser.parse(bytes, QStringLiteral("report.docx"));
    if (result.ok && result.report.body.isEmpty())
        std::abort();
    return 0;
}
