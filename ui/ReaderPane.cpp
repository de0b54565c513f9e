#include "ReaderPane.h"

#include "annotations/AnnotationMarginBar.h"
#include "gazetteer/Gazetteer.h"

#include <QAction>
#include <QMenu>

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
      m_addToComparison(new QPushButton(tr("Add to Comparison"), this)), m_text(new QTextBrowser(this)),
      m_margin(new AnnotationMarginBar(m_text, this)),
      m_tagSelection(new QAction(tr("&Tag Selection…"), this))
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
    auto* textRow = new QHBoxLayout;
    textRow->setSpacing(0);
    textRow->addWidget(m_margin);
    textRow->addWidget(m_text, 1);
    layout->addLayout(textRow, 1);

    m_tagSelection->setShortcut(QKeySequence(tr("Ctrl+T")));
    m_tagSelection->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tagSelection->setToolTip(tr("Tag the selected passage with a code from the codebook"));
    addAction(m_tagSelection);
    connect(m_tagSelection, &QAction::triggered, this, &ReaderPane::tagSelectionRequested);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_text, &QWidget::customContextMenuRequested, this, &ReaderPane::showContextMenu);
    connect(m_margin, &AnnotationMarginBar::annotationActivated, this, &ReaderPane::annotationActivated);

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
    m_metrics.clear();
    m_annotations.clear();
    m_margin->setMarks({});
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
    m_metrics = metrics;
    m_annotations.clear();
    renderBody();
    m_text->moveCursor(QTextCursor::Start);
}

void ReaderPane::renderBody()
{
    QVector<ReportRenderer::Span> spans;
    for (const AnnotationMark& mark : std::as_const(m_annotations)) {
        ReportRenderer::Span span{mark.from, mark.to, {}};
        span.format.setFontUnderline(true);
        span.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        if (!mark.colors.isEmpty())
            span.format.setUnderlineColor(mark.colors.first());
        spans.append(span);
    }
    m_renderer.render(m_text->document(), m_article, m_metrics, palette(), font(), spans);
    m_blockStart = m_renderer.blockStarts();
    QVector<AnnotationMark> marks;
    for (AnnotationMark mark : std::as_const(m_annotations)) {
        const int from = documentPosition(mark.from);
        const int last = documentPosition(std::max(mark.from, mark.to - 1));
        if (from < 0 || last < from)
            continue;
        mark.from = from;
        mark.to = last + 1;
        marks.append(mark);
    }
    m_margin->setMarks(marks);
}

void ReaderPane::setAnnotations(const QVector<AnnotationMark>& marks)
{
    // Re-rendering replaces the document; the selection and reading position must survive it.
    const int scroll = m_text->verticalScrollBar()->value();
    const int anchor = m_text->textCursor().anchor();
    const int position = m_text->textCursor().position();
    m_annotations = marks;
    renderBody();
    QTextCursor cursor(m_text->document());
    const int last = m_text->document()->characterCount() - 1;
    cursor.setPosition(std::clamp(anchor, 0, last));
    cursor.setPosition(std::clamp(position, 0, last), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->verticalScrollBar()->setValue(scroll);
}

void ReaderPane::showContextMenu(const QPoint& position)
{
    std::unique_ptr<QMenu> menu(m_text->createStandardContextMenu(position));
    int start = 0;
    int end = 0;
    m_tagSelection->setEnabled(selectedBodyRange(&start, &end));
    menu->insertAction(menu->actions().value(0), m_tagSelection);
    menu->insertSeparator(menu->actions().value(1));
    // A PDF's paragraphs know their page: the selection's, or the clicked paragraph's.
    const int clicked = bodyOffset(m_text->cursorForPosition(position).position());
    const int at = start < end ? start : clicked;
    const auto paragraph = std::find_if(m_article.paragraphs.cbegin(), m_article.paragraphs.cend(),
                                        [at](const Paragraph& p) { return at >= p.start && at <= p.end; });
    if (at >= 0 && paragraph != m_article.paragraphs.cend() && paragraph->page > 0) {
        const QString passage = start < end
                                    ? m_article.body.mid(start, end - start)
                                    : m_article.body.mid(paragraph->start, paragraph->end - paragraph->start);
        const int page = paragraph->page;
        QAction* open = new QAction(tr("Open Original at This Page (%1)").arg(page), menu.get());
        connect(open, &QAction::triggered, this,
                [this, page, passage] { Q_EMIT openOriginalPageRequested(m_article.id, page, passage); });
        menu->insertAction(menu->actions().value(1), open);
    }
    menu->exec(m_text->viewport()->mapToGlobal(position));
    m_tagSelection->setEnabled(true);
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
    m_metrics = metrics;
    renderBody();
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
