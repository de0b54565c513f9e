#pragma once

#include "ComparisonKindBar.h"
#include "comparison/ChartData.h"
#include "comparison/ComparisonQuery.h"
#include "comparison/ComparisonSource.h"
#include "comparison/PerCapita.h"
#include "comparison/TrendSource.h"
#include "export/ChartExporter.h"

#include <QThread>
#include <QVector>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollBar;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QToolButton;

namespace rs {

class ComparisonChartView;
class ComparisonLoader;
class ComparisonTableModel;
class Corpus;
class PaintedChartView;
class RankingTableModel;
class RegionBoundaries;

// Compares one metric (or several with one unit) across regions: controls for keys, period, regions
// and chart type, a Qt Charts view and a table over the same ComparisonTableModel, and exports that
// render off-screen through ChartExporter. Clicking a bar or a row asks for the passage to be shown
// and lists the region's own figures (drill-down). Nothing is read before the pane is first shown;
// loads run on a worker (ComparisonLoader), a newer one cancelling the one under way.
class ComparisonPane : public QWidget
{
    Q_OBJECT

public:
    // What the pane shows: bars for one year, the metric over the years (one plot, or a panel per
    // region), a map of the year over the analyst's boundaries, or the ranking with its changes.
    using Kind = ComparisonKindBar::Kind;

    explicit ComparisonPane(Corpus& corpus, QWidget* parent = nullptr);
    ~ComparisonPane() override;

    void setKind(Kind kind);
    Kind kind() const;
    // Boundaries for the map (GeoJSON keyed by region code); false with a message when unreadable.
    bool setBoundaries(const QString& path, QString* error = nullptr);
    // Divide by an imported indicator (per 10,000 residents, per 亿元 ...); empty: absolute values.
    void setPerIndicator(const QString& indicator);
    // Re-reads the list of imported indicators (after an import).
    void refreshIndicators();
    PaintedChartView* paintedView() const { return m_painted; }
    RankingTableModel* ranking() const { return m_ranking; }

    // Reloads the metric list (after an import or when the corpus changes) and the comparison, now
    // when the pane is shown, else when it is next shown.
    void refresh();
    bool isLoading() const { return m_pending != 0; }
    // Loads superseded by a newer one: abandoned by the worker, or dropped when their result came.
    int cancelledLoads() const { return m_cancelledLoads; }
    // Drill-down: lists every figure of the region for the charted key; false when there is nothing
    // more to list.
    bool showRegionFigures(const QString& regionCode);
    void setMetric(const QString& key);
    void setPeriod(const QString& period); // empty: the best covered one; default: each region's latest
    QStringList periods() const { return m_loaded.periods; }
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
    void loadFinished(); // a load's result is shown (for tests and the benchmark)
    void loadRequested(int serial, const QString& databasePath, const rs::ComparisonQuery& query,
                       bool withMetricList);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildControls();
    QToolButton* buildExportButton();
    void connectControls();
    int visibleBars() const;
    void updateScrollRange();
    void reload();
    void requestLoad(bool withMetricList);
    void applyLoaded(int serial, const ComparisonQuery& query, const ComparisonSource::Result& result,
                     const QHash<QString, int>& metricCounts);
    void kindChanged();
    bool needsTrend() const;
    QVector<ComparisonRow> divided(const QVector<ComparisonRow>& rows, PerCapita* used = nullptr) const;
    void rebuildPainted();
    void chooseBoundaries();
    void fillMetricLists(const QHash<QString, int>& counts, const QString& current);
    void finishLoad(int serial);
    void rebuildCharts();
    // "; Not charted: 2 without region, 1 targets" for the loaded keys, empty when none.
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
    ComparisonLoader* m_loader = nullptr;
    ComparisonKindBar* m_kindBar = nullptr;
    PaintedChartView* m_painted = nullptr;
    RankingTableModel* m_ranking = nullptr;
    QSortFilterProxyModel* m_rankingProxy = nullptr;
    TrendSource::Result m_trend;
    std::unique_ptr<RegionBoundaries> m_boundaries;
    QVector<IndicatorValue> m_perValues; // of the chosen indicator
    PerCapita m_barPerCapita;            // what divided the table's rows (for the chart notes)
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
    QProgressBar* m_progress;
    QThread m_thread;
    std::shared_ptr<std::atomic<int>> m_latest = std::make_shared<std::atomic<int>>(0);
    int m_pending = 0; // serial of the load under way, 0 when none
    int m_cancelledLoads = 0;
    bool m_stale = true;        // the corpus changed since the last load (or nothing was loaded yet)
    bool m_listPending = false; // the metric list is to be filled by the load under way
    QString m_wantedKey;        // the metric to select once the list is loaded
    ComparisonQuery m_loadedQuery;
    ComparisonSource::Result m_loaded;
    bool m_loading = false;
    int m_rows = 0;   // categories of the tallest chart
    int m_window = 0; // bars shown at once, from the chart area's height
};

} // namespace rs
