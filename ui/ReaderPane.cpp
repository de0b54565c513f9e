#include "ReaderPane.h"

#include "gazetteer/Gazetteer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace rs {
namespace {

// Okabe–Ito hues, light enough to read black text on: the review status is visible at a glance.
QTextCharFormat metricFormat(ReviewedMetric::Status status)
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

QString paragraphNumber(int index)
{
    return QStringLiteral("%1  ").arg(index + 1, 3);
}

} // namespace

ReaderPane::ReaderPane(const Gazetteer& gazetteer, QWidget* parent)
    : QWidget(parent), m_gazetteer(gazetteer), m_title(new QLabel(this)), m_metadata(new QLabel(this)),
      m_setRegion(new QPushButton(tr("Set Region…"), this)), m_text(new QTextBrowser(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_metadata->setWordWrap(true);
    m_metadata->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_metadata->setForegroundRole(QPalette::PlaceholderText);
    m_setRegion->setToolTip(tr("Choose the province, city or county this report is about"));
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("Report text"));
    m_text->document()->setDocumentMargin(12);

    auto* header = new QHBoxLayout;
    header->addWidget(m_metadata, 1);
    header->addWidget(m_setRegion, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addWidget(m_title);
    layout->addLayout(header);
    layout->addWidget(m_text, 1);

    connect(m_setRegion, &QPushButton::clicked, this, [this] {
        if (m_article.id > 0)
            Q_EMIT setRegionRequested(m_article.id);
    });
    clear();
}

void ReaderPane::clear()
{
    m_article = StoredArticle();
    m_blockStart.clear();
    m_title->setText(tr("No report selected"));
    m_metadata->setText(tr("Import reports with File › Import, or drop files and folders on this window."));
    m_setRegion->setVisible(false);
    m_text->clear();
}

QString ReaderPane::metadataLine() const
{
    QStringList parts;
    const ReportMetadata& meta = m_article.metadata;
    parts << (meta.publishedOn.isValid() ? QLocale().toString(meta.publishedOn, QLocale::LongFormat)
                                         : tr("date unknown"));
    if (!meta.source.isEmpty())
        parts << meta.source;
    if (!meta.authors.isEmpty())
        parts << meta.authors.join(QStringLiteral("、"));
    parts << (m_article.regionCode.isEmpty()
                  ? tr("region unknown")
                  : m_gazetteer.namePath(m_article.regionCode).join(QLatin1Char(' ')));
    QString line = parts.join(QStringLiteral("  ·  "));
    if (!meta.originalUrl.isEmpty())
        line += QLatin1Char('\n') + meta.originalUrl;
    return line;
}

void ReaderPane::showArticle(const StoredArticle& article, const QVector<ReviewedMetric>& metrics)
{
    m_article = article;
    m_title->setText(article.title.isEmpty() ? tr("(untitled)") : article.title);
    m_metadata->setText(metadataLine());
    m_setRegion->setVisible(true);
    m_setRegion->setText(article.regionCode.isEmpty() ? tr("Set Region…") : tr("Change Region…"));
    renderBody(metrics);
}

void ReaderPane::renderBody(const QVector<ReviewedMetric>& metrics)
{
    QTextDocument* document = m_text->document();
    document->clear();
    m_blockStart.clear();
    QTextCursor cursor(document);

    QTextCharFormat numberFormat;
    numberFormat.setForeground(palette().color(QPalette::PlaceholderText));
    numberFormat.setFontFixedPitch(true);
    QTextCharFormat textFormat;
    QTextCharFormat headingFormat;
    headingFormat.setFontWeight(QFont::Bold);
    headingFormat.setFontPointSize(font().pointSizeF() * 1.15);
    QTextCharFormat captionFormat;
    captionFormat.setFontItalic(true);
    captionFormat.setForeground(palette().color(QPalette::PlaceholderText));
    QTextBlockFormat blockFormat;
    blockFormat.setBottomMargin(8);
    blockFormat.setLineHeight(140, QTextBlockFormat::ProportionalHeight);

    const QString& body = m_article.body;
    for (int i = 0; i < m_article.paragraphs.size(); ++i) {
        const Paragraph& paragraph = m_article.paragraphs.at(i);
        if (i > 0)
            cursor.insertBlock(blockFormat);
        else
            cursor.setBlockFormat(blockFormat);
        cursor.insertText(paragraphNumber(i), numberFormat);
        m_blockStart.append(cursor.position());
        const QTextCharFormat& format = paragraph.kind == Paragraph::Kind::Heading   ? headingFormat
                                        : paragraph.kind == Paragraph::Kind::Caption ? captionFormat
                                                                                     : textFormat;
        cursor.insertText(body.mid(paragraph.start, paragraph.end - paragraph.start), format);
    }

    for (const ReviewedMetric& reviewed : metrics) {
        const Metric& metric = reviewed.metric;
        const int from = documentPosition(metric.start);
        const int to = documentPosition(metric.end - 1);
        if (from < 0 || to < 0)
            continue;
        QTextCursor highlight(document);
        highlight.setPosition(from);
        highlight.setPosition(to + 1, QTextCursor::KeepAnchor);
        QTextCharFormat format = metricFormat(reviewed.status);
        format.setToolTip(tr("%1: %2 %3 (%4)")
                              .arg(metric.subject.isEmpty() ? metric.key : metric.subject,
                                   QLocale().toString(metric.value, 'g', 15), metric.unit, metric.qualifier));
        highlight.mergeCharFormat(format);
    }
    m_text->moveCursor(QTextCursor::Start);
}

int ReaderPane::documentPosition(int bodyOffset) const
{
    const QVector<Paragraph>& paragraphs = m_article.paragraphs;
    // Paragraphs are ordered by offset: binary search for the one holding bodyOffset.
    auto it = std::upper_bound(paragraphs.cbegin(), paragraphs.cend(), bodyOffset,
                               [](int offset, const Paragraph& p) { return offset < p.start; });
    if (it == paragraphs.cbegin())
        return -1;
    --it;
    if (bodyOffset > it->end)
        return -1;
    const int index = int(it - paragraphs.cbegin());
    return m_blockStart.value(index, -1) < 0 ? -1 : m_blockStart.at(index) + (bodyOffset - it->start);
}

int ReaderPane::bodyOffset(int documentPosition) const
{
    // m_blockStart is ascending: find the last paragraph starting at or before the position.
    auto it = std::upper_bound(m_blockStart.cbegin(), m_blockStart.cend(), documentPosition);
    if (it == m_blockStart.cbegin())
        return -1;
    const int index = int(it - m_blockStart.cbegin()) - 1;
    const Paragraph& paragraph = m_article.paragraphs.at(index);
    const int offset = paragraph.start + (documentPosition - m_blockStart.at(index));
    return offset <= paragraph.end ? offset : -1;
}

bool ReaderPane::selectedBodyRange(int* start, int* end) const
{
    const QTextCursor cursor = m_text->textCursor();
    if (!cursor.hasSelection())
        return false;
    const int from = bodyOffset(cursor.selectionStart());
    const int to = bodyOffset(cursor.selectionEnd());
    if (from < 0 || to <= from)
        return false;
    *start = from;
    *end = to;
    return true;
}

void ReaderPane::highlightRange(int start, int end)
{
    const int from = documentPosition(start);
    const int to = documentPosition(qMax(start, end - 1));
    if (from < 0 || to < 0)
        return;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(from);
    cursor.setPosition(to + 1, QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
}

void ReaderPane::updateMetrics(const QVector<ReviewedMetric>& metrics)
{
    const int scroll = m_text->verticalScrollBar()->value();
    renderBody(metrics);
    m_text->verticalScrollBar()->setValue(scroll);
}

void ReaderPane::scrollToBodyOffset(int bodyOffset)
{
    const int position = documentPosition(bodyOffset);
    if (position < 0)
        return;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(position);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
}

} // namespace rs
