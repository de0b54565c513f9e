#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

class QComboBox;

namespace rs {

class CodebookModel;

// The metric lists of Compare Metrics: every taxonomy key with figures, named in the interface's
// language with its number of reports, then every tag with passages; the second list starts with
// "(none)". Keeps `current` (and the second list's choice) selected when they are still there.
class MetricChoices
{
    Q_DECLARE_TR_FUNCTIONS(MetricChoices)

public:
    static void fill(QComboBox* metric, QComboBox* secondMetric, const QHash<QString, int>& counts,
                     const CodebookModel* codebook, const QString& current);
};

} // namespace rs
