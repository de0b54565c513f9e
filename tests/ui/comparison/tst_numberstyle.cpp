// One chart, every rendering: the Compare Metrics pane's view, the picture (SVG, which PNG and PDF are
// painted from), the PPTX chart part, the XLSX display column and the comparison table — every value
// label must read the same, in one scale named by the unit, and no axis may mix 8000 with 1万.
#include "XlsxReading.h"
#include "comparison/ChartNumber.h"
#include "comparison/ComparisonChartBuilder.h"
#include "comparison/ComparisonChartView.h"
#include "comparison/ComparisonSource.h"
#include "comparison/ComparisonTableModel.h"
#include "export/ChartExporter.h"
#include "gazetteer/Gazetteer.h"
#include "util/ZipArchive.h"

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace rs;

namespace {

ComparisonRow attendance(const QString& code, double value)
{
    ComparisonRow row;
    row.regionCode = code;
    row.regionLabel = ComparisonSource::regionLabel(Gazetteer::builtin(), code);
    row.key = QStringLiteral("cadre_training_attendance");
    row.value = value;
    row.unit = QStringLiteral("人次");
    row.qualifier = Qualifier::Exact;
    row.period = QStringLiteral("2023");
    row.articleId = 1;
    row.reportTitle = QStringLiteral("报告");
    row.quote = QStringLiteral("培训干部");
    return row;
}

bool isPlainNumber(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    return number.match(text).hasMatch();
}

// Decimals of an OOXML number format such as 0.00 or 0.00"万人次".
int decimalsOf(const QString& formatCode)
{
    const QString number = formatCode.section(QLatin1Char('"'), 0, 0);
    const int dot = number.indexOf(QLatin1Char('.'));
    return dot < 0 ? 0 : int(number.size()) - dot - 1;
}

} // namespace

class TestNumberStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_model.setRows({attendance(QStringLiteral("440404"), 20900.0),
                         attendance(QStringLiteral("445102"), 9116.0),
                         attendance(QStringLiteral("440402"), 12000.0)});
        const QVector<ChartData> charts = ComparisonChartBuilder::build(m_model, ComparisonChartOptions());
        QCOMPARE(charts.size(), 1);
        m_chart = charts.first();
        QCOMPARE(m_chart.unitLabel, QStringLiteral("万人次")); // one scale, named by the unit
        m_expected = {QStringLiteral("2.09"), QStringLiteral("1.20"), QStringLiteral("0.91")};
        QSet<QString> labels;
        for (int i = 0; i < m_chart.categories.size(); ++i)
            labels.insert(ChartNumber::label(m_chart, *m_chart.series.first().values.at(i)));
        QCOMPARE(labels, m_expected);
    }

    void screenReadsTheSame()
    {
        ComparisonChartView view;
        view.resize(1200, 500);
        view.setChart(m_chart, 0, int(m_chart.categories.size()));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSet<QString> valueLabels;
        for (QGraphicsItem* item : view.scene()->items()) {
            if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item);
                text && isPlainNumber(text->text()))
                valueLabels.insert(text->text());
        }
        QCOMPARE(valueLabels, m_expected);
        const QList<QAbstractAxis*> axes = view.chart()->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        auto* valueAxis = qobject_cast<QCategoryAxis*>(axes.first());
        QVERIFY(valueAxis);
        QCOMPARE(valueAxis->titleText(), QStringLiteral("万人次"));
        for (const QString& tick : valueAxis->categoriesLabels())
            QVERIFY2(isPlainNumber(tick), qPrintable(tick)); // never "1万" beside "0.8"
    }

    void pictureReadsTheSame()
    {
        ChartExportOptions options;
        const QByteArray svg = ChartExporter::svg({m_chart}, options);
        QXmlStreamReader reader(svg);
        QSet<QString> numbers;
        bool unitTitle = false;
        while (!reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartElement() || reader.name() != QLatin1String("text"))
                continue;
            const QString text = reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            QVERIFY2(!QRegularExpression(QStringLiteral("^[0-9.]+[万亿]$")).match(text).hasMatch(),
                     qPrintable(text));
            unitTitle = unitTitle || text.contains(QStringLiteral("万人次"));
            if (isPlainNumber(text))
                numbers.insert(text);
        }
        QVERIFY(unitTitle);
        for (const QString& label : std::as_const(m_expected))
            QVERIFY2(numbers.contains(label), qPrintable(label));
    }

    void slideReadsTheSame()
    {
        const QString path = m_dir.filePath(QStringLiteral("chart.pptx"));
        QString error;
        QVERIFY2(ChartExporter::write(path, ChartFormat::Pptx, {m_chart}, ChartExportOptions(), &error),
                 qPrintable(error));
        ZipArchive zip;
        QVERIFY2(zip.load(path, &error), qPrintable(error));
        QXmlStreamReader reader(zip.entry(QStringLiteral("ppt/charts/chart1.xml")));
        QString labelFormat;
        QStringList cached;
        bool inValues = false;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.qualifiedName() == QLatin1String("c:val"))
                inValues = true;
            else if (reader.isEndElement() && reader.qualifiedName() == QLatin1String("c:val"))
                inValues = false;
            else if (reader.isStartElement() && reader.qualifiedName() == QLatin1String("c:numFmt") &&
                     labelFormat.isEmpty())
                labelFormat = reader.attributes().value(QLatin1String("formatCode")).toString();
            else if (inValues && reader.isStartElement() && reader.qualifiedName() == QLatin1String("c:v"))
                cached.append(reader.readElementText());
        }
        QCOMPARE(cached.size(), m_chart.categories.size());
        QSet<QString> shown;
        for (const QString& value : std::as_const(cached))
            shown.insert(QString::number(value.toDouble(), 'f', decimalsOf(labelFormat)));
        QCOMPARE(shown, m_expected);
    }

    void workbookReadsTheSame()
    {
        const QString path = m_dir.filePath(QStringLiteral("chart.xlsx"));
        QString error;
        QVERIFY2(ChartExporter::write(path, ChartFormat::Xlsx, {m_chart}, ChartExportOptions(), &error),
                 qPrintable(error));
        ZipArchive zip;
        QVERIFY2(zip.load(path, &error), qPrintable(error));
        const QVector<xlsx::Sheet> sheets = xlsx::sheets(zip);
        QVERIFY(!sheets.isEmpty());
        const QStringList formats = xlsx::cellFormats(zip);
        // The display column: D, after region, code and the raw value.
        QSet<QString> shown;
        for (int row = 2; row < 2 + m_chart.categories.size(); ++row) {
            const QString cell = QStringLiteral("D%1").arg(row);
            const int style = sheets.first().styles.value(cell, -1);
            QVERIFY2(style >= 0 && style < formats.size(), qPrintable(cell));
            QVERIFY(formats.at(style).endsWith(QStringLiteral("\"万人次\"")));
            shown.insert(QString::number(sheets.first().cells.value(cell).toDouble(), 'f',
                                         decimalsOf(formats.at(style))));
        }
        QCOMPARE(shown, m_expected);
    }

    void tableReadsTheSame()
    {
        QSet<QString> shown;
        for (int row = 0; row < m_model.rowCount(); ++row) {
            shown.insert(m_model.index(row, ComparisonTableModel::ValueColumn).data().toString());
            QCOMPARE(m_model.index(row, ComparisonTableModel::UnitColumn).data().toString(),
                     QStringLiteral("万人次"));
        }
        QCOMPARE(shown, m_expected);
    }

private:
    ComparisonTableModel m_model;
    ChartData m_chart;
    QSet<QString> m_expected;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestNumberStyle)
#include "tst_numberstyle.moc"
