#include "SideBySideColumn.h"

#include <QAbstractTextDocumentLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace rs {

// The gutter is a child of the view drawn in its left viewport margin, like a line-number area.
class SideBySideGutter : public QWidget
{
public:
    explicit SideBySideGutter(SideBySideTextView* view) : QWidget(view), m_view(view)
    {
        setCursor(Qt::PointingHandCursor);
    }

protected:
    void paintEvent(QPaintEvent* event) override { m_view->paintGutter(event); }
    void mousePressEvent(QMouseEvent* event) override
    {
        if (event->button() == Qt::LeftButton)
            m_view->clickGutter(int(event->position().y()));
    }

private:
    SideBySideTextView* m_view;
};

SideBySideTextView::SideBySideTextView(QWidget* parent)
    : QTextBrowser(parent), m_gutter(new SideBySideGutter(this))
{
    setViewportMargins(gutterWidth, 0, 0, 0);
    setOpenLinks(false);
    setTabChangesFocus(true);
    document()->setDocumentMargin(10);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, m_gutter, qOverload<>(&QWidget::update));
    connect(document(), &QTextDocument::contentsChanged, m_gutter, qOverload<>(&QWidget::update));
}

void SideBySideTextView::setMarks(const QVector<GutterMark>& marks)
{
    m_marks = marks;
    m_gutter->update();
}

QRectF SideBySideTextView::paragraphRect(int paragraph) const
{
    if (paragraph < 0 || paragraph >= document()->blockCount())
        return {};
    const QTextBlock block = document()->findBlockByNumber(paragraph);
    if (!block.isValid())
        return {};
    return document()->documentLayout()->blockBoundingRect(block);
}

void SideBySideTextView::resizeEvent(QResizeEvent* event)
{
    QTextBrowser::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(r.left(), r.top(), gutterWidth, r.height());
}

void SideBySideTextView::focusInEvent(QFocusEvent* event)
{
    QTextBrowser::focusInEvent(event);
    Q_EMIT focusReceived();
}

void SideBySideTextView::paintGutter(QPaintEvent* event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::Window));
    const int scroll = verticalScrollBar()->value();
    const int height = m_gutter->height();
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    for (const GutterMark& mark : std::as_const(m_marks)) {
        const QRectF first = paragraphRect(mark.firstParagraph);
        const QRectF last = paragraphRect(mark.lastParagraph);
        if (first.isNull() || last.isNull())
            continue;
        const int top = int(first.top()) - scroll + 2;
        const int bottom = int(last.bottom()) - scroll - 6;
        if (bottom < 0 || top > height)
            continue;
        const int x = mark.wide ? gutterWidth - 13 : gutterWidth - 6;
        const int w = mark.wide ? (mark.current ? 7 : 5) : (mark.current ? 4 : 3);
        QColor color = mark.color;
        if (!mark.current)
            color.setAlpha(mark.wide ? 200 : 150);
        painter.fillRect(QRect(x, top, w, std::max(4, bottom - top)), color);
        if (!mark.label.isEmpty()) {
            QFont f = small;
            f.setBold(mark.current);
            painter.setFont(f);
            painter.setPen(mark.color.darker(mark.current ? 160 : 120));
            painter.drawText(QRect(0, top - 1, gutterWidth - 14, 16), Qt::AlignRight | Qt::AlignTop,
                             mark.label);
        }
    }
}

void SideBySideTextView::clickGutter(int y)
{
    const int docY = y + verticalScrollBar()->value();
    for (int p = 0; p < document()->blockCount(); ++p) {
        const QRectF rect = paragraphRect(p);
        if (rect.bottom() >= docY) {
            Q_EMIT gutterClicked(p);
            return;
        }
    }
}

SideBySideColumn::SideBySideColumn(const Gazetteer& gazetteer, QWidget* parent)
    : QFrame(parent), m_gazetteer(gazetteer), m_accent(new QWidget(this)), m_number(new QLabel(this)),
      m_title(new QLabel(this)), m_metadata(new QLabel(this)), m_close(new QToolButton(this)),
      m_text(new SideBySideTextView(this)), m_margin(new AnnotationMarginBar(m_text, this))
{
    setFrameShape(QFrame::NoFrame);
    m_accent->setFixedHeight(3);
    m_accent->setAutoFillBackground(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_number->setForegroundRole(QPalette::PlaceholderText);
    m_metadata->setWordWrap(true);
    m_metadata->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_metadata->setForegroundRole(QPalette::PlaceholderText);
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Remove this report from the comparison"));
    m_close->setAccessibleName(tr("Remove from comparison"));
    m_close->setFocusPolicy(Qt::NoFocus);
    m_text->setAccessibleName(tr("Report text"));

    auto* header = new QHBoxLayout;
    header->addWidget(m_number, 0, Qt::AlignTop);
    header->addWidget(m_title, 1);
    header->addWidget(m_close, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_accent);
    layout->addLayout(header);
    layout->addWidget(m_metadata);
    auto* textRow = new QHBoxLayout;
    textRow->setSpacing(0);
    textRow->addWidget(m_margin);
    textRow->addWidget(m_text, 1);
    layout->addLayout(textRow, 1);

    connect(m_close, &QToolButton::clicked, this, &SideBySideColumn::closeRequested);
    connect(m_text, &SideBySideTextView::focusReceived, this, &SideBySideColumn::activated);
    connect(m_text, &SideBySideTextView::gutterClicked, this, &SideBySideColumn::gutterClicked);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_text, &QWidget::customContextMenuRequested, this, &SideBySideColumn::showContextMenu);
    setActive(false);
}

bool SideBySideColumn::selectedBodyRange(int* start, int* end) const
{
    const QTextCursor cursor = m_text->textCursor();
    const int from = cursor.hasSelection() ? m_renderer.bodyOffset(cursor.selectionStart()) : -1;
    const int to = cursor.hasSelection() ? m_renderer.bodyOffset(cursor.selectionEnd()) : -1;
    if (from < 0 || to <= from)
        return false;
    *start = from;
    *end = to;
    return true;
}

void SideBySideColumn::showContextMenu(const QPoint& position)
{
    std::unique_ptr<QMenu> menu(m_text->createStandardContextMenu(position));
    int start = 0;
    int end = 0;
    const bool selected = selectedBodyRange(&start, &end);
    QAction* tag = new QAction(tr("&Tag Selection…"), menu.get());
    tag->setEnabled(selected);
    connect(tag, &QAction::triggered, this, [=] { Q_EMIT tagSelectionRequested(m_article.id, start, end); });
    menu->insertAction(menu->actions().value(0), tag);
    menu->insertSeparator(menu->actions().value(1));
    menu->exec(m_text->viewport()->mapToGlobal(position));
}

QScrollBar* SideBySideColumn::scrollBar() const
{
    return m_text->verticalScrollBar();
}

void SideBySideColumn::setNumber(int number)
{
    m_number->setText(QString::number(number));
    m_number->setToolTip(tr("Ctrl+%1 moves the focus here").arg(number));
}

void SideBySideColumn::setActive(bool active)
{
    m_active = active;
    QPalette p = m_accent->palette();
    p.setColor(QPalette::Window, active ? palette().color(QPalette::Highlight) : QColor(Qt::transparent));
    m_accent->setPalette(p);
}

void SideBySideColumn::setReport(const StoredArticle& article, const QVector<ReviewedMetric>& metrics)
{
    m_article = article;
    m_metrics = metrics;
    m_spans.clear();
    m_annotations.clear();
    m_title->setText(article.title.isEmpty() ? tr("(untitled)") : article.title);
    m_metadata->setText(ReportRenderer::metadataLine(article, m_gazetteer));
    render();
    setScrollValue(0);
}

void SideBySideColumn::setSpans(const QVector<ReportRenderer::Span>& spans)
{
    // Keep the reading place: the paragraph at the top and how far into it.
    const int top = topParagraph();
    const int into = top >= 0 ? scrollValue() - paragraphTop(top) : 0;
    m_spans = spans;
    render();
    if (top >= 0)
        setScrollValue(paragraphTop(top) + into);
}

void SideBySideColumn::setAnnotations(const QVector<AnnotationMark>& marks)
{
    const int top = topParagraph();
    const int into = top >= 0 ? scrollValue() - paragraphTop(top) : 0;
    m_annotations = marks;
    render();
    if (top >= 0)
        setScrollValue(paragraphTop(top) + into);
}

void SideBySideColumn::render()
{
    QVector<ReportRenderer::Span> spans = m_spans;
    for (const AnnotationMark& mark : std::as_const(m_annotations)) {
        ReportRenderer::Span span{mark.from, mark.to, {}};
        span.format.setFontUnderline(true);
        if (!mark.colors.isEmpty())
            span.format.setUnderlineColor(mark.colors.first());
        spans.append(span);
    }
    m_renderer.render(m_text->document(), m_article, m_metrics, palette(), font(), spans);
    m_margin->setMarks(m_renderer.documentMarks(m_annotations));
    // Inserting moved the view's own cursor to the end, which Qt would keep in sight on every relayout.
    m_text->moveCursor(QTextCursor::Start);
}

int SideBySideColumn::paragraphTop(int paragraph) const
{
    return int(m_text->paragraphRect(paragraph).top());
}

int SideBySideColumn::paragraphBottom(int paragraph) const
{
    return int(m_text->paragraphRect(paragraph).bottom());
}

int SideBySideColumn::paragraphAt(int y) const
{
    // Blocks are laid out top to bottom: binary search for the last one starting at or above y.
    int low = 0;
    int high = paragraphCount() - 1;
    if (high < 0)
        return -1;
    while (low < high) {
        const int mid = (low + high + 1) / 2;
        if (m_text->paragraphRect(mid).top() <= y)
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}

int SideBySideColumn::topParagraph() const
{
    return paragraphAt(scrollValue() + 1);
}

bool SideBySideColumn::isParagraphVisible(int paragraph) const
{
    const QRectF rect = m_text->paragraphRect(paragraph);
    const int top = scrollValue();
    return rect.bottom() > top && rect.top() < top + m_text->viewport()->height();
}

int SideBySideColumn::scrollValue() const
{
    return scrollBar()->value();
}

void SideBySideColumn::setScrollValue(int value)
{
    scrollBar()->setValue(value);
}

void SideBySideColumn::scrollToParagraph(int paragraph)
{
    if (paragraph >= 0 && paragraph < paragraphCount())
        setScrollValue(paragraphTop(paragraph));
}

} // namespace rs
