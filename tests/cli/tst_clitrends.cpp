#include "CliRunner.h"
#include "OfficeText.h"
#include "TestFiles.h"
#include "util/ZipArchive.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// regionscope-cli indicators, chart --per, --kind trend|multiples|map on the sample corpus plus a few
// reports written here with figures for several years and a target.
class TestCliTrends : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QString write(const QString& name, const QByteArray& bytes)
    {
        return writeTestFile(m_dir.path(), name, bytes);
    }

    QByteArray chart(const QString& name, const QStringList& arguments, CliResult* out = nullptr)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        const CliResult result = runCli(
            QStringList{QStringLiteral("--db"), m_db, QStringLiteral("chart"), QStringLiteral("-o"), path} +
            arguments);
        if (out)
            *out = result;
        if (result.exitCode != 0)
            qWarning() << result.err << result.out;
        QFile file(path);
        return result.exitCode == 0 && file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QStringList csvLines(const QByteArray& bytes)
    {
        return QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    }

    QString trendPptx() { return m_dir.filePath(QStringLiteral("trend.pptx")); }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("trends.sqlite"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("reports")));
        const auto report = [&](const QString& name, const QString& text) {
            write(QStringLiteral("reports/") + name, text.toUtf8());
        };
        report(QStringLiteral("jinwan2021.txt"),
               QStringLiteral("珠海市金湾区2021年人才工作综述\n\n发布时间:2022-01-20 来源:金湾区委组织部\n\n"
                              "2021年,金湾区累计发放人才政策补贴1.2亿元,人才队伍不断壮大。"));
        report(QStringLiteral("jinwan2023.txt"),
               QStringLiteral("珠海市金湾区2023年人才工作综述\n\n发布时间:2024-01-18 来源:金湾区委组织部\n\n"
                              "2023年,金湾区累计发放人才政策补贴1.8亿元,人才队伍不断壮大。\n\n"
                              "到2026年,金湾区计划累计发放人才政策补贴3亿元。"));
        report(QStringLiteral("xiangqiao2021.txt"),
               QStringLiteral("潮州市湘桥区2021年人才工作综述\n\n发布时间:2022-02-11 来源:湘桥区委组织部\n\n"
                              "2021年,湘桥区累计发放人才政策补贴3000万元,人才队伍不断壮大。"));
        report(QStringLiteral("xiangqiao2023.txt"),
               QStringLiteral("潮州市湘桥区2023年人才工作综述\n\n发布时间:2024-02-09 来源:湘桥区委组织部\n\n"
                              "2023年,湘桥区累计发放人才政策补贴4000万元,人才队伍不断壮大。"));
        CliResult result = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                                   QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds"),
                                   m_dir.filePath(QStringLiteral("reports"))});
        QCOMPARE(result.exitCode, 0);
    }

    void indicatorsImportAndList()
    {
        const QString good =
            write(QStringLiteral("population.csv"), "region_code,year,indicator,value,unit,source\n"
                                                    "440404,2022,population,25,万人,珠海统计年鉴2023\n"
                                                    "445102,2022,population,50,万人,潮州统计年鉴2023\n"
                                                    "440404,2021,population,24,万人,珠海统计年鉴2022\n"
                                                    "440404,2023,population,30,万人,珠海统计年鉴2024\n"
                                                    "445102,2023,population,40,万人,潮州统计年鉴2024\n");
        CliResult result = runCli(
            {QStringLiteral("--db"), m_db, QStringLiteral("indicators"), QStringLiteral("import"), good});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.lines(), QStringList{QStringLiteral("imported 5 rows")});

        // A bad table: every failing row says why, and nothing of it is stored.
        const QString bad = write(QStringLiteral("bad.csv"), "region_code,year,indicator,value,unit,source\n"
                                                             "440404,2022,gdp,500,亿元,统计公报\n"
                                                             "123456,2022,gdp,20,亿元,统计公报\n"
                                                             "440404,2022,gdp,510,亿元,统计公报\n"
                                                             "445102,2022,population,400000,人,统计公报\n");
        result = runCli(
            {QStringLiteral("--db"), m_db, QStringLiteral("indicators"), QStringLiteral("import"), bad});
        QCOMPARE(result.exitCode, 1);
        const QStringList lines = result.lines();
        QVERIFY2(lines.size() >= 3, qPrintable(result.out));
        QVERIFY(lines.at(0).startsWith(QStringLiteral("failed 3: unknown region code 123456")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("failed 4: duplicate of row 2")));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("failed 5: unit 人 differs from 万人")));

        result = runCli({QStringLiteral("--db"), m_db, QStringLiteral("indicators"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.lines().size(), 2); // header and population: no gdp from the failed table
        QVERIFY(result.lines().at(1).startsWith(QStringLiteral("population\t万人\t5\t2\t2021-2023\t")));

        result = runCli(
            {QStringLiteral("--db"), m_db, QStringLiteral("indicators"), QStringLiteral("frobnicate")});
        QCOMPARE(result.exitCode, 2);
        result = runCli({QStringLiteral("--db"), m_db, QStringLiteral("indicators"), QStringLiteral("import"),
                         m_dir.filePath(QStringLiteral("missing.csv"))});
        QCOMPARE(result.exitCode, 1);
    }

    void perTenThousandResidents()
    {
        const QByteArray csv =
            chart(QStringLiteral("per.csv"),
                  {QStringLiteral("--metric"), QStringLiteral("cadre_training_attendance"),
                   QStringLiteral("--period"), QStringLiteral("2022"), QStringLiteral("--per"),
                   QStringLiteral("population"), QStringLiteral("--format"), QStringLiteral("csv")});
        const QStringList lines = csvLines(csv);
        QVERIFY2(lines.size() >= 2, csv.constData());
        // 1万余人次 in 2022 over 25万 residents: 400 per 10,000.
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("440404,珠海·金湾区,cadre_training_attendance,"
                                                       "干部教育培训人次,2022,400,人次/万人,")),
                 qPrintable(lines.at(1)));

        const QString svg = QString::fromUtf8(
            chart(QStringLiteral("per.svg"),
                  {QStringLiteral("--metric"), QStringLiteral("cadre_training_attendance"),
                   QStringLiteral("--period"), QStringLiteral("2022"), QStringLiteral("--per"),
                   QStringLiteral("population"), QStringLiteral("--format"), QStringLiteral("svg")}));
        QVERIFY(svg.contains(QStringLiteral("每万人")));
        QVERIFY(svg.contains(QStringLiteral("珠海统计年鉴2023"))); // the denominator's source
        QVERIFY(svg.contains(QStringLiteral("来源:")));            // and the figure's

        CliResult result;
        chart(QStringLiteral("none.csv"),
              {QStringLiteral("--metric"), QStringLiteral("cadre_training_attendance"),
               QStringLiteral("--per"), QStringLiteral("gdp"), QStringLiteral("--format"),
               QStringLiteral("csv")},
              &result);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("indicators import")));
    }

    void trendCsvHasEveryYearAndTheTarget()
    {
        const QStringList lines = csvLines(chart(
            QStringLiteral("trend.csv"),
            {QStringLiteral("--metric"), QStringLiteral("talent_subsidy_amount"), QStringLiteral("--kind"),
             QStringLiteral("trend"), QStringLiteral("--format"), QStringLiteral("csv")}));
        QVERIFY2(lines.size() > 3, qPrintable(lines.join(u'\n')));
        QVERIFY(lines.first().endsWith(QStringLiteral(",kind")));
        const QString all = lines.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("440404,珠海·金湾区,talent_subsidy_amount,,2021,120000000,元,")),
                 qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("440404,珠海·金湾区,talent_subsidy_amount,,2023,180000000,元,")));
        QVERIFY(all.contains(QStringLiteral("445102,潮州·湘桥区,talent_subsidy_amount,,2021,30000000,元,")));
        // Xiangqiao has no 2022: listed as missing, never 0.
        QVERIFY(all.contains(
            QRegularExpression(QStringLiteral("445102,[^,]*,talent_subsidy_amount,,2022,,[^\\n]*missing"))));
        // The 2026 plan is a target, not an achievement.
        QVERIFY(
            all.contains(QRegularExpression(QStringLiteral("440404,[^\\n]*,2026,300000000,[^\\n]*,target"))));
    }

    void trendInEveryFormat()
    {
        const QStringList trend{QStringLiteral("--metric"), QStringLiteral("talent_subsidy_amount"),
                                QStringLiteral("--kind"), QStringLiteral("trend")};
        QImage image;
        QVERIFY(image.loadFromData(
            chart(QStringLiteral("trend.png"),
                  trend + QStringList{QStringLiteral("--format"), QStringLiteral("png")})));
        QCOMPARE(image.size(), QSize(1920, 1080));
        const QString svg =
            QString::fromUtf8(chart(QStringLiteral("trend.svg"),
                                    trend + QStringList{QStringLiteral("--format"), QStringLiteral("svg")}));
        QVERIFY(svg.contains(QStringLiteral("缺少某年数据时折线断开")));
        QVERIFY(svg.contains(QStringLiteral("珠海·金湾区")));
        QVERIFY(svg.contains(QStringLiteral("2023")));
        QVERIFY(chart(QStringLiteral("trend.pdf"),
                      trend + QStringList{QStringLiteral("--format"), QStringLiteral("pdf")})
                    .startsWith("%PDF"));

        // PPTX: a native line chart with its data in the chart part and the embedded workbook.
        QVERIFY(!chart(QStringLiteral("trend.pptx"),
                       trend + QStringList{QStringLiteral("--format"), QStringLiteral("pptx")})
                     .isEmpty());
        rs::ZipArchive deck;
        QString error;
        QVERIFY2(deck.load(trendPptx(), &error), qPrintable(error));
        const QString part = QString::fromUtf8(deck.entry(QStringLiteral("ppt/charts/chart1.xml")));
        QVERIFY(part.contains(QStringLiteral("<c:lineChart>")));
        QVERIFY(!part.contains(QStringLiteral("<c:barChart>")));
        QVERIFY(part.contains(QStringLiteral("<c:v>2021</c:v>")));
        QVERIFY(part.contains(QStringLiteral("<c:v>珠海·金湾区</c:v>")));
        QVERIFY(part.contains(QStringLiteral("<c:v>1.2</c:v>")));             // 1.2亿元
        QVERIFY(part.contains(QStringLiteral("<a:prstDash val=\"dash\"/>"))); // the target line
        QVERIFY(deck.contains(QStringLiteral("ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx")));

        const QByteArray xlsx =
            chart(QStringLiteral("trend.xlsx"),
                  trend + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx")});
        rs::ZipArchive book;
        QVERIFY(book.loadFromBytes(xlsx, &error));
        bool line = false;
        for (const QString& name : book.entryNames())
            line = line || (name.startsWith(QStringLiteral("xl/charts/")) &&
                            book.entry(name).contains("<c:lineChart>"));
        QVERIFY(line);
    }

    void smallMultiples()
    {
        const QStringList multiples{QStringLiteral("--metric"), QStringLiteral("talent_subsidy_amount"),
                                    QStringLiteral("--kind"),   QStringLiteral("multiples"),
                                    QStringLiteral("--axis"),   QStringLiteral("independent")};
        const QString svg = QString::fromUtf8(
            chart(QStringLiteral("multiples.svg"),
                  multiples + QStringList{QStringLiteral("--format"), QStringLiteral("svg")}));
        QVERIFY(svg.contains(QStringLiteral("珠海·金湾区")));
        QVERIFY(svg.contains(QStringLiteral("潮州·湘桥区")));
        // A picture slide: PowerPoint has no native small multiples.
        rs::ZipArchive deck;
        QString error;
        QVERIFY(deck.loadFromBytes(
            chart(QStringLiteral("multiples.pptx"),
                  multiples + QStringList{QStringLiteral("--format"), QStringLiteral("pptx")}),
            &error));
        QVERIFY(deck.contains(QStringLiteral("ppt/media/image1.png")));
        QVERIFY(csvLines(chart(QStringLiteral("multiples.csv"),
                               multiples + QStringList{QStringLiteral("--format"), QStringLiteral("csv")}))
                    .size() > 3);
        CliResult result;
        chart(QStringLiteral("bad.svg"),
              multiples + QStringList{QStringLiteral("--axis"), QStringLiteral("both"),
                                      QStringLiteral("--format"), QStringLiteral("svg")},
              &result);
        QCOMPARE(result.exitCode, 2);
    }

    void mapFromSyntheticBoundaries()
    {
        // Three squares keyed by real codes (no real boundaries are bundled): two with data, one without,
        // and one matched by name and parent instead of code.
        const QByteArray geojson =
            R"({"type":"FeatureCollection","source":"测试底图","approval":"GS(2099)0000号",
 "features":[
  {"type":"Feature","properties":{"adcode":440404,"name":"金湾区"},
   "geometry":{"type":"Polygon","coordinates":[[[113.0,22.0],[113.5,22.0],[113.5,22.5],[113.0,22.5],[113.0,22.0]]]}},
  {"type":"Feature","properties":{"name":"湘桥区","parent":"潮州市"},
   "geometry":{"type":"Polygon","coordinates":[[[116.0,23.5],[116.5,23.5],[116.5,24.0],[116.0,24.0],[116.0,23.5]]]}},
  {"type":"Feature","properties":{"adcode":"440402","name":"香洲区"},
   "geometry":{"type":"MultiPolygon","coordinates":[[[[113.5,22.0],[114.0,22.0],[114.0,22.5],[113.5,22.5],[113.5,22.0]]]]}}
 ]})";
        const QString boundaries = write(QStringLiteral("test.geojson"), geojson);
        const QStringList map{QStringLiteral("--metric"),     QStringLiteral("talent_subsidy_amount"),
                              QStringLiteral("--kind"),       QStringLiteral("map"),
                              QStringLiteral("--boundaries"), boundaries,
                              QStringLiteral("--period"),     QStringLiteral("2021")};
        const QString svg = QString::fromUtf8(chart(
            QStringLiteral("map.svg"), map + QStringList{QStringLiteral("--format"), QStringLiteral("svg")}));
        // SVG keeps the text as text, in runs.
        QVERIFY(svg.contains(QStringLiteral("底图来源:测试底图;审图号:")));
        QVERIFY(svg.contains(QStringLiteral("GS(2099)0000")));
        QVERIFY(svg.contains(QStringLiteral("无数据"))); // the hatched legend entry

        // Printed even without notes.
        const QString bare =
            QString::fromUtf8(chart(QStringLiteral("bare.svg"),
                                    map + QStringList{QStringLiteral("--no-notes"),
                                                      QStringLiteral("--format"), QStringLiteral("svg")}));
        QVERIFY(bare.contains(QStringLiteral("审图号")));

        const QStringList lines = csvLines(chart(
            QStringLiteral("map.csv"), map + QStringList{QStringLiteral("--format"), QStringLiteral("csv")}));
        QCOMPARE(lines.size(), 4); // header + three outlines
        QVERIFY(lines.join(u'\n').contains(QStringLiteral("440402,珠海·香洲区,talent_subsidy_amount")));
        QVERIFY(lines.join(u'\n').contains(
            QStringLiteral("445102,潮州·湘桥区,talent_subsidy_amount,人才补贴/奖补金额,2021,30000000")));

        rs::ZipArchive deck;
        QString error;
        QVERIFY(
            deck.loadFromBytes(chart(QStringLiteral("map.pptx"),
                                     map + QStringList{QStringLiteral("--format"), QStringLiteral("pptx")}),
                               &error));
        QVERIFY(deck.contains(QStringLiteral("ppt/media/image1.png")));
        QVERIFY(QString::fromUtf8(deck.entry(QStringLiteral("ppt/slides/slide1.xml")))
                    .contains(QStringLiteral("审图号")));
        QVERIFY(!chart(QStringLiteral("map.pdf"),
                       map + QStringList{QStringLiteral("--format"), QStringLiteral("pdf")})
                     .isEmpty());
        QVERIFY(!chart(QStringLiteral("map.xlsx"),
                       map + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx")})
                     .isEmpty());
        QImage image;
        QVERIFY(
            image.loadFromData(chart(QStringLiteral("map.png"),
                                     map + QStringList{QStringLiteral("--format"), QStringLiteral("png")})));

        CliResult result;
        chart(QStringLiteral("nomap.png"),
              {QStringLiteral("--metric"), QStringLiteral("talent_subsidy_amount"), QStringLiteral("--kind"),
               QStringLiteral("map"), QStringLiteral("--format"), QStringLiteral("png")},
              &result);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("--boundaries")));
    }

    void lineChartOpensInLibreOffice()
    {
        const QString missing = officetext::missingTool();
        if (!missing.isEmpty())
            QSKIP(
                qPrintable(missing + QStringLiteral(" not installed: the PPTX line chart check is skipped")));
        if (!QFile::exists(trendPptx()))
            chart(QStringLiteral("trend.pptx"),
                  {QStringLiteral("--metric"), QStringLiteral("talent_subsidy_amount"),
                   QStringLiteral("--kind"), QStringLiteral("trend"), QStringLiteral("--format"),
                   QStringLiteral("pptx")});
        QString error;
        const QString content = officetext::pdfText(trendPptx(), &error);
        QVERIFY2(!content.isEmpty(), qPrintable(error));
        // The chart's own data drawn by LibreOffice: year labels on the axis and the regions in the legend.
        QVERIFY2(content.contains(QStringLiteral("2021")) && content.contains(QStringLiteral("2023")),
                 qPrintable(content.left(600)));
        QVERIFY(content.contains(QStringLiteral("珠海·金湾区")));
        QVERIFY(content.contains(QStringLiteral("潮州·湘桥区")));
    }
};

QTEST_MAIN(TestCliTrends)
#include "tst_clitrends.moc"
