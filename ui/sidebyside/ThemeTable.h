#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QVector>

class QTreeWidget;

namespace rs {

class Taxonomy;
struct AlignedGroup;
struct Alignment;
struct SideBySideReport;
struct Passage;

// The table under the compare view: one row per aligned theme with each report's passage and the
// similarity, and beneath it the figures of each report on that theme side by side.
class ThemeTable
{
    Q_DECLARE_TR_FUNCTIONS(ThemeTable)

public:
    static constexpr int GroupRole = Qt::UserRole;
    static constexpr int KindRole = Qt::UserRole + 1; // 0: a theme's row, 1: a figures row beneath it

    // The colour of a theme's gutter bar and swatch.
    static QColor color(int group);
    static void fill(QTreeWidget* table, const QVector<SideBySideReport>& reports, const Alignment& alignment,
                     const Taxonomy& taxonomy);
    // A theme's name: its aligned heading, or the leading words of its first passage.
    static QString themeName(const QVector<SideBySideReport>& reports, const AlignedGroup& group);
    // "strong", "partial" or "weak" for a group's mean cosine.
    static QString similarityLabel(double score);
    static constexpr double strongSimilarity = 0.35;
    static constexpr double partialSimilarity = 0.18;

private:
    static QString passageLabel(const SideBySideReport& report, const Passage& passage);
};

} // namespace rs
