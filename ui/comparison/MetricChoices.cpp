#include "MetricChoices.h"

#include "comparison/ComparisonSource.h"
#include "metrics/Taxonomy.h"
#include "models/CodebookModel.h"

#include <QComboBox>
#include <QLocale>

#include <algorithm>

namespace rs {

void MetricChoices::fill(QComboBox* metric, QComboBox* secondMetric, const QHash<QString, int>& counts,
                         const CodebookModel* codebook, const QString& current)
{
    const QString currentSecond = secondMetric->currentData().toString();
    metric->clear();
    secondMetric->clear();
    secondMetric->addItem(tr("(none)"), QString());
    for (const Taxonomy::Entry& entry : Taxonomy::builtin().entries()) {
        if (!counts.contains(entry.key))
            continue;
        // In the interface's language, like the table and the Figures pane.
        const QString name = QLocale().language() == QLocale::Chinese ? entry.zh : entry.en;
        const QString label = tr("%1 (%n report(s))", nullptr, counts.value(entry.key)).arg(name);
        metric->addItem(label, entry.key);
        secondMetric->addItem(label, entry.key);
    }
    // Tags compare too: passages per region carrying the tag (see ComparisonSource::tagKey).
    if (codebook) {
        for (const auto& [id, path] : codebook->paths()) {
            const int passages = codebook
                                     ->index(codebook->indexOfTag(id).row(), CodebookModel::CountColumn,
                                             codebook->indexOfTag(id).parent())
                                     .data()
                                     .toInt();
            if (passages == 0)
                continue;
            const QString label = tr("Tag %1 (%n passage(s))", nullptr, passages).arg(path);
            metric->addItem(label, ComparisonSource::tagKey(path));
            secondMetric->addItem(label, ComparisonSource::tagKey(path));
        }
    }
    metric->setCurrentIndex(std::max(0, metric->findData(current)));
    secondMetric->setCurrentIndex(std::max(0, secondMetric->findData(currentSecond)));
}

} // namespace rs
