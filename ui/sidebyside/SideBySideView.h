#pragma once

#include "SideBySideFindBar.h"
#include "ThemeTable.h"
#include "align/AlignmentNavigator.h"
#include "align/PassageAligner.h"
#include "domain/MetricReview.h"
#include "storage/ArticleStore.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QTreeWidget;
class QTreeWidgetItem;

namespace rs {

class SideBySideColumn;
class SideBySideFindBar;
class Gazetteer;
class PhraseFrequency;
class Taxonomy;

// One report of a comparison: the stored article and its figures with the analyst's reviews applied.
struct SideBySideReport
{
    StoredArticle article;
    QVector<ReviewedMetric> metrics;
};

// Side by side: 1–4 reports in columns, their passages aligned by theme (PassageAligner).
//
// - Each column is a reader (title, metadata, numbered paragraphs, figures highlighted). Aligned
//   passages carry a bar in the group's colour and number in the column's gutter, so the same
//   number and colour in two columns link them; passages without a counterpart have no bar.
// - Next / previous aligned passage (Alt+Down / Alt+Up) steps through the aligned groups in the
//   active column's order (sections, and the aligned paragraphs inside them) and brings every
//   column's member of the group to the top; the group is tinted in every column.
// - Linked scrolling (Ctrl+L, on by default): scrolling a column inside an aligned passage scrolls
//   the others to the same relative place in their member of the group (the paragraph when the
//   paragraph itself is aligned, else the section); outside aligned passages the others stay.
// - Shared phrasing (phrases of 8+ characters found in another compared report) can be marked;
//   boilerplate (phrases most reports of a reference set contain) can be dimmed.
// - The table below lists the groups, one row each with the passage of every report, and under each
//   aligned row the figures of each report on that theme side by side (1万余人次 | — | 4998人次).
// - Find (Ctrl+F, F3, Shift+F3) highlights the query in every column.
class SideBySideView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int maxReports = 4;

    explicit SideBySideView(const Gazetteer& gazetteer, QWidget* parent = nullptr);
    ~SideBySideView() override;

    // Replaces the compared reports (at most maxReports are kept) and aligns them.
    void setReports(const QVector<SideBySideReport>& reports);
    bool addReport(const SideBySideReport& report);
    void removeReport(int column);
    int reportCount() const { return int(m_reports.size()); }
    QVector<qint64> articleIds() const;
    const Alignment& alignment() const { return m_alignment; }

    // Reference reports for boilerplate; without one the compared reports themselves are used (3+).
    void setPhraseReference(std::shared_ptr<const PhraseFrequency> reference);
    void setTaxonomy(std::shared_ptr<const Taxonomy> taxonomy);
    const Taxonomy& taxonomy() const { return *m_taxonomy; }

    SideBySideColumn* column(int index) const;
    int activeColumn() const { return m_active; }
    void setActiveColumn(int index);

    using Unit = AlignmentUnit;
    Unit currentUnit() const { return m_current; }
    // The unit that holds the column's paragraph: its aligned paragraph group, else its group.
    Unit unitAt(int column, int paragraph) const { return m_navigator.unitAt(column, paragraph); }
    // The passage a column has in a unit; nullptr when it has none.
    const AlignedMember* memberOf(const Unit& unit, int column) const
    {
        return m_navigator.memberOf(unit, column);
    }
    // Brings the next (previous) aligned passage of the active column to the top of every column.
    bool nextAligned() { return stepAligned(true); }
    bool previousAligned() { return stepAligned(false); }
    bool stepAligned(bool forward);
    void goToUnit(const Unit& unit);

    bool isScrollLinked() const;
    void setScrollLinked(bool linked);
    bool isSharedPhrasingShown() const;
    void setSharedPhrasingShown(bool shown);
    bool isBoilerplateDimmed() const;
    void setBoilerplateDimmed(bool dimmed);

    // Highlights every occurrence (width-folded, ASCII case ignored) in every column; returns the count.
    int find(const QString& text);
    bool findNext(bool backward = false);
    int matchCount(int column) const;
    QString findText() const { return m_findText; }

    QTreeWidget* alignmentTable() const { return m_table; }
    QLineEdit* findField() const { return m_findBar->field(); }
    QLabel* summaryLabel() const { return m_summary; }

    QAction* nextAction() const { return m_nextAction; }
    QAction* previousAction() const { return m_previousAction; }
    QAction* linkAction() const { return m_linkAction; }
    QAction* sharedAction() const { return m_sharedAction; }
    QAction* boilerplateAction() const { return m_boilerplateAction; }
    QAction* findAction() const { return m_findAction; }
    QAction* findNextAction() const { return m_findNextAction; }
    QAction* findPreviousAction() const { return m_findPreviousAction; }

    static QColor groupColor(int group) { return ThemeTable::color(group); }
    static QColor sharedPhrasingColor() { return QColor(0xF2, 0xC4, 0xE0); }

Q_SIGNALS:
    void reportsChanged();
    void tagSelectionRequested(qint64 articleId, int start, int end);

private:
    void createActions();
    void rebuild();
    void realign();
    void rebuildColumns();
    void rebuildMarks();
    void rebuildTable();
    void rebuildSpans();
    void updateSelections();
    void updateSummary();
    void syncFrom(int column);
    void scrollColumnToUnit(int column, const Unit& unit);
    std::shared_ptr<const PhraseFrequency> effectiveReference() const;
    void showFindBar();

    const Gazetteer& m_gazetteer;
    std::shared_ptr<const Taxonomy> m_taxonomy;
    std::shared_ptr<const PhraseFrequency> m_reference;
    QVector<SideBySideReport> m_reports;
    Alignment m_alignment;
    AlignmentNavigator m_navigator;
    QVector<SideBySideColumn*> m_columns;
    QVector<QVector<QPair<int, int>>> m_matches; // per column: document ranges of find matches
    int m_currentMatchColumn = -1;
    int m_currentMatch = -1;
    QString m_findText;
    Unit m_current;
    int m_active = 0;
    bool m_syncing = false;

    QSplitter* m_splitter;
    QSplitter* m_columnSplitter;
    QTreeWidget* m_table;
    QLabel* m_summary;
    QLabel* m_placeholder;
    SideBySideFindBar* m_findBar;
    QAction* m_nextAction;
    QAction* m_previousAction;
    QAction* m_linkAction;
    QAction* m_sharedAction;
    QAction* m_boilerplateAction;
    QAction* m_findAction;
    QAction* m_findNextAction;
    QAction* m_findPreviousAction;
};

} // namespace rs
