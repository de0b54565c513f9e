#pragma once

#include "AlignReport.h"

#include <QHash>
#include <QStringView>
#include <QVector>

#include <vector>

namespace rs {

// Phrasing that reports share, found as windows of `length` characters (width-folded, ASCII letters
// in lower case; a window never crosses a paragraph break and is at least half letters/ideographs).
// Two reports that both contain a window share that phrase; the ranges returned are the unions of
// such windows, so a reused 20-character set phrase comes back as one range.
class SharedPhrases
{
public:
    static constexpr int defaultLength = 8;

    // Start offset and hash of every qualifying window of the body.
    static std::vector<std::pair<int, quint64>> windows(QStringView body, int length = defaultLength);
    static QVector<TextRange> merge(const std::vector<int>& windowStarts, int length);

    // For each body, the ranges whose windows also occur in at least one other of the bodies.
    // Windows in `exclude` (e.g. boilerplate, see PhraseFrequency) are not counted as shared.
    static QVector<QVector<TextRange>> shared(const QVector<QString>& bodies, int length = defaultLength,
                                              const QVector<QVector<TextRange>>& exclude = {});
};

// How many reports of a reference set (a corpus or a sample of it) contain each phrase window.
// Phrases found in most reports — "以习近平新时代中国特色社会主义思想为指导", a site's footer — are
// boilerplate: the compare view dims them.
class PhraseFrequency
{
public:
    explicit PhraseFrequency(int length = SharedPhrases::defaultLength) : m_length(length) {}

    void addReport(QStringView body);
    int reportCount() const { return m_reports; }
    int length() const { return m_length; }
    int reportsContaining(QStringView phrase) const;

    // Ranges of the body made of windows that at least max(minReports, minShare · reportCount)
    // reference reports contain. Empty when the reference has fewer than minReports reports.
    QVector<TextRange> boilerplate(QStringView body, double minShare = 0.6, int minReports = 3) const;

private:
    int m_length;
    int m_reports = 0;
    QHash<quint64, int> m_counts;
};

} // namespace rs
