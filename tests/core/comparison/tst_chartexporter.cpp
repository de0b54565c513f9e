#include "export/ChartExporter.h"

#include <QImage>
#include <QMimeData>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace rs;

namespace {

ChartData sampleChart(int regions)
{
    ChartData chart;
    chart.title = QStringLiteral("人才政策补贴 (2022)");
    chart.unit = QStringLiteral("元");
    chart.unitLabel = QStringLiteral("万元");
    chart.displayDivisor = 1e4;
    chart.sourceNote = QStringLiteral("来源:珠海特区报 2023-03-24");
    chart.filterNote = QStringLiteral("地区:全部; 年份:2022");
    chart.period = QStringLiteral("2022");
    ChartSeries series;
    series.metricKey = QStringLiteral("talent_subsidy_amount");
    series.name = QStringLiteral("人才政策补贴");
    for (int i = 0; i < regions; ++i) {
        chart.categories.append(QStringLiteral("地区%1·第%2区").arg(i / 10).arg(i));
        chart.categoryCodes.append(QString::number(440000 + i));
        chart.selected.append(i == 1);
        const bool missing = i == regions - 1;
        series.values.append(missing ? std::nullopt : std::optional<double>(1.5e8 - i * 1000.0));
        series.qualifiers.append(i == 0 ? Qualifier::AtMost : Qualifier::Exact);
        ChartValueSource source;
        if (!missing) {
            source.articleId = i + 1;
            source.quote = i == 0 ? QStringLiteral("近1.5亿元") : QStringLiteral("数值");
            source.report = QStringLiteral("金湾区:以高质量“组织力”,赋能");
            source.published = QStringLiteral("2023-03-24");
            source.status = QStringLiteral("machine");
        }
        series.sources.append(source);
    }
    chart.series.append(series);
    return chart;
}

QString pdfText(const QByteArray& pdf, const QString& folder)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return QString();
    const QString path = folder + QStringLiteral("/chart.pdf");
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(pdf);
    file.close();
    QProcess process;
    process.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    // As pdftotext reads it: no normalisation, so a radical (⼈ U+2F08) in place of 人 shows.
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestChartExporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void pngHasTheChosenSizeAndScale()
    {
        ChartExportOptions options;
        options.size = QSize(1280, 720);
        options.scale = 2;
        QImage image;
        QVERIFY(image.loadFromData(ChartExporter::png({sampleChart(12)}, options), "PNG"));
        QCOMPARE(image.size(), QSize(2560, 1440));
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
        // Bars in Okabe–Ito blue, the selected region's in the vermillion accent.
        bool blue = false;
        bool accent = false;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 7) {
                blue = blue || image.pixelColor(x, y) == QColor(0x00, 0x72, 0xB2);
                accent = accent || image.pixelColor(x, y) == QColor(0xD5, 0x5E, 0x00);
            }
        }
        QVERIFY(blue);
        QVERIFY(accent);

        options.transparent = true;
        options.scale = 1;
        QVERIFY(image.loadFromData(ChartExporter::png({sampleChart(12)}, options), "PNG"));
        QCOMPARE(image.size(), QSize(1280, 720));
        QCOMPARE(image.pixelColor(2, 2).alpha(), 0);
    }

    void svgKeepsTextAsText()
    {
        const QByteArray svg = ChartExporter::svg({sampleChart(12)}, ChartExportOptions());
        QXmlStreamReader reader(svg);
        while (!reader.atEnd())
            reader.readNext();
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        const QString text = QString::fromUtf8(svg);
        QVERIFY(text.contains(QStringLiteral("人才政策补贴 (2022)")));
        QVERIFY(text.contains(QStringLiteral("单位:万元")));
        QVERIFY(text.contains(QStringLiteral("珠海特区报")));
        QVERIFY(text.contains(QStringLiteral("≤15000"))); // 1.5亿元 in 万元 with its qualifier
        QVERIFY(text.contains(QStringLiteral("无数据")));
        QVERIFY(text.contains(QStringLiteral("Noto Sans CJK SC")));

        ChartExportOptions bare;
        bare.includeNotes = false;
        const QString withoutNotes = QString::fromUtf8(ChartExporter::svg({sampleChart(12)}, bare));
        QVERIFY(!withoutNotes.contains(QStringLiteral("单位:万元")));
        QVERIFY(!withoutNotes.contains(QStringLiteral("珠海特区报")));
        QVERIFY(withoutNotes.contains(QStringLiteral("万元"))); // the axis title stays
    }

    void pdfTextIsSelectableChinese()
    {
        const QByteArray pdf = ChartExporter::pdf({sampleChart(12)}, ChartExportOptions());
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY(pdf.contains("NotoSansCJK"));
        const QString text = pdfText(pdf, m_dir.path());
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY2(text.contains(QStringLiteral("人才政策补贴")), qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("单位:万元")));
    }

    // What an analyst pastes from the PDF, or searches in it, is what is drawn: 人 not ⼈ (U+2F08), 比 not
    // ⽐ (U+2F50), 长 not ⻓ (U+2ED3). Every CJK character of the title, labels and notes is checked.
    void pdfTextCopiesAsDrawn()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        ChartData chart = sampleChart(4);
        chart.title = QStringLiteral("人才补贴对比");
        chart.categories = QStringList{QStringLiteral("金湾区"), QStringLiteral("长安区"),
                                       QStringLiteral("龙门县"), QStringLiteral("门头沟区")};
        chart.sourceNote = QStringLiteral("来源:人民日报 金融 见闻 比较");
        chart.filterNote = QStringLiteral("地区:全部 年份:2022 飞龙 风 马 鱼 鸟");
        const QString text = pdfText(ChartExporter::pdf({chart}, ChartExportOptions()), m_dir.path());
        const QString drawn =
            chart.title + chart.categories.join(QString()) + chart.sourceNote + chart.filterNote;
        for (const QChar c : drawn) {
            if (c.script() != QChar::Script_Han)
                continue;
            QVERIFY2(text.contains(c), qPrintable(QStringLiteral("%1 (U+%2) missing from the PDF's text: %3")
                                                      .arg(c)
                                                      .arg(c.unicode(), 4, 16)
                                                      .arg(text.left(400))));
        }
        for (const QChar c : text)
            QVERIFY2(
                c.unicode() < 0x2E80 || c.unicode() > 0x2FDF,
                qPrintable(QStringLiteral("a radical (U+%1) in the PDF's text").arg(c.unicode(), 4, 16)));
        QVERIFY(text.contains(QStringLiteral("人才补贴对比")));
        QVERIFY(text.contains(QStringLiteral("长安区")));
        // SVG keeps the text as written, character for character.
        const QString svg = QString::fromUtf8(ChartExporter::svg({chart}, ChartExportOptions()));
        for (const QString& label : chart.categories + QStringList{chart.title})
            QVERIFY2(svg.contains(label), qPrintable(label));
    }

    void csvIsUtf8WithBomAndRawValues()
    {
        const QByteArray csv = ChartExporter::csv({sampleChart(3)});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("region_code,region,metric_key")));
        QCOMPARE(lines.at(1),
                 QStringLiteral("440000,地区0·第0区,talent_subsidy_amount,人才政策补贴,2022,150000000,元,"
                                "15000,万元,at_most,1,\"金湾区:以高质量“组织力”,赋能\",2023-03-24,"
                                "近1.5亿元,machine,"));
        QVERIFY(lines.at(3).contains(QStringLiteral(",,元,,万元,"))); // missing: empty, never 0
        QVERIFY(lines.at(3).contains(QStringLiteral("missing")));
    }

    void threeThousandRegionsExport()
    {
        const QVector<ChartData> charts{sampleChart(3000)};
        for (ChartFormat format : {ChartFormat::Png, ChartFormat::Svg, ChartFormat::Pdf, ChartFormat::Csv}) {
            const QString path = m_dir.filePath(QStringLiteral("many.") + ChartExporter::formatName(format));
            QString error;
            QVERIFY2(ChartExporter::write(path, format, charts, ChartExportOptions(), &error),
                     qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 1000);
        }
        QFile csv(m_dir.filePath(QStringLiteral("many.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 3001);
        QImage image(m_dir.filePath(QStringLiteral("many.png")));
        QCOMPARE(image.size(), QSize(1920, 1080));
    }

    void clipboardDataHasImageSvgAndTable()
    {
        std::unique_ptr<QMimeData> mime(ChartExporter::mimeData({sampleChart(5)}, ChartExportOptions()));
        QVERIFY(mime->hasImage());
        QVERIFY(mime->data(QStringLiteral("image/svg+xml")).contains("人才政策补贴"));
        QVERIFY(mime->text().contains(QStringLiteral("150000000")));
    }

    void formatNames()
    {
        ChartFormat format = ChartFormat::Png;
        QVERIFY(ChartExporter::formatFromName(QStringLiteral("PDF"), &format));
        QCOMPARE(format, ChartFormat::Pdf);
        QVERIFY(!ChartExporter::formatFromName(QStringLiteral("gif"), &format));
        QString error;
        QVERIFY(
            !ChartExporter::write(m_dir.filePath(QStringLiteral("x.png")), ChartFormat::Png, {}, {}, &error));
        QVERIFY(!error.isEmpty());
    }
    void disagreeingReportsDrawTheirRange()
    {
        // The same chart, once with the range its reports give for the first region: a thin dark line
        // with end marks across the bar (ChartPainter), more dark pixels than without it.
        const auto darkPixels = [](const ChartData& chart) {
            ChartExportOptions options;
            options.size = QSize(800, 450);
            options.includeNotes = false;
            const QImage image = ChartExporter::image({chart}, options);
            int count = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor colour = image.pixelColor(x, y); // antialiased: near the line's 0x222222
                    count += colour.red() < 0x60 && colour.green() < 0x60 && colour.blue() < 0x60 ? 1 : 0;
                }
            }
            return count;
        };
        const ChartData plain = sampleChart(3);
        ChartData ranged = plain;
        ChartValueSource& source = ranged.series.first().sources.first();
        source.conflict = true;
        source.low = *plain.series.first().values.first() * 0.5;
        source.high = *plain.series.first().values.first() * 1.05;
        const int withRange = darkPixels(ranged);
        const int without = darkPixels(plain);
        QVERIFY2(withRange > without + 50,
                 qPrintable(QStringLiteral("%1 vs %2").arg(withRange).arg(without)));
    }
};

QTEST_MAIN(TestChartExporter)
#include "tst_chartexporter.moc"
