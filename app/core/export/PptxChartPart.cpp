#include "export/PptxChartPart.h"

#include "comparison/ChartNumber.h"
#include "export/XlsxWriter.h"

#include <QXmlStreamWriter>

#include <cmath>

namespace rs {

namespace {

const char* const palette[] = {"5B8FF9", "5AD8A6", "F6BD16", "6DC8EC",
                               "9270CA", "FF9D4D", "269A99", "FF99C3"};
const char* const accent = "E8684A";
constexpr int maxLabelledCategories = 50; // beyond this value labels overlap and only clutter
const QString categoryAxisId = QStringLiteral("500001");
const QString valueAxisId = QStringLiteral("500002");

class ChartXml
{
public:
    explicit ChartXml(QByteArray* out) : w(out) {}

    void value(const QString& name, const QString& v)
    {
        w.writeEmptyElement(name);
        w.writeAttribute(QStringLiteral("val"), v);
    }
    void value(const QString& name, int v) { value(name, QString::number(v)); }
    void solidFill(const char* colour)
    {
        w.writeStartElement(QStringLiteral("a:solidFill"));
        w.writeEmptyElement(QStringLiteral("a:srgbClr"));
        w.writeAttribute(QStringLiteral("val"), QLatin1String(colour));
        w.writeEndElement();
    }
    void shapeFill(const char* colour)
    {
        w.writeStartElement(QStringLiteral("c:spPr"));
        solidFill(colour);
        w.writeEndElement();
    }
    void stringCache(const QString& formula, const QStringList& texts)
    {
        w.writeStartElement(QStringLiteral("c:strRef"));
        w.writeTextElement(QStringLiteral("c:f"), formula);
        w.writeStartElement(QStringLiteral("c:strCache"));
        value(QStringLiteral("c:ptCount"), int(texts.size()));
        for (int i = 0; i < texts.size(); ++i) {
            w.writeStartElement(QStringLiteral("c:pt"));
            w.writeAttribute(QStringLiteral("idx"), QString::number(i));
            w.writeTextElement(QStringLiteral("c:v"), texts.at(i));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }
    // Missing values get no c:pt at all, which charts show as a gap rather than as 0.
    void numberCache(const QString& formula, const ChartSeries& series, int count, double divisor)
    {
        w.writeStartElement(QStringLiteral("c:numRef"));
        w.writeTextElement(QStringLiteral("c:f"), formula);
        w.writeStartElement(QStringLiteral("c:numCache"));
        w.writeTextElement(QStringLiteral("c:formatCode"), QStringLiteral("General"));
        value(QStringLiteral("c:ptCount"), count);
        for (int i = 0; i < count && i < series.values.size(); ++i) {
            if (!series.values.at(i) || !std::isfinite(*series.values.at(i)))
                continue;
            w.writeStartElement(QStringLiteral("c:pt"));
            w.writeAttribute(QStringLiteral("idx"), QString::number(i));
            w.writeTextElement(QStringLiteral("c:v"),
                               PptxChartPart::number(XlsxWriter::displayed(*series.values.at(i), divisor)));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }
    void richText(const QString& text, int size)
    {
        w.writeStartElement(QStringLiteral("c:tx"));
        w.writeStartElement(QStringLiteral("c:rich"));
        w.writeEmptyElement(QStringLiteral("a:bodyPr"));
        w.writeEmptyElement(QStringLiteral("a:lstStyle"));
        w.writeStartElement(QStringLiteral("a:p"));
        w.writeStartElement(QStringLiteral("a:pPr"));
        w.writeEmptyElement(QStringLiteral("a:defRPr"));
        w.writeAttribute(QStringLiteral("sz"), QString::number(size));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("a:r"));
        w.writeEmptyElement(QStringLiteral("a:rPr"));
        w.writeAttribute(QStringLiteral("lang"), QStringLiteral("zh-CN"));
        w.writeAttribute(QStringLiteral("sz"), QString::number(size));
        w.writeTextElement(QStringLiteral("a:t"), text);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }
    void textProperties(int size)
    {
        w.writeStartElement(QStringLiteral("c:txPr"));
        w.writeEmptyElement(QStringLiteral("a:bodyPr"));
        w.writeEmptyElement(QStringLiteral("a:lstStyle"));
        w.writeStartElement(QStringLiteral("a:p"));
        w.writeStartElement(QStringLiteral("a:pPr"));
        w.writeStartElement(QStringLiteral("a:defRPr"));
        w.writeAttribute(QStringLiteral("sz"), QString::number(size));
        solidFill("404040");
        w.writeEndElement();
        w.writeEndElement();
        w.writeEmptyElement(QStringLiteral("a:endParaRPr"));
        w.writeAttribute(QStringLiteral("lang"), QStringLiteral("zh-CN"));
        w.writeEndElement();
        w.writeEndElement();
    }

    // Opens series `s`: its index, order and name, read from the embedded sheet's column s + 1.
    void startSeries(const ChartData& chart, int s)
    {
        const QString column = PptxChartPart::columnName(s + 1);
        w.writeStartElement(QStringLiteral("c:ser"));
        value(QStringLiteral("c:idx"), s);
        value(QStringLiteral("c:order"), s);
        w.writeStartElement(QStringLiteral("c:tx"));
        stringCache(QStringLiteral("%1!$%2$1").arg(XlsxWriter::embeddedSheetName(), column),
                    {chart.series.at(s).name});
        w.writeEndElement();
    }
    // The categories and the values of series `s`, as cached copies of the embedded sheet's cells.
    void seriesValues(const ChartData& chart, int s)
    {
        const int count = int(chart.categories.size());
        const QString sheet = XlsxWriter::embeddedSheetName();
        const QString column = PptxChartPart::columnName(s + 1);
        const QString lastRow = QString::number(count + 1);
        w.writeStartElement(QStringLiteral("c:cat"));
        stringCache(QStringLiteral("%1!$A$2:$A$%2").arg(sheet, lastRow), chart.categories);
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("c:val"));
        numberCache(QStringLiteral("%1!$%2$2:$%2$%3").arg(sheet, column, lastRow), chart.series.at(s), count,
                    chart.displayDivisor);
        w.writeEndElement();
    }

    void series(const ChartData& chart, int s)
    {
        const int count = int(chart.categories.size());
        const bool single = chart.series.size() == 1;
        startSeries(chart, s);
        shapeFill(palette[s % std::size(palette)]);
        value(QStringLiteral("c:invertIfNegative"), 0);
        for (int i = 0; single && i < count && i < chart.selected.size(); ++i) {
            if (!chart.selected.at(i))
                continue;
            w.writeStartElement(QStringLiteral("c:dPt"));
            value(QStringLiteral("c:idx"), i);
            value(QStringLiteral("c:invertIfNegative"), 0);
            value(QStringLiteral("c:bubble3D"), 0);
            shapeFill(accent);
            w.writeEndElement();
        }
        if (count <= maxLabelledCategories) {
            w.writeStartElement(QStringLiteral("c:dLbls"));
            w.writeEmptyElement(QStringLiteral("c:numFmt"));
            // The labels read as on the picture: the chart's decimals, no grouping (ChartNumber).
            w.writeAttribute(QStringLiteral("formatCode"), ChartNumber::formatCode(chart.displayDecimals));
            w.writeAttribute(QStringLiteral("sourceLinked"), QStringLiteral("0"));
            w.writeEmptyElement(QStringLiteral("c:spPr"));
            textProperties(900);
            value(QStringLiteral("c:dLblPos"), QStringLiteral("outEnd"));
            for (const char* flag : {"c:showLegendKey", "c:showVal", "c:showCatName", "c:showSerName",
                                     "c:showPercent", "c:showBubbleSize"})
                value(QLatin1String(flag), QLatin1String(flag) == QLatin1String("c:showVal") ? 1 : 0);
            w.writeEndElement();
        }
        seriesValues(chart, s);
        w.writeEndElement();
    }

    // A line chart's series: the region's colour, dashed for targets, markers at each year; a
    // missing year has no c:pt, and dispBlanksAs="gap" breaks the line there.
    void lineSeries(const ChartData& chart, int s)
    {
        const ChartSeries& series = chart.series.at(s);
        const int colourIndex = series.colour >= 0 ? series.colour : s;
        const char* colour =
            chart.selected.value(colourIndex) ? accent : palette[colourIndex % std::size(palette)];
        startSeries(chart, s);
        w.writeStartElement(QStringLiteral("c:spPr"));
        w.writeStartElement(QStringLiteral("a:ln"));
        w.writeAttribute(QStringLiteral("w"), QStringLiteral("28575"));
        solidFill(colour);
        if (series.target) {
            w.writeEmptyElement(QStringLiteral("a:prstDash"));
            w.writeAttribute(QStringLiteral("val"), QStringLiteral("dash"));
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("c:marker"));
        value(QStringLiteral("c:symbol"), QStringLiteral("circle"));
        value(QStringLiteral("c:size"), 6);
        w.writeStartElement(QStringLiteral("c:spPr"));
        if (series.target)
            solidFill("FFFFFF");
        else
            solidFill(colour);
        w.writeStartElement(QStringLiteral("a:ln"));
        solidFill(colour);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        seriesValues(chart, s);
        value(QStringLiteral("c:smooth"), 0);
        w.writeEndElement();
    }

    // What sets the two category axes apart: a bar chart lists its regions top to bottom on the left
    // (maxMin keeps the first category on top, as ChartData lists them in drawing order), a line
    // chart its years left to right along the bottom.
    struct CategoryAxisLook
    {
        QString orientation;
        QString position;
        QString majorTickMark;
        int textSize = 1000;
        bool everyLabel = false; // every region label, not every other one
    };

    void categoryAxis(const CategoryAxisLook& look)
    {
        w.writeStartElement(QStringLiteral("c:catAx"));
        value(QStringLiteral("c:axId"), categoryAxisId);
        w.writeStartElement(QStringLiteral("c:scaling"));
        value(QStringLiteral("c:orientation"), look.orientation);
        w.writeEndElement();
        value(QStringLiteral("c:delete"), 0);
        value(QStringLiteral("c:axPos"), look.position);
        w.writeEmptyElement(QStringLiteral("c:numFmt"));
        w.writeAttribute(QStringLiteral("formatCode"), QStringLiteral("General"));
        w.writeAttribute(QStringLiteral("sourceLinked"), QStringLiteral("0"));
        value(QStringLiteral("c:majorTickMark"), look.majorTickMark);
        value(QStringLiteral("c:minorTickMark"), QStringLiteral("none"));
        value(QStringLiteral("c:tickLblPos"), QStringLiteral("nextTo"));
        textProperties(look.textSize);
        value(QStringLiteral("c:crossAx"), valueAxisId);
        value(QStringLiteral("c:crosses"), QStringLiteral("autoZero"));
        value(QStringLiteral("c:auto"), 1);
        value(QStringLiteral("c:lblAlgn"), QStringLiteral("ctr"));
        value(QStringLiteral("c:lblOffset"), 100);
        if (look.everyLabel)
            value(QStringLiteral("c:tickLblSkip"), 1);
        value(QStringLiteral("c:noMultiLvlLbl"), 0);
        w.writeEndElement();
    }

    // The value axis, titled with the displayed unit; `position` is where it stands ("b", "l") and
    // `crosses` where the category axis crosses it.
    void valueAxis(const ChartData& chart, const QString& position, const QString& crosses)
    {
        w.writeStartElement(QStringLiteral("c:valAx"));
        value(QStringLiteral("c:axId"), valueAxisId);
        w.writeStartElement(QStringLiteral("c:scaling"));
        value(QStringLiteral("c:orientation"), QStringLiteral("minMax"));
        // Bars and lines must be comparable from 0: viewers would otherwise start the axis near the
        // smallest value.
        if (!XlsxWriter::hasNegative(chart))
            value(QStringLiteral("c:min"), 0);
        w.writeEndElement();
        value(QStringLiteral("c:delete"), 0);
        value(QStringLiteral("c:axPos"), position);
        w.writeStartElement(QStringLiteral("c:majorGridlines"));
        w.writeStartElement(QStringLiteral("c:spPr"));
        w.writeStartElement(QStringLiteral("a:ln"));
        w.writeAttribute(QStringLiteral("w"), QStringLiteral("6350"));
        solidFill("D9D9D9");
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        const QString title = chart.unitLabel.isEmpty() ? chart.unit : chart.unitLabel;
        if (!title.isEmpty()) {
            w.writeStartElement(QStringLiteral("c:title"));
            richText(title, 1000);
            value(QStringLiteral("c:overlay"), 0);
            w.writeEndElement();
        }
        w.writeEmptyElement(QStringLiteral("c:numFmt"));
        // Ticks as the picture writes them: in the chart's scale, no grouping, no trailing zeros.
        w.writeAttribute(QStringLiteral("formatCode"), QStringLiteral("General"));
        w.writeAttribute(QStringLiteral("sourceLinked"), QStringLiteral("0"));
        value(QStringLiteral("c:majorTickMark"), QStringLiteral("out"));
        value(QStringLiteral("c:minorTickMark"), QStringLiteral("none"));
        value(QStringLiteral("c:tickLblPos"), QStringLiteral("nextTo"));
        textProperties(900);
        value(QStringLiteral("c:crossAx"), categoryAxisId);
        value(QStringLiteral("c:crosses"), crosses);
        value(QStringLiteral("c:crossBetween"), QStringLiteral("between"));
        w.writeEndElement();
    }

    void lineAxes(const ChartData& chart)
    {
        categoryAxis({QStringLiteral("minMax"), QStringLiteral("b"), QStringLiteral("out"), 1000, false});
        valueAxis(chart, QStringLiteral("l"), QStringLiteral("autoZero"));
    }

    void barAxes(const ChartData& chart)
    {
        // Smaller labels so a Top-30 keeps every region label.
        const int textSize = chart.categories.size() > 20 ? 800 : 1000;
        categoryAxis({QStringLiteral("maxMin"), QStringLiteral("l"), QStringLiteral("none"), textSize, true});
        // With the categories reversed, crossing at the last category keeps this axis at the bottom.
        valueAxis(chart, QStringLiteral("b"), QStringLiteral("max"));
    }

    QXmlStreamWriter w;
};

} // namespace

QString PptxChartPart::columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

QString PptxChartPart::number(double value)
{
    return QString::number(value, 'g', 15);
}

QByteArray PptxChartPart::xml(const ChartData& chart, const QString& workbookRelationshipId)
{
    QByteArray out;
    ChartXml x(&out);
    QXmlStreamWriter& w = x.w;
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeStartElement(QStringLiteral("c:chartSpace"));
    w.writeAttribute(QStringLiteral("xmlns:c"),
                     QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/chart"));
    w.writeAttribute(QStringLiteral("xmlns:a"),
                     QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main"));
    w.writeAttribute(QStringLiteral("xmlns:r"),
                     QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"));
    x.value(QStringLiteral("c:date1904"), 0);
    x.value(QStringLiteral("c:lang"), QStringLiteral("zh-CN"));
    x.value(QStringLiteral("c:roundedCorners"), 0);
    w.writeStartElement(QStringLiteral("c:chart"));
    // The slide carries the title as a text box; a second title inside the chart would repeat it.
    x.value(QStringLiteral("c:autoTitleDeleted"), 1);
    w.writeStartElement(QStringLiteral("c:plotArea"));
    w.writeEmptyElement(QStringLiteral("c:layout"));
    const bool line = chart.kind == ChartData::Kind::Line;
    if (line) {
        w.writeStartElement(QStringLiteral("c:lineChart"));
        x.value(QStringLiteral("c:grouping"), QStringLiteral("standard"));
        x.value(QStringLiteral("c:varyColors"), 0);
        for (int s = 0; s < chart.series.size(); ++s)
            x.lineSeries(chart, s);
        x.value(QStringLiteral("c:marker"), 1);
        x.value(QStringLiteral("c:axId"), categoryAxisId);
        x.value(QStringLiteral("c:axId"), valueAxisId);
        w.writeEndElement(); // lineChart
        x.lineAxes(chart);
    } else {
        w.writeStartElement(QStringLiteral("c:barChart"));
        x.value(QStringLiteral("c:barDir"), QStringLiteral("bar"));
        x.value(QStringLiteral("c:grouping"), QStringLiteral("clustered"));
        x.value(QStringLiteral("c:varyColors"), 0);
        for (int s = 0; s < chart.series.size(); ++s)
            x.series(chart, s);
        x.value(QStringLiteral("c:gapWidth"), 60);
        x.value(QStringLiteral("c:axId"), categoryAxisId);
        x.value(QStringLiteral("c:axId"), valueAxisId);
        w.writeEndElement(); // barChart
        x.barAxes(chart);
    }
    w.writeEndElement(); // plotArea
    if (chart.series.size() > 1) {
        w.writeStartElement(QStringLiteral("c:legend"));
        x.value(QStringLiteral("c:legendPos"), line ? QStringLiteral("r") : QStringLiteral("t"));
        x.value(QStringLiteral("c:overlay"), 0);
        w.writeEndElement();
    }
    x.value(QStringLiteral("c:plotVisOnly"), 1);
    x.value(QStringLiteral("c:dispBlanksAs"), QStringLiteral("gap"));
    w.writeEndElement(); // chart
    x.textProperties(1000);
    w.writeStartElement(QStringLiteral("c:externalData"));
    w.writeAttribute(QStringLiteral("r:id"), workbookRelationshipId);
    x.value(QStringLiteral("c:autoUpdate"), 0);
    w.writeEndElement();
    w.writeEndElement(); // chartSpace
    w.writeEndDocument();
    return out;
}

} // namespace rs
