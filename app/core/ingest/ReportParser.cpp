#include "ReportParser.h"

#include "BoilerplateFilter.h"
#include "DocxTextExtractor.h"
#include "FormatSniffer.h"
#include "HtmlTextExtractor.h"
#include "OfficialDocumentDetector.h"
#include "ParagraphBuilder.h"
#include "PdfTextExtractor.h"
#include "RepeatCollapser.h"
#include "TextDecoder.h"
#include "WeChatArticleExtractor.h"

#include <QFileInfo>

namespace rs {

namespace {

bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0xFEFF;
}

bool isLineBreak(QChar c)
{
    const char16_t u = c.unicode();
    return u == '\n' || u == '\r' || u == 0x2028 || u == 0x2029 || u == 0x0B || u == 0x0C || u == 0x85;
}

bool hasHtmlSuffix(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("html") || suffix == QLatin1String("htm") ||
           suffix == QLatin1String("xhtml") || suffix == QLatin1String("shtml");
}

bool hasPdfSuffix(const QString& fileName)
{
    return QFileInfo(fileName).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
}

// Names document software fills in for whoever installed it, not the report's author.
QString usableAuthor(const QString& author)
{
    static const QStringList placeholders = {
        QStringLiteral("administrator"), QStringLiteral("admin"),    QStringLiteral("user"),
        QStringLiteral("微软用户"),      QStringLiteral("微软中国"), QStringLiteral("china"),
        QStringLiteral("lenovo"),        QStringLiteral("dell"),     QStringLiteral("hp"),
        QStringLiteral("unknown")};
    const QString a = author.trimmed();
    return placeholders.contains(a.toLower()) || a.size() > 40 ? QString() : a;
}

} // namespace

TextLines ReportParser::splitLines(const QString& text)
{
    TextLines lines;
    const qsizetype n = text.size();
    qsizetype start = 0;
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n && !isLineBreak(text[i]))
            continue;
        QString line = QStringView(text).mid(start, i - start).trimmed().toString();
        if (std::any_of(line.cbegin(), line.cend(), isInvisible)) {
            line.removeIf(isInvisible);
            line = line.trimmed();
        }
        if (!line.isEmpty())
            lines.append({line, false});
        start = i + 1;
    }
    return lines;
}

ReportParser::Result ReportParser::parse(const QByteArray& bytes, const QString& fileName) const
{
    using Stage = ImportTimings::Stage;
    ImportTimings::Scope decoding(m_timings, Stage::Decode);
    const ReportFormat container = FormatSniffer::sniffContainer(bytes);
    if (container == ReportFormat::Pdf && (bytes.startsWith("%PDF-") || hasPdfSuffix(fileName))) {
        decoding.stop();
        return parsePdf(bytes);
    }
    if (container == ReportFormat::Docx ||
        (container == ReportFormat::Zip &&
         QFileInfo(fileName).suffix().compare(QLatin1String("docx"), Qt::CaseInsensitive) == 0)) {
        decoding.stop();
        return parseDocx(bytes);
    }
    if (container == ReportFormat::Doc) {
        Result r;
        r.error = tr("Word 97–2003 document (.doc): not read; open it in Word, WPS or LibreOffice, save it "
                     "as a Word document (.docx) and import that");
        return r;
    }
    if (container == ReportFormat::Zip) {
        Result r;
        r.error = tr("a zip archive that is not a Word document (.docx)");
        return r;
    }
    const bool htmlBytes = HtmlTextExtractor::looksLikeHtml(bytes);
    const QByteArray charsetHint = htmlBytes ? HtmlTextExtractor::sniffCharset(bytes) : QByteArray();
    const TextDecoder::Result decoded = TextDecoder::decode(bytes, charsetHint);
    if (!decoded.ok) {
        Result r;
        r.error = decoded.error;
        return r;
    }
    const bool isHtml = HtmlTextExtractor::looksLikeHtml(decoded.text) ||
                        (hasHtmlSuffix(fileName) && decoded.text.contains(u'<'));
    decoding.stop();
    Result r = isHtml && WeChatArticleExtractor::isWeChatPage(decoded.text) ? parseWeChat(decoded.text)
                                                                            : parseText(decoded.text, isHtml);
    r.report.encoding = decoded.encoding;
    return r;
}

ReportParser::Result ReportParser::parsePdf(const QByteArray& bytes) const
{
    ImportTimings::Scope decoding(m_timings, ImportTimings::Stage::Decode);
    PdfTextExtractor::Result pdf = PdfTextExtractor::extract(bytes);
    decoding.stop();
    if (!pdf.ok) {
        Result r;
        r.error = pdf.error;
        return r;
    }
    MetadataDetector::Hints hints;
    hints.documentTitle = pdf.title;
    if (pdf.created.isValid())
        hints.meta.insert(QStringLiteral("dc.date"), pdf.created.date().toString(Qt::ISODate));
    Result r = cleanDocument(std::move(pdf.lines), std::move(hints));
    r.report.format = FormatSniffer::name(ReportFormat::Pdf);
    r.report.encoding.clear();
    r.report.removedBoilerplateLines += pdf.removedFurnitureLines;
    return r;
}

ReportParser::Result ReportParser::parseDocx(const QByteArray& bytes) const
{
    ImportTimings::Scope decoding(m_timings, ImportTimings::Stage::Decode);
    DocxTextExtractor::Result docx = DocxTextExtractor::extract(bytes);
    decoding.stop();
    if (!docx.ok) {
        Result r;
        r.error = docx.error;
        return r;
    }
    MetadataDetector::Hints hints;
    hints.documentTitle = docx.title;
    if (docx.created.isValid())
        hints.meta.insert(QStringLiteral("dc.date"), docx.created.date().toString(Qt::ISODate));
    const QString author = usableAuthor(docx.author);
    if (!author.isEmpty())
        hints.meta.insert(QStringLiteral("author"), author);
    Result r = cleanDocument(std::move(docx.lines), std::move(hints));
    r.report.format = FormatSniffer::name(ReportFormat::Docx);
    r.report.encoding.clear();
    return r;
}

ReportParser::Result ReportParser::parseWeChat(const QString& html) const
{
    ImportTimings::Scope splitting(m_timings, ImportTimings::Stage::Clean);
    const WeChatArticleExtractor::Result page = WeChatArticleExtractor::extract(html);
    if (!page.ok) {
        Result r;
        r.error = page.error;
        return r;
    }
    HtmlTextExtractor::Result extracted = HtmlTextExtractor::extract(page.bodyHtml);
    TextLines lines;
    for (const TextLine& l : std::as_const(extracted.lines)) {
        for (TextLine& part : splitLines(l.text)) {
            part.caption = l.caption;
            lines.append(std::move(part));
        }
    }
    MetadataDetector::Hints hints;
    hints.documentTitle = page.title;
    if (page.published.isValid())
        hints.meta.insert(QStringLiteral("article:published_time"), page.published.toString(Qt::ISODate));
    if (!page.account.isEmpty())
        hints.meta.insert(QStringLiteral("source"), page.account);
    splitting.stop();
    Result r = clean(std::move(lines), std::move(hints), false);
    r.report.wasHtml = true;
    r.report.format = FormatSniffer::name(ReportFormat::WeChat);
    r.report.repostedFrom = page.repostedFrom;
    return r;
}

ReportParser::Result ReportParser::cleanDocument(TextLines lines, MetadataDetector::Hints hints) const
{
    // Text first, then the official document's own fields, then the file's properties.
    ImportTimings::Scope detecting(m_timings, ImportTimings::Stage::Metadata);
    const OfficialDocumentDetector::Result official = OfficialDocumentDetector::detect(lines);
    detecting.stop();
    if (official.signedOn.isValid())
        hints.meta.insert(QStringLiteral("dc.date"), official.signedOn.toString(Qt::ISODate));
    if (!official.issuer.isEmpty())
        hints.meta.insert(QStringLiteral("source"), official.issuer);
    Result r = clean(std::move(lines), std::move(hints), true);
    if (r.ok && official.signedOn.isValid() && r.report.metadata.publishedOn == official.signedOn)
        r.report.metadata.publishedText = official.signedText;
    if (r.ok && !official.number.isEmpty()) {
        // The 发文字号 stays in the text, above the title as it is printed, so it can be searched.
        r.report.body.prepend(official.number + u'\n');
        const int shift = int(official.number.size()) + 1;
        for (Paragraph& p : r.report.paragraphs) {
            p.start += shift;
            p.end += shift;
        }
        Paragraph number;
        number.end = int(official.number.size());
        number.page = r.report.paragraphs.isEmpty() ? 0 : r.report.paragraphs.front().page;
        r.report.paragraphs.prepend(number);
    }
    return r;
}

ReportParser::Result ReportParser::parseText(const QString& text, bool isHtml) const
{
    if (TextDecoder::isBlank(text)) {
        Result empty;
        empty.error = tr("empty file");
        return empty;
    }

    ImportTimings::Scope splitting(m_timings, ImportTimings::Stage::Clean);
    MetadataDetector::Hints hints;
    TextLines lines;
    if (isHtml) {
        HtmlTextExtractor::Result html = HtmlTextExtractor::extract(text);
        // Markup can put several lines in one text node (<pre>, <br>-less sources).
        for (const TextLine& l : std::as_const(html.lines)) {
            for (TextLine& part : splitLines(l.text)) {
                part.caption = l.caption;
                lines.append(std::move(part));
            }
        }
        hints.documentTitle = html.documentTitle;
        hints.meta = std::move(html.meta);
    } else {
        lines = splitLines(text);
    }
    splitting.stop();

    Result r = clean(std::move(lines), std::move(hints), !isHtml);
    r.report.wasHtml = isHtml;
    r.report.format = FormatSniffer::name(isHtml ? ReportFormat::Html : ReportFormat::Text);
    return r;
}

ReportParser::Result ReportParser::clean(TextLines lines, MetadataDetector::Hints hints,
                                         bool guessCaptions) const
{
    using Stage = ImportTimings::Stage;
    Result r;
    ParsedReport& report = r.report;
    report.encoding = QStringLiteral("UTF-16"); // pasted text has no byte encoding of its own
    ImportTimings::Scope filtering(m_timings, Stage::Clean);
    report.removedBoilerplateLines = BoilerplateFilter::filter(lines);
    const RepeatCollapser::Result repeat = RepeatCollapser::collapse(lines);
    report.collapsedRepeat = repeat.collapsed;
    hints.dateline = repeat.dateline;
    filtering.stop();
    ImportTimings::Scope detecting(m_timings, Stage::Metadata);
    report.metadata = MetadataDetector::detect(lines, hints);
    detecting.stop();
    ImportTimings::Scope building(m_timings, Stage::Clean);
    ParagraphBuilder::build(lines, &report.body, &report.paragraphs, guessCaptions);
    building.stop();

    if (report.body.isEmpty()) {
        r.error =
            report.metadata.title.isEmpty()
                ? tr("no text after cleaning")
                : tr("the file holds only a title (“%1”), no text of a report").arg(report.metadata.title);
        return r;
    }
    r.ok = true;
    return r;
}

} // namespace rs
