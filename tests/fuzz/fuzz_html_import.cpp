// Fuzzes the import of a downloaded page from its raw bytes: charset sniffing, TextDecoder (UTF-8,
// UTF-16, GB18030, ICU detection), HtmlTextExtractor (tags, entities, <title>, <meta>) and the
// cleaning that follows, exactly as ReportImporter runs it on a .html file.
#include "ingest/HtmlTextExtractor.h"
#include "ingest/ReportParser.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace rs;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    static const ReportParser parser;
    const ReportParser::Result result = parser.parse(bytes, QStringLiteral("page.html"));
    if (result.ok && result.report.body.isEmpty())
        std::abort(); // an accepted report always has a body to store
    HtmlTextExtractor::decodeEntities(QString::fromLatin1(bytes));
    return 0;
}
