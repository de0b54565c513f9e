#pragma once

#include "comparison/ChartData.h"

#include <QChartView>
#include <QVector>

class QGraphicsItem;

namespace rs {

// One ChartData on screen with Qt Charts: horizontal bars (grouped for several metrics) or a dot
// plot, showing a window of categories at a time so thousands of regions stay readable and fast.
// Values are labelled in compact form with their qualifier; missing values say so instead of
// drawing a zero bar. Emits the source of a clicked bar or dot.
class ComparisonChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ComparisonChartView(QWidget* parent = nullptr);

    void setChart(const ChartData& chart, int first, int count);
    const ChartData& data() const { return m_data; }
    int first() const { return m_first; }
    int count() const { return m_count; }
    // Centre of the bar (or dot) of a category in this window and series, in view coordinates.
    QPoint barPosition(int category, int series = 0) const;

Q_SIGNALS:
    void sourceClicked(const ChartValueSource& source);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void clicked(int windowIndex, int series);
    void placeLabels();
    void addReportedRange(const ChartSeries& series, int category, qreal y);
    qreal rowOf(int windowIndex) const { return m_count - 1 - windowIndex; } // first category on top

    ChartData m_data;
    int m_first = 0;
    int m_count = 0;
    QVector<QGraphicsItem*> m_overlays;
    QAbstractSeries* m_mainSeries = nullptr;
};

} // namespace rs
