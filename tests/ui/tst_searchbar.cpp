#include "ImportController.h"
#include "MainWindow.h"
#include "RegionTreePane.h"
#include "ReportListPane.h"
#include "SearchBar.h"
#include "gazetteer/Gazetteer.h"
#include "models/Corpus.h"
#include "models/RegionTreeModel.h"
#include "models/ReportTableModel.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace rs;

class TestSearchBar : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void typingFiltersTheReportTableBestFirst()
    {
        Corpus corpus(Gazetteer::builtin());
        QVERIFY(corpus.open(m_dir.filePath(QStringLiteral("search.sqlite"))));
        MainWindow window(corpus);
        window.show();
        QSignalSpy imported(window.importer(), &ImportController::finished);
        window.importSampleCorpus();
        QVERIFY(imported.wait(60000));
        ReportTableModel* model = corpus.reports();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 5);

        // Ctrl+F focuses the field (of the active window: a slow, sanitized run may not have activated it
        // yet).
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window, 30000));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(window.searchBar()->field()->hasFocus(), 30000);

        // Typing is debounced: one search for the whole word, results off the GUI thread.
        QSignalSpy results(window.searchBar(), &SearchBar::resultsReady);
        // (QTest::keyClicks takes Latin-1 only; an input method commits characters like this.)
        for (const QChar c : QStringLiteral("人才驿站"))
            window.searchBar()->field()->insert(QString(c));
        QVERIFY(results.wait(10000));
        QCOMPARE(results.count(), 1);
        const auto ranked = results.first().at(1).value<QVector<qint64>>();
        Database database;
        QVERIFY(database.openSqlite(corpus.path()));
        const SearchIndex index(database);
        QCOMPARE(ranked, index.rankedIds(QStringLiteral("人才驿站")));
        QCOMPARE(model->rowCount(), int(ranked.size()));
        QVERIFY(model->rowCount() > 0 && model->rowCount() < 5);
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->articleId(row), ranked.at(row));
            QVERIFY(model->index(row, 0)
                        .data(ReportTableModel::SnippetRole)
                        .toString()
                        .contains(QChar(SearchIndex::highlightStart) + QStringLiteral("人才驿站")));
            QVERIFY(
                model->index(row, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("人才驿站")));
        }

        // The region tree narrows the hits further; clearing the field shows the region's reports again.
        auto* regions = qobject_cast<RegionTreeModel*>(window.regionPane()->view()->model());
        window.regionPane()->view()->setCurrentIndex(regions->indexOfRegion(QStringLiteral("440404")));
        QVERIFY(model->rowCount() <= int(ranked.size()));
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(ranked.contains(model->articleId(row)));
        QSignalSpy cleared(window.searchBar(), &SearchBar::cleared);
        window.searchBar()->field()->clear();
        QTRY_COMPARE(cleared.count(), 1);
        QCOMPARE(model->rowCount(), 2); // 金湾区 has two sample reports

        // Syntax typed by the user is text: no error, no hits.
        results.clear();
        window.searchBar()->setText(QStringLiteral("NEAR( \""));
        QVERIFY(results.wait(10000));
        QCOMPARE(model->rowCount(), 0);
    }
};

QTEST_MAIN(TestSearchBar)
#include "tst_searchbar.moc"
