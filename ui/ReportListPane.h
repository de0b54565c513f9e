#pragma once

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
    void selectArticle(qint64 articleId);

Q_SIGNALS:
    void articleSelected(qint64 articleId);

private:
    void updateCount();

    QTableView* m_view;
    QLabel* m_count;
    ReportTableModel* m_model = nullptr;
};

} // namespace rs
