#pragma once

#include "comparison/ChartData.h"

#include <QWidget>

class QComboBox;
class QToolButton;

namespace rs {

class Database;

// The row of the Compare Metrics pane that chooses what is shown: bars, a trend over the years, small
// multiples (shared or independent axes), a map (boundary file, classes) or the ranking; and whether
// values are shown as reported or divided by an imported indicator.
class ComparisonKindBar : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Bar,
        Trend,
        Multiples,
        Map,
        Ranking
    };

    explicit ComparisonKindBar(QWidget* parent = nullptr);

    Kind kind() const;
    void setKind(Kind kind);
    QString perIndicator() const; // empty: as reported
    void setPerIndicator(const QString& indicator);
    bool sharedAxis() const;
    ChartData::Classes classes() const;
    // The indicators offered, from the database (none when it is null).
    void refreshIndicators(Database* database);

Q_SIGNALS:
    void kindChanged();
    void perIndicatorChanged();
    void optionsChanged(); // axis or classes
    void boundariesRequested();

private:
    void updateVisibility();

    QComboBox* m_kind;
    QComboBox* m_per;
    QComboBox* m_axis;
    QComboBox* m_classes;
    QToolButton* m_boundaries;
};

} // namespace rs
