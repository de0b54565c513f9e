#include "ChartFixtures.h"
#include "OpcChecks.h"
#include "XlsxReading.h"
#include "export/XlsxWriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rs;

class TestXlsxWriter : public QObject
{
    Q_OBJECT

private:
    ZipArchive writeAndOpen(const QVector<ChartData>& charts, const QVector<ExportTable>& tables)
    {
        const QString path = m_dir.filePath(QStringLiteral("export.xlsx"));
        QString error;
        if (!XlsxWriter::write(path, charts, tables, &error))
            qWarning() << error;
        ZipArchive zip;
        if (!zip.load(path, &error))
            qWarning() << error;
        return zip;
    }

    QTemporaryDir m_dir;

private slots:
    void chartSheetHoldsRawAndDisplayedValues()
    {
        const ChartData chart = fixtures::subsidyChart(5);
        const ZipArchive zip = writeAndOpen({chart}, {});
        QVERIFY(zip.size() > 0);
        QCOMPARE(opc::problems(zip), QStringList());
        const QVector<xlsx::Sheet> sheets = xlsx::sheets(zip);
        QCOMPARE(sheets.size(), 1);
        QCOMPARE(sheets.at(0).name, QStringLiteral("人才政策补贴 (2022)"));
        const QHash<QString, QString>& cells = sheets.at(0).cells;
        QCOMPARE(cells.value(QStringLiteral("A1")), QStringLiteral("Region"));
        QCOMPARE(cells.value(QStringLiteral("A2")), QStringLiteral("珠海·金湾区"));
        QCOMPARE(cells.value(QStringLiteral("B2")), QStringLiteral("440404"));
        QCOMPARE(cells.value(QStringLiteral("C1")), QStringLiteral("人才政策补贴 (元)"));
        QCOMPARE(cells.value(QStringLiteral("D1")), QStringLiteral("人才政策补贴 (万元)"));
        QCOMPARE(cells.value(QStringLiteral("C2")).toDouble(), 150000000.0); // raw
        QCOMPARE(cells.value(QStringLiteral("D2")).toDouble(), 15000.0);     // displayed
        QCOMPARE(cells.value(QStringLiteral("C3")).toDouble(), 150000000.0 - 12345.0);
        QVERIFY(!cells.contains(QStringLiteral("C5"))); // missing stays blank, never 0
        QVERIFY(!cells.contains(QStringLiteral("D5")));
        QCOMPARE(cells.value(QStringLiteral("A8")), chart.sourceNote);
        QCOMPARE(cells.value(QStringLiteral("A9")), chart.filterNote);
        const QStringList formats = xlsx::cellFormats(zip);
        const int style = sheets.at(0).styles.value(QStringLiteral("D2"), -1);
        QVERIFY(style >= 0 && style < formats.size());
        QCOMPARE(formats.at(style), QStringLiteral("0.00\"万元\""));
        QVERIFY(!sheets.at(0).styles.contains(QStringLiteral("C2"))); // raw cells keep General

        // A native bar chart over the sheet, reached from the sheet's drawing.
        QVERIFY(zip.contains(QStringLiteral("xl/charts/chart1.xml")));
        const QString chartXml = QString::fromUtf8(zip.entry(QStringLiteral("xl/charts/chart1.xml")));
        QVERIFY(chartXml.contains(QStringLiteral("<c:barChart>")));
        QVERIFY(chartXml.contains(QStringLiteral("<c:barDir val=\"bar\"/>")));
        QVERIFY2(chartXml.contains(QStringLiteral("$A$2:$A$6")), qPrintable(chartXml.left(2000)));
        QVERIFY(chartXml.contains(QStringLiteral("$D$2:$D$6")));
        // First region on top: the category axis is reversed, the value axis starts at zero.
        const QString categoryAxis =
            chartXml.section(QStringLiteral("<c:catAx>"), 1).section(QStringLiteral("</c:catAx>"), 0, 0);
        QVERIFY2(categoryAxis.contains(QStringLiteral("<c:orientation val=\"maxMin\"/>")),
                 qPrintable(categoryAxis));
        const QString valueAxis =
            chartXml.section(QStringLiteral("<c:valAx>"), 1).section(QStringLiteral("</c:valAx>"), 0, 0);
        QVERIFY2(valueAxis.contains(QStringLiteral("<c:min val=\"0\"/>")), qPrintable(valueAxis));
        QVERIFY(valueAxis.contains(QStringLiteral("万元")));
        QVERIFY(chartXml.contains(QStringLiteral("E8684A"))); // the selected region's bar
        const QVector<opc::Relationship> drawing = opc::relationships(zip, sheets.at(0).part);
        QCOMPARE(drawing.size(), 1);
        QCOMPARE(opc::relationships(zip, drawing.at(0).target).value(0).target,
                 QStringLiteral("xl/charts/chart1.xml"));
    }

    void tableSheetHoldsAllRows()
    {
        const ExportTable table = fixtures::comparisonRows(3000);
        const ZipArchive zip = writeAndOpen({fixtures::subsidyChart(30)}, {table});
        QCOMPARE(opc::problems(zip), QStringList());
        const QVector<xlsx::Sheet> sheets = xlsx::sheets(zip);
        QCOMPARE(sheets.size(), 2);
        const xlsx::Sheet& sheet = sheets.at(1);
        QCOMPARE(sheet.name, QStringLiteral("对比表_ 人才政策补贴"));
        QCOMPARE(sheet.rows, 3001);
        // Value column raw, display column inserted right after it, the rest shifted by one.
        QCOMPARE(sheet.cells.value(QStringLiteral("C1")), QStringLiteral("Value"));
        QCOMPARE(sheet.cells.value(QStringLiteral("D1")), QStringLiteral("Value (displayed)"));
        QCOMPARE(sheet.cells.value(QStringLiteral("E1")), QStringLiteral("Unit"));
        QCOMPARE(sheet.cells.value(QStringLiteral("J1")), QStringLiteral("Status"));
        QCOMPARE(sheet.cells.value(QStringLiteral("A2")), QStringLiteral("地区0"));
        QCOMPARE(sheet.cells.value(QStringLiteral("C2")), QStringLiteral("1000000"));
        QCOMPARE(sheet.cells.value(QStringLiteral("D2")).toDouble(), 100.0);
        QCOMPARE(sheet.cells.value(QStringLiteral("C3001")), QStringLiteral("1002999"));
        QCOMPARE(sheet.cells.value(QStringLiteral("A3001")), QStringLiteral("地区2999"));
        QCOMPARE(sheet.cells.value(QStringLiteral("I3001")), QStringLiteral("3000")); // report id, a number
        QCOMPARE(sheet.cells.value(QStringLiteral("J3001")), QStringLiteral("confirmed"));
        QVERIFY(!sheet.cells.contains(QStringLiteral("C9"))); // the missing value of row 8
        QVERIFY(!sheet.cells.contains(QStringLiteral("D9")));
    }

    void thousandsOfCategoriesInOneChart()
    {
        const ChartData chart = fixtures::subsidyChart(3000);
        const ZipArchive zip = writeAndOpen({chart}, {});
        const QVector<xlsx::Sheet> sheets = xlsx::sheets(zip);
        QCOMPARE(sheets.size(), 1);
        QCOMPARE(sheets.at(0).cells.value(QStringLiteral("A3001")), QStringLiteral("地区2999"));
        const QString chartXml = QString::fromUtf8(zip.entry(QStringLiteral("xl/charts/chart1.xml")));
        QVERIFY(chartXml.contains(QStringLiteral("$A$2:$A$3001")));
    }

    void sheetNamesAreValidAndUnique()
    {
        ChartData first = fixtures::subsidyChart(3);
        first.title = QStringLiteral("补贴/人次: [2022] 对比 * 广东省珠海市金湾区干部培训人次统计");
        ChartData second = first;
        ExportTable table = fixtures::comparisonRows(2);
        table.name = first.title;
        const ZipArchive zip = writeAndOpen({first, second}, {table});
        const QVector<xlsx::Sheet> sheets = xlsx::sheets(zip);
        QCOMPARE(sheets.size(), 3);
        QStringList names;
        for (const xlsx::Sheet& sheet : sheets) {
            QVERIFY2(sheet.name.size() <= 31, qPrintable(sheet.name));
            for (const QChar c : QStringLiteral("[]:*?/\\"))
                QVERIFY2(!sheet.name.contains(c), qPrintable(sheet.name));
            QVERIFY(!names.contains(sheet.name));
            names.append(sheet.name);
        }
        QVERIFY(names.at(1).endsWith(QStringLiteral(" (2)")));
        QVERIFY(names.at(2).endsWith(QStringLiteral(" (3)")));
    }

    void groupedSeriesAndNoDisplayColumn()
    {
        ChartData chart = fixtures::subsidyChart(4);
        chart.unit = QStringLiteral("人次");
        chart.unitLabel = QStringLiteral("人次");
        chart.displayDivisor = 1.0;
        ChartSeries other = chart.series.first();
        other.name = QStringLiteral("干部培训");
        chart.series.append(other);
        const ZipArchive zip = writeAndOpen({chart}, {});
        const xlsx::Sheet sheet = xlsx::sheets(zip).value(0);
        QCOMPARE(sheet.cells.value(QStringLiteral("C1")), QStringLiteral("人才政策补贴 (人次)"));
        QCOMPARE(sheet.cells.value(QStringLiteral("D1")), QStringLiteral("干部培训 (人次)"));
        const QString chartXml = QString::fromUtf8(zip.entry(QStringLiteral("xl/charts/chart1.xml")));
        QCOMPARE(chartXml.count(QStringLiteral("<c:ser>")), 2);
        QVERIFY(chartXml.contains(QStringLiteral("<c:legend>")));
    }

    void chartWorkbookForPptx()
    {
        const ChartData chart = fixtures::subsidyChart(4);
        QByteArray bytes;
        QString error;
        QVERIFY2(XlsxWriter::chartWorkbook(chart, &bytes, &error), qPrintable(error));
        ZipArchive zip;
        QVERIFY2(zip.loadFromBytes(bytes, &error), qPrintable(error));
        const xlsx::Sheet sheet = xlsx::sheets(zip).value(0);
        QCOMPARE(sheet.name, XlsxWriter::embeddedSheetName());
        QCOMPARE(sheet.cells.value(QStringLiteral("B1")), QStringLiteral("人才政策补贴"));
        QCOMPARE(sheet.cells.value(QStringLiteral("A2")), QStringLiteral("珠海·金湾区"));
        QCOMPARE(sheet.cells.value(QStringLiteral("B2")).toDouble(), 15000.0);
        QVERIFY(!sheet.cells.contains(QStringLiteral("B5")));
    }

    void numberFormats()
    {
        QCOMPARE(XlsxWriter::displayNumberFormat(QStringLiteral("亿元"), 2), QStringLiteral("0.00\"亿元\""));
        QCOMPARE(XlsxWriter::displayNumberFormat(QStringLiteral("万\"元"), 1), QStringLiteral("0.0\"万元\""));
        QCOMPARE(XlsxWriter::displayNumberFormat(QString(), 0), QStringLiteral("0"));
        QCOMPARE(XlsxWriter::displayed(350000000.0, 1e8), 3.5);
        QCOMPARE(XlsxWriter::displayed(5.0, 0.0), 5.0);
    }

    void errors()
    {
        QString error;
        QVERIFY(!XlsxWriter::write(m_dir.filePath(QStringLiteral("none.xlsx")), {}, {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.xlsx"))));
        error.clear();
        const QString unwritable = QStringLiteral("/nonexistent-folder/export.xlsx");
        QVERIFY(!XlsxWriter::write(unwritable, {fixtures::subsidyChart(3)}, {}, &error));
        QVERIFY2(error.contains(unwritable), qPrintable(error));
    }

    void failureKeepsExistingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("keep.xlsx"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("previous");
        file.close();
        QString error;
        QVERIFY(!XlsxWriter::write(path, {}, {}, &error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("previous"));
        const QStringList leftovers =
            QDir(m_dir.path()).entryList({QStringLiteral(".regionscope-*")}, QDir::Files | QDir::Hidden);
        QCOMPARE(leftovers, QStringList());
    }
};

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "tst_xlsxwriter.moc"
