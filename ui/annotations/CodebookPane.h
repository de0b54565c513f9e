#pragma once

#include <QWidget>

class QLabel;
class QTreeView;
class QAction;

namespace rs {

class Corpus;

// The codebook: a tree of tags to create, rename (in place), recolour, describe, move (drag and drop),
// merge and delete. Every action goes through the corpus's AnnotationEditor and can be undone.
class CodebookPane : public QWidget
{
    Q_OBJECT

public:
    explicit CodebookPane(Corpus& corpus, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    qint64 currentTag() const;
    void selectTag(qint64 tagId);

    void newTag(bool asChild);
    void recolorCurrent();
    void describeCurrent();
    void mergeCurrent();
    void deleteCurrent();

Q_SIGNALS:
    // Double-click: show this tag's annotations.
    void tagActivated(qint64 tagId);
    // "Filter Reports by Tag": the report table shows only reports with these tags (empty: all).
    void reportFilterChanged(const QVector<qint64>& tagIds);

private:
    void attach();
    void updateButtons();
    bool report(bool ok, const QString& error);
    void emitReportFilter();

    Corpus& m_corpus;
    QTreeView* m_view;
    QLabel* m_emptyHint;
    QAction* m_add;
    QAction* m_addChild;
    QAction* m_color;
    QAction* m_describe;
    QAction* m_merge;
    QAction* m_delete;
    QAction* m_filterReports;
};

} // namespace rs
