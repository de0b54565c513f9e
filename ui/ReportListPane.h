#pragma once

#include <QVector>
#include <QWidget>

class QLabel;
class QTableView;

namespace rs {

class ReportTableModel;

// The report table (title, region, date, source, length), sortable, fetching rows lazily.
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

Q_SIGNALS:
    void articleSelected(qint64 articleId);
    void selectedArticlesChanged();

private:
    void updateCount();

    QTableView* m_view;
    QLabel* m_count;
    ReportTableModel* m_model = nullptr;
};

} // namespace rs
