#include "MainWindow.h"
#include "PixelCount.h"
#include "ReaderPane.h"
#include "ReportListPane.h"
#include "align/SharedPhrases.h"
#include "gazetteer/Gazetteer.h"
#include "ingest/ImportPipeline.h"
#include "ingest/ReportImporter.h"
#include "models/Corpus.h"
#include "models/ReportTableModel.h"
#include "sidebyside/SideBySideColumn.h"
#include "sidebyside/SideBySideView.h"
#include "sidebyside/SideBySideWindow.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/MetricStore.h"

#include <QAction>
#include <QDir>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

#include <cstdlib>
#include <memory>
#include <random>

using namespace rs;

namespace {

int paragraphStarting(const StoredArticle& article, const QString& prefix)
{
    for (int i = 0; i < article.paragraphs.size(); ++i) {
        const Paragraph& p = article.paragraphs.at(i);
        if (article.body.mid(p.start, p.end - p.start).startsWith(prefix))
            return i;
    }
    return -1;
}

// The column shows the paragraph at its top, or as near as the end of the document allows.
bool showsAtTop(const SideBySideColumn* column, int paragraph)
{
    if (column->topParagraph() == paragraph)
        return true;
    const QScrollBar* bar = column->scrollBar();
    return bar->value() == bar->maximum() && column->isParagraphVisible(paragraph);
}

// A long report: themes with their own words in shuffled order, each a heading and ~15 paragraphs.
SideBySideReport longReport(qint64 id, quint32 seed, int length)
{
    static const char* const themes[][5] = {
        {"干部队伍建设", "年轻干部", "选调生", "考核评价", "挂职锻炼"},
        {"人才工作", "高层次人才", "人才补贴", "博士后工作站", "人才公寓"},
        {"基层党建", "党群服务中心", "党支部", "网格化治理", "党员先锋队"},
        {"乡村振兴", "集体经济", "特色产业", "人居环境", "示范村"},
        {"营商环境", "招商引资", "项目落地", "审批提速", "专精特新"},
        {"民生实事", "养老服务", "老旧小区改造", "医疗卫生", "托育服务"},
    };
    std::mt19937 random(seed);
    std::vector<int> order{0, 1, 2, 3, 4, 5};
    std::shuffle(order.begin(), order.end(), random);
    SideBySideReport report;
    report.article.id = id;
    report.article.title = QStringLiteral("长篇报告 %1").arg(id);
    QString& body = report.article.body;
    auto add = [&](const QString& text, Paragraph::Kind kind) {
        if (!body.isEmpty())
            body += QLatin1Char('\n');
        report.article.paragraphs.append(Paragraph{int(body.size()), int(body.size() + text.size()), kind});
        body += text;
    };
    for (const int t : order) {
        add(QString::fromUtf8(themes[t][0]), Paragraph::Kind::Heading);
        const int target = int(body.size()) + length / 6;
        while (body.size() < target) {
            QString text = QStringLiteral("今年以来,我区");
            for (int s = 0; s < 8; ++s)
                text += QStringLiteral("持续推进") + QString::fromUtf8(themes[t][1 + random() % 4]) +
                        QStringLiteral("工作,");
            add(text + QStringLiteral("取得新成效。"), Paragraph::Kind::Text);
        }
    }
    return report;
}

} // namespace

// Drives the compare view offscreen: three sample reports side by side, next aligned passage,
// linked scrolling, find, shared phrasing, figures per theme, long reports, the main window's hooks.
class TestSideBySideView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QHash<QString, qint64> m_idBySeed; // "000" -> article id
    std::unique_ptr<Corpus> m_corpus;

    // The window showing the reports; null when it never appears (callers QVERIFY it).
    std::unique_ptr<SideBySideWindow> openWindow(const QVector<qint64>& ids)
    {
        auto window = std::make_unique<SideBySideWindow>(*m_corpus);
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->resize(1500, 950);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        window->setArticles(ids);
        QCoreApplication::processEvents();
        return window;
    }

    QVector<qint64> jinwanJinwanPengjiang() const
    {
        return {m_idBySeed.value(QStringLiteral("000")), m_idBySeed.value(QStringLiteral("001")),
                m_idBySeed.value(QStringLiteral("003"))};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("compare.sqlite"));
        {
            Database database;
            QVERIFY(database.openSqlite(m_db));
            ArticleStore store(database);
            const ImportPipeline pipeline(Gazetteer::builtin());
            ReportImporter importer(store, pipeline);
            const QDir seeds(QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds"));
            for (const QString& name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
                const ImportOutcome outcome = importer.importFile(seeds.filePath(name));
                QCOMPARE(outcome.status, ImportOutcome::Status::Imported);
                m_idBySeed.insert(name.left(3), outcome.articleId);
            }
        }
        QCOMPARE(m_idBySeed.size(), 5);
        m_corpus = std::make_unique<Corpus>(Gazetteer::builtin());
        QVERIFY(m_corpus->open(m_db));
    }

    void cleanupTestCase() { m_corpus.reset(); }

    void opensThreeReportsAsReaders()
    {
        auto window = openWindow(jinwanJinwanPengjiang());
        QVERIFY(window);
        SideBySideView* view = window->view();
        QCOMPARE(view->reportCount(), 3);
        QCOMPARE(view->articleIds(), jinwanJinwanPengjiang());
        QCOMPARE(view->alignment().level, AlignOptions::Level::Sections);
        QVERIFY(view->alignment().alignedGroupCount() >= 3);
        for (int c = 0; c < 3; ++c) {
            SideBySideColumn* column = view->column(c);
            QVERIFY(column->isVisible());
            QCOMPARE(column->titleLabel()->text(), column->article().title);
            // Numbered paragraphs, one block each.
            const QString plain = column->textView()->toPlainText();
            QVERIFY(plain.startsWith(QStringLiteral("  1  ")));
            QCOMPARE(column->textView()->document()->blockCount(), column->paragraphCount());
            // Figures highlighted as in the reader.
            QVERIFY(!column->metrics().isEmpty());
            const Metric& metric = column->metrics().first().metric;
            const int position = column->renderer().documentPosition(metric.start);
            QCOMPARE(plain.mid(position, metric.end - metric.start), metric.quote);
            QTextCursor cursor(column->textView()->document());
            cursor.setPosition(position + 1);
            QVERIFY(cursor.charFormat().background().style() != Qt::NoBrush);
            // Aligned passages are marked in the gutter.
            QVERIFY(!column->textView()->marks().isEmpty());
        }
        // The talent sections of the three reports form one group, marked with the same label.
        const StoredArticle& jinwan = view->column(0)->article();
        const int talent = paragraphStarting(jinwan, QStringLiteral("聚才蓄能"));
        const SideBySideView::Unit unit = view->unitAt(0, talent);
        QVERIFY(unit.isValid());
        QCOMPARE(view->memberOf(unit, 1)->passage.firstParagraph,
                 paragraphStarting(view->column(1)->article(), QStringLiteral("育人才")));
        QCOMPARE(view->memberOf(unit, 2)->passage.firstParagraph,
                 paragraphStarting(view->column(2)->article(), QStringLiteral("着眼“四个聚焦”")));
        for (int c = 0; c < 3; ++c) {
            bool marked = false;
            for (const GutterMark& mark : view->column(c)->textView()->marks())
                marked = marked || (mark.wide && mark.label == QString::number(unit.group + 1) &&
                                    mark.firstParagraph == view->memberOf(unit, c)->passage.firstParagraph);
            QVERIFY(marked);
        }
        // The table: one row per group, each report's passage on the row.
        QTreeWidget* table = view->alignmentTable();
        QCOMPARE(table->topLevelItemCount(), view->alignment().groups.size());
        QCOMPARE(table->columnCount(), 5);
        const QTreeWidgetItem* row = table->topLevelItem(unit.group);
        QVERIFY(row->text(1).startsWith(QStringLiteral("聚才蓄能")));
        QVERIFY(row->text(2).startsWith(QStringLiteral("育人才")));
        QVERIFY(row->text(3).startsWith(QStringLiteral("着眼“四个聚焦”")));
        // Themes are named (the aligned heading) and their similarity reads as a word.
        QVERIFY2(row->text(0).startsWith(QString::number(unit.group + 1) + QStringLiteral("  ")) &&
                     row->text(0).size() > 4,
                 qPrintable(row->text(0)));
        const QString similarity = row->text(4);
        QVERIFY2(similarity == QStringLiteral("strong") || similarity == QStringLiteral("partial") ||
                     similarity == QStringLiteral("weak"),
                 qPrintable(similarity));
        QVERIFY(row->toolTip(4).contains(QStringLiteral("0.")));
        QCOMPARE(ThemeTable::similarityLabel(0.5), QStringLiteral("strong"));
        QCOMPARE(ThemeTable::similarityLabel(0.2), QStringLiteral("partial"));
        QCOMPARE(ThemeTable::similarityLabel(0.139), QStringLiteral("weak"));
    }

    void rendersThreeColumnsForTheDocumentation()
    {
        // The README's screenshot comes from here: RS_SCREENSHOT_DIR=dir ctest -R tst_compareview
        auto window = openWindow(jinwanJinwanPengjiang());
        QVERIFY(window);
        window->resize(1600, 1000); // the README's size
        window->view()->setSharedPhrasingShown(true);
        window->view()->setActiveColumn(0);
        QVERIFY(window->view()->nextAligned());
        QVERIFY(window->view()->nextAligned());
        QCoreApplication::processEvents();
        const QPixmap picture = window->grab();
        QCOMPARE(picture.size(), window->size());
        // The active column and at least one other show the current theme's tint (drawn at alpha 34 over
        // the white page) where its passage is, and the shared phrasing shows in its own colour.
        const QImage image = picture.toImage();
        const SideBySideView::Unit unit = window->view()->currentUnit();
        QColor tint = SideBySideView::groupColor(unit.group);
        const auto blend = [](int c) { return (c * 34 + 255 * (255 - 34)) / 255; };
        tint = QColor(blend(tint.red()), blend(tint.green()), blend(tint.blue()));
        QStringList counts;
        int tinted = 0;
        for (int c = 0; c < window->view()->reportCount(); ++c) {
            const QWidget* viewport = window->view()->column(c)->textView()->viewport();
            const int count =
                pixelsNear(image, QRect(viewport->mapTo(window.get(), QPoint(0, 0)), viewport->size()), tint);
            counts << QString::number(count);
            tinted += count > 500 ? 1 : 0;
            if (c == 0)
                QVERIFY2(count > 500, qPrintable(counts.join(QLatin1Char(' '))));
        }
        QVERIFY2(tinted >= 2, qPrintable(counts.join(QLatin1Char(' '))));
        QVERIFY(pixelsNear(image, image.rect(), SideBySideView::sharedPhrasingColor()) > 200);
        const QString dir = qEnvironmentVariable("RS_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(picture.save(QDir(dir).filePath(QStringLiteral("side-by-side.png"))));
    }

    void nextAlignedPassageMovesAllColumns()
    {
        auto window = openWindow(jinwanJinwanPengjiang());
        QVERIFY(window);
        SideBySideView* view = window->view();
        view->setActiveColumn(0);
        QVERIFY(view->nextAligned());
        int lastParagraph = -1;
        int steps = 0;
        do {
            const SideBySideView::Unit unit = view->currentUnit();
            QVERIFY(unit.isValid());
            const AlignedMember* mine = view->memberOf(unit, 0);
            QVERIFY(mine);
            QVERIFY(mine->passage.firstParagraph >= lastParagraph);
            lastParagraph = mine->passage.firstParagraph;
            int members = 0;
            for (int c = 0; c < 3; ++c) {
                if (const AlignedMember* m = view->memberOf(unit, c)) {
                    ++members;
                    QVERIFY2(showsAtTop(view->column(c), m->passage.firstParagraph),
                             qPrintable(QStringLiteral("column %1 step %2").arg(c).arg(steps)));
                    // The group is tinted in every column that has it.
                    QVERIFY(!view->column(c)->textView()->extraSelections().isEmpty());
                }
            }
            QVERIFY(members >= 2);
            QCOMPARE(view->alignmentTable()->currentItem()->data(0, Qt::UserRole).toInt(), unit.group);
            ++steps;
        } while (view->nextAligned());
        QVERIFY(steps >= 4); // sections and aligned paragraphs inside them
        QVERIFY(!view->nextAligned());

        // Previous goes back; the keyboard does the same (Alt+Up / Alt+Down).
        const SideBySideView::Unit last = view->currentUnit();
        QVERIFY(view->previousAligned());
        QVERIFY(!(view->currentUnit() == last));
        view->column(0)->textView()->setFocus();
        QTest::keyClick(view->column(0)->textView(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(view->currentUnit(), last);
        QTest::keyClick(view->column(0)->textView(), Qt::Key_Up, Qt::AltModifier);
        QVERIFY(!(view->currentUnit() == last));

        // Jumping from the table row of a group brings it up in every column.
        const int talent =
            view->unitAt(0, paragraphStarting(view->column(0)->article(), QStringLiteral("聚才蓄能"))).group;
        view->alignmentTable()->setCurrentItem(view->alignmentTable()->topLevelItem(0));
        view->alignmentTable()->setCurrentItem(view->alignmentTable()->topLevelItem(talent));
        QCOMPARE(view->currentUnit().group, talent);
        QVERIFY(showsAtTop(view->column(1),
                           paragraphStarting(view->column(1)->article(), QStringLiteral("育人才"))));
        QVERIFY(showsAtTop(view->column(2),
                           paragraphStarting(view->column(2)->article(), QStringLiteral("着眼“四个聚焦”"))));
    }

    void scrollingOneColumnScrollsTheOthers()
    {
        auto window = openWindow(jinwanJinwanPengjiang());
        QVERIFY(window);
        SideBySideView* view = window->view();
        QVERIFY(view->isScrollLinked());
        SideBySideColumn* a = view->column(0);
        SideBySideColumn* b = view->column(1);
        SideBySideColumn* c = view->column(2);
        const SideBySideView::Unit talent =
            view->unitAt(0, paragraphStarting(a->article(), QStringLiteral("聚才蓄能")));
        const Passage inB = view->memberOf(talent, 1)->passage;
        const Passage inC = view->memberOf(talent, 2)->passage;

        // Into the middle of the talent section of the first column: the others follow into theirs.
        const int paragraph =
            paragraphStarting(a->article(), QStringLiteral("目前,金湾区已有珠海市高层次人才"));
        QVERIFY(paragraph > 0);
        a->setScrollValue(a->paragraphTop(paragraph) + 4);
        QVERIFY(inB.contains(b->topParagraph()));
        QVERIFY(inC.contains(c->topParagraph()) || c->scrollBar()->value() == c->scrollBar()->maximum());
        QVERIFY(b->scrollValue() > b->paragraphTop(inB.firstParagraph)); // not just the section's start

        // An aligned paragraph brings its counterpart to the same place.
        const AlignedGroup& group = view->alignment().groups.at(talent.group);
        int child = -1;
        for (int k = 0; k < group.children.size() && child < 0; ++k) {
            if (group.children.at(k).member(0) && group.children.at(k).member(1))
                child = k;
        }
        QVERIFY(child >= 0);
        const int mine = group.children.at(child).member(0)->passage.firstParagraph;
        const int theirs = group.children.at(child).member(1)->passage.firstParagraph;
        a->setScrollValue(a->paragraphTop(mine));
        QVERIFY(showsAtTop(b, theirs));

        // Any column leads, not only the first.
        const int cadres = paragraphStarting(c->article(), QStringLiteral("实施“四项工程”"));
        c->setScrollValue(c->paragraphTop(cadres));
        const SideBySideView::Unit cadreUnit = view->unitAt(2, cadres);
        QVERIFY(showsAtTop(a, view->memberOf(cadreUnit, 0)->passage.firstParagraph));

        // Unlinked (Ctrl+L): the others stay where they are.
        a->textView()->setFocus();
        QTest::keyClick(a->textView(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(!view->isScrollLinked());
        const int bBefore = b->scrollValue();
        const int cBefore = c->scrollValue();
        a->setScrollValue(a->paragraphTop(paragraph));
        QCOMPARE(b->scrollValue(), bBefore);
        QCOMPARE(c->scrollValue(), cBefore);
        // Linked again, the others catch up with the lead column.
        view->setScrollLinked(true);
        QVERIFY(inB.contains(b->topParagraph()));

        // Scrolling through a passage without counterpart leaves the others alone.
        const int lonely = paragraphStarting(a->article(), QStringLiteral("培根铸魂"));
        QVERIFY(!view->alignment().groups.at(view->unitAt(0, lonely).group).isAligned());
        const int bStill = b->scrollValue();
        a->setScrollValue(a->paragraphTop(lonely + 3));
        QCOMPARE(b->scrollValue(), bStill);
    }

    void findHighlightsEveryColumn()
    {
        auto window = openWindow(jinwanJinwanPengjiang());
        QVERIFY(window);
        SideBySideView* view = window->view();
        view->column(0)->textView()->setFocus();
        QTest::keyClick(view->column(0)->textView(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(view->findField()->isVisible());
        QVERIFY(view->findField()->hasFocus());
        view->findField()->setText(QStringLiteral("人才"));
        QCOMPARE(view->findText(), QStringLiteral("人才"));
        for (int c = 0; c < 3; ++c) {
            QVERIFY(view->matchCount(c) > 0);
            const auto selections = view->column(c)->textView()->extraSelections();
            QCOMPARE(int(selections.size()), view->matchCount(c));
            QCOMPARE(selections.first().cursor.selectedText(), QStringLiteral("人才"));
        }
        // Enter steps through the matches of the active column.
        QTest::keyClick(view->findField(), Qt::Key_Return);
        QCOMPARE(view->column(0)->textView()->textCursor().block().text().contains(QStringLiteral("人才")),
                 true);
        const int first = view->column(0)->textView()->textCursor().position();
        QVERIFY(view->findNext());
        QVERIFY(view->column(0)->textView()->textCursor().position() > first);
        // Width-folded: full-width digits find ASCII ones.
        QVERIFY(view->find(QStringLiteral("２０２３")) > 0);
        QCOMPARE(view->find(QStringLiteral("金湾区")) > 0, true);
        QCOMPARE(view->matchCount(2), 0); // Pengjiang's report never names Jinwan
        // Esc closes the bar and clears the highlights.
        view->findField()->setFocus();
        QTest::keyClick(view->findField(), Qt::Key_Escape);
        QVERIFY(!view->findField()->isVisible());
        QCOMPARE(view->matchCount(0), 0);
        QVERIFY(view->column(0)->textView()->extraSelections().isEmpty());
    }

    void sharedPhrasingAndBoilerplate()
    {
        auto window = openWindow(jinwanJinwanPengjiang());
        QVERIFY(window);
        SideBySideView* view = window->view();
        QVERIFY(!view->isSharedPhrasingShown());
        view->setSharedPhrasingShown(true);
        const StoredArticle& jinwan = view->column(0)->article();
        const int at = int(jinwan.body.indexOf(QStringLiteral("红色技术攻关小组")));
        QVERIFY(at > 0);
        const int position = view->column(0)->renderer().documentPosition(at + 2);
        QTextCursor cursor(view->column(0)->textView()->document());
        cursor.setPosition(position + 1);
        // A background tint (not an underline that reads as a spelling mark), named in the legend.
        QCOMPARE(cursor.charFormat().background().color(), SideBySideView::sharedPhrasingColor());
        QVERIFY(!cursor.charFormat().fontUnderline());
        auto* legend = window->findChild<QLabel*>(QStringLiteral("compareLegend"));
        QVERIFY(legend);
        QVERIFY(legend->text().contains(SideBySideView::sharedPhrasingColor().name()));
        view->setSharedPhrasingShown(false);
        cursor = QTextCursor(view->column(0)->textView()->document());
        cursor.setPosition(position + 1);
        QVERIFY(cursor.charFormat().background().color() != SideBySideView::sharedPhrasingColor());
        QVERIFY(!legend->text().contains(SideBySideView::sharedPhrasingColor().name()));

        // Boilerplate: phrasing most reports of the reference contain is dimmed.
        const QString stock = QStringLiteral("以习近平新时代中国特色社会主义思想为指导");
        QVERIFY(jinwan.body.contains(stock));
        auto reference = std::make_shared<PhraseFrequency>();
        for (int i = 0; i < 4; ++i)
            reference->addReport(QStringLiteral("第%1篇").arg(i) + stock);
        reference->addReport(QStringLiteral("另一篇报道"));
        view->setBoilerplateDimmed(true);
        view->setPhraseReference(reference);
        const int stockAt = view->column(0)->renderer().documentPosition(int(jinwan.body.indexOf(stock)) + 3);
        cursor = QTextCursor(view->column(0)->textView()->document());
        cursor.setPosition(stockAt + 1);
        QCOMPARE(cursor.charFormat().foreground().color(), QColor(0x9A, 0x9A, 0x9A));
        view->setBoilerplateDimmed(false);
        cursor = QTextCursor(view->column(0)->textView()->document());
        cursor.setPosition(stockAt + 1);
        QVERIFY(cursor.charFormat().foreground().color() != QColor(0x9A, 0x9A, 0x9A));
    }

    void figuresSideBySideUnderEachAlignedRow()
    {
        auto window = openWindow(jinwanJinwanPengjiang());
        QVERIFY(window);
        SideBySideView* view = window->view();
        QTreeWidget* table = view->alignmentTable();
        int figureRows = 0;
        for (int i = 0; i < table->topLevelItemCount(); ++i) {
            QTreeWidgetItem* row = table->topLevelItem(i);
            const AlignedGroup& group = view->alignment().groups.at(i);
            if (!group.isAligned()) {
                QCOMPARE(row->childCount(), 0);
                continue;
            }
            QVERIFY(row->isExpanded());
            for (int k = 0; k < row->childCount(); ++k) {
                QTreeWidgetItem* figures = row->child(k);
                QVERIFY(!figures->text(0).isEmpty()); // what is counted
                for (int r = 0; r < 3; ++r) {
                    QVERIFY(!figures->text(r + 1).isEmpty());
                    // A report without a passage in the group has no figures there.
                    if (!group.member(r))
                        QCOMPARE(figures->text(r + 1), QStringLiteral("—"));
                }
                ++figureRows;
            }
        }
        QVERIFY(figureRows > 0);
        // The talent group lists Jinwan's talent counts.
        const int talent =
            view->unitAt(0, paragraphStarting(view->column(0)->article(), QStringLiteral("聚才蓄能"))).group;
        QStringList cells;
        for (int k = 0; k < table->topLevelItem(talent)->childCount(); ++k)
            cells << table->topLevelItem(talent)->child(k)->text(1);
        QVERIFY2(cells.join(QLatin1Char('|')).contains(QStringLiteral("3224人")),
                 qPrintable(cells.join(QLatin1Char('|'))));
    }

    void longReportsStayNavigable()
    {
        SideBySideView view(Gazetteer::builtin());
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setReports({longReport(1, 11, 32000), longReport(2, 22, 32000), longReport(3, 33, 32000),
                         longReport(4, 44, 32000)});
        QCOMPARE(view.reportCount(), 4);
        for (int c = 0; c < 4; ++c)
            QVERIFY(view.column(c)->article().body.size() >= 30000);
        QCOMPARE(view.alignment().level, AlignOptions::Level::Sections);
        // Every theme's sections line up across the four reports.
        int themes = 0;
        for (const AlignedGroup& group : view.alignment().groups) {
            if (group.members.size() != 4)
                continue;
            QSet<QString> headings;
            for (const AlignedMember& m : group.members) {
                const StoredArticle& article = view.column(m.report)->article();
                const Paragraph& heading = article.paragraphs.at(m.passage.firstParagraph);
                headings.insert(article.body.mid(heading.start, heading.end - heading.start));
            }
            QCOMPARE(headings.size(), 1);
            ++themes;
        }
        QCOMPARE(themes, 6);

        // Keyboard: Ctrl+3 makes the third column lead; Alt+Down follows its order.
        view.column(0)->textView()->setFocus();
        QTest::keyClick(view.column(0)->textView(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(view.activeColumn(), 2);
        QVERIFY(view.column(2)->textView()->hasFocus());
        QTest::keyClick(view.column(2)->textView(), Qt::Key_Down, Qt::AltModifier);
        QTest::keyClick(view.column(2)->textView(), Qt::Key_Down, Qt::AltModifier);
        const SideBySideView::Unit unit = view.currentUnit();
        QVERIFY(unit.isValid());
        for (int c = 0; c < 4; ++c) {
            if (const AlignedMember* m = view.memberOf(unit, c))
                QVERIFY(showsAtTop(view.column(c), m->passage.firstParagraph));
        }
        // Page down in the lead column: the others stay in the same theme.
        const int before = view.column(2)->scrollValue();
        QTest::keyClick(view.column(2)->textView(), Qt::Key_PageDown);
        QVERIFY(view.column(2)->scrollValue() > before);
        const SideBySideView::Unit section{view.unitAt(2, view.column(2)->topParagraph()).group, -1};
        for (int c = 0; c < 4; ++c) {
            if (const AlignedMember* m = view.memberOf(section, c))
                QVERIFY(m->passage.contains(view.column(c)->topParagraph()));
        }
        // Removing a column re-aligns the rest.
        view.removeReport(0);
        QCOMPARE(view.reportCount(), 3);
        QCOMPARE(view.alignment().reportCount, 3);
    }

    void mainWindowOpensAndFillsTheComparison()
    {
        MainWindow window(*m_corpus);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView* table = window.reportPane()->view();
        QCOMPARE(table->model()->rowCount(), 5);
        QAction* compare = window.compareAction();
        QCOMPARE(compare->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+C")));

        auto selectRows = [&](int count) {
            table->clearSelection();
            for (int row = 0; row < count; ++row)
                table->selectionModel()->select(table->model()->index(row, 0),
                                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
        };
        selectRows(1);
        QVERIFY(!compare->isEnabled());
        selectRows(5);
        QVERIFY(!compare->isEnabled());
        selectRows(3);
        QVERIFY(compare->isEnabled());
        QCOMPARE(window.reportPane()->selectedArticleIds().size(), 3);

        // Ctrl+Shift+C is the action's shortcut (asserted above); the action itself opens the comparison.
        compare->trigger();
        QVERIFY(window.compareWindow());
        SideBySideWindow* comparison = window.compareWindow();
        QCOMPARE(comparison->view()->reportCount(), 3);
        QCOMPARE(comparison->view()->articleIds(), window.reportPane()->selectedArticleIds());

        // "Add to Comparison" in the reader adds the report shown there.
        const QVector<qint64> shown = comparison->view()->articleIds();
        qint64 other = 0;
        for (int row = 0; row < 5 && other == 0; ++row) {
            const qint64 id = m_corpus->reports()->articleId(row);
            if (!shown.contains(id))
                other = id;
        }
        window.showArticle(other);
        QPushButton* add = nullptr;
        for (QPushButton* button : window.readerPane()->findChildren<QPushButton*>()) {
            if (button->text() == QStringLiteral("Add to Comparison"))
                add = button;
        }
        QVERIFY(add);
        QVERIFY(add->isVisible());
        add->click();
        QCOMPARE(comparison->view()->reportCount(), 4);
        QCOMPARE(comparison->view()->articleIds().last(), other);
        // Full at four: the fifth is refused, nothing changes.
        for (int row = 0; row < 5; ++row) {
            const qint64 id = m_corpus->reports()->articleId(row);
            if (!comparison->view()->articleIds().contains(id)) {
                window.showArticle(id);
                add->click();
            }
        }
        QCOMPARE(comparison->view()->reportCount(), 4);
        QVERIFY(comparison->isFull());
        comparison->close(); // deletes itself
        QTRY_VERIFY(!window.compareWindow());
    }
};

QTEST_MAIN(TestSideBySideView)
#include "tst_sidebysideview.moc"
