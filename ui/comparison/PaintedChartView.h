#pragma once

#include "comparison/ChartData.h"
#include "export/ChartHit.h"

#include <QVector>
#include <QWidget>

namespace rs {

// A trend, small-multiples or map chart on screen, drawn by the same painters as the exports, so
// what the analyst sees is what the slide shows. Hovering a point or a region shows its value and
// report; clicking it emits its source, so the passage opens as it does for a bar.
class PaintedChartView : public QWidget
{
    Q_OBJECT

public:
    explicit PaintedChartView(QWidget* parent = nullptr);

    void setChart(const ChartData& chart);
    const ChartData& chart() const { return m_chart; }
    // Where a point or region is drawn now (view coordinates); -1 when not drawn.
    int hitAt(const QPointF& position) const;
    QPointF centreOf(int series, int category) const;

Q_SIGNALS:
    void sourceClicked(const ChartValueSource& source);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void layoutHits();
    QString tooltip(const ChartHit& hit) const;

    ChartData m_chart;
    QVector<ChartHit> m_hits;
    int m_hover = -1;
};

} // namespace rs
