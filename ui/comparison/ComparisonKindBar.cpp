#include "ComparisonKindBar.h"

#include "comparison/PerCapita.h"
#include "storage/IndicatorStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace rs {

ComparisonKindBar::ComparisonKindBar(QWidget* parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_per(new QComboBox(this)), m_axis(new QComboBox(this)),
      m_classes(new QComboBox(this)), m_boundaries(new QToolButton(this))
{
    m_kind->addItem(tr("Bars by region"), int(Kind::Bar));
    m_kind->addItem(tr("Trend over years"), int(Kind::Trend));
    m_kind->addItem(tr("Small multiples"), int(Kind::Multiples));
    m_kind->addItem(tr("Map"), int(Kind::Map));
    m_kind->addItem(tr("Ranking"), int(Kind::Ranking));
    m_per->setToolTip(tr("Divide by an imported indicator: per 10,000 residents, or per unit of it"));
    m_axis->addItem(tr("Shared axis"), true);
    m_axis->addItem(tr("Independent axes"), false);
    m_classes->addItem(tr("Quantile classes"), int(ChartData::Classes::Quantile));
    m_classes->addItem(tr("Natural breaks"), int(ChartData::Classes::NaturalBreaks));
    m_boundaries->setText(tr("Boundaries…"));
    m_boundaries->setToolTip(tr("A GeoJSON file of region outlines keyed by 6-digit code (none is bundled)"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("View:"), this));
    row->addWidget(m_kind);
    row->addWidget(new QLabel(tr("Values:"), this));
    row->addWidget(m_per);
    row->addWidget(m_axis);
    row->addWidget(m_classes);
    row->addWidget(m_boundaries);
    row->addStretch(1);
    refreshIndicators(nullptr);
    updateVisibility();
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        Q_EMIT kindChanged();
    });
    connect(m_per, &QComboBox::currentIndexChanged, this, &ComparisonKindBar::perIndicatorChanged);
    connect(m_axis, &QComboBox::currentIndexChanged, this, &ComparisonKindBar::optionsChanged);
    connect(m_classes, &QComboBox::currentIndexChanged, this, &ComparisonKindBar::optionsChanged);
    connect(m_boundaries, &QToolButton::clicked, this, &ComparisonKindBar::boundariesRequested);
}

ComparisonKindBar::Kind ComparisonKindBar::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void ComparisonKindBar::setKind(Kind kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(kind))));
}

QString ComparisonKindBar::perIndicator() const
{
    return m_per->currentData().toString();
}

void ComparisonKindBar::setPerIndicator(const QString& indicator)
{
    m_per->setCurrentIndex(std::max(0, m_per->findData(indicator)));
}

bool ComparisonKindBar::sharedAxis() const
{
    return m_axis->currentData().toBool();
}

ChartData::Classes ComparisonKindBar::classes() const
{
    return ChartData::Classes(m_classes->currentData().toInt());
}

void ComparisonKindBar::updateVisibility()
{
    m_axis->setVisible(kind() == Kind::Multiples);
    m_classes->setVisible(kind() == Kind::Map);
    m_boundaries->setVisible(kind() == Kind::Map);
}

void ComparisonKindBar::refreshIndicators(Database* database)
{
    const QString current = perIndicator();
    {
        const QSignalBlocker blocker(m_per);
        m_per->clear();
        m_per->addItem(tr("As reported"), QString());
        QVector<IndicatorSummary> summaries;
        if (database)
            IndicatorStore(*database).list(&summaries);
        for (const IndicatorSummary& summary : std::as_const(summaries)) {
            const QString label = PerCapita::peoplePerUnit(summary.unit) > 0
                                      ? tr("Per 10,000 residents (%1)").arg(summary.indicator)
                                      : tr("Per %1 of %2").arg(summary.unit, summary.indicator);
            m_per->addItem(label, summary.indicator);
        }
        m_per->setCurrentIndex(std::max(0, m_per->findData(current)));
        m_per->setEnabled(m_per->count() > 1);
    }
    if (perIndicator() != current)
        Q_EMIT perIndicatorChanged();
}

} // namespace rs
