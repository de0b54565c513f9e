#include "ChartFixtures.h"
#include "OfficeText.h"
#include "OpcChecks.h"
#include "XlsxReading.h"
#include "export/PptxWriter.h"
#include "export/XlsxWriter.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

namespace {

QByteArray pngBytes(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(0x5B, 0x8F, 0xF9));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

// What a chart part says: bar direction, category texts and cached values by index.
struct ChartCache
{
    QString barDirection;
    QStringList categoryFormulas;
    QStringList valueFormulas;
    QStringList categories;   // first series
    QMap<int, double> values; // first series, idx -> value
    int valuePointCount = -1;
    int seriesCount = 0;
    QString externalDataId;
};

ChartCache readChart(const QByteArray& xml)
{
    ChartCache cache;
    QXmlStreamReader reader(xml);
    QString container; // "cat" or "val" while inside one
    while (!reader.atEnd()) {
        reader.readNext();
        const QString name = reader.name().toString();
        if (reader.isEndElement() && (name == QLatin1String("cat") || name == QLatin1String("val")))
            container.clear();
        if (!reader.isStartElement())
            continue;
        const auto attributes = reader.attributes();
        if (name == QLatin1String("barDir")) {
            cache.barDirection = attributes.value(QLatin1String("val")).toString();
        } else if (name == QLatin1String("ser")) {
            ++cache.seriesCount;
        } else if (name == QLatin1String("cat") || name == QLatin1String("val")) {
            container = name;
        } else if (name == QLatin1String("f") && !container.isEmpty()) {
            (container == QLatin1String("cat") ? cache.categoryFormulas : cache.valueFormulas)
                .append(reader.readElementText());
        } else if (name == QLatin1String("ptCount") && container == QLatin1String("val") &&
                   cache.seriesCount == 1) {
            cache.valuePointCount = attributes.value(QLatin1String("val")).toInt();
        } else if (name == QLatin1String("pt") && cache.seriesCount == 1 && !container.isEmpty()) {
            const int index = attributes.value(QLatin1String("idx")).toInt();
            reader.readNextStartElement();
            const QString text = reader.readElementText();
            if (container == QLatin1String("cat"))
                cache.categories.append(text);
            else
                cache.values.insert(index, text.toDouble());
        } else if (name == QLatin1String("externalData")) {
            for (const QXmlStreamAttribute& attribute : attributes) {
                if (attribute.name() == QLatin1String("id"))
                    cache.externalDataId = attribute.value().toString();
            }
        }
    }
    return cache;
}

// The text of every a:t in a part, one per line.
QString slideText(const ZipArchive& zip, const QString& part)
{
    QStringList texts;
    QXmlStreamReader reader(zip.entry(part));
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("t"))
            texts.append(reader.readElementText());
    }
    return texts.join(QLatin1Char('\n'));
}

QVector<qint64> idsOf(const QByteArray& xml, const QString& element, QStringList* relationshipIds)
{
    QVector<qint64> ids;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement() || reader.name() != element)
            continue;
        ids.append(reader.attributes().value(QLatin1String("id")).toLongLong());
        for (const QXmlStreamAttribute& attribute : reader.attributes()) {
            if (attribute.qualifiedName() == QLatin1String("r:id"))
                relationshipIds->append(attribute.value().toString());
        }
    }
    return ids;
}

} // namespace

class TestPptxWriter : public QObject
{
    Q_OBJECT

private:
    QVector<PptxSlide> deck()
    {
        PptxSlide native;
        native.chart = fixtures::subsidyChart(30);
        PptxSlide grouped;
        grouped.chart = fixtures::subsidyChart(5);
        grouped.chart.title = QStringLiteral("干部培训与人才补贴");
        ChartSeries second = grouped.chart.series.first();
        second.name = QStringLiteral("干部培训");
        grouped.chart.series.append(second);
        grouped.includeNotes = false;
        grouped.unitText = QStringLiteral("单位:万元");
        PptxSlide picture;
        picture.chart = fixtures::subsidyChart(5);
        picture.chart.title = QStringLiteral("图片备用");
        picture.pictureFallback = true;
        picture.png = m_png;
        return {native, grouped, picture};
    }

    ZipArchive writeDeck(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!PptxWriter::write(path, deck(), &error))
            qWarning() << error;
        ZipArchive zip;
        zip.load(path, &error);
        return zip;
    }

    QTemporaryDir m_dir;
    QByteArray m_png = pngBytes(800, 400);

private slots:
    void packageIsConsistent()
    {
        const ZipArchive zip = writeDeck(QStringLiteral("deck.pptx"));
        QVERIFY(zip.size() > 10);
        QCOMPARE(zip.entryNames().first(), QStringLiteral("[Content_Types].xml"));
        QCOMPARE(opc::problems(zip), QStringList());
        const QStringList names = zip.entryNames();
        for (const QString& name : names) {
            if (name.endsWith(QLatin1String(".xml")))
                QCOMPARE(opc::unresolvedReferences(zip, name), QStringList());
        }
        const QString types = QString::fromUtf8(zip.entry(QStringLiteral("[Content_Types].xml")));
        QVERIFY(types.contains(QStringLiteral("PartName=\"/ppt/charts/chart1.xml\" ContentType=\"application/"
                                              "vnd.openxmlformats-officedocument.drawingml.chart+xml\"")));
        QVERIFY(types.contains(
            QStringLiteral("PartName=\"/ppt/presentation.xml\" ContentType=\"application/"
                           "vnd.openxmlformats-officedocument.presentationml.presentation.main+xml\"")));
    }

    void idsInRange()
    {
        const ZipArchive zip = writeDeck(QStringLiteral("ids.pptx"));
        const QString presentation = QStringLiteral("ppt/presentation.xml");
        const QMap<QString, QString> targets = opc::targetsById(zip, presentation);
        QStringList slideRefs;
        const QVector<qint64> slideIds = idsOf(zip.entry(presentation), QStringLiteral("sldId"), &slideRefs);
        QCOMPARE(slideIds.size(), 3);
        QCOMPARE(QSet<qint64>(slideIds.cbegin(), slideIds.cend()).size(), 3);
        for (int i = 0; i < slideIds.size(); ++i) {
            QVERIFY(slideIds.at(i) >= 256);
            QCOMPARE(targets.value(slideRefs.at(i)), QStringLiteral("ppt/slides/slide%1.xml").arg(i + 1));
        }
        QStringList masterRefs;
        const QVector<qint64> masterIds =
            idsOf(zip.entry(presentation), QStringLiteral("sldMasterId"), &masterRefs);
        QCOMPARE(masterIds.size(), 1);
        QVERIFY(masterIds.first() >= 2147483648LL);
        const QString master = targets.value(masterRefs.first());
        QCOMPARE(master, QStringLiteral("ppt/slideMasters/slideMaster1.xml"));
        QStringList layoutRefs;
        const QVector<qint64> layoutIds =
            idsOf(zip.entry(master), QStringLiteral("sldLayoutId"), &layoutRefs);
        QCOMPARE(layoutIds.size(), 1);
        QVERIFY(layoutIds.first() >= 2147483648LL && layoutIds.first() != masterIds.first());
        QCOMPARE(opc::targetsById(zip, master).value(layoutRefs.first()),
                 QStringLiteral("ppt/slideLayouts/slideLayout1.xml"));
    }

    void nativeChartWithCachesAndWorkbook()
    {
        const ZipArchive zip = writeDeck(QStringLiteral("native.pptx"));
        const ChartData chart = fixtures::subsidyChart(30);
        const QVector<opc::Relationship> slideRelationships =
            opc::relationships(zip, QStringLiteral("ppt/slides/slide1.xml"));
        QString chartPart;
        for (const opc::Relationship& r : slideRelationships) {
            if (r.type.endsWith(QLatin1String("/chart")))
                chartPart = r.target;
        }
        QCOMPARE(chartPart, QStringLiteral("ppt/charts/chart1.xml"));
        const QString chartXml = QString::fromUtf8(zip.entry(chartPart));
        QVERIFY(chartXml.contains(QStringLiteral("<c:chartSpace")));
        QVERIFY(chartXml.contains(QStringLiteral("<c:barChart>")));
        const ChartCache cache = readChart(zip.entry(chartPart));
        QCOMPARE(cache.barDirection, QStringLiteral("bar"));
        QCOMPARE(cache.seriesCount, 1);
        QCOMPARE(cache.categoryFormulas, QStringList{QStringLiteral("Sheet1!$A$2:$A$31")});
        QCOMPARE(cache.valueFormulas, QStringList{QStringLiteral("Sheet1!$B$2:$B$31")});
        QCOMPARE(cache.categories, chart.categories);
        QCOMPARE(cache.valuePointCount, 30);
        QCOMPARE(cache.values.size(), 29); // index 3 is missing: no point, not 0
        QVERIFY(!cache.values.contains(3));
        QCOMPARE(cache.values.value(0), 15000.0);
        QCOMPARE(cache.values.value(29), (150000000.0 - 29 * 12345.0) / 10000.0);
        const QString categoryAxis =
            chartXml.section(QStringLiteral("<c:catAx>"), 1).section(QStringLiteral("</c:catAx>"), 0, 0);
        QVERIFY(categoryAxis.contains(QStringLiteral("<c:orientation val=\"maxMin\"/>")));
        QVERIFY(chartXml.contains(QStringLiteral("<c:min val=\"0\"/>")));
        QVERIFY(chartXml.contains(QStringLiteral("E8684A"))); // the selected region

        // The embedded workbook behind "Edit Data" holds the same numbers.
        const QMap<QString, QString> chartTargets = opc::targetsById(zip, chartPart);
        const QString embedded = chartTargets.value(cache.externalDataId);
        QCOMPARE(embedded, QStringLiteral("ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx"));
        ZipArchive workbook;
        QString error;
        QVERIFY2(workbook.loadFromBytes(zip.entry(embedded), &error), qPrintable(error));
        const QVector<xlsx::Sheet> sheets = xlsx::sheets(workbook);
        QCOMPARE(sheets.size(), 1);
        QCOMPARE(sheets.first().name, QStringLiteral("Sheet1"));
        QCOMPARE(sheets.first().cells.value(QStringLiteral("A2")), QStringLiteral("珠海·金湾区"));
        QCOMPARE(sheets.first().cells.value(QStringLiteral("B1")), QStringLiteral("人才政策补贴"));
        QCOMPARE(sheets.first().cells.value(QStringLiteral("B2")).toDouble(), 15000.0);
        QCOMPARE(sheets.first().cells.value(QStringLiteral("A31")), QStringLiteral("地区29"));
        QVERIFY(!sheets.first().cells.contains(QStringLiteral("B5")));
    }

    void texts()
    {
        const ZipArchive zip = writeDeck(QStringLiteral("texts.pptx"));
        const QString first = slideText(zip, QStringLiteral("ppt/slides/slide1.xml"));
        QVERIFY2(first.contains(QStringLiteral("人才政策补贴 (2022)")), qPrintable(first));
        QVERIFY(first.contains(QStringLiteral("Unit: 万元")));
        QVERIFY(first.contains(QStringLiteral("来源: 珠海特区报 2023-03-24")));
        QVERIFY(first.contains(QStringLiteral("地区: 广东省; 年份: 2022")));
        const QString second = slideText(zip, QStringLiteral("ppt/slides/slide2.xml"));
        QVERIFY(second.contains(QStringLiteral("干部培训与人才补贴")));
        QVERIFY(second.contains(QStringLiteral("单位:万元")));
        QVERIFY(!second.contains(QStringLiteral("来源")));
        const ChartCache grouped = readChart(zip.entry(QStringLiteral("ppt/charts/chart2.xml")));
        QCOMPARE(grouped.seriesCount, 2);
        QCOMPARE(grouped.valueFormulas,
                 (QStringList{QStringLiteral("Sheet1!$B$2:$B$6"), QStringLiteral("Sheet1!$C$2:$C$6")}));
    }

    void pictureFallback()
    {
        const ZipArchive zip = writeDeck(QStringLiteral("picture.pptx"));
        const QString slide = QStringLiteral("ppt/slides/slide3.xml");
        QVERIFY(QString::fromUtf8(zip.entry(slide)).contains(QStringLiteral("<p:pic>")));
        QVERIFY(!QString::fromUtf8(zip.entry(slide)).contains(QStringLiteral("graphicFrame")));
        QString image;
        for (const opc::Relationship& r : opc::relationships(zip, slide)) {
            QVERIFY(!r.type.endsWith(QLatin1String("/chart")));
            if (r.type.endsWith(QLatin1String("/image")))
                image = r.target;
        }
        QCOMPARE(image, QStringLiteral("ppt/media/image1.png"));
        QCOMPARE(zip.entry(image), m_png);
        QVERIFY(slideText(zip, slide).contains(QStringLiteral("图片备用")));
        QVERIFY(!zip.contains(QStringLiteral("ppt/charts/chart3.xml"))); // two native charts only
    }

    void errors()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("bad.pptx"));
        QVERIFY(!PptxWriter::write(path, {}, &error));
        QVERIFY(!error.isEmpty());

        PptxSlide notPng;
        notPng.chart = fixtures::subsidyChart(3);
        notPng.pictureFallback = true;
        notPng.png = "GIF89a...";
        error.clear();
        QVERIFY(!PptxWriter::write(path, {notPng}, &error));
        QVERIFY2(error.contains(QStringLiteral("PNG")), qPrintable(error));

        PptxSlide empty;
        empty.chart.title = QStringLiteral("空");
        error.clear();
        QVERIFY(!PptxWriter::write(path, {empty}, &error));
        QVERIFY2(error.contains(QStringLiteral("no data")), qPrintable(error));
        QVERIFY(!QFile::exists(path));

        error.clear();
        QVERIFY(!PptxWriter::write(QStringLiteral("/nonexistent-folder/deck.pptx"), deck(), &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent-folder/deck.pptx")), qPrintable(error));
    }

    void convertsWithLibreOffice()
    {
        const QString missing = officetext::missingTool();
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing + QStringLiteral(" not installed: PPTX-to-PDF check skipped")));
        QTemporaryDir work;
        const QString deckPath = work.filePath(QStringLiteral("deck.pptx"));
        QString error;
        QVERIFY2(PptxWriter::write(deckPath, deck(), &error), qPrintable(error));
        const QString content = officetext::pdfText(deckPath, &error);
        QVERIFY2(!content.isEmpty(), qPrintable(error));
        QVERIFY2(content.contains(QStringLiteral("人才政策补贴(2022)")), qPrintable(content.left(500)));
        QVERIFY(content.contains(QStringLiteral("珠海·金湾区"))); // a category label of the native chart
        QVERIFY(content.contains(QStringLiteral("干部培训与人才补贴")));
    }
};

QTEST_MAIN(TestPptxWriter)
#include "tst_pptxwriter.moc"
