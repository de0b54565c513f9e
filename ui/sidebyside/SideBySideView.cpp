#include "SideBySideView.h"
#include "ThemeTable.h"

#include "SideBySideColumn.h"
#include "SideBySideFindBar.h"
#include "align/SharedPhrases.h"
#include "metrics/Taxonomy.h"
#include "metrics/WidthFolder.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rs {
namespace {

// Width-folded, ASCII letters in lower case; one UTF-16 unit for one, so offsets carry over.
QString foldForFind(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar c = WidthFolder::foldChar(text[i]);
        const char16_t u = c.unicode();
        if (u >= 'A' && u <= 'Z')
            c = QChar(char16_t(u + 32));
        out[i] = c;
    }
    return out;
}

} // namespace

SideBySideView::SideBySideView(const Gazetteer& gazetteer, QWidget* parent)
    : QWidget(parent), m_gazetteer(gazetteer), m_taxonomy(&Taxonomy::builtin(), [](const Taxonomy*) {}),
      m_splitter(new QSplitter(Qt::Vertical, this)), m_columnSplitter(new QSplitter(Qt::Horizontal, this)),
      m_table(new QTreeWidget(this)), m_summary(new QLabel(this)), m_placeholder(new QLabel(this)),
      m_findBar(nullptr)
{
    createActions();
    m_findBar = new SideBySideFindBar(m_findPreviousAction, m_findNextAction, this);

    connect(m_findBar, &SideBySideFindBar::textChanged, this, [this](const QString& text) { find(text); });
    connect(m_findBar, &SideBySideFindBar::nextRequested, this,
            [this](bool backward) { findNext(backward); });
    connect(m_findBar, &SideBySideFindBar::closed, this, [this] {
        if (SideBySideColumn* active = column(m_active))
            active->textView()->setFocus(Qt::OtherFocusReason);
    });

    m_columnSplitter->setChildrenCollapsible(false);
    m_table->setRootIsDecorated(true);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Aligned themes"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->header()->setStretchLastSection(false);
    auto jumpToRow = [this](QTreeWidgetItem* item) {
        if (item && !m_syncing)
            goToUnit(Unit{item->data(0, ThemeTable::GroupRole).toInt(), -1});
    };
    connect(m_table, &QTreeWidget::currentItemChanged, this, jumpToRow);
    // Clicking (or Enter on) the current row again brings its passages back up.
    connect(m_table, &QTreeWidget::itemClicked, this, jumpToRow);
    connect(m_table, &QTreeWidget::itemActivated, this, jumpToRow);

    m_splitter->addWidget(m_columnSplitter);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({650, 260});
    m_splitter->setChildrenCollapsible(false);

    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setText(tr("Select 2–4 reports in the report table and choose Compare Selected Reports "
                              "(Ctrl+Shift+C), or use Add to Comparison in the reader."));
    m_summary->setContentsMargins(6, 2, 6, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_findBar);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_summary);
    rebuild();
}

SideBySideView::~SideBySideView() = default;

void SideBySideView::createActions()
{
    auto make = [this](const QString& text, const QKeySequence& shortcut, const QString& tip) {
        auto* action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };
    m_previousAction = make(tr("Previous Aligned Passage"), QKeySequence(Qt::ALT | Qt::Key_Up),
                            tr("Bring the previous aligned passage to the top of every column"));
    m_nextAction = make(tr("Next Aligned Passage"), QKeySequence(Qt::ALT | Qt::Key_Down),
                        tr("Bring the next aligned passage to the top of every column"));
    m_linkAction = make(tr("Link Scrolling"), QKeySequence(Qt::CTRL | Qt::Key_L),
                        tr("Scrolling one column scrolls the others to the aligned place"));
    m_linkAction->setCheckable(true);
    m_linkAction->setChecked(true);
    m_sharedAction = make(tr("Highlight Shared Phrasing"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
                          tr("Mark phrases of 8 or more characters that another compared report also uses"));
    m_sharedAction->setCheckable(true);
    m_boilerplateAction = make(tr("Dim Boilerplate"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                               tr("Grey out phrasing that most reports contain"));
    m_boilerplateAction->setCheckable(true);
    m_boilerplateAction->setChecked(true);
    m_findAction =
        make(tr("Find in All Columns…"), QKeySequence::Find, tr("Highlight a word in every column"));
    m_findNextAction = make(tr("Find Next"), QKeySequence::FindNext, tr("Next match"));
    m_findPreviousAction = make(tr("Find Previous"), QKeySequence::FindPrevious, tr("Previous match"));

    connect(m_nextAction, &QAction::triggered, this, [this] { nextAligned(); });
    connect(m_previousAction, &QAction::triggered, this, [this] { previousAligned(); });
    connect(m_linkAction, &QAction::toggled, this, [this](bool linked) {
        if (linked)
            syncFrom(m_active);
        updateSummary();
    });
    connect(m_sharedAction, &QAction::toggled, this, [this] {
        rebuildSpans();
        updateSelections();
    });
    connect(m_boilerplateAction, &QAction::toggled, this, [this] {
        rebuildSpans();
        updateSelections();
    });
    connect(m_findAction, &QAction::triggered, this, &SideBySideView::showFindBar);
    connect(m_findNextAction, &QAction::triggered, this, [this] { findNext(false); });
    connect(m_findPreviousAction, &QAction::triggered, this, [this] { findNext(true); });

    for (int i = 0; i < maxReports; ++i) {
        QAction* focus =
            make(tr("Focus Column %1").arg(i + 1), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)),
                 tr("Move the keyboard focus to column %1").arg(i + 1));
        connect(focus, &QAction::triggered, this, [this, i] {
            if (i < m_columns.size()) {
                setActiveColumn(i);
                m_columns.at(i)->textView()->setFocus(Qt::ShortcutFocusReason);
            }
        });
    }
}

// Reports --------------------------------------------------------------------------------------

void SideBySideView::setReports(const QVector<SideBySideReport>& reports)
{
    m_reports = reports.mid(0, maxReports);
    rebuild();
}

bool SideBySideView::addReport(const SideBySideReport& report)
{
    if (m_reports.size() >= maxReports || articleIds().contains(report.article.id))
        return false;
    m_reports.append(report);
    rebuild();
    return true;
}

void SideBySideView::removeReport(int column)
{
    if (column < 0 || column >= m_reports.size())
        return;
    m_reports.removeAt(column);
    rebuild();
}

QVector<qint64> SideBySideView::articleIds() const
{
    QVector<qint64> ids;
    for (const SideBySideReport& report : m_reports)
        ids.append(report.article.id);
    return ids;
}

void SideBySideView::setPhraseReference(std::shared_ptr<const PhraseFrequency> reference)
{
    m_reference = std::move(reference);
    rebuildSpans();
    updateSelections();
}

void SideBySideView::setTaxonomy(std::shared_ptr<const Taxonomy> taxonomy)
{
    if (taxonomy)
        m_taxonomy = std::move(taxonomy);
    rebuildTable();
}

SideBySideColumn* SideBySideView::column(int index) const
{
    return m_columns.value(index, nullptr);
}

void SideBySideView::setActiveColumn(int index)
{
    if (index < 0 || index >= m_columns.size())
        return;
    m_active = index;
    for (int i = 0; i < m_columns.size(); ++i)
        m_columns.at(i)->setActive(i == index);
}

void SideBySideView::rebuild()
{
    m_current = Unit();
    m_matches.clear();
    m_currentMatch = -1;
    m_currentMatchColumn = -1;
    // Columns lay out (and scroll) while they are made: no syncing against the previous alignment.
    const bool wasSyncing = m_syncing;
    m_syncing = true;
    m_alignment = Alignment();
    m_navigator.setAlignment(m_alignment, {});
    rebuildColumns();
    realign();
    m_syncing = wasSyncing;
    m_placeholder->setVisible(m_reports.isEmpty());
    m_splitter->setVisible(!m_reports.isEmpty());
    if (!m_findText.isEmpty())
        find(m_findText);
    Q_EMIT reportsChanged();
}

void SideBySideView::rebuildColumns()
{
    qDeleteAll(m_columns);
    m_columns.clear();
    for (int i = 0; i < m_reports.size(); ++i) {
        auto* column = new SideBySideColumn(m_gazetteer, m_columnSplitter);
        m_columnSplitter->addWidget(column);
        column->setNumber(i + 1);
        m_columns.append(column);
    }
    // Shown before rendering, so the layout has its real width when positions are first asked for.
    for (int i = 0; i < m_columns.size(); ++i) {
        SideBySideColumn* column = m_columns.at(i);
        column->setReport(m_reports.at(i).article, m_reports.at(i).metrics);
        connect(column, &SideBySideColumn::closeRequested, this,
                [this, column] { removeReport(int(m_columns.indexOf(column))); });
        connect(column, &SideBySideColumn::tagSelectionRequested, this,
                &SideBySideView::tagSelectionRequested);
        connect(column, &SideBySideColumn::activated, this,
                [this, column] { setActiveColumn(int(m_columns.indexOf(column))); });
        connect(column, &SideBySideColumn::gutterClicked, this, [this, column](int paragraph) {
            const int index = int(m_columns.indexOf(column));
            setActiveColumn(index);
            const Unit unit = unitAt(index, paragraph);
            if (const AlignedGroup* group = m_navigator.groupOf(unit); group && group->isAligned())
                goToUnit(unit);
        });
        connect(column->scrollBar(), &QScrollBar::valueChanged, this, [this, column] {
            if (!m_syncing && m_linkAction->isChecked())
                syncFrom(int(m_columns.indexOf(column)));
        });
    }
    QList<int> sizes;
    for (int i = 0; i < m_columns.size(); ++i)
        sizes << 1000;
    m_columnSplitter->setSizes(sizes);
    m_active = std::clamp(m_active, 0, std::max(0, int(m_columns.size()) - 1));
    setActiveColumn(m_active);
}

void SideBySideView::realign()
{
    QVector<AlignReport> inputs;
    for (const SideBySideReport& report : std::as_const(m_reports))
        inputs.append(AlignReport::fromArticle(report.article));
    m_alignment = PassageAligner().align(inputs);
    QVector<int> paragraphCounts;
    for (const SideBySideReport& report : std::as_const(m_reports))
        paragraphCounts.append(int(report.article.paragraphs.size()));
    m_navigator.setAlignment(m_alignment, paragraphCounts);
    rebuildMarks();
    rebuildSpans();
    rebuildTable();
    updateSelections();
    updateSummary();
}

void SideBySideView::rebuildMarks()
{
    for (int c = 0; c < m_columns.size(); ++c) {
        QVector<GutterMark> marks;
        for (int g = 0; g < m_alignment.groups.size(); ++g) {
            const AlignedGroup& group = m_alignment.groups.at(g);
            if (!group.isAligned())
                continue;
            if (const AlignedMember* m = group.member(c)) {
                marks.append(GutterMark{m->passage.firstParagraph, m->passage.lastParagraph, groupColor(g),
                                        QString::number(g + 1), true,
                                        m_current.group == g && m_current.child < 0});
            }
            for (int k = 0; k < group.children.size(); ++k) {
                const AlignedGroup& child = group.children.at(k);
                const AlignedMember* m = child.member(c);
                if (!child.isAligned() || !m)
                    continue;
                marks.append(GutterMark{m->passage.firstParagraph, m->passage.lastParagraph, groupColor(g),
                                        QStringLiteral("%1.%2").arg(g + 1).arg(k + 1), false,
                                        m_current.group == g && m_current.child == k});
            }
        }
        m_columns.at(c)->textView()->setMarks(marks);
    }
}

std::shared_ptr<const PhraseFrequency> SideBySideView::effectiveReference() const
{
    if (m_reference)
        return m_reference;
    if (m_reports.size() < 3)
        return nullptr;
    auto reference = std::make_shared<PhraseFrequency>();
    for (const SideBySideReport& report : m_reports)
        reference->addReport(report.article.body);
    return reference;
}

void SideBySideView::rebuildSpans()
{
    const int count = int(m_columns.size());
    QVector<QVector<TextRange>> boilerplate(count);
    if (m_boilerplateAction->isChecked()) {
        if (const auto reference = effectiveReference()) {
            for (int r = 0; r < count; ++r)
                boilerplate[r] = reference->boilerplate(m_reports.at(r).article.body);
        }
    }
    QVector<QVector<TextRange>> shared(count);
    if (m_sharedAction->isChecked() && count >= 2) {
        QVector<QString> bodies;
        for (const SideBySideReport& report : std::as_const(m_reports))
            bodies.append(report.article.body);
        shared = SharedPhrases::shared(bodies, SharedPhrases::defaultLength, boilerplate);
    }
    QTextCharFormat dim;
    dim.setForeground(QColor(0x9A, 0x9A, 0x9A));
    dim.setToolTip(tr("Boilerplate: most reports contain this phrasing"));
    QTextCharFormat common; // a tint, not an underline that reads as a spelling mark
    common.setBackground(sharedPhrasingColor());
    common.setToolTip(tr("Shared phrasing: another compared report uses these words too"));

    const bool wasSyncing = m_syncing;
    m_syncing = true;
    for (int r = 0; r < count; ++r) {
        QVector<ReportRenderer::Span> spans;
        for (const TextRange& range : std::as_const(boilerplate[r]))
            spans.append(ReportRenderer::Span{range.start, range.end, dim});
        for (const TextRange& range : std::as_const(shared[r]))
            spans.append(ReportRenderer::Span{range.start, range.end, common});
        m_columns.at(r)->setSpans(spans);
    }
    m_syncing = wasSyncing;
}

void SideBySideView::rebuildTable()
{
    const bool wasSyncing = m_syncing;
    m_syncing = true;
    ThemeTable::fill(m_table, m_reports, m_alignment, *m_taxonomy);
    m_syncing = wasSyncing;
}

void SideBySideView::updateSummary()
{
    if (m_reports.isEmpty()) {
        m_summary->clear();
        return;
    }
    if (m_reports.size() == 1) {
        m_summary->setText(
            tr("Add another report to compare (up to four): Add to Comparison in the reader."));
        return;
    }
    const bool sections = m_alignment.level == AlignOptions::Level::Sections;
    m_summary->setText(tr("%1 of %2 %3 aligned  ·  Alt+Down / Alt+Up: next / previous aligned passage  ·  "
                          "scrolling %4")
                           .arg(m_alignment.alignedGroupCount())
                           .arg(m_alignment.groups.size())
                           .arg(sections ? tr("sections") : tr("paragraphs"))
                           .arg(m_linkAction->isChecked() ? tr("linked (Ctrl+L to unlink)")
                                                          : tr("unlinked (Ctrl+L to link)")));
}

// Alignment units and navigation -----------------------------------------------------------------

// The next (or previous) stop of the active column after the current unit, or after the reading
// position when no unit is current; stops are ordered by paragraph, a section before its paragraphs.
bool SideBySideView::stepAligned(bool forward)
{
    if (m_columns.isEmpty())
        return false;
    const SideBySideColumn* column = m_columns.at(m_active);
    const AlignmentNavigator::Position from{m_current, column->topParagraph(), column->scrollValue() == 0};
    const Unit next = m_navigator.step(m_active, from, forward);
    if (!next.isValid())
        return false;
    goToUnit(next);
    return true;
}

void SideBySideView::scrollColumnToUnit(int column, const Unit& unit)
{
    SideBySideColumn* target = m_columns.at(column);
    if (const AlignedMember* m = memberOf(unit, column)) {
        target->scrollToParagraph(m->passage.firstParagraph);
        return;
    }
    // No counterpart of the paragraph: show the column's section of the group, unless already there.
    if (unit.child >= 0) {
        if (const AlignedMember* section = memberOf(Unit{unit.group, -1}, column)) {
            if (!section->passage.contains(target->topParagraph()))
                target->scrollToParagraph(section->passage.firstParagraph);
        }
    }
}

void SideBySideView::goToUnit(const Unit& unit)
{
    if (!m_navigator.groupOf(unit))
        return;
    m_current = unit;
    const bool wasSyncing = m_syncing;
    m_syncing = true;
    for (int c = 0; c < m_columns.size(); ++c)
        scrollColumnToUnit(c, unit);
    // The table row of the group.
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_table->topLevelItem(i);
        if (item->data(0, ThemeTable::GroupRole).toInt() == unit.group) {
            m_table->setCurrentItem(item);
            m_table->scrollToItem(item);
            break;
        }
    }
    m_syncing = wasSyncing;
    rebuildMarks();
    updateSelections();
}

void SideBySideView::syncFrom(int column)
{
    if (column < 0 || column >= m_columns.size() || m_columns.size() < 2 ||
        m_alignment.reportCount != m_columns.size())
        return;
    SideBySideColumn* source = m_columns.at(column);
    const int y = source->scrollValue();
    const int paragraph = source->paragraphAt(y + 1);
    Unit unit = unitAt(column, paragraph);
    const AlignedGroup* group = m_navigator.groupOf(unit);
    if (!group || !group->isAligned()) {
        unit.child = -1; // the paragraph has no counterpart: follow its section, when that has one
        group = m_navigator.groupOf(unit);
        if (!group || !group->isAligned())
            return;
    }
    auto span = [](SideBySideColumn* c, const Passage& p) {
        return std::make_pair(c->paragraphTop(p.firstParagraph), c->paragraphBottom(p.lastParagraph));
    };
    const bool wasSyncing = m_syncing;
    m_syncing = true;
    for (int d = 0; d < m_columns.size(); ++d) {
        if (d == column)
            continue;
        Unit target = unit;
        const AlignedMember* theirs = memberOf(target, d);
        if (!theirs && target.child >= 0) {
            target.child = -1;
            theirs = memberOf(target, d);
        }
        const AlignedMember* mine = memberOf(target, column);
        if (!theirs || !mine)
            continue;
        // The same fraction of the way through the passage in both columns.
        const auto [top, bottom] = span(source, mine->passage);
        const double fraction = std::clamp(double(y - top) / double(std::max(1, bottom - top)), 0.0, 1.0);
        const auto [theirTop, theirBottom] = span(m_columns.at(d), theirs->passage);
        m_columns.at(d)->setScrollValue(theirTop + int(fraction * (theirBottom - theirTop)));
    }
    m_syncing = wasSyncing;
}

void SideBySideView::updateSelections()
{
    for (int c = 0; c < m_columns.size(); ++c) {
        SideBySideTextView* view = m_columns.at(c)->textView();
        QTextDocument* document = view->document();
        QList<QTextEdit::ExtraSelection> selections;
        if (const AlignedMember* m = memberOf(m_current, c)) {
            QTextEdit::ExtraSelection tint;
            const QTextBlock first = document->findBlockByNumber(m->passage.firstParagraph);
            const QTextBlock last = document->findBlockByNumber(m->passage.lastParagraph);
            tint.cursor = QTextCursor(document);
            tint.cursor.setPosition(first.position());
            tint.cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
            QColor color = groupColor(m_current.group);
            color.setAlpha(34);
            tint.format.setBackground(color);
            tint.format.setProperty(QTextFormat::FullWidthSelection, true);
            selections.append(tint);
        }
        const QVector<QPair<int, int>> matches = m_matches.value(c);
        for (int i = 0; i < matches.size(); ++i) {
            QTextEdit::ExtraSelection hit;
            hit.cursor = QTextCursor(document);
            hit.cursor.setPosition(matches.at(i).first);
            hit.cursor.setPosition(matches.at(i).second, QTextCursor::KeepAnchor);
            const bool current = c == m_currentMatchColumn && i == m_currentMatch;
            hit.format.setBackground(current ? QColor(0xFF, 0x98, 0x00) : QColor(0xFF, 0xEB, 0x3B));
            hit.format.setForeground(Qt::black);
            selections.append(hit);
        }
        view->setExtraSelections(selections);
    }
}

bool SideBySideView::isScrollLinked() const
{
    return m_linkAction->isChecked();
}

void SideBySideView::setScrollLinked(bool linked)
{
    m_linkAction->setChecked(linked);
}

bool SideBySideView::isSharedPhrasingShown() const
{
    return m_sharedAction->isChecked();
}

void SideBySideView::setSharedPhrasingShown(bool shown)
{
    m_sharedAction->setChecked(shown);
}

bool SideBySideView::isBoilerplateDimmed() const
{
    return m_boilerplateAction->isChecked();
}

void SideBySideView::setBoilerplateDimmed(bool dimmed)
{
    m_boilerplateAction->setChecked(dimmed);
}

// Find -------------------------------------------------------------------------------------------

int SideBySideView::find(const QString& text)
{
    m_findText = text;
    m_matches = QVector<QVector<QPair<int, int>>>(m_columns.size());
    m_currentMatch = -1;
    m_currentMatchColumn = -1;
    const QString needle = foldForFind(text);
    int total = 0;
    QStringList perColumn;
    for (int c = 0; c < m_columns.size() && !needle.isEmpty(); ++c) {
        const StoredArticle& article = m_reports.at(c).article;
        const ReportRenderer& renderer = m_columns.at(c)->renderer();
        for (const Paragraph& paragraph : article.paragraphs) {
            const QString haystack =
                foldForFind(QStringView(article.body).mid(paragraph.start, paragraph.end - paragraph.start));
            for (qsizetype at = haystack.indexOf(needle); at >= 0;
                 at = haystack.indexOf(needle, at + needle.size())) {
                const int start = renderer.documentPosition(paragraph.start + int(at));
                if (start >= 0)
                    m_matches[c].append({start, start + int(needle.size())});
            }
        }
        total += int(m_matches.at(c).size());
        perColumn << QString::number(m_matches.at(c).size());
    }
    m_findBar->setCountText(
        needle.isEmpty() ? QString()
                         : tr("%n match(es): %1", nullptr, total).arg(perColumn.join(QStringLiteral(" | "))));
    updateSelections();
    return total;
}

int SideBySideView::matchCount(int column) const
{
    return int(m_matches.value(column).size());
}

bool SideBySideView::findNext(bool backward)
{
    if (m_findText.isEmpty() || m_columns.isEmpty())
        return false;
    int c = m_active;
    if (m_matches.value(c).isEmpty()) {
        c = -1;
        for (int i = 0; i < m_matches.size() && c < 0; ++i) {
            if (!m_matches.at(i).isEmpty())
                c = i;
        }
        if (c < 0)
            return false;
        setActiveColumn(c);
    }
    const QVector<QPair<int, int>>& matches = m_matches.at(c);
    SideBySideTextView* view = m_columns.at(c)->textView();
    int index;
    if (m_currentMatchColumn == c && m_currentMatch >= 0) {
        index = (m_currentMatch + (backward ? -1 : 1) + int(matches.size())) % int(matches.size());
    } else {
        // From the top of what the column shows.
        const int from = view->cursorForPosition(QPoint(0, 0)).position();
        index = backward ? int(matches.size()) - 1 : 0;
        for (int i = 0; i < matches.size(); ++i) {
            if (!backward && matches.at(i).first >= from) {
                index = i;
                break;
            }
            if (backward && matches.at(i).first < from)
                index = i;
        }
    }
    m_currentMatchColumn = c;
    m_currentMatch = index;
    QTextCursor cursor(view->document());
    cursor.setPosition(matches.at(index).first);
    view->setTextCursor(cursor);
    view->ensureCursorVisible(); // linked columns follow through their scroll bars
    updateSelections();
    return true;
}

void SideBySideView::showFindBar()
{
    const QString selected =
        m_columns.isEmpty() ? QString() : column(m_active)->textView()->textCursor().selectedText();
    m_findBar->open(selected.contains(QChar::ParagraphSeparator) ? QString() : selected);
}

} // namespace rs
