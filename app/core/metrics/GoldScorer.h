#pragma once

#include "GoldRow.h"
#include "domain/Metric.h"

#include <QString>
#include <QVector>

namespace rs {

// Outcome for one gold row.
struct GoldRowResult
{
    GoldRow row;
    int quoteStart = -1;  // -1 when the quote is not in the text
    int metricIndex = -1; // index into the scored metrics, -1 when missed
    bool qualifierAgrees = false;
    bool keyAgrees = false;
    bool found() const { return metricIndex >= 0; }
};

// Value-level precision/recall/F1 of extracted metrics against gold rows (rule in the gold
// README), plus qualifier and key agreement on the rows found. Reports for several files add up
// with add() into micro-averaged figures.
struct ScoreReport
{
    QString name;
    int goldRows = 0;
    int extracted = 0;
    int found = 0;          // gold rows matched by a metric
    int qualifierAgree = 0; // among found rows
    int keyAgree = 0;       // among found rows
    int keyedFound = 0;     // found rows whose gold row names a key
    int keyedAgree = 0;     // ... and the metric has that key
    int missingQuotes = 0;  // gold quotes not present in the text (a data problem)
    QVector<GoldRowResult> rows;
    QVector<Metric> metrics;
    QVector<int> falsePositives; // indexes into metrics

    double precision() const
    {
        return extracted ? double(extracted - falsePositives.size()) / extracted : 1.0;
    }
    double recall() const { return goldRows ? double(found) / goldRows : 1.0; }
    double f1() const;
    double qualifierAgreement() const { return found ? double(qualifierAgree) / found : 1.0; }
    double keyAgreement() const { return found ? double(keyAgree) / found : 1.0; }
    // Key accuracy: of the found figures that belong to a taxonomy key, the share given that key
    // (a figure with no key or the wrong one cannot be charted).
    double keyAccuracy() const { return keyedFound ? double(keyedAgree) / keyedFound : 1.0; }

    void add(const ScoreReport& other); // counts only; rows and metrics stay per file
    QString summary() const;            // one line of figures
    QString details() const;            // misses, false positives and disagreements, one per line
};

class GoldScorer
{
public:
    // `text` is what the metrics were extracted from; quotes are looked up in it.
    static ScoreReport score(const QVector<Metric>& metrics, const QString& text,
                             const QVector<GoldRow>& gold);
    static bool sameValue(double a, double b);
};

} // namespace rs
