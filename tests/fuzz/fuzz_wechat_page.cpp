// Fuzzes the reader of saved WeChat article pages: #js_content's markup found by nesting, title,
// timestamp, account and repost marks read from the page's markup and scripts, then the HTML
// extraction and cleaning, as ReportImporter runs it on a saved page.
#include "ingest/ReportParser.h"
#include "ingest/WeChatArticleExtractor.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace rs;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const WeChatArticleExtractor::Result page = WeChatArticleExtractor::extract(QString::fromUtf8(bytes));
    if (page.ok && page.bodyHtml.isEmpty())
        std::abort();
    static const ReportParser parser;
    const ReportParser::Result result = parser.parse(bytes, QStringLiteral("article.html"));
    if (result.ok && result.report.body.isEmpty())
        std::abort();
    return 0;
}
