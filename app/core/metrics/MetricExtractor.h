#pragma once

#include "KeyClassifier.h"
#include "SubjectFinder.h"
#include "Taxonomy.h"
#include "domain/Metric.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace rs {

// Finds every figure in a Chinese report body: number, unit, qualifier, subject, taxonomy key,
// period and target flag, with UTF-16 offsets into the text given. A hand-written scanner stops
// only at numerals and reads around them, so long texts are processed in one pass.
// extract() is const and keeps no state between calls: one extractor may serve many threads.
class MetricExtractor
{
public:
    // The taxonomy must outlive the extractor.
    explicit MetricExtractor(const Taxonomy& taxonomy = Taxonomy::builtin());

    // `title`, when given, is read with the opening of `text` for the year the report covers (a
    // figure naming no year of its own is dated by its report: publication date, else that year).
    QVector<Metric> extract(const QString& text, const QDate& publishedOn = {},
                            const QString& title = {}) const;

private:
    const Taxonomy& m_taxonomy;
    SubjectFinder m_subjects;
    KeyClassifier m_classifier;
};

} // namespace rs
