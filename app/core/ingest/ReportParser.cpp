#include "ReportParser.h"

#include "BoilerplateFilter.h"
#include "HtmlTextExtractor.h"
#include "MetadataDetector.h"
#include "ParagraphBuilder.h"
#include "RepeatCollapser.h"
#include "TextDecoder.h"

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
    Result r = parseText(decoded.text, isHtml);
    r.report.encoding = decoded.encoding;
    return r;
}

ReportParser::Result ReportParser::parseText(const QString& text, bool isHtml) const
{
    Result r;
    if (TextDecoder::isBlank(text)) {
        r.error = tr("empty file");
        return r;
    }

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

    ParsedReport& report = r.report;
    report.wasHtml = isHtml;
    report.encoding = QStringLiteral("UTF-16"); // pasted text has no byte encoding of its own
    report.removedBoilerplateLines = BoilerplateFilter::filter(lines);
    const RepeatCollapser::Result repeat = RepeatCollapser::collapse(lines);
    report.collapsedRepeat = repeat.collapsed;
    hints.dateline = repeat.dateline;
    report.metadata = MetadataDetector::detect(lines, hints);
    ParagraphBuilder::build(lines, &report.body, &report.paragraphs, !isHtml);

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
