#pragma once

#include "domain/Metric.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace rs {

class Taxonomy;

// Edits a figure's value, range, unit, qualifier, metric key, year and subject (correct or add).
class MetricEditDialog : public QDialog
{
    Q_OBJECT

public:
    MetricEditDialog(const Taxonomy& taxonomy, const Metric& metric, QWidget* parent = nullptr);
    Metric metric() const;
    // The word the analyst asked to add to the chosen key's cues in their taxonomy, or empty. Offered
    // when the key was changed, prefilled with what is counted.
    QString cueToTeach() const;

    void accept() override;

private:
    Metric m_original;
    QLineEdit* m_quote;
    QLineEdit* m_value;
    QLineEdit* m_low;
    QLineEdit* m_high;
    QComboBox* m_unit;
    QComboBox* m_qualifier;
    QComboBox* m_key;
    QLineEdit* m_period;
    QLineEdit* m_subject;
    QCheckBox* m_target;
    QCheckBox* m_teach;
    QLineEdit* m_cue;
};

} // namespace rs
