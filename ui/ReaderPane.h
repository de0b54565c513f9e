#pragma once

#include "ReportRenderer.h"
#include "annotations/AnnotationMarginBar.h"
#include "domain/MetricReview.h"
#include "storage/ArticleStore.h"

#include <QPair>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace rs {

class AnnotationMarginBar;
class Gazetteer;

// Shows one report: title, a metadata header and numbered paragraphs, with its metrics highlighted.
// Body offsets (UTF-16 units into the stored body) map to document positions through the paragraph
// table, so highlights and later annotations land on the exact stored characters.
class ReaderPane : public QWidget
{
    Q_OBJECT

public:
    explicit ReaderPane(const Gazetteer& gazetteer, QWidget* parent = nullptr);

    void showArticle(const StoredArticle& article, const QVector<ReviewedMetric>& metrics);
    void clear();
    qint64 articleId() const { return m_article.id; }
    const StoredArticle& article() const { return m_article; }
    QTextBrowser* textView() const { return m_text; }
    // Document position of a body offset, or -1 when the offset lies outside every paragraph.
    int documentPosition(int bodyOffset) const;
    // Body offset of a document position, or -1 outside the body text (paragraph numbers, margins).
    int bodyOffset(int documentPosition) const;
    // The selected text as body offsets; false when nothing in the body is selected.
    bool selectedBodyRange(int* start, int* end) const;
    bool hasBodySelection() const;
    // The selected text's bounding box in global coordinates (where the tag palette must not cover).
    QRect selectionGlobalRect() const;
    // Selects and shows a passage, e.g. the source of a figure.
    void highlightRange(int start, int end);
    // Re-renders the figures' highlighting, keeping the reading position.
    void updateMetrics(const QVector<ReviewedMetric>& metrics);
    // The report's annotations, with from/to as body offsets: bars in the margin and underlines in the
    // first tag's colour. Keeps the reading position.
    void setAnnotations(const QVector<AnnotationMark>& marks);
    AnnotationMarginBar* marginBar() const { return m_margin; }
    // "Tag Selection…" (Ctrl+T, and in the text's context menu).
    QAction* tagSelectionAction() const { return m_tagSelection; }

    // Search: every occurrence of the needles (case-insensitive) is highlighted, the first one shown.
    // An empty list ends the highlighting.
    void setSearchNeedles(const QStringList& needles);
    // Hits as body offsets [start, end), in text order.
    const QVector<QPair<int, int>>& searchHits() const { return m_hits; }
    int currentHit() const { return m_currentHit; }
    // Next / Previous Hit (F3 / Shift+F3): select the hit after or before the current one, wrapping.
    bool nextHit();
    bool previousHit();

Q_SIGNALS:
    void setRegionRequested(qint64 articleId);
    // "Add to Comparison": put this report into the compare window.
    void addToComparisonRequested(qint64 articleId);
    void tagSelectionRequested();
    void annotationActivated(qint64 annotationId);
    // "Open Original at This Page" on a PDF report: the page a passage starts on, and the passage.
    void openOriginalPageRequested(qint64 articleId, int page, const QString& passage);
    // A search hit was selected: index into searchHits(), and their number.
    void hitShown(int index, int count);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showMetadata();
    void renderBody();
    void showContextMenu(const QPoint& position);
    QString metadataLine() const;
    void findHits();
    void showHit(int index);

    const Gazetteer& m_gazetteer;
    StoredArticle m_article;
    QVector<int> m_blockStart; // document position of each paragraph's first body character
    QLabel* m_title;
    QLabel* m_metadata;
    QString m_metadataText; // before eliding
    QPushButton* m_setRegion;
    QPushButton* m_addToComparison;
    QTextBrowser* m_text;
    AnnotationMarginBar* m_margin;
    QAction* m_tagSelection;
    QVector<ReviewedMetric> m_metrics;
    QVector<AnnotationMark> m_annotations; // body offsets
    QStringList m_needles;
    QVector<QPair<int, int>> m_hits; // body offsets
    int m_currentHit = -1;
    ReportRenderer m_renderer; // shared with the compare view's columns
};

} // namespace rs
