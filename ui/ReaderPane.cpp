#include "ReaderPane.h"

#include "annotations/AnnotationMarginBar.h"
#include "gazetteer/Gazetteer.h"

#include <QAction>
#include <QColor>
#include <QFontMetrics>
#include <QMenu>
#include <QResizeEvent>

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QToolTip>
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
    // Title and metadata keep one height whatever the report, so the text below never jumps when
    // another report is chosen: two lines each (the metadata's second is the original URL), longer
    // lines elided, the whole text in the tooltip.
    m_title->setFixedHeight(QFontMetrics(titleFont).lineSpacing() * 2 + 2);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_metadata->setWordWrap(false);
    m_metadata->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_metadata->setForegroundRole(QPalette::PlaceholderText);
    m_metadata->setFixedHeight(m_metadata->fontMetrics().lineSpacing() * 2 + 2);
    m_metadata->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_metadata->setAlignment(Qt::AlignLeft | Qt::AlignTop);
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
    m_text->viewport()->installEventFilter(this);
    m_margin->installEventFilter(this);
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
    m_title->setToolTip(QString());
    m_metadataText = tr("Import reports with File › Import, or drop files and folders on this window.");
    showMetadata();
    m_setRegion->setVisible(false);
    m_addToComparison->setVisible(false);
    m_text->clear();
    m_metrics.clear();
    m_annotations.clear();
    m_hits.clear();
    m_currentHit = -1;
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
    m_title->setToolTip(article.title);
    m_metadataText = metadataLine();
    showMetadata();
    m_setRegion->setVisible(true);
    m_addToComparison->setVisible(true);
    m_setRegion->setText(article.regionCode.isEmpty() ? tr("Set Region…") : tr("Change Region…"));
    m_metrics = metrics;
    m_annotations.clear();
    findHits();
    renderBody();
    m_text->moveCursor(QTextCursor::Start);
    if (!m_hits.isEmpty())
        showHit(0);
}

void ReaderPane::showMetadata()
{
    const int width = std::max(40, m_metadata->width() - 4);
    QStringList lines = m_metadataText.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = m_metadata->fontMetrics().elidedText(line, Qt::ElideRight, width);
    m_metadata->setText(lines.mid(0, 2).join(QLatin1Char('\n')));
    m_metadata->setToolTip(m_metadataText);
}

// A figure's or annotation's tooltip goes when the pointer leaves the text: without this it stayed over
// the Figures table below when the pointer left through the tooltip itself.
bool ReaderPane::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Leave && (watched == m_text->viewport() || watched == m_margin))
        QToolTip::hideText();
    return QWidget::eventFilter(watched, event);
}

void ReaderPane::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    showMetadata();
}

void ReaderPane::setSearchNeedles(const QStringList& needles)
{
    if (needles == m_needles)
        return;
    m_needles = needles;
    const int scroll = m_text->verticalScrollBar()->value();
    findHits();
    renderBody();
    if (!m_hits.isEmpty())
        showHit(0);
    else
        m_text->verticalScrollBar()->setValue(scroll);
}

void ReaderPane::findHits()
{
    m_hits.clear();
    m_currentHit = -1;
    const QString& body = m_article.body;
    for (const QString& needle : std::as_const(m_needles)) {
        if (needle.isEmpty())
            continue;
        for (qsizetype at = body.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
             at = body.indexOf(needle, at + needle.size(), Qt::CaseInsensitive))
            m_hits.append({int(at), int(at + needle.size())});
    }
    std::sort(m_hits.begin(), m_hits.end());
    // Overlapping needles (人才, 人才补贴) make one hit.
    QVector<QPair<int, int>> merged;
    for (const auto& hit : std::as_const(m_hits)) {
        if (!merged.isEmpty() && hit.first < merged.last().second)
            merged.last().second = std::max(merged.last().second, hit.second);
        else
            merged.append(hit);
    }
    m_hits = merged;
}

void ReaderPane::showHit(int index)
{
    if (index < 0 || index >= m_hits.size())
        return;
    m_currentHit = index;
    highlightRange(m_hits.at(index).first, m_hits.at(index).second);
    Q_EMIT hitShown(index, int(m_hits.size()));
}

bool ReaderPane::nextHit()
{
    if (m_hits.isEmpty())
        return false;
    showHit((m_currentHit + 1) % int(m_hits.size()));
    return true;
}

bool ReaderPane::previousHit()
{
    if (m_hits.isEmpty())
        return false;
    showHit((m_currentHit - 1 + int(m_hits.size())) % int(m_hits.size()));
    return true;
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
    for (const auto& hit : std::as_const(m_hits)) {
        ReportRenderer::Span span{hit.first, hit.second, {}};
        span.format.setBackground(QColor(0xfd, 0xba, 0x74)); // orange: figures are yellow
        span.format.setForeground(QColor(Qt::black));
        spans.append(span);
    }
    m_renderer.render(m_text->document(), m_article, m_metrics, palette(), font(), spans);
    m_blockStart = m_renderer.blockStarts();
    m_margin->setMarks(m_renderer.documentMarks(m_annotations));
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

bool ReaderPane::hasBodySelection() const
{
    int start = 0;
    int end = 0;
    return selectedBodyRange(&start, &end);
}

QRect ReaderPane::selectionGlobalRect() const
{
    const QTextCursor selection = m_text->textCursor();
    QTextCursor first(m_text->document());
    first.setPosition(selection.selectionStart());
    QTextCursor last(m_text->document());
    last.setPosition(selection.selectionEnd());
    QRect box = m_text->cursorRect(first).united(m_text->cursorRect(last));
    if (m_text->cursorRect(first).top() != m_text->cursorRect(last).top()) {
        // Over several lines: the lines' whole width.
        box.setLeft(0);
        box.setRight(m_text->viewport()->width());
    }
    box = box.intersected(m_text->viewport()->rect());
    return QRect(m_text->viewport()->mapToGlobal(box.topLeft()), box.size());
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

} // namespace rs
