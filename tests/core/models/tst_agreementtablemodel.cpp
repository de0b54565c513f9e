#include "XlsxReading.h"
#include "models/AgreementTableModel.h"
#include "models/DisagreementTableModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

namespace {

Annotation annotation(qint64 article, const QString& author, int start, int end, qint64 tag)
{
    Annotation a;
    a.articleId = article;
    a.author = author;
    a.anchor.start = start;
    a.anchor.end = end;
    a.tagIds = {tag};
    return a;
}

// Two coders on one report of 20 characters: 政策 A 0–9, B 5–14; 培训 applied by A alone in report 2,
// which B did not code; 补贴 both 15–19.
AgreementResult twoCoders()
{
    AgreementInput input;
    input.tags = {{1, QStringLiteral("政策")}, {2, QStringLiteral("培训")}, {3, QStringLiteral("补贴")}};
    input.documents = {{10, QStringLiteral("金湾区"), QStringLiteral("ABCDEFGHIJKLMNOPQRST"), {}},
                       {11, QStringLiteral("湘桥区"), QStringLiteral("0123456789"), {}}};
    input.annotations = {
        annotation(10, QStringLiteral("李明"), 0, 10, 1), annotation(10, QStringLiteral("王芳"), 5, 15, 1),
        annotation(10, QStringLiteral("李明"), 15, 20, 3), annotation(10, QStringLiteral("王芳"), 15, 20, 3),
        annotation(11, QStringLiteral("李明"), 0, 4, 2)};
    return AgreementCalculator(input).compute(AgreementLevel::Character);
}

} // namespace

// The agreement table and the disagreement view under QAbstractItemModelTester, and the table's exports.
class TestAgreementTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tagRowsEndWithTheOverallRow()
    {
        AgreementTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const AgreementResult result = twoCoders();
        model.setResult(result);
        QCOMPARE(model.rowCount(), 4); // three tags and the overall row
        QCOMPARE(model.columnCount(), int(AgreementTableModel::ColumnCount));
        QCOMPARE(model.index(0, AgreementTableModel::LabelColumn).data().toString(), QStringLiteral("政策"));
        QCOMPARE(model.index(0, AgreementTableModel::CodersColumn).data().toString(),
                 QStringLiteral("李明, 王芳"));
        QCOMPARE(
            model.index(0, AgreementTableModel::UnitsColumn).data(AgreementTableModel::SortRole).toLongLong(),
            20);
        QCOMPARE(
            model.index(0, AgreementTableModel::PercentColumn).data(AgreementTableModel::SortRole).toDouble(),
            50.0);
        QCOMPARE(model.index(3, AgreementTableModel::LabelColumn)
                     .data(AgreementTableModel::TagIdRole)
                     .toLongLong(),
                 0);
        // 培训 was applied only in a report one coder coded; in the report both coded nobody applied it:
        // 20 units alike, κ undefined (no variation), with the reason in the tooltip.
        const QModelIndex kappa = model.index(1, AgreementTableModel::KappaColumn);
        QCOMPARE(model.index(1, AgreementTableModel::LabelColumn).data().toString(), QStringLiteral("培训"));
        QCOMPARE(
            model.index(1, AgreementTableModel::UnitsColumn).data(AgreementTableModel::SortRole).toLongLong(),
            20);
        QCOMPARE(
            model.index(1, AgreementTableModel::PercentColumn).data(AgreementTableModel::SortRole).toDouble(),
            100.0);
        QCOMPARE(kappa.data().toString(), QStringLiteral("—"));
        QVERIFY(kappa.data(Qt::ToolTipRole).toString().contains(QStringLiteral("coded alike")));
        QVERIFY(
            kappa.data(AgreementTableModel::SortRole).toDouble() <
            model.index(0, AgreementTableModel::KappaColumn).data(AgreementTableModel::SortRole).toDouble());

        model.setResult(result, AgreementTableModel::Rows::Reports, 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, AgreementTableModel::LabelColumn).data().toString(),
                 QStringLiteral("金湾区"));
        QCOMPARE(model.headerData(AgreementTableModel::LabelColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Report"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // With three coders, the pairs of one tag: κ for each.
    void pairRows()
    {
        AgreementInput input;
        input.tags = {{1, QStringLiteral("政策")}};
        input.documents = {{10, QStringLiteral("金湾区"), QStringLiteral("ABCDEFGHIJKLMNOPQRST"), {}}};
        input.annotations = {annotation(10, QStringLiteral("甲"), 0, 10, 1),
                             annotation(10, QStringLiteral("乙"), 0, 10, 1),
                             annotation(10, QStringLiteral("丙"), 5, 15, 1)};
        const AgreementResult result = AgreementCalculator(input).compute(AgreementLevel::Character);
        AgreementTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(result);
        QVERIFY(model.index(0, AgreementTableModel::KappaColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("exactly two coders")));
        model.setResult(result, AgreementTableModel::Rows::Pairs, 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.headerData(AgreementTableModel::LabelColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Pair"));
        QCOMPARE(model.index(0, AgreementTableModel::LabelColumn).data().toString(),
                 QStringLiteral("丙 – 乙"));
        for (int row = 0; row < 3; ++row)
            QVERIFY(model.index(row, AgreementTableModel::KappaColumn)
                        .data(AgreementTableModel::SortRole)
                        .toDouble() > -1.0);
    }

    void disagreementsSideBySide()
    {
        DisagreementTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const AgreementResult result = twoCoders();
        model.setResult(result);
        QCOMPARE(model.rowCount(), 1); // 补贴 agrees; 培训 has no second coder
        QCOMPARE(model.columnCount(), DisagreementTableModel::FirstCoderColumn + 2);
        QCOMPARE(model.headerData(DisagreementTableModel::FirstCoderColumn, Qt::Horizontal).toString(),
                 QStringLiteral("李明"));
        QCOMPARE(model.index(0, DisagreementTableModel::PassageColumn).data().toString(),
                 QStringLiteral("ABCDEFGHIJKLMNO"));
        QCOMPARE(model.index(0, DisagreementTableModel::FirstCoderColumn).data().toString(),
                 QStringLiteral("ABCDEFGHIJ"));
        QCOMPARE(model.index(0, DisagreementTableModel::FirstCoderColumn + 1).data().toString(),
                 QStringLiteral("FGHIJKLMNO"));
        QCOMPARE(model.index(0, 0).data(DisagreementTableModel::ArticleIdRole).toLongLong(), 10);
        QCOMPARE(model.index(0, 0).data(DisagreementTableModel::EndRole).toInt(), 15);
        model.setResult(result, 3);
        QCOMPARE(model.rowCount(), 0);
    }

    void exportsCsvAndXlsx()
    {
        AgreementTableModel model;
        model.setResult(twoCoders());
        QVERIFY(model.csv().startsWith("\xEF\xBB\xBF"));
        const QString csv = QString::fromUtf8(model.csv().mid(3));
        QVERIFY(csv.startsWith(
            QStringLiteral("tag,report_id,report,coders,level,units,percent,kappa,alpha\r\n")));
        QVERIFY2(csv.contains(QStringLiteral("政策,,,\"李明,王芳\",character,20,50,0,0.025\r\n")),
                 qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral("培训,,,\"李明,王芳\",character,20,100,,\r\n")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("agreement.xlsx"));
        QString error;
        QVERIFY2(model.write(path, true, &error), qPrintable(error));
        ZipArchive zip;
        QVERIFY2(zip.load(path, &error), qPrintable(error));
        const QVector<xlsx::Sheet> sheets = xlsx::sheets(zip);
        QCOMPARE(sheets.size(), 1);
        QCOMPARE(sheets.first().cells.value(QStringLiteral("A2")), QStringLiteral("政策"));
        QCOMPARE(sheets.first().cells.value(QStringLiteral("F2")).toInt(), 20);
        QVERIFY(qAbs(sheets.first().cells.value(QStringLiteral("I2")).toDouble() - 0.025) < 1e-9);
        QVERIFY(!sheets.first().cells.contains(QStringLiteral("H3"))); // 培训: κ undefined, empty

        QVERIFY(model.write(dir.filePath(QStringLiteral("agreement.csv")), false, &error));
        QFile file(dir.filePath(QStringLiteral("agreement.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), model.csv());

        AgreementTableModel empty;
        QVERIFY(!empty.write(path, false, &error));
        QVERIFY(error.contains(QStringLiteral("nothing to export")));
    }
};

QTEST_MAIN(TestAgreementTableModel)
#include "tst_agreementtablemodel.moc"
