#include "PaintedChartView.h"

#include "export/ChartPainter.h"
#include "export/MapPainter.h"
#include "export/TrendPainter.h"

#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace rs {
namespace {

void paintInto(QPainter& painter, const QRectF& rect, const ChartData& chart, QVector<ChartHit>* hits)
{
    ChartPaintOptions options;
    options.includeNotes = true;
    if (chart.kind == ChartData::Kind::Map)
        MapPainter::paint(painter, rect, chart, options, hits);
    else
        TrendPainter::paint(painter, rect, chart, options, hits);
}

} // namespace

PaintedChartView::PaintedChartView(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(300, 200);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void PaintedChartView::setChart(const ChartData& chart)
{
    m_chart = chart;
    m_hover = -1;
    layoutHits();
    update();
}

void PaintedChartView::layoutHits()
{
    // The hit areas come from a paint of the same size that is thrown away: the painters lay out and
    // report where each point or region lands in one pass.
    m_hits.clear();
    QImage scratch(1, 1, QImage::Format_ARGB32);
    QPainter painter(&scratch);
    painter.setClipping(false);
    paintInto(painter, QRectF(rect()), m_chart, &m_hits);
}

void PaintedChartView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutHits();
}

void PaintedChartView::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    paintInto(painter, QRectF(rect()), m_chart, nullptr);
    if (m_hover >= 0 && m_hover < m_hits.size()) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(ChartPainter::accent(), 2.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(m_hits.at(m_hover).area);
    }
}

int PaintedChartView::hitAt(const QPointF& position) const
{
    // Last drawn first: it lies on top.
    for (int i = int(m_hits.size()) - 1; i >= 0; --i) {
        if (m_hits.at(i).area.contains(position))
            return i;
    }
    return -1;
}

QPointF PaintedChartView::centreOf(int series, int category) const
{
    for (const ChartHit& hit : m_hits) {
        if (hit.series == series && hit.category == category)
            return hit.area.boundingRect().center();
    }
    return QPointF(-1, -1);
}

QString PaintedChartView::tooltip(const ChartHit& hit) const
{
    const ChartSeries& series = m_chart.series.at(hit.series);
    const bool map = m_chart.kind == ChartData::Kind::Map;
    const QString where = map ? m_chart.categories.value(hit.category)
                              : series.name + QStringLiteral(" · ") + m_chart.categories.value(hit.category);
    const QString value = ChartPainter::valueLabel(m_chart, series, hit.category);
    if (value.isEmpty())
        return where + QStringLiteral(": ") + tr("no data");
    const ChartValueSource source = series.sources.value(hit.category);
    QString text = where + QStringLiteral(": ") + value + QLatin1Char(' ') + m_chart.unitLabel;
    if (!source.quote.isEmpty())
        text += QStringLiteral("\n“") + source.quote + QStringLiteral("” — ") + source.report;
    return text;
}

void PaintedChartView::mouseMoveEvent(QMouseEvent* event)
{
    const int hit = hitAt(event->position());
    if (hit != m_hover) {
        m_hover = hit;
        update();
    }
    if (hit >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), tooltip(m_hits.at(hit)), this);
    else
        QToolTip::hideText();
    setCursor(
        hit >= 0 &&
                m_chart.series.at(m_hits.at(hit).series).sources.value(m_hits.at(hit).category).articleId > 0
            ? Qt::PointingHandCursor
            : Qt::ArrowCursor);
}

void PaintedChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int hit = hitAt(event->position());
    if (hit < 0)
        return;
    const ChartValueSource source =
        m_chart.series.at(m_hits.at(hit).series).sources.value(m_hits.at(hit).category);
    if (source.articleId > 0)
        Q_EMIT sourceClicked(source);
}

} // namespace rs
