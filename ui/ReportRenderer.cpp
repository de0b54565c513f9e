#include "ReportRenderer.h"

#include "annotations/AnnotationMarginBar.h"
#include "gazetteer/Gazetteer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPalette>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace rs {

// Okabe–Ito hues, light enough to read black text on: the review status is visible at a glance.
QTextCharFormat ReportRenderer::metricFormat(ReviewedMetric::Status status)
{
    QTextCharFormat format;
    format.setFontUnderline(true);
    switch (status) {
    case ReviewedMetric::Status::Machine:
        format.setBackground(QColor(0xFF, 0xE8, 0x9C));
        format.setUnderlineColor(QColor(0xE6, 0x9F, 0x00));
        break;
    case ReviewedMetric::Status::Confirmed:
    case ReviewedMetric::Status::Added:
        format.setBackground(QColor(0xC8, 0xEB, 0xDD));
        format.setUnderlineColor(QColor(0x00, 0x9E, 0x73));
        break;
    case ReviewedMetric::Status::Corrected:
        format.setBackground(QColor(0xCC, 0xE4, 0xF5));
        format.setUnderlineColor(QColor(0x00, 0x72, 0xB2));
        break;
    case ReviewedMetric::Status::Rejected:
        format.setFontUnderline(false);
        format.setFontStrikeOut(true);
        format.setForeground(QColor(0x80, 0x80, 0x80));
        break;
    }
    return format;
}

QString ReportRenderer::metricToolTip(const Metric& metric)
{
    return QCoreApplication::translate("rs::ReaderPane", "%1: %2 %3 (%4)")
        .arg(metric.subject.isEmpty() ? metric.key : metric.subject,
             QLocale().toString(metric.value, 'g', 15), metric.unit, qualifierName(metric.qualifier));
}

QString ReportRenderer::metadataLine(const StoredArticle& article, const Gazetteer& gazetteer)
{
    // The reader's strings: translated in its context, spelled out so lupdate finds them.
    QStringList parts;
    const ReportMetadata& meta = article.metadata;
    parts << (meta.publishedOn.isValid() ? QLocale().toString(meta.publishedOn, QLocale::LongFormat)
                                         : QCoreApplication::translate("rs::ReaderPane", "date unknown"));
    if (!meta.source.isEmpty())
        parts << meta.source;
    if (!meta.authors.isEmpty())
        parts << meta.authors.join(QStringLiteral("、"));
    parts << (article.regionCode.isEmpty() ? QCoreApplication::translate("rs::ReaderPane", "region unknown")
                                           : gazetteer.namePath(article.regionCode).join(QLatin1Char(' ')));
    QString line = parts.join(QStringLiteral("  ·  "));
    // Where the details came from, so the analyst knows what to trust and what to check.
    QStringList edited;
    if (article.titleEdited)
        edited << QCoreApplication::translate("rs::ReaderPane", "title");
    if (article.dateEdited)
        edited << QCoreApplication::translate("rs::ReaderPane", "date");
    if (article.sourceEdited)
        edited << QCoreApplication::translate("rs::ReaderPane", "source");
    if (!edited.isEmpty()) {
        line += QStringLiteral("  ·  ") +
                QCoreApplication::translate("rs::ReaderPane", "edited by hand: %1")
                    .arg(edited.join(QCoreApplication::translate("rs::ReaderPane", ", ")));
    }
    if (meta.titleGuessed) {
        line += QStringLiteral("  ·  ") +
                QCoreApplication::translate(
                    "rs::ReaderPane", "title guessed from the first sentence (Tools › Edit Report Details…)");
    }
    if (!meta.originalUrl.isEmpty())
        line += QLatin1Char('\n') + meta.originalUrl;
    return line;
}

QString ReportRenderer::paragraphNumber(int index)
{
    return QStringLiteral("%1  ").arg(index + 1, 3);
}

void ReportRenderer::clear()
{
    m_paragraphs.clear();
    m_blockStart.clear();
}

void ReportRenderer::render(QTextDocument* document, const StoredArticle& article,
                            const QVector<ReviewedMetric>& metrics, const QPalette& palette,
                            const QFont& font, const QVector<Span>& spans)
{
    document->setUndoRedoEnabled(false);
    document->clear();
    m_paragraphs = article.paragraphs;
    m_blockStart.clear();
    m_blockStart.reserve(m_paragraphs.size());
    QTextCursor cursor(document);
    // One edit block: the layout runs once for the whole document, not once per highlight.
    cursor.beginEditBlock();

    QTextCharFormat numberFormat;
    numberFormat.setForeground(palette.color(QPalette::PlaceholderText));
    numberFormat.setFontFixedPitch(true);
    QTextCharFormat pageFormat = numberFormat;
    pageFormat.setFontWeight(QFont::Bold);
    pageFormat.setToolTip(QCoreApplication::translate("rs::ReaderPane", "Page of the original PDF"));
    QTextCharFormat textFormat;
    QTextCharFormat headingFormat;
    headingFormat.setFontWeight(QFont::Bold);
    headingFormat.setFontPointSize(font.pointSizeF() * 1.15);
    QTextCharFormat captionFormat;
    captionFormat.setFontItalic(true);
    captionFormat.setForeground(palette.color(QPalette::PlaceholderText));
    QTextBlockFormat blockFormat;
    blockFormat.setBottomMargin(8);
    blockFormat.setLineHeight(140, QTextBlockFormat::ProportionalHeight);

    // Layers over the text, in merge order: extra spans first, figures on top. Each paragraph is
    // inserted as segments with their combined format, which is much cheaper than selecting and
    // merging afterwards when there are thousands of spans.
    struct Layer
    {
        int start;
        int end;
        QTextCharFormat format;
        int order;
    };
    QVector<Layer> layers;
    layers.reserve(spans.size() + metrics.size());
    for (const Span& span : spans) {
        if (span.end > span.start)
            layers.append(Layer{span.start, span.end, span.format, int(layers.size())});
    }
    for (const ReviewedMetric& reviewed : metrics) {
        const Metric& metric = reviewed.metric;
        if (metric.end <= metric.start)
            continue;
        QTextCharFormat format = metricFormat(reviewed.status);
        format.setToolTip(metricToolTip(metric));
        layers.append(Layer{metric.start, metric.end, format, int(layers.size())});
    }
    std::stable_sort(layers.begin(), layers.end(),
                     [](const Layer& a, const Layer& b) { return a.start < b.start; });

    const QString& body = article.body;
    int nextLayer = 0;
    QVector<const Layer*> open; // layers reaching into the current paragraph
    QVector<int> cuts;
    for (int i = 0; i < m_paragraphs.size(); ++i) {
        const Paragraph& paragraph = m_paragraphs.at(i);
        if (i > 0)
            cursor.insertBlock(blockFormat);
        else
            cursor.setBlockFormat(blockFormat);
        // Where a PDF's page begins, a marker in the margin text: "p. 3".
        if (paragraph.page > 0 && (i == 0 || m_paragraphs.at(i - 1).page != paragraph.page))
            cursor.insertText(QCoreApplication::translate("rs::ReaderPane", "p. %1").arg(paragraph.page) +
                                  u' ',
                              pageFormat);
        cursor.insertText(paragraphNumber(i), numberFormat);
        m_blockStart.append(cursor.position());
        const QTextCharFormat& base = paragraph.kind == Paragraph::Kind::Heading   ? headingFormat
                                      : paragraph.kind == Paragraph::Kind::Caption ? captionFormat
                                                                                   : textFormat;
        open.erase(std::remove_if(open.begin(), open.end(),
                                  [&](const Layer* l) { return l->end <= paragraph.start; }),
                   open.end());
        while (nextLayer < layers.size() && layers.at(nextLayer).start < paragraph.end) {
            if (layers.at(nextLayer).end > paragraph.start)
                open.append(&layers.at(nextLayer));
            ++nextLayer;
        }
        if (open.isEmpty()) {
            cursor.insertText(body.mid(paragraph.start, paragraph.end - paragraph.start), base);
            continue;
        }
        std::sort(open.begin(), open.end(),
                  [](const Layer* a, const Layer* b) { return a->order < b->order; });
        cuts = {paragraph.start, paragraph.end};
        for (const Layer* layer : std::as_const(open)) {
            cuts.append(std::clamp(layer->start, paragraph.start, paragraph.end));
            cuts.append(std::clamp(layer->end, paragraph.start, paragraph.end));
        }
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        for (int k = 0; k + 1 < cuts.size(); ++k) {
            const int from = cuts.at(k);
            const int to = cuts.at(k + 1);
            QTextCharFormat format = base;
            for (const Layer* layer : std::as_const(open)) {
                if (layer->start <= from && layer->end >= to)
                    format.merge(layer->format);
            }
            cursor.insertText(body.mid(from, to - from), format);
        }
    }
    cursor.endEditBlock();
}

int ReportRenderer::documentPosition(int bodyOffset) const
{
    // Paragraphs are ordered by offset: binary search for the one holding bodyOffset.
    auto it = std::upper_bound(m_paragraphs.cbegin(), m_paragraphs.cend(), bodyOffset,
                               [](int offset, const Paragraph& p) { return offset < p.start; });
    if (it == m_paragraphs.cbegin())
        return -1;
    --it;
    if (bodyOffset > it->end)
        return -1;
    const int index = int(it - m_paragraphs.cbegin());
    return m_blockStart.value(index, -1) < 0 ? -1 : m_blockStart.at(index) + (bodyOffset - it->start);
}

QVector<AnnotationMark> ReportRenderer::documentMarks(const QVector<AnnotationMark>& bodyMarks) const
{
    QVector<AnnotationMark> marks;
    for (AnnotationMark mark : bodyMarks) {
        const int from = documentPosition(mark.from);
        const int last = documentPosition(std::max(mark.from, mark.to - 1));
        if (from < 0 || last < from)
            continue;
        mark.from = from;
        mark.to = last + 1;
        marks.append(mark);
    }
    return marks;
}

int ReportRenderer::bodyOffset(int documentPosition) const
{
    auto it = std::upper_bound(m_blockStart.cbegin(), m_blockStart.cend(), documentPosition);
    if (it == m_blockStart.cbegin())
        return -1;
    const int index = int(it - m_blockStart.cbegin()) - 1;
    const Paragraph& paragraph = m_paragraphs.at(index);
    const int offset = paragraph.start + (documentPosition - m_blockStart.at(index));
    return offset <= paragraph.end ? offset : -1;
}

} // namespace rs
