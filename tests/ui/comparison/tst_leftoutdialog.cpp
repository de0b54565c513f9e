#include "SeedCorpus.h"
#include "comparison/LeftOutDialog.h"
#include "storage/ArticleStore.h"
#include "storage/MetricStore.h"

#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

// "Not charted: 1 targets, 1 in another unit" is a link: the dialog lists those figures with their
// reasons, off the GUI thread, and a double click opens one's passage.
class TestLeftOutDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("seeds.sqlite"));
        Database database;
        QVERIFY(database.openSqlite(m_path));
        QCOMPARE(importSeeds(database), 5);
    }

    void listsWhatTheNotesCount()
    {
        ComparisonSource::Result loaded;
        ComparisonQuery query;
        query.keys = {QStringLiteral("cadre_training_attendance")};
        query.period = ComparisonQuery::latest();
        {
            Database database;
            QVERIFY(database.openSqlite(m_path));
            const MetricStore metrics(database);
            const ArticleStore articles(database);
            loaded = ComparisonSource(metrics, articles, Gazetteer::builtin()).load(query);
        }
        const int counted = loaded.leftOut.value(query.keys.first()).total();
        QVERIFY(counted > 0);
        const QString summary =
            LeftOutDialog::summaryText(QStringLiteral("1 region(s)"), QStringLiteral("未计入:目标1项"));
        QVERIFY(summary.contains(QStringLiteral("<a href=")));
        QVERIFY(!LeftOutDialog::summaryText(QStringLiteral("1 region(s)"), QString())
                     .contains(QStringLiteral("<a")));

        LeftOutDialog dialog(m_path, Gazetteer::builtin(), query, loaded);
        QSignalSpy listed(&dialog, &LeftOutDialog::listed);
        QVERIFY(listed.wait(10000));
        QCOMPARE(dialog.figureCount(), counted);
        auto* table = dialog.findChild<QTableWidget*>();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), counted);
        QVERIFY(!table->item(0, 0)->text().isEmpty()); // the reason
        QSignalSpy passage(&dialog, &LeftOutDialog::passageRequested);
        Q_EMIT table->cellDoubleClicked(0, 1);
        QCOMPARE(passage.count(), 1);
        QVERIFY(passage.first().at(0).toLongLong() > 0);
    }
};

QTEST_MAIN(TestLeftOutDialog)
#include "tst_leftoutdialog.moc"
