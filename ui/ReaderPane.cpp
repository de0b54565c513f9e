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
ReaderPane::ReaderPane(const Gazetteer& gazetteer, QWidget* parent)
    : QWidget(parent), m_gazetteer(gazetteer), m_title(new QLabel(this)), m_metadata(new QLabel(this)),
      m_setRegion(new QPushButton(tr("Set Region…"), this)),
      m_addToComparison(new QPushButton(tr("Add to Comparison"), this)), m_text(new QTextBrowser(this))
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
    m_addToComparison->setToolTip(tr("Read this report side by side with others (up to four)"));
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("Report text"));
    m_text->document()->setDocumentMargin(12);

    auto* header = new QHBoxLayout;
    header->addWidget(m_metadata, 1);
    header->addWidget(m_setRegion, 0, Qt::AlignTop);
    header->addWidget(m_addToComparison, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addWidget(m_title);
    layout->addLayout(header);
    layout->addWidget(m_text, 1);

    connect(m_setRegion, &QPushButton::clicked, this, [this] {
        if (m_article.id > 0)
            Q_EMIT setRegionRequested(m_article.id);
    });
    connect(m_addToComparison, &QPushButton::clicked, this, [this] {
        if (m_article.id > 0)
            Q_EMIT addToComparisonRequested(m_article.id);
    });
    clear();
}

void ReaderPane::clear()
{
    m_article = StoredArticle();
    m_blockStart.clear();
    m_renderer.clear();
    m_title->setText(tr("No report selected"));
    m_metadata->setText(tr("Import reports with File › Import, or drop files and folders on this window."));
    m_setRegion->setVisible(false);
    m_addToComparison->setVisible(false);
    m_text->clear();
}

QString ReaderPane::metadataLine() const
{
    return ReportRenderer::metadataLine(m_article, m_gazetteer);
}

void ReaderPane::showArticle(const StoredArticle& article, const QVector<ReviewedMetric>& metrics)
{
    m_article = article;
    m_title->setText(article.title.isEmpty() ? tr("(untitled)") : article.title);
    m_metadata->setText(metadataLine());
    m_setRegion->setVisible(true);
    m_addToComparison->setVisible(true);
    m_setRegion->setText(article.regionCode.isEmpty() ? tr("Set Region…") : tr("Change Region…"));
    renderBody(metrics);
}

void ReaderPane::renderBody(const QVector<ReviewedMetric>& metrics)
{
    m_renderer.render(m_text->document(), m_article, metrics, palette(), font());
    m_blockStart = m_renderer.blockStarts();
    m_text->moveCursor(QTextCursor::Start);
}

int ReaderPane::documentPosition(int bodyOffset) const
{
    return m_renderer.documentPosition(bodyOffset);
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
