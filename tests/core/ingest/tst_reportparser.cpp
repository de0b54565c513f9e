#include "ingest/ReportParser.h"

#include <QFile>
#include <QTest>

using rs::ReportParser;

namespace {

QByteArray seed(const QString& name)
{
    QFile f(QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const char* const kSeeds[] = {"000_2496036bcb3ee729.txt", "001_05fc3587cf98a258.txt",
                              "002_14309619b7b81944.txt", "003_c80e7640dadc126c.txt",
                              "004_dee7d14892e105a8.txt"};

} // namespace

class TstReportParser : public QObject
{
    Q_OBJECT
private slots:
    void seedMetadata_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("firstAuthor");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("collapsed");
        QTest::newRow("000") << kSeeds[0] << "金湾区:以高质量“组织力”,赋能高质量“发展力”!"
                             << QDate(2023, 3, 24) << "珠海特区报"
                             << "宋一诺"
                             << "" << true;
        QTest::newRow("001") << kSeeds[1] << "强党建 育人才 促发展" << QDate() << ""
                             << "甘丰恺"
                             << "" << false;
        QTest::newRow("002") << kSeeds[2] << "潮州湘桥:“678”引才工作法 聚特色产业人才" << QDate(2023, 4, 24)
                             << "中共广东省委组织部"
                             << "佚名"
                             << "https://www.gdzz.gov.cn/rcgz/gzdt/content/post_18406.html" << false;
        QTest::newRow("003") << kSeeds[3] << "蓬江:党建引领促发展,擎旗奋进开新局" << QDate() << ""
                             << ""
                             << "" << false;
        QTest::newRow("004") << kSeeds[4]
                             << "浙江乍浦开发区(嘉兴港区)党工委书记冯中海:建强“三支队伍”赋能“三港一城”"
                             << QDate() << ""
                             << ""
                             << "" << false;
    }
    void seedMetadata()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(QDate, date);
        QFETCH(QString, source);
        QFETCH(QString, firstAuthor);
        QFETCH(QString, url);
        QFETCH(bool, collapsed);
        const ReportParser::Result r = ReportParser().parse(seed(file), file);
        QVERIFY2(r.ok, qPrintable(r.error));
        const rs::ParsedReport& report = r.report;
        QCOMPARE(report.encoding, QStringLiteral("UTF-8"));
        QVERIFY(!report.wasHtml);
        QCOMPARE(report.metadata.title, title);
        QCOMPARE(report.metadata.publishedOn, date);
        QCOMPARE(report.metadata.publishedText.isEmpty(), !date.isValid());
        QCOMPARE(report.metadata.source, source);
        QCOMPARE(report.metadata.authors.value(0), firstAuthor);
        QCOMPARE(report.metadata.originalUrl, url);
        QCOMPARE(report.collapsedRepeat, collapsed);

        // The title is metadata, not body; the body is trimmed paragraphs joined by one '\n'.
        QVERIFY(!report.body.contains(title));
        QVERIFY(!report.body.contains(QStringLiteral("\n\n")));
        QCOMPARE(report.body, report.body.trimmed());
        for (const rs::Paragraph& p : report.paragraphs) {
            const QString text = report.body.mid(p.start, p.end - p.start);
            QVERIFY(!text.isEmpty());
            QCOMPARE(text, text.trimmed());
            QVERIFY(!text.contains(u'\n'));
        }
        QCOMPARE(report.paragraphs.last().end, int(report.body.size()));
    }

    void seed000()
    {
        const ReportParser::Result r = ReportParser().parse(seed(QString::fromUtf8(kSeeds[0])));
        const rs::ParsedReport& report = r.report;
        QCOMPARE(report.metadata.dateline, QStringLiteral("珠海特区报 2023-03-24 11:35"));
        QCOMPARE(report.metadata.publishedText, QStringLiteral("2023-03-24"));
        // The article states "99名珠海工匠" twice; the file holds it four times (two copies).
        QCOMPARE(report.body.count(QStringLiteral("99名珠海工匠")), 2);
        QCOMPARE(report.body.count(QStringLiteral("实体企业“火力全开”")), 1);
        QVERIFY(!report.body.contains(QStringLiteral("文字:宋一诺")));
        QVERIFY(!report.body.contains(QStringLiteral("珠海特区报 2023")));
        int headings = 0;
        int captions = 0;
        for (const rs::Paragraph& p : report.paragraphs) {
            headings += p.kind == rs::Paragraph::Kind::Heading;
            captions += p.kind == rs::Paragraph::Kind::Caption;
        }
        QCOMPARE(headings, 8);
        QCOMPARE(captions, 4);
    }

    void seed001()
    {
        const rs::ParsedReport report = ReportParser().parse(seed(QString::fromUtf8(kSeeds[1]))).report;
        QCOMPARE(report.metadata.subtitle, QStringLiteral("展现新时代金湾区组织工作新担当新作为"));
        QVERIFY(report.body.startsWith(QStringLiteral("展现新时代金湾区组织工作新担当新作为\n")));
        QCOMPARE(report.paragraphs.first().kind, rs::Paragraph::Kind::Heading);
        QVERIFY(!report.body.contains(QStringLiteral("采写")));
        QVERIFY(!report.body.contains(QStringLiteral("摄影")));
        // A paragraph the source wrapped mid-word is joined back.
        QVERIFY(report.body.contains(QStringLiteral("干事创业、检视整改")));
        QCOMPARE(report.paragraphs.last().kind, rs::Paragraph::Kind::Caption);
    }

    void seed002Footer()
    {
        const rs::ParsedReport report = ReportParser().parse(seed(QString::fromUtf8(kSeeds[2]))).report;
        for (const char* chrome : {"政讯通中心", "欢迎来到", "当前所在", "廉政法治网", "免责声明",
                                   "本站部分信息", "本网部分转载", "联系电话", "监督电话", "QQ", "邮箱",
                                   "办公区", "版权所有", "主办", "原文链接", "发布时间", "010-"})
            QVERIFY2(!report.body.contains(QString::fromUtf8(chrome)), chrome);
        QVERIFY(report.body.startsWith(QStringLiteral("“从2023年起")));
        QVERIFY(report.body.endsWith(QStringLiteral("以更高质量就业为目标的培养体系。")));
        QVERIFY(report.removedBoilerplateLines >= 10);
    }

    void seed004Chrome()
    {
        const rs::ParsedReport report = ReportParser().parse(seed(QString::fromUtf8(kSeeds[4]))).report;
        QVERIFY(!report.body.contains(QStringLiteral("通知公告")));
        QVERIFY(!report.body.contains(QStringLiteral("相关阅读")));
        QVERIFY(!report.body.contains(QStringLiteral("留言箱")));
        QVERIFY(report.body.endsWith(QStringLiteral("加速释放人才创业创新活力。")));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray() << "empty file";
        QTest::newRow("whitespace") << QByteArray("  \n\r\n") << "empty file";
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "binary data (PNG image)";
        QTest::newRow("only chrome") << QByteArray("通知公告\n相关阅读\n留言箱\n")
                                     << "no text after cleaning";
        QTest::newRow("html without text")
            << QByteArray("<html><head><title>空</title></head><body><script>x()</script></body></html>")
            << "the file holds only a title (“空”), no text of a report";
    }
    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const ReportParser::Result r = ReportParser().parse(bytes, QStringLiteral("a.txt"));
        QVERIFY(!r.ok);
        QCOMPARE(r.error, error);
    }

    void parseText()
    {
        const ReportParser::Result r =
            ReportParser().parseText(QStringLiteral("\u3000臺灣地區經濟發展\u3000\r\n\r\n\u00A0\u3000近年來,"
                                                    "當地政府大力推進產業升級,經濟總量穩步增長,"
                                                    "人才隊伍不斷壯大。\u3000\n"));
        QVERIFY(r.ok);
        QCOMPARE(r.report.metadata.title, QStringLiteral("臺灣地區經濟發展"));
        QCOMPARE(r.report.body,
                 QStringLiteral("近年來,當地政府大力推進產業升級,經濟總量穩步增長,人才隊伍不斷壯大。"));
        QCOMPARE(r.report.paragraphs.size(), 1);
        QVERIFY(!ReportParser().parseText(QStringLiteral(" \u3000\n")).ok);
    }
};

QTEST_GUILESS_MAIN(TstReportParser)
#include "tst_reportparser.moc"
