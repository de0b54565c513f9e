#include "FormatSniffer.h"

namespace rs {

ReportFormat FormatSniffer::sniffContainer(const QByteArray& bytes)
{
    // A PDF's header may follow up to 1 KB of junk (as readers tolerate).
    const qsizetype pdf = bytes.left(1024).indexOf("%PDF-");
    if (pdf >= 0)
        return ReportFormat::Pdf;
    if (bytes.startsWith("PK\x03\x04")) {
        // A .docx keeps its parts under word/; entry names are stored uncompressed in the local
        // headers, so they can be seen without inflating.
        if (bytes.contains("word/"))
            return ReportFormat::Docx;
        return ReportFormat::Zip;
    }
    if (bytes.startsWith(QByteArray::fromHex("D0CF11E0A1B11AE1")))
        return ReportFormat::Doc;
    return ReportFormat::Text;
}

QString FormatSniffer::name(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Text:
        return QStringLiteral("txt");
    case ReportFormat::Html:
        return QStringLiteral("html");
    case ReportFormat::WeChat:
        return QStringLiteral("wechat");
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Docx:
        return QStringLiteral("docx");
    case ReportFormat::Doc:
        return QStringLiteral("doc");
    case ReportFormat::Zip:
        return QStringLiteral("zip");
    }
    return QString();
}

} // namespace rs
