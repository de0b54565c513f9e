#include "CliRunner.h"
#include "util/ZipArchive.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

// regionscope-cli chart on the sample corpus: every format, checked by content.
class TestCliChart : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    // Charts of 2022 unless `extra` names a period: the year these checks were written for (the CLI's
    // default is each region's latest year).
    QByteArray chart(const QString& metric, const QString& format, QStringList extra = {})
    {
        if (!extra.contains(QStringLiteral("--period")))
            extra << QStringLiteral("--period") << QStringLiteral("2022");
        const QString path = m_dir.filePath(metric + QLatin1Char('.') + format);
        const CliResult result = runCli(
            QStringList{QStringLiteral("--db"), m_db, QStringLiteral("chart"), QStringLiteral("--metric"),
                        metric, QStringLiteral("--format"), format, QStringLiteral("-o"), path} +
            extra);
        if (result.exitCode != 0)
            qWarning() << result.err;
        QFile file(path);
        return result.exitCode == 0 && file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("seeds.sqlite"));
        const CliResult result = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                                         QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds")});
        QCOMPARE(result.exitCode, 0);
    }

    void csvHasTheValuesAndTheirPassages()
    {
        const QByteArray bytes = chart(QStringLiteral("talent_subsidy_amount"), QStringLiteral("csv"));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QString csv = QString::fromUtf8(bytes.mid(3));
        QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).startsWith(QStringLiteral("440404,珠海·金湾区,talent_subsidy_amount,人才补贴/"
                                                      "奖补金额,2022,150000000,元,1.5,亿元,at_most,")));
        QVERIFY(lines.at(1).contains(QStringLiteral(",近1.5亿元,")));

        csv = QString::fromUtf8(chart(QStringLiteral("cadre_training_attendance"), QStringLiteral("csv")));
        lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(
            lines.at(1).startsWith(QStringLiteral("440404,珠海·金湾区,cadre_training_attendance,"
                                                  "干部教育培训人次,2022,10000,人次,1,万人次,at_least,")));
        QVERIFY(lines.at(1).contains(QStringLiteral(",1万余人次,")));
    }

    void pngSvgPdf()
    {
        QImage image;
        QVERIFY(image.loadFromData(
            chart(QStringLiteral("talent_subsidy_amount"), QStringLiteral("png"),
                  {QStringLiteral("--width"), QStringLiteral("1280"), QStringLiteral("--height"),
                   QStringLiteral("720"), QStringLiteral("--scale"), QStringLiteral("2")})));
        QCOMPARE(image.size(), QSize(2560, 1440));

        const QString svg =
            QString::fromUtf8(chart(QStringLiteral("cadre_training_attendance"), QStringLiteral("svg"),
                                    {QStringLiteral("--title"), QStringLiteral("干部培训对比")}));
        QVERIFY(svg.contains(QStringLiteral("干部培训对比")));
        QVERIFY(svg.contains(QStringLiteral("珠海·金湾区")));
        QVERIFY(svg.contains(QStringLiteral("≥1.00"))); // 1万余人次 in the chart's scale
        QVERIFY(svg.contains(QStringLiteral("单位:万人次")));

        const QByteArray pdf = chart(QStringLiteral("talent_subsidy_amount"), QStringLiteral("pdf"),
                                     {QStringLiteral("--title"), QStringLiteral("人才补贴对比")});
        QVERIFY(pdf.startsWith("%PDF"));
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (tool.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess process;
        process.start(tool,
                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                       m_dir.filePath(QStringLiteral("talent_subsidy_amount.pdf")), QStringLiteral("-")});
        QVERIFY(process.waitForFinished(60000));
        // As read, without normalisation: the text layer names 人, never the radical ⼈ sharing its glyph.
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("人才补贴对比")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("单位:亿元")));
    }

    void pptxAndXlsxHoldTheChartAndValues()
    {
        const QByteArray pptx = chart(QStringLiteral("talent_subsidy_amount"), QStringLiteral("pptx"),
                                      {QStringLiteral("--title"), QStringLiteral("人才补贴对比")});
        rs::ZipArchive deck;
        QString error;
        QVERIFY2(deck.loadFromBytes(pptx, &error), qPrintable(error));
        QString slides;
        QString charts;
        for (const QString& name : deck.entryNames()) {
            if (name.startsWith(QStringLiteral("ppt/slides/slide")))
                slides += QString::fromUtf8(deck.entry(name));
            if (name.startsWith(QStringLiteral("ppt/charts/chart")))
                charts += QString::fromUtf8(deck.entry(name));
        }
        QVERIFY(slides.contains(QStringLiteral("人才补贴对比")));
        QVERIFY(charts.contains(QStringLiteral("珠海·金湾区")));
        QVERIFY(charts.contains(QStringLiteral("<c:v>1.5</c:v>"))); // displayed in 亿元

        const QByteArray xlsx = chart(QStringLiteral("cadre_training_attendance"), QStringLiteral("xlsx"));
        rs::ZipArchive book;
        QVERIFY2(book.loadFromBytes(xlsx, &error), qPrintable(error));
        QString strings = QString::fromUtf8(book.entry(QStringLiteral("xl/sharedStrings.xml")));
        QString sheets;
        for (const QString& name : book.entryNames()) {
            if (name.startsWith(QStringLiteral("xl/worksheets/")))
                sheets += QString::fromUtf8(book.entry(name));
        }
        QVERIFY(strings.contains(QStringLiteral("珠海·金湾区")));
        QVERIFY(sheets.contains(QStringLiteral("<v>10000</v>")));
    }

    void topAndRegions()
    {
        const QString csv =
            QString::fromUtf8(chart(QStringLiteral("cadre_training_attendance"), QStringLiteral("csv"),
                                    {QStringLiteral("--regions"), QStringLiteral("440404,445102"),
                                     QStringLiteral("--top"), QStringLiteral("5")}));
        QVERIFY(csv.contains(QStringLiteral("445102,潮州·湘桥区,cadre_training_attendance")));
        QVERIFY(csv.contains(QStringLiteral("missing")));
    }

    void usageErrors()
    {
        QCOMPARE(
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("chart"), QStringLiteral("--format"),
                    QStringLiteral("png"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.png"))})
                .exitCode,
            2);
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("chart"), QStringLiteral("--metric"),
                         QStringLiteral("no_such_key"), QStringLiteral("--format"), QStringLiteral("png"),
                         QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.png"))})
                     .exitCode,
                 2);
        QCOMPARE(
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("chart"), QStringLiteral("--metric"),
                    QStringLiteral("talent_subsidy_amount"), QStringLiteral("--format"),
                    QStringLiteral("gif"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.gif"))})
                .exitCode,
            2);
        // A year nobody reports: nothing to draw is a failure, not an empty chart.
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("chart"), QStringLiteral("--metric"),
                         QStringLiteral("talent_subsidy_amount"), QStringLiteral("--period"),
                         QStringLiteral("1999"), QStringLiteral("--format"), QStringLiteral("png"),
                         QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.png"))})
                     .exitCode,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCliChart)
#include "tst_clichart.moc"
