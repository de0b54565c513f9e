#pragma once

#include <QByteArray>
#include <QString>

namespace rs {

// What kind of file a report arrived as, told from its first bytes (the extension only breaks ties
// between plain text and markup). A .pdf that is really a web page is read as a web page.
enum class ReportFormat
{
    Text,
    Html,
    WeChat, // an article page saved from mp.weixin.qq.com
    Pdf,
    Docx,
    Doc, // Word 97–2003 (OLE2 compound file)
    Zip  // some other zip package
};

class FormatSniffer
{
public:
    // Containers only (PDF, zip, OLE2); Text otherwise: telling text from HTML, and a WeChat page from
    // other HTML (WeChatArticleExtractor::isWeChatPage), needs the decoded text.
    static ReportFormat sniffContainer(const QByteArray& bytes);
    // Short stable names for summaries and the database: "txt", "html", "wechat", "pdf", "docx", "doc",
    // "zip".
    static QString name(ReportFormat format);
};

} // namespace rs
