#pragma once

#include "review/MetricReview.h"
#include "storage/ArticleStore.h"

#include <QVector>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace rs {

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
    QTextBrowser* textView() const { return m_text; }
    // Document position of a body offset, or -1 when the offset lies outside every paragraph.
    int documentPosition(int bodyOffset) const;
    void scrollToBodyOffset(int bodyOffset);

Q_SIGNALS:
    void setRegionRequested(qint64 articleId);

private:
    void renderBody(const QVector<ReviewedMetric>& metrics);
    QString metadataLine() const;

    const Gazetteer& m_gazetteer;
    StoredArticle m_article;
    QVector<int> m_blockStart; // document position of each paragraph's first body character
    QLabel* m_title;
    QLabel* m_metadata;
    QPushButton* m_setRegion;
    QTextBrowser* m_text;
};

} // namespace rs
