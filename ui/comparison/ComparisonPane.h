#pragma once

#include "compare/ComparisonQuery.h"
#include "export/ChartData.h"
#include "export/ChartExporter.h"

#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollBar;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QToolButton;

namespace rs {

class ComparisonChartView;
class ComparisonTableModel;
class Corpus;

// Compares one metric (or several with one unit) across regions: controls for keys, period, regions
// and chart type, a Qt Charts view and a table over the same ComparisonTableModel, and exports that
// render off-screen through ChartExporter. Clicking a bar or a row asks for the passage to be shown.
class ComparisonPane : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonPane(Corpus& corpus, QWidget* parent = nullptr);
    ~ComparisonPane() override;

    // Reloads the metric list (after an import or when the corpus changes) and the comparison.
    void refresh();
    void setMetric(const QString& key);
    void setSecondMetric(const QString& key); // empty for none
    // Charts the passages carrying a tag, per region.
    void setTag(qint64 tagId);
    void setRegionCodes(const QStringList& codes);

    ComparisonTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    const QVector<ComparisonChartView*>& chartViews() const { return m_views; }
    const QVector<ChartData>& charts() const { return m_charts; }
    ChartExportOptions exportOptions() const;
    // Writes the current charts as the CLI would; false with a message on failure.
    bool exportTo(const QString& path, ChartFormat format, QString* error) const;
    void copyToClipboard() const;

Q_SIGNALS:
    void passageRequested(qint64 articleId, int start, int end);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildControls();
    int visibleBars() const;
    void updateScrollRange();
    void reload();
    void rebuildCharts();
    void updateWindow();
    void exportWithDialog(ChartFormat format);
    void chooseSelectedRow();
    void pickRegion();
    void openSource(const ChartValueSource& source);
    QStringList selectedRegionCodes() const;
    ComparisonQuery query() const;

    Corpus& m_corpus;
    ComparisonTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QVector<ChartData> m_charts;
    QVector<ComparisonChartView*> m_views;
    QWidget* m_chartArea;
    QScrollBar* m_scroll;
    QTableView* m_table;
    QComboBox* m_metric;
    QComboBox* m_secondMetric;
    QComboBox* m_period;
    QComboBox* m_scope;
    QLineEdit* m_codes;
    QToolButton* m_pick;
    QComboBox* m_style;
    QComboBox* m_sort;
    QComboBox* m_topEnd = nullptr; // largest or smallest N
    QSpinBox* m_top;
    QComboBox* m_reference;
    QComboBox* m_size;
    QComboBox* m_scale;
    QCheckBox* m_transparent;
    QCheckBox* m_notes;
    QPushButton* m_choose;
    QLabel* m_summary;
    bool m_loading = false;
    int m_rows = 0;   // categories of the tallest chart
    int m_window = 0; // bars shown at once, from the chart area's height
};

} // namespace rs
