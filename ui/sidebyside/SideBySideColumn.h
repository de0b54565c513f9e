#pragma once

#include "ReportRenderer.h"
#include "annotations/AnnotationMarginBar.h"

#include <QColor>
#include <QFrame>
#include <QTextBrowser>
#include <QVector>

class QLabel;
class QScrollBar;
class QToolButton;

namespace rs {

class Gazetteer;

// A mark in a column's gutter: the passage of one group of the alignment, in the group's colour.
// Sections get a wide bar with the group number at their heading; aligned paragraphs inside them a
// thin bar with "group.n"; passages without a counterpart get no mark.
struct GutterMark
{
    int firstParagraph = 0;
    int lastParagraph = 0;
    QColor color;
    QString label;
    bool wide = true;
    bool current = false;
};

// The text of one column: a read-only browser with the gutter in its left margin.
class SideBySideTextView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SideBySideTextView(QWidget* parent = nullptr);

    void setMarks(const QVector<GutterMark>& marks);
    const QVector<GutterMark>& marks() const { return m_marks; }
    // Top and bottom of a paragraph's block in document coordinates.
    QRectF paragraphRect(int paragraph) const;
    static constexpr int gutterWidth = 40;

Q_SIGNALS:
    void gutterClicked(int paragraph);
    void focusReceived();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    friend class SideBySideGutter;
    void paintGutter(QPaintEvent* event);
    void clickGutter(int y);

    QWidget* m_gutter;
    QVector<GutterMark> m_marks;
};

// One report in the compare view: title, metadata line and the numbered, highlighted text, rendered
// by the same ReportRenderer as the main reader.
class SideBySideColumn : public QFrame
{
    Q_OBJECT

public:
    explicit SideBySideColumn(const Gazetteer& gazetteer, QWidget* parent = nullptr);

    void setReport(const StoredArticle& article, const QVector<ReviewedMetric>& metrics);
    // Re-renders with these extra spans (shared phrasing, dimmed boilerplate), keeping the reading place.
    void setSpans(const QVector<ReportRenderer::Span>& spans);
    // The report's annotations (from/to as body offsets), as in the reader: bars in a margin beside the
    // text and the passage underlined in its first tag's colour.
    void setAnnotations(const QVector<AnnotationMark>& marks);
    AnnotationMarginBar* marginBar() const { return m_margin; }

    const StoredArticle& article() const { return m_article; }
    qint64 articleId() const { return m_article.id; }
    const QVector<ReviewedMetric>& metrics() const { return m_metrics; }
    const ReportRenderer& renderer() const { return m_renderer; }
    SideBySideTextView* textView() const { return m_text; }
    QScrollBar* scrollBar() const;
    QLabel* titleLabel() const { return m_title; }
    int paragraphCount() const { return int(m_article.paragraphs.size()); }

    // Geometry in document coordinates (the scroll bar's value is the document y at the viewport top).
    int paragraphTop(int paragraph) const;
    int paragraphBottom(int paragraph) const;
    int paragraphAt(int y) const;
    // The paragraph at the top of the viewport.
    int topParagraph() const;
    bool isParagraphVisible(int paragraph) const;
    int scrollValue() const;
    void setScrollValue(int value);
    void scrollToParagraph(int paragraph);

    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setNumber(int number); // "1".."4" in the header: Ctrl+number focuses the column
    // The selected text as body offsets; false when nothing in the body is selected.
    bool selectedBodyRange(int* start, int* end) const;

Q_SIGNALS:
    void closeRequested();
    void activated();
    void gutterClicked(int paragraph);
    // "Tag Selection…" from the text's context menu: body offsets of the selected passage.
    void tagSelectionRequested(qint64 articleId, int start, int end);

private:
    void render();
    void showContextMenu(const QPoint& position);

    const Gazetteer& m_gazetteer;
    StoredArticle m_article;
    QVector<ReviewedMetric> m_metrics;
    QVector<ReportRenderer::Span> m_spans;
    QVector<AnnotationMark> m_annotations; // body offsets
    ReportRenderer m_renderer;
    QWidget* m_accent;
    QLabel* m_number;
    QLabel* m_title;
    QLabel* m_metadata;
    QToolButton* m_close;
    SideBySideTextView* m_text;
    AnnotationMarginBar* m_margin;
    bool m_active = false;
};

} // namespace rs
