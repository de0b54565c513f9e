#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <random>

namespace rs {

class Gazetteer;

// Realistic synthetic reports for benchmarks: real county-level regions from the gazetteer, varied
// templates with figures, headings, web boilerplate and some verbatim duplicates. Deterministic:
// the same seed gives the same corpus.
class CorpusGenerator
{
public:
    CorpusGenerator(const Gazetteer& gazetteer, quint32 seed);

    struct Report
    {
        QString fileName;
        QString text;
    };
    // Report number index; about duplicateEvery-th report repeats an earlier one verbatim.
    Report report(int index);
    // Writes count reports as UTF-8 .txt files into folder; returns the total bytes written.
    qint64 writeFolder(const QString& folder, int count);

    int duplicateEvery = 20;

private:
    QString paragraph();
    QString figure();

    const Gazetteer& m_gazetteer;
    QVector<int> m_countyIndexes;
    std::mt19937 m_random;
    quint32 m_seed;
};

} // namespace rs
