#pragma once

#include <QVector>
#include <QWidget>

class QLabel;
class QTableView;

namespace rs {

class ReportTableModel;

// The report table (title, region, date, source, length, and while searching the matching passage),
// sortable, fetching rows lazily. Every column can be resized; the title (and the match) take the width
// the other columns leave, so titles stay readable however the panel is sized.
class ReportListPane : public QWidget
{
    Q_OBJECT

public:
    explicit ReportListPane(QWidget* parent = nullptr);

    void setModel(ReportTableModel* model);
    QTableView* view() const { return m_view; }
    qint64 currentArticleId() const;
    // Articles of the selected rows, in table order (Compare Selected Reports).
    QVector<qint64> selectedArticleIds() const;
    void selectArticle(qint64 articleId);
    // After the columns' saved widths were restored: resize modes and the match column follow the model.
    void applyColumnLayout();
    // The width the columns would like with nothing cut (the splitter's first-start size).
    int preferredWidth() const;

Q_SIGNALS:
    void articleSelected(qint64 articleId);
    void selectedArticlesChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateCount();
    void syncWithModel();
    void fitColumnsToContent();
    void fillWidth();

    QTableView* m_view;
    QLabel* m_count;
    ReportTableModel* m_model = nullptr;
    bool m_fitted = false;  // the short columns got their content's width once
    bool m_filling = false; // fillWidth() is resizing sections
};

} // namespace rs
