#pragma once

#include "storage/ArticleStore.h"

#include <QWidget>

class QTreeView;

namespace rs {

class RegionTreeModel;

// Province → city → county tree with report counts; choosing a node filters the report list.
class RegionTreePane : public QWidget
{
    Q_OBJECT

public:
    explicit RegionTreePane(QWidget* parent = nullptr);

    void setModel(RegionTreeModel* model);
    QTreeView* view() const { return m_view; }
    // The width that shows every expanded name and count without "…" (the splitter's first-start size).
    int preferredWidth() const;

Q_SIGNALS:
    void filterChanged(const rs::ArticleFilter& filter);

private:
    void selectAllReports();

    QTreeView* m_view;
    RegionTreeModel* m_model = nullptr;
};

} // namespace rs
