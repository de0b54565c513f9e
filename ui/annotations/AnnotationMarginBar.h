#pragma once

#include <QColor>
#include <QVector>
#include <QWidget>

class QTextEdit;

namespace rs {

// One annotation as the margin shows it: a bar beside its lines, one segment per tag colour.
struct AnnotationMark
{
    qint64 annotationId = 0;
    int from = 0; // document positions
    int to = 0;   // exclusive
    QVector<QColor> colors;
    QString toolTip;
};

// A strip beside a text view with a bar per annotation, overlapping annotations side by side in lanes,
// so every one stays visible. Hovering shows the annotations under the pointer; a click activates one.
class AnnotationMarginBar : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationMarginBar(QTextEdit* text, QWidget* parent = nullptr);

    void setMarks(const QVector<AnnotationMark>& marks);
    const QVector<AnnotationMark>& marks() const { return m_marks; }
    // The vertical extent of a mark in this widget's coordinates (tests and hit testing).
    QRect markRect(int index) const;
    int laneCount() const { return m_laneCount; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void annotationActivated(qint64 annotationId);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QVector<int> marksAt(const QPoint& point) const;

    QTextEdit* m_text;
    QVector<AnnotationMark> m_marks;
    QVector<int> m_lane;
    int m_laneCount = 0;
};

} // namespace rs
