#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;

namespace rs {

class AnnotationDetails;
class AnnotationFilterBar;
class AnnotationTableModel;
class Corpus;
class TagCrossTabModel;

// Finding annotations again: every annotation of the corpus filtered by tag, status, author, region,
// date and text, each with its quote in context (double-click opens the report at the passage), the
// selected one's details, and a tags-by-region table whose columns can be charted.
class AnnotationBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationBrowser(Corpus& corpus, QWidget* parent = nullptr);
    ~AnnotationBrowser() override;

    AnnotationFilterBar* filterBar() const { return m_filterBar; }
    AnnotationDetails* details() const { return m_details; }
    QTableView* table() const { return m_table; }
    AnnotationTableModel* model() const { return m_model.get(); }
    TagCrossTabModel* crossTab() const { return m_crossTab.get(); }
    QTabWidget* tabs() const { return m_tabs; }

    void showTag(qint64 tagId);
    void selectAnnotation(qint64 annotationId);
    void setCurrentArticle(qint64 articleId);

Q_SIGNALS:
    void passageRequested(qint64 articleId, int start, int end);
    void reattachRequested(qint64 annotationId);
    void chartTagRequested(qint64 tagId);

private:
    void attach();
    void openRow(int row);
    void updateCount();

    Corpus& m_corpus;
    QTabWidget* m_tabs;
    AnnotationFilterBar* m_filterBar;
    QTableView* m_table;
    QLabel* m_count;
    AnnotationDetails* m_details;
    QTableView* m_crossTable;
    QPushButton* m_chart;
    std::unique_ptr<AnnotationTableModel> m_model;
    std::unique_ptr<TagCrossTabModel> m_crossTab;
};

} // namespace rs
