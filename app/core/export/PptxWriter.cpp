#include "export/PptxWriter.h"

#include "export/OpcPackage.h"
#include "export/PptxChartPart.h"
#include "export/PptxTemplate.h"
#include "export/XlsxWriter.h"
#include "util/AppInfo.h"

#include <QBuffer>
#include <QDateTime>
#include <QImageReader>
#include <QXmlStreamWriter>

namespace rs {

namespace {

const QString officeRelationships =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString pmlType = QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.");

QString relationshipType(const char* name)
{
    return officeRelationships + QLatin1Char('/') + QLatin1String(name);
}

// Slide geometry in EMU (914400 per inch): 13.333 x 7.5 in, half-inch margins.
constexpr qint64 slideWidth = 12192000;
constexpr qint64 slideHeight = 6858000;
constexpr qint64 margin = 457200;
constexpr qint64 contentWidth = slideWidth - 2 * margin;
constexpr qint64 titleTop = 228600;
constexpr qint64 titleHeight = 685800;
constexpr qint64 unitTop = titleTop + titleHeight;
constexpr qint64 unitHeight = 365760;
constexpr qint64 chartTop = unitTop + unitHeight + 45720;
constexpr qint64 notesHeight = 731520;
constexpr qint64 bottomGap = 228600;

struct Box
{
    qint64 x, y, cx, cy;
};

struct Paragraph
{
    QString text;
    int size; // hundredths of a point
    bool bold;
    const char* colour;
};

class SlideXml
{
public:
    explicit SlideXml(QByteArray* out) : w(out)
    {
        w.writeStartDocument(QStringLiteral("1.0"), true);
        w.writeStartElement(QStringLiteral("p:sld"));
        w.writeAttribute(QStringLiteral("xmlns:a"),
                         QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main"));
        w.writeAttribute(QStringLiteral("xmlns:r"), officeRelationships);
        w.writeAttribute(QStringLiteral("xmlns:p"),
                         QStringLiteral("http://schemas.openxmlformats.org/presentationml/2006/main"));
        w.writeStartElement(QStringLiteral("p:cSld"));
        w.writeStartElement(QStringLiteral("p:spTree"));
        w.writeStartElement(QStringLiteral("p:nvGrpSpPr"));
        nonVisual(1, QString());
        w.writeEmptyElement(QStringLiteral("p:cNvGrpSpPr"));
        w.writeEmptyElement(QStringLiteral("p:nvPr"));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("p:grpSpPr"));
        w.writeStartElement(QStringLiteral("a:xfrm"));
        // The group transform of the tree itself: all zero, children use slide coordinates.
        for (const auto& [offset, extent] : {std::pair{"a:off", "a:ext"}, std::pair{"a:chOff", "a:chExt"}}) {
            w.writeEmptyElement(QLatin1String(offset));
            w.writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
            w.writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
            w.writeEmptyElement(QLatin1String(extent));
            w.writeAttribute(QStringLiteral("cx"), QStringLiteral("0"));
            w.writeAttribute(QStringLiteral("cy"), QStringLiteral("0"));
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    void finish()
    {
        w.writeEndElement(); // spTree
        w.writeEndElement(); // cSld
        w.writeStartElement(QStringLiteral("p:clrMapOvr"));
        w.writeEmptyElement(QStringLiteral("a:masterClrMapping"));
        w.writeEndElement();
        w.writeEndElement(); // sld
        w.writeEndDocument();
    }

    void textBox(const QString& name, const Box& box, const QVector<Paragraph>& paragraphs)
    {
        w.writeStartElement(QStringLiteral("p:sp"));
        w.writeStartElement(QStringLiteral("p:nvSpPr"));
        nonVisual(m_nextId++, name);
        w.writeEmptyElement(QStringLiteral("p:cNvSpPr"));
        w.writeAttribute(QStringLiteral("txBox"), QStringLiteral("1"));
        w.writeEmptyElement(QStringLiteral("p:nvPr"));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("p:spPr"));
        transform(QStringLiteral("a:xfrm"), box);
        rectangle();
        w.writeEmptyElement(QStringLiteral("a:noFill"));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("p:txBody"));
        w.writeStartElement(QStringLiteral("a:bodyPr"));
        w.writeAttribute(QStringLiteral("wrap"), QStringLiteral("square"));
        w.writeAttribute(QStringLiteral("lIns"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("rIns"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("anchor"), QStringLiteral("t"));
        w.writeEmptyElement(QStringLiteral("a:normAutofit"));
        w.writeEndElement();
        w.writeEmptyElement(QStringLiteral("a:lstStyle"));
        for (const Paragraph& paragraph : paragraphs) {
            w.writeStartElement(QStringLiteral("a:p"));
            w.writeStartElement(QStringLiteral("a:r"));
            w.writeStartElement(QStringLiteral("a:rPr"));
            w.writeAttribute(QStringLiteral("lang"), QStringLiteral("zh-CN"));
            w.writeAttribute(QStringLiteral("altLang"), QStringLiteral("en-US"));
            w.writeAttribute(QStringLiteral("sz"), QString::number(paragraph.size));
            w.writeAttribute(QStringLiteral("b"), paragraph.bold ? QStringLiteral("1") : QStringLiteral("0"));
            w.writeStartElement(QStringLiteral("a:solidFill"));
            w.writeEmptyElement(QStringLiteral("a:srgbClr"));
            w.writeAttribute(QStringLiteral("val"), QLatin1String(paragraph.colour));
            w.writeEndElement();
            w.writeEndElement(); // rPr
            w.writeTextElement(QStringLiteral("a:t"), paragraph.text);
            w.writeEndElement(); // r
            w.writeEndElement(); // p
        }
        w.writeEndElement(); // txBody
        w.writeEndElement(); // sp
    }

    void chartFrame(const Box& box, const QString& chartRelationshipId)
    {
        w.writeStartElement(QStringLiteral("p:graphicFrame"));
        w.writeStartElement(QStringLiteral("p:nvGraphicFramePr"));
        nonVisual(m_nextId++, QStringLiteral("Chart"));
        w.writeEmptyElement(QStringLiteral("p:cNvGraphicFramePr"));
        w.writeEmptyElement(QStringLiteral("p:nvPr"));
        w.writeEndElement();
        transform(QStringLiteral("p:xfrm"), box);
        w.writeStartElement(QStringLiteral("a:graphic"));
        w.writeStartElement(QStringLiteral("a:graphicData"));
        w.writeAttribute(QStringLiteral("uri"),
                         QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/chart"));
        w.writeEmptyElement(QStringLiteral("c:chart"));
        w.writeAttribute(QStringLiteral("xmlns:c"),
                         QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/chart"));
        w.writeAttribute(QStringLiteral("r:id"), chartRelationshipId);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    void picture(const Box& box, const QString& imageRelationshipId)
    {
        w.writeStartElement(QStringLiteral("p:pic"));
        w.writeStartElement(QStringLiteral("p:nvPicPr"));
        nonVisual(m_nextId++, QStringLiteral("Chart picture"));
        w.writeStartElement(QStringLiteral("p:cNvPicPr"));
        w.writeEmptyElement(QStringLiteral("a:picLocks"));
        w.writeAttribute(QStringLiteral("noChangeAspect"), QStringLiteral("1"));
        w.writeEndElement();
        w.writeEmptyElement(QStringLiteral("p:nvPr"));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("p:blipFill"));
        w.writeEmptyElement(QStringLiteral("a:blip"));
        w.writeAttribute(QStringLiteral("r:embed"), imageRelationshipId);
        w.writeStartElement(QStringLiteral("a:stretch"));
        w.writeEmptyElement(QStringLiteral("a:fillRect"));
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("p:spPr"));
        transform(QStringLiteral("a:xfrm"), box);
        rectangle();
        w.writeEndElement();
        w.writeEndElement();
    }

private:
    void nonVisual(int id, const QString& name)
    {
        w.writeEmptyElement(QStringLiteral("p:cNvPr"));
        w.writeAttribute(QStringLiteral("id"), QString::number(id));
        w.writeAttribute(QStringLiteral("name"),
                         name.isEmpty() ? name : QStringLiteral("%1 %2").arg(name).arg(id));
    }
    void transform(const QString& element, const Box& box)
    {
        w.writeStartElement(element);
        w.writeEmptyElement(QStringLiteral("a:off"));
        w.writeAttribute(QStringLiteral("x"), QString::number(box.x));
        w.writeAttribute(QStringLiteral("y"), QString::number(box.y));
        w.writeEmptyElement(QStringLiteral("a:ext"));
        w.writeAttribute(QStringLiteral("cx"), QString::number(box.cx));
        w.writeAttribute(QStringLiteral("cy"), QString::number(box.cy));
        w.writeEndElement();
    }
    void rectangle()
    {
        w.writeStartElement(QStringLiteral("a:prstGeom"));
        w.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
        w.writeEmptyElement(QStringLiteral("a:avLst"));
        w.writeEndElement();
    }

    QXmlStreamWriter w;
    int m_nextId = 2; // 1 is the shape tree itself
};

// The picture keeps its aspect ratio inside the chart area, centred.
Box fitted(const Box& area, const QSize& pixels)
{
    if (pixels.isEmpty())
        return area;
    const double scale = std::min(double(area.cx) / pixels.width(), double(area.cy) / pixels.height());
    const qint64 cx = qint64(pixels.width() * scale);
    const qint64 cy = qint64(pixels.height() * scale);
    return {area.x + (area.cx - cx) / 2, area.y + (area.cy - cy) / 2, cx, cy};
}

QStringList noteLines(const PptxSlide& slide)
{
    QStringList lines;
    const ChartData& chart = slide.chart;
    if (!slide.includeNotes) {
        if (!chart.mapNote.isEmpty())
            lines.append(chart.mapNote); // a published map always names its boundaries and approval
        return lines;
    }
    if (chart.referenceLine && !chart.referenceLabel.isEmpty())
        lines.append(PptxWriter::tr("%1: %2 %3")
                         .arg(chart.referenceLabel,
                              QString::number(
                                  XlsxWriter::displayed(*chart.referenceLine, chart.displayDivisor), 'f', 2),
                              chart.unitLabel.isEmpty() ? chart.unit : chart.unitLabel)
                         .trimmed());
    for (const QString& note : {chart.sourceNote, chart.filterNote, chart.missingNote, chart.mapNote}) {
        if (!note.isEmpty())
            lines.append(note);
    }
    return lines;
}

QByteArray presentationXml(const QString& masterId, const QStringList& slideIds)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeStartElement(QStringLiteral("p:presentation"));
    w.writeAttribute(QStringLiteral("xmlns:a"),
                     QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main"));
    w.writeAttribute(QStringLiteral("xmlns:r"), officeRelationships);
    w.writeAttribute(QStringLiteral("xmlns:p"),
                     QStringLiteral("http://schemas.openxmlformats.org/presentationml/2006/main"));
    w.writeStartElement(QStringLiteral("p:sldMasterIdLst"));
    w.writeEmptyElement(QStringLiteral("p:sldMasterId"));
    w.writeAttribute(QStringLiteral("id"),
                     QStringLiteral("2147483648")); // master and layout ids start at 2^31
    w.writeAttribute(QStringLiteral("r:id"), masterId);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("p:sldIdLst"));
    for (int i = 0; i < slideIds.size(); ++i) {
        w.writeEmptyElement(QStringLiteral("p:sldId"));
        w.writeAttribute(QStringLiteral("id"), QString::number(256 + i)); // slide ids start at 256
        w.writeAttribute(QStringLiteral("r:id"), slideIds.at(i));
    }
    w.writeEndElement();
    w.writeEmptyElement(QStringLiteral("p:sldSz"));
    w.writeAttribute(QStringLiteral("cx"), QString::number(slideWidth));
    w.writeAttribute(QStringLiteral("cy"), QString::number(slideHeight));
    w.writeEmptyElement(QStringLiteral("p:notesSz"));
    w.writeAttribute(QStringLiteral("cx"), QStringLiteral("6858000")); // portrait A4-ish notes page
    w.writeAttribute(QStringLiteral("cy"), QStringLiteral("9144000"));
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QByteArray corePropertiesXml(const QString& title)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeStartElement(QStringLiteral("cp:coreProperties"));
    w.writeAttribute(
        QStringLiteral("xmlns:cp"),
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"));
    w.writeAttribute(QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
    w.writeAttribute(QStringLiteral("xmlns:dcterms"), QStringLiteral("http://purl.org/dc/terms/"));
    w.writeAttribute(QStringLiteral("xmlns:xsi"),
                     QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"));
    w.writeTextElement(QStringLiteral("dc:title"), title);
    w.writeTextElement(QStringLiteral("dc:creator"), QStringLiteral("Regionscope"));
    w.writeStartElement(QStringLiteral("dcterms:created"));
    w.writeAttribute(QStringLiteral("xsi:type"), QStringLiteral("dcterms:W3CDTF"));
    w.writeCharacters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QByteArray appPropertiesXml(int slides)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeStartElement(QStringLiteral("Properties"));
    w.writeDefaultNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
    w.writeTextElement(QStringLiteral("Application"), QStringLiteral("Regionscope ") + AppInfo::version());
    w.writeTextElement(QStringLiteral("Slides"), QString::number(slides));
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

// The slide master with its one layout and its theme.
void addMaster(OpcPackage& package, const QString& master, const QString& layout, const QString& theme)
{
    package.addPart(layout, pmlType + QStringLiteral("slideLayout+xml"), PptxTemplate::blankLayout());
    package.addPart(theme, QStringLiteral("application/vnd.openxmlformats-officedocument.theme+xml"),
                    PptxTemplate::theme());
    package.addPart(master, pmlType + QStringLiteral("slideMaster+xml"), PptxTemplate::slideMaster());
    // The master's XML refers to its layout as rId1 and its theme as rId2, in this order.
    package.addRelationship(master, relationshipType("slideLayout"), layout);
    package.addRelationship(master, relationshipType("theme"), theme);
    package.addRelationship(layout, relationshipType("slideMaster"), master);
}

// The presentation part, listing the slides, with the properties parts PowerPoint expects beside it.
void addPresentation(OpcPackage& package, const QString& presentation, const QString& theme,
                     const QString& masterId, const QStringList& slideIds)
{
    package.addRelationship(presentation, relationshipType("theme"), theme);
    const QString presProps = QStringLiteral("ppt/presProps.xml");
    const QString viewProps = QStringLiteral("ppt/viewProps.xml");
    const QString tableStyles = QStringLiteral("ppt/tableStyles.xml");
    package.addPart(presProps, pmlType + QStringLiteral("presProps+xml"),
                    PptxTemplate::presentationProperties());
    package.addPart(viewProps, pmlType + QStringLiteral("viewProps+xml"), PptxTemplate::viewProperties());
    package.addPart(tableStyles, pmlType + QStringLiteral("tableStyles+xml"), PptxTemplate::tableStyles());
    package.addRelationship(presentation, relationshipType("presProps"), presProps);
    package.addRelationship(presentation, relationshipType("viewProps"), viewProps);
    package.addRelationship(presentation, relationshipType("tableStyles"), tableStyles);
    package.addPart(presentation, pmlType + QStringLiteral("presentation.main+xml"),
                    presentationXml(masterId, slideIds));
}

// docProps/core.xml and app.xml, and the package's relationships to them and to the presentation.
void addDocumentProperties(OpcPackage& package, const QString& presentation, const QString& title, int slides)
{
    const QString core = QStringLiteral("docProps/core.xml");
    const QString app = QStringLiteral("docProps/app.xml");
    package.addPart(core, QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"),
                    corePropertiesXml(title));
    package.addPart(app,
                    QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml"),
                    appPropertiesXml(slides));
    package.addRelationship(QString(), relationshipType("officeDocument"), presentation);
    package.addRelationship(
        QString(),
        QStringLiteral(
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
        core);
    package.addRelationship(QString(), relationshipType("extended-properties"), app);
}

} // namespace

bool PptxWriter::write(const QString& path, const QVector<PptxSlide>& slides, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (slides.isEmpty())
        return fail(tr("There are no charts to put into the presentation."));

    OpcPackage package;
    const QString presentation = QStringLiteral("ppt/presentation.xml");
    const QString master = QStringLiteral("ppt/slideMasters/slideMaster1.xml");
    const QString layout = QStringLiteral("ppt/slideLayouts/slideLayout1.xml");
    const QString theme = QStringLiteral("ppt/theme/theme1.xml");
    addMaster(package, master, layout, theme);

    const QString masterId = package.addRelationship(presentation, relationshipType("slideMaster"), master);
    QStringList slideIds;
    int charts = 0;
    int images = 0;
    for (int i = 0; i < slides.size(); ++i) {
        const PptxSlide& slide = slides.at(i);
        const ChartData& chart = slide.chart;
        const QString slidePart = QStringLiteral("ppt/slides/slide%1.xml").arg(i + 1);
        package.addRelationship(slidePart, relationshipType("slideLayout"), layout);

        QByteArray slideXml;
        SlideXml xml(&slideXml);
        if (!chart.title.isEmpty())
            xml.textBox(QStringLiteral("Title"), {margin, titleTop, contentWidth, titleHeight},
                        {{chart.title, 2800, true, "1F1F1F"}});
        const QString unitLabel = chart.unitLabel.isEmpty() ? chart.unit : chart.unitLabel;
        const QString unitText = !slide.unitText.isEmpty() ? slide.unitText
                                 : unitLabel.isEmpty()     ? QString()
                                                           : tr("Unit: %1").arg(unitLabel);
        if (!unitText.isEmpty())
            xml.textBox(QStringLiteral("Unit"), {margin, unitTop, contentWidth, unitHeight},
                        {{unitText, 1400, false, "595959"}});
        const QStringList notes = noteLines(slide);
        const qint64 reserved = notes.isEmpty() ? bottomGap : notesHeight + bottomGap;
        const Box chartBox{margin, chartTop, contentWidth, slideHeight - chartTop - reserved};

        if (slide.pictureFallback) {
            QBuffer buffer;
            buffer.setData(slide.png);
            QImageReader reader(&buffer, "png");
            const QSize size = reader.size();
            if (!slide.png.startsWith("\x89PNG\r\n\x1a\n") || !size.isValid())
                return fail(tr("Slide %1 (\"%2\"): the picture fallback needs a PNG image.")
                                .arg(i + 1)
                                .arg(chart.title));
            const QString image = QStringLiteral("ppt/media/image%1.png").arg(++images);
            package.addPart(image, QStringLiteral("image/png"), slide.png, true);
            xml.picture(fitted(chartBox, size),
                        package.addRelationship(slidePart, relationshipType("image"), image));
        } else {
            if (chart.categories.isEmpty() || chart.series.isEmpty())
                return fail(tr("Slide %1 (\"%2\"): the chart has no data.").arg(i + 1).arg(chart.title));
            QByteArray workbook;
            QString workbookError;
            if (!XlsxWriter::chartWorkbook(chart, &workbook, &workbookError))
                return fail(tr("Slide %1 (\"%2\"): %3").arg(i + 1).arg(chart.title, workbookError));
            ++charts;
            const QString chartPart = QStringLiteral("ppt/charts/chart%1.xml").arg(charts);
            const QString embedded =
                QStringLiteral("ppt/embeddings/Microsoft_Excel_Worksheet%1.xlsx").arg(charts);
            package.addPart(
                embedded, QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                workbook, true);
            const QString workbookId =
                package.addRelationship(chartPart, relationshipType("package"), embedded);
            package.addPart(
                chartPart,
                QStringLiteral("application/vnd.openxmlformats-officedocument.drawingml.chart+xml"),
                PptxChartPart::xml(chart, workbookId));
            xml.chartFrame(chartBox,
                           package.addRelationship(slidePart, relationshipType("chart"), chartPart));
        }
        if (!notes.isEmpty()) {
            QVector<Paragraph> paragraphs;
            for (const QString& line : notes)
                paragraphs.append({line, 1100, false, "595959"});
            xml.textBox(QStringLiteral("Notes"), {margin, slideHeight - reserved, contentWidth, notesHeight},
                        paragraphs);
        }
        xml.finish();
        package.addPart(slidePart, pmlType + QStringLiteral("slide+xml"), slideXml);
        slideIds.append(package.addRelationship(presentation, relationshipType("slide"), slidePart));
    }

    addPresentation(package, presentation, theme, masterId, slideIds);
    addDocumentProperties(package, presentation, slides.first().chart.title, int(slides.size()));

    QString saveError;
    if (!package.save(path, &saveError))
        return fail(saveError);
    return true;
}

} // namespace rs
