#include "ComparisonChartView.h"

#include "comparison/ChartNumber.h"
#include "comparison/ChartText.h"
#include "export/ChartPainter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QPen>
#include <QScatterSeries>

#include <cmath>

namespace rs {
namespace {

const qreal barWidth = 0.7;

double displayed(const ChartData& chart, double raw)
{
    return chart.displayDivisor != 0.0 ? raw / chart.displayDivisor : raw;
}

} // namespace

ComparisonChartView::ComparisonChartView(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 240);
}

void ComparisonChartView::setChart(const ChartData& data, int first, int count)
{
    m_data = data;
    m_first = std::clamp(first, 0, int(data.categories.size()));
    m_count = std::clamp(count, 0, int(data.categories.size()) - m_first);
    m_overlays.clear(); // owned by the old chart, deleted with it
    m_mainSeries = nullptr;

    auto* chart = new QChart;
    chart->setTitle(data.title);
    QFont titleFont = ChartPainter::font(15, true);
    chart->setTitleFont(titleFont);
    chart->legend()->setVisible(data.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->layout()->setContentsMargins(0, 0, 0, 0);

    double low = 0.0;
    double high = 0.0;
    for (const ChartSeries& series : std::as_const(data.series)) {
        for (int i = m_first; i < m_first + m_count; ++i) {
            if (const std::optional<double> value = series.values.value(i)) {
                low = std::min(low, displayed(data, *value));
                high = std::max(high, displayed(data, *value));
            }
        }
    }
    if (data.referenceLine) {
        low = std::min(low, displayed(data, *data.referenceLine));
        high = std::max(high, displayed(data, *data.referenceLine));
    }
    const QVector<double> ticks = ChartPainter::ticks(low, high * 1.12, 6);
    auto* valueAxis = new QCategoryAxis;
    valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    valueAxis->setRange(ticks.first(), ticks.last());
    valueAxis->setStartValue(ticks.first());
    for (double tick : ticks)
        valueAxis->append(ChartNumber::tick(tick, ticks), tick);
    valueAxis->setTitleText(data.unitLabel);
    valueAxis->setLabelsFont(ChartPainter::font(11));
    chart->addAxis(valueAxis, Qt::AlignBottom);

    QStringList rowsLabels(m_count);
    for (int i = 0; i < m_count; ++i)
        rowsLabels[int(rowOf(i))] = data.categories.at(m_first + i);

    if (data.kind == ChartData::Kind::DotPlot) {
        auto* categoryAxis = new QCategoryAxis;
        categoryAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        categoryAxis->setRange(-0.5, m_count - 0.5);
        categoryAxis->setStartValue(-0.5);
        for (int row = 0; row < m_count; ++row)
            categoryAxis->append(rowsLabels.at(row), row);
        categoryAxis->setLabelsFont(ChartPainter::font(11));
        chart->addAxis(categoryAxis, Qt::AlignLeft);
        for (int s = 0; s < data.series.size(); ++s) {
            auto* scatter = new QScatterSeries;
            scatter->setName(data.series.at(s).name);
            scatter->setColor(ChartPainter::palette().at(s % ChartPainter::palette().size()));
            scatter->setBorderColor(Qt::transparent);
            scatter->setMarkerSize(10);
            scatter->setSelectedColor(ChartPainter::accent());
            for (int i = 0; i < m_count; ++i) {
                if (const std::optional<double> value = data.series.at(s).values.value(m_first + i)) {
                    scatter->append(displayed(data, *value), rowOf(i));
                    if (data.selected.value(m_first + i))
                        scatter->selectPoint(scatter->count() - 1);
                }
            }
            chart->addSeries(scatter);
            scatter->attachAxis(valueAxis);
            scatter->attachAxis(categoryAxis);
            connect(scatter, &QScatterSeries::clicked, this, [this, s](const QPointF& point) {
                clicked(m_count - 1 - int(std::lround(point.y())), s);
            });
            if (!m_mainSeries)
                m_mainSeries = scatter;
        }
    } else {
        auto* categoryAxis = new QBarCategoryAxis;
        categoryAxis->append(rowsLabels);
        categoryAxis->setLabelsFont(ChartPainter::font(11));
        chart->addAxis(categoryAxis, Qt::AlignLeft);
        auto* bars = new QHorizontalBarSeries;
        bars->setBarWidth(barWidth);
        for (int s = 0; s < data.series.size(); ++s) {
            auto* set = new QBarSet(data.series.at(s).name);
            set->setColor(ChartPainter::palette().at(s % ChartPainter::palette().size()));
            set->setBorderColor(Qt::transparent);
            set->setSelectedColor(ChartPainter::accent());
            QList<qreal> values(m_count, 0.0); // missing stays without a bar and is labelled below
            for (int i = 0; i < m_count; ++i) {
                if (const std::optional<double> value = data.series.at(s).values.value(m_first + i))
                    values[int(rowOf(i))] = displayed(data, *value);
            }
            set->append(values);
            for (int i = 0; i < m_count; ++i) {
                if (data.selected.value(m_first + i))
                    set->selectBar(int(rowOf(i)));
            }
            bars->append(set);
        }
        chart->addSeries(bars);
        bars->attachAxis(valueAxis);
        bars->attachAxis(categoryAxis);
        connect(bars, &QHorizontalBarSeries::clicked, this, [this, bars](int index, QBarSet* set) {
            clicked(m_count - 1 - index, int(bars->barSets().indexOf(set)));
        });
        m_mainSeries = bars;
    }
    QChart* old = QChartView::chart();
    QChartView::setChart(chart);
    delete old;
    connect(chart, &QChart::plotAreaChanged, this, &ComparisonChartView::placeLabels);
    placeLabels();
}

QPoint ComparisonChartView::barPosition(int category, int series) const
{
    if (!m_mainSeries || category < m_first || category >= m_first + m_count)
        return {};
    const int seriesCount = std::max(1, int(m_data.series.size()));
    const std::optional<double> value = m_data.series.value(series).values.value(category);
    const double x = value ? displayed(m_data, *value) : 0.0;
    qreal y = rowOf(category - m_first);
    if (m_data.kind != ChartData::Kind::DotPlot)
        y += -barWidth / 2 + (series + 0.5) * barWidth / seriesCount;
    const QPointF inChart = QChartView::chart()->mapToPosition(
        QPointF(m_data.kind == ChartData::Kind::DotPlot ? x : x / 2, y), m_mainSeries);
    return mapFromScene(QChartView::chart()->mapToScene(inChart));
}

void ComparisonChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    placeLabels();
}

void ComparisonChartView::clicked(int windowIndex, int series)
{
    const int category = m_first + windowIndex;
    const ChartValueSource source = m_data.series.value(series).sources.value(category);
    if (source.articleId <= 0)
        return;
    // Qt Charts reports the click from inside the bar's mouse press. A listener that drills down
    // replaces this chart and deletes that bar, which the scene would then make its mouse grabber
    // and send the release to; so the click is passed on once the press has been handled.
    QMetaObject::invokeMethod(
        this, [this, source] { Q_EMIT sourceClicked(source); }, Qt::QueuedConnection);
}

void ComparisonChartView::addReportedRange(const ChartSeries& series, int category, qreal y)
{
    // Reports that disagree: a thin line with end marks over their values, as the exports draw it.
    const ChartValueSource source = series.sources.value(category);
    if (!source.low || !source.high)
        return;
    QChart* chart = QChartView::chart();
    const QPointF from = chart->mapToPosition(QPointF(displayed(m_data, *source.low), y), m_mainSeries);
    const QPointF to = chart->mapToPosition(QPointF(displayed(m_data, *source.high), y), m_mainSeries);
    const QPen pen(QColor(0x22, 0x22, 0x22), 1.5);
    for (const QLineF& segment : {QLineF(from, to), QLineF(from - QPointF(0, 4), from + QPointF(0, 4)),
                                  QLineF(to - QPointF(0, 4), to + QPointF(0, 4))}) {
        auto* line = new QGraphicsLineItem(segment, chart);
        line->setPen(pen);
        line->setZValue(9);
        m_overlays.append(line);
    }
}

void ComparisonChartView::placeLabels()
{
    QChart* chart = QChartView::chart();
    if (!chart || !m_mainSeries)
        return;
    qDeleteAll(m_overlays);
    m_overlays.clear();
    const ChartText text = ChartText::forLanguage(ChartText::Language::Chinese);
    const QFont font = ChartPainter::font(11);
    const int seriesCount = std::max(1, int(m_data.series.size()));
    for (int s = 0; s < m_data.series.size(); ++s) {
        const ChartSeries& series = m_data.series.at(s);
        for (int i = 0; i < m_count; ++i) {
            const int category = m_first + i;
            const std::optional<double> value = series.values.value(category);
            qreal y = rowOf(i);
            if (m_data.kind != ChartData::Kind::DotPlot)
                y += -barWidth / 2 + (s + 0.5) * barWidth / seriesCount;
            const QPointF at =
                chart->mapToPosition(QPointF(value ? displayed(m_data, *value) : 0.0, y), m_mainSeries);
            auto* label = new QGraphicsSimpleTextItem(
                value ? ChartPainter::valueLabel(m_data, series, category) : text.noData, chart);
            label->setFont(font);
            label->setBrush(value ? QColor(0x22, 0x22, 0x22) : QColor(0x99, 0x99, 0x99));
            label->setPos(at.x() + (m_data.kind == ChartData::Kind::DotPlot ? 8 : 4),
                          at.y() - label->boundingRect().height() / 2);
            label->setZValue(10);
            m_overlays.append(label);
            addReportedRange(series, category, y);
        }
    }
    if (m_data.referenceLine && m_count > 0) {
        const double x = displayed(m_data, *m_data.referenceLine);
        const QPointF top = chart->mapToPosition(QPointF(x, m_count - 0.5), m_mainSeries);
        const QPointF bottom = chart->mapToPosition(QPointF(x, -0.5), m_mainSeries);
        auto* line = new QGraphicsLineItem(QLineF(top, bottom), chart);
        line->setPen(QPen(QColor(0x22, 0x22, 0x22), 1.5, Qt::DashLine));
        line->setZValue(9);
        auto* label = new QGraphicsSimpleTextItem(m_data.referenceLabel + QLatin1Char(' ') +
                                                      ChartNumber::label(m_data, *m_data.referenceLine),
                                                  chart);
        label->setFont(font);
        label->setPos(top.x() + 4, top.y());
        label->setZValue(10);
        m_overlays << line << label;
    }
}

} // namespace rs
