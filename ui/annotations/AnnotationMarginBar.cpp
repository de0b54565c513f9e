#include "AnnotationMarginBar.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextEdit>
#include <QToolTip>

#include <algorithm>
#include <numeric>

namespace rs {
namespace {

constexpr int laneWidth = 5;
constexpr int laneGap = 2;
constexpr int margin = 3;

} // namespace

AnnotationMarginBar::AnnotationMarginBar(QTextEdit* text, QWidget* parent) : QWidget(parent), m_text(text)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setAccessibleName(tr("Annotations margin"));
    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
}

void AnnotationMarginBar::setMarks(const QVector<AnnotationMark>& marks)
{
    m_marks = marks;
    // Lanes: each mark takes the first lane free at its start, so overlapping marks sit side by side.
    QVector<int> order(m_marks.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return m_marks.at(a).from != m_marks.at(b).from ? m_marks.at(a).from < m_marks.at(b).from
                                                        : m_marks.at(a).to > m_marks.at(b).to;
    });
    m_lane = QVector<int>(m_marks.size(), 0);
    QVector<int> laneEnd;
    for (int index : order) {
        int lane = 0;
        while (lane < laneEnd.size() && laneEnd.at(lane) > m_marks.at(index).from)
            ++lane;
        if (lane == laneEnd.size())
            laneEnd.append(0);
        laneEnd[lane] = m_marks.at(index).to;
        m_lane[index] = lane;
    }
    m_laneCount = int(laneEnd.size());
    updateGeometry();
    update();
}

QSize AnnotationMarginBar::sizeHint() const
{
    return {2 * margin + std::max(1, m_laneCount) * (laneWidth + laneGap), 100};
}

QRect AnnotationMarginBar::markRect(int index) const
{
    const AnnotationMark& mark = m_marks.at(index);
    QTextCursor cursor(m_text->document());
    const int last = m_text->document()->characterCount() - 1;
    cursor.setPosition(std::clamp(mark.from, 0, last));
    const QRect top = m_text->cursorRect(cursor);
    cursor.setPosition(std::clamp(std::max(mark.from, mark.to - 1), 0, last));
    const QRect bottom = m_text->cursorRect(cursor);
    // cursorRect is in viewport coordinates; the viewport sits inside the view's frame.
    const int offset =
        m_text->viewport()->mapTo(window(), QPoint(0, 0)).y() - mapTo(window(), QPoint(0, 0)).y();
    const int x = margin + m_lane.value(index) * (laneWidth + laneGap);
    return QRect(x, top.top() + offset, laneWidth, std::max(4, bottom.bottom() - top.top()));
}

void AnnotationMarginBar::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    for (int i = 0; i < m_marks.size(); ++i) {
        const QRect bar = markRect(i);
        if (bar.bottom() < 0 || bar.top() > height())
            continue;
        const QVector<QColor>& colors = m_marks.at(i).colors;
        const int segments = std::max(1, int(colors.size()));
        for (int s = 0; s < segments; ++s) {
            const int top = bar.top() + bar.height() * s / segments;
            const int bottom = bar.top() + bar.height() * (s + 1) / segments;
            painter.fillRect(QRect(bar.left(), top, bar.width(), bottom - top),
                             colors.isEmpty() ? palette().mid().color() : colors.at(s));
        }
    }
}

QVector<int> AnnotationMarginBar::marksAt(const QPoint& point) const
{
    QVector<int> found;
    for (int i = 0; i < m_marks.size(); ++i) {
        const QRect bar = markRect(i);
        if (point.y() >= bar.top() && point.y() <= bar.bottom())
            found.append(i);
    }
    return found;
}

bool AnnotationMarginBar::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        QStringList tips;
        for (int index : marksAt(help->pos()))
            tips << m_marks.at(index).toolTip;
        if (tips.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tips.join(QStringLiteral("<hr>")), this,
                               markRect(marksAt(help->pos()).first())); // gone off the bar
        return true;
    }
    return QWidget::event(event);
}

void AnnotationMarginBar::mousePressEvent(QMouseEvent* event)
{
    const QVector<int> hits = marksAt(event->position().toPoint());
    // The narrowest mark under the pointer: a long passage must not hide the short ones inside it.
    const auto best = std::min_element(hits.cbegin(), hits.cend(), [&](int a, int b) {
        return m_marks.at(a).to - m_marks.at(a).from < m_marks.at(b).to - m_marks.at(b).from;
    });
    if (best != hits.cend())
        Q_EMIT annotationActivated(m_marks.at(*best).annotationId);
}

} // namespace rs
