#include "comparison/ComparisonTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace rs;

namespace {

ComparisonRow figure(const QString& code, double value, qint64 article, const QDate& published,
                     ReviewedMetric::Status status = ReviewedMetric::Status::Machine)
{
    ComparisonRow row;
    row.regionCode = code;
    row.regionLabel = code;
    row.key = QStringLiteral("cadre_training_attendance");
    row.value = value;
    row.unit = QStringLiteral("人次");
    row.qualifier = Qualifier::Exact;
    row.period = QStringLiteral("2022");
    row.articleId = article;
    row.start = int(article) * 10;
    row.end = int(article) * 10 + 5;
    row.published = published;
    row.status = status;
    return row;
}

} // namespace

class TestComparisonTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester()
    {
        ComparisonTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({figure(QStringLiteral("440404"), 100, 1, QDate(2023, 1, 1)),
                       figure(QStringLiteral("445102"), 50, 2, QDate(2023, 1, 1))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ComparisonTableModel::ColumnCount));
        model.choose(1);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void oneReportKeepsItsLargestFigure()
    {
        ComparisonTableModel model;
        model.setRows({figure(QStringLiteral("440404"), 4998, 1, QDate(2023, 3, 24)),
                       figure(QStringLiteral("440404"), 10000, 1, QDate(2023, 3, 24)),
                       figure(QStringLiteral("440404"), 6200, 1, QDate(2023, 3, 24))});
        QCOMPARE(model.chartedRows(), QVector<int>{1});
        QCOMPARE(model.conflictCount(), 0); // figures of one report are parts, not a disagreement
    }

    void disagreeingReportsAreAConflictTheAnalystResolves()
    {
        ComparisonTableModel model;
        QSignalSpy changed(&model, &ComparisonTableModel::choicesChanged);
        model.setRows({figure(QStringLiteral("440404"), 100, 1, QDate(2022, 5, 1)),
                       figure(QStringLiteral("440404"), 120, 2, QDate(2023, 5, 1))});
        QCOMPARE(model.conflictCount(), 1);
        QVERIFY(model.row(0).conflict && model.row(1).conflict);
        QCOMPARE(model.chartedRows(), QVector<int>{1}); // the more recent report by default
        QVERIFY(model.index(0, 0).data(ComparisonTableModel::ConflictRole).toBool());
        QVERIFY(model.index(0, 0).data(Qt::BackgroundRole).isValid());

        QVERIFY(model.choose(0));
        QCOMPARE(model.chartedRows(), QVector<int>{0});
        QVERIFY(model.index(0, 0).data(ComparisonTableModel::ChosenRole).toBool());
        QVERIFY(!model.index(1, 0).data(ComparisonTableModel::ChosenRole).toBool());
        QCOMPARE(changed.count(), 2);
    }

    void confirmedValueWins()
    {
        ComparisonTableModel model;
        model.setRows(
            {figure(QStringLiteral("440404"), 100, 1, QDate(2022, 5, 1), ReviewedMetric::Status::Confirmed),
             figure(QStringLiteral("440404"), 120, 2, QDate(2023, 5, 1))});
        QCOMPARE(model.chartedRows(), QVector<int>{0});
    }

    void capsAndOtherUnitsAreListedButNotCharted()
    {
        ComparisonRow cap = figure(QStringLiteral("440404"), 200000, 1, QDate());
        cap.exclusion = ComparisonRow::Exclusion::Cap;
        ComparisonRow missing;
        missing.regionCode = QStringLiteral("445102");
        missing.regionLabel = QStringLiteral("潮州·湘桥区");
        missing.key = cap.key;
        ComparisonTableModel model;
        model.setRows({cap, missing});
        QVERIFY(!model.choose(0));
        QCOMPARE(model.chartedRows(), QVector<int>{1}); // the missing row stands for its region
        QVERIFY(!model.index(1, 0).data(ComparisonTableModel::RawValueRole).isValid());
        QVERIFY(model.index(1, ComparisonTableModel::ValueColumn).data().toString() != QStringLiteral("0"));
    }

    void showsValuesInTheChartsScaleAndQualifiers()
    {
        ComparisonRow row = figure(QStringLiteral("440404"), 150000000, 1, QDate());
        row.qualifier = Qualifier::AtMost;
        row.unit = QStringLiteral("元");
        ComparisonTableModel model;
        model.setRows({row});
        // As the chart's labels read it: in 亿元, two places, the scale in the unit column.
        QCOMPARE(model.index(0, ComparisonTableModel::ValueColumn).data().toString(), QStringLiteral("1.50"));
        QCOMPARE(model.index(0, ComparisonTableModel::UnitColumn).data().toString(), QStringLiteral("亿元"));
        QCOMPARE(model.index(0, ComparisonTableModel::QualifierColumn).data().toString(),
                 QStringLiteral("≤"));
        QCOMPARE(model.index(0, 0).data(ComparisonTableModel::ArticleIdRole).toLongLong(), 1);
        QCOMPARE(model.index(0, 0).data(ComparisonTableModel::StartRole).toInt(), 10);
    }
};

QTEST_GUILESS_MAIN(TestComparisonTableModel)
#include "tst_comparisontablemodel.moc"
