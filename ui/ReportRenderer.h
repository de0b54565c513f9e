#pragma once

#include "domain/MetricReview.h"
#include "storage/ArticleStore.h"

#include <QTextCharFormat>
#include <QVector>

class QFont;
class QPalette;
class QTextDocument;

namespace rs {

class Gazetteer;
struct AnnotationMark;

// Renders a stored report into a QTextDocument the way the reader shows it: one block per paragraph,
// each led by its number, headings and captions styled, figures highlighted by review status. Extra
// spans (shared phrasing, dimmed boilerplate) are merged underneath the figures. Keeps the map between
// body offsets (UTF-16 units into the stored body) and document positions. Used by ReaderPane and by
// the compare view's columns.
class ReportRenderer
{
public:
    struct Span
    {
        int start = 0; // body offsets
        int end = 0;   // exclusive
        QTextCharFormat format;
    };

    // Replaces the document's content. Block i is paragraph i.
    void render(QTextDocument* document, const StoredArticle& article, const QVector<ReviewedMetric>& metrics,
                const QPalette& palette, const QFont& font, const QVector<Span>& spans = {});
    void clear();

    // Document position of each paragraph's first body character.
    const QVector<int>& blockStarts() const { return m_blockStart; }
    // Document position of a body offset, or -1 when the offset lies outside every paragraph.
    int documentPosition(int bodyOffset) const;
    // Body offset of a document position, or -1 outside the body text (paragraph numbers).
    int bodyOffset(int documentPosition) const;
    // Marks given in body offsets, moved to document positions for the margin; a mark outside the text
    // is left out.
    QVector<AnnotationMark> documentMarks(const QVector<AnnotationMark>& bodyMarks) const;

    // "2023年3月24日  ·  珠海特区报  ·  广东省 珠海市 金湾区", and the original URL on a second line.
    static QString metadataLine(const StoredArticle& article, const Gazetteer& gazetteer);
    static QTextCharFormat metricFormat(ReviewedMetric::Status status);
    static QString metricToolTip(const Metric& metric);
    static QString paragraphNumber(int index);

private:
    QVector<Paragraph> m_paragraphs;
    QVector<int> m_blockStart;
};

} // namespace rs
