#include "ingest/MetadataDetector.h"

#include <QTest>

using rs::MetadataDetector;
using rs::TextLines;

namespace {

const QString kProse = QStringLiteral("近年来,湘桥区实施人才强区战略,努力为推动高质量发展打下坚实的人才基础,"
                                      "人才总量、质量和结构持续优化。");

TextLines makeLines(const QStringList& texts)
{
    TextLines lines;
    for (const QString& t : texts)
        lines.append({t, false});
    return lines;
}

} // namespace

class TstMetadataDetector : public QObject
{
    Q_OBJECT
private slots:
    void dates_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("source");
        QTest::newRow("dateline") << "珠海特区报 2023-03-24 11:35" << QDate(2023, 3, 24) << "2023-03-24"
                                  << "珠海特区报";
        QTest::newRow("发布时间") << "发布时间:2023-04-24" << QDate(2023, 4, 24) << "2023-04-24"
                                  << "";
        QTest::newRow("时间 slashes") << "时间:2017/8/24 9:54:30" << QDate(2017, 8, 24) << "2017/8/24"
                                      << "";
        QTest::newRow("chinese date") << "2022年10月15日" << QDate(2022, 10, 15) << "2022年10月15日"
                                      << "";
        QTest::newRow("发布日期 full-width") << QStringLiteral("发布日期\uFF1A2021年1月5日 来源\uFF1A人民网")
                                             << QDate(2021, 1, 5) << "2021年1月5日"
                                             << "人民网";
        QTest::newRow("日期 weekday") << "2022年10月15日 星期六" << QDate(2022, 10, 15) << "2022年10月15日"
                                      << "";
        QTest::newRow("发稿时间 dots")
            << "发稿时间:2020.05.06 来源于:新华网" << QDate(2020, 5, 6) << "2020.05.06"
            << "新华网";
        QTest::newRow("稿源") << "【日期:2019-12-01】【稿源:某某市政府办】" << QDate(2019, 12, 1)
                              << "2019-12-01"
                              << "某某市政府办";
    }
    void dates()
    {
        QFETCH(QString, line);
        QFETCH(QDate, date);
        QFETCH(QString, written);
        QFETCH(QString, source);
        TextLines lines = makeLines({QStringLiteral("标题:人才工作取得新成效"), line, kProse});
        const rs::ReportMetadata md = MetadataDetector::detect(lines);
        QCOMPARE(md.publishedOn, date);
        QCOMPARE(md.publishedText, written);
        QCOMPARE(md.source, source);
        QCOMPARE(lines.size(), 1); // title and metadata line removed
        QCOMPARE(lines.first().text, kProse);
    }

    void datesInSentencesAreNotPublicationDates_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("month") << "2022年10月,该区也曾邀请教育、医疗、科技等领域的高层次人才代表召开茶话会。";
        QTest::newRow("no year") << "今年2月15日,湘桥区邀请一批乡村振兴志愿者畅谈工作体会。";
        QTest::newRow("full date in sentence")
            << "2022年10月15日,该区召开人才工作会议,研究部署当前和今后一个时期的人才工作。";
        QTest::newRow("时间 not a date") << "时间:上午九点";
    }
    void datesInSentencesAreNotPublicationDates()
    {
        QFETCH(QString, line);
        TextLines lines = makeLines({QStringLiteral("湘桥区召开人才工作会议"), line, kProse});
        const rs::ReportMetadata md = MetadataDetector::detect(lines);
        QVERIFY(!md.publishedOn.isValid());
        QVERIFY(md.publishedText.isEmpty());
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first().text, line);
    }

    void authors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("authors");
        QTest::newRow("采写") << "采写:本报记者 甘丰恺" << QStringList{QStringLiteral("甘丰恺")};
        QTest::newRow("credits") << "文字:宋一诺 图片:张洲 编辑:周晓晴 责任编辑:丹梅"
                                 << QStringList{QStringLiteral("宋一诺")};
        QTest::newRow("佚名") << "作者:佚名" << QStringList{QStringLiteral("佚名")};
        QTest::newRow("padded name") << "记者:张 洲" << QStringList{QStringLiteral("张洲")};
        QTest::newRow("several") << "作者:李明、王芳"
                                 << QStringList{QStringLiteral("李明"), QStringLiteral("王芳")};
        QTest::newRow("byline") << "本报记者 陈晓 通讯员 林立"
                                << QStringList{QStringLiteral("陈晓"), QStringLiteral("林立")};
        QTest::newRow("记者 and 通讯员 keys") << "记者:陈晓 通讯员:林立 责编:王五"
                                              << QStringList{QStringLiteral("陈晓"), QStringLiteral("林立")};
        QTest::newRow("文/") << "文/刘洋" << QStringList{QStringLiteral("刘洋")};
        QTest::newRow("photographer only") << "摄影:本报记者 张 洲" << QStringList{};
    }
    void authors()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, authors);
        TextLines lines = makeLines({QStringLiteral("湘桥区召开人才工作会议"), kProse, line});
        const rs::ReportMetadata md = MetadataDetector::detect(lines);
        QCOMPARE(md.authors, authors);
        QCOMPARE(lines.size(), 1);
    }

    void originalUrl()
    {
        TextLines lines =
            makeLines({QStringLiteral("湘桥区召开人才工作会议"), kProse,
                       QStringLiteral("原文链接:https://www.gdzz.gov.cn/rcgz/gzdt/content/post_18406.html")});
        const rs::ReportMetadata md = MetadataDetector::detect(lines);
        QCOMPARE(md.originalUrl, QStringLiteral("https://www.gdzz.gov.cn/rcgz/gzdt/content/post_18406.html"));
        QCOMPARE(lines.size(), 1);
    }

    void titleAndSubtitle()
    {
        TextLines lines = makeLines({QStringLiteral("强党建 育人才 促发展"),
                                     QStringLiteral("展现新时代金湾区组织工作新担当新作为"), kProse});
        const rs::ReportMetadata md = MetadataDetector::detect(lines);
        QCOMPARE(md.title, QStringLiteral("强党建 育人才 促发展"));
        QCOMPARE(md.subtitle, QStringLiteral("展现新时代金湾区组织工作新担当新作为"));
        QCOMPARE(lines.size(), 2); // the subtitle stays in the body
    }

    void titleSkipsLabels()
    {
        TextLines lines =
            makeLines({QStringLiteral("通知公告"), QStringLiteral("政讯通中心"),
                       QStringLiteral("浙江乍浦开发区党工委书记冯中海:建强“三支队伍”"), kProse});
        QCOMPARE(MetadataDetector::detect(lines).title,
                 QStringLiteral("浙江乍浦开发区党工委书记冯中海:建强“三支队伍”"));
    }

    void noTitleLineFromProse()
    {
        // Prose is never taken for a title line; its first sentence stands in, marked as guessed, and
        // stays in the body.
        TextLines lines = makeLines({kProse});
        const rs::ReportMetadata md = MetadataDetector::detect(lines);
        QVERIFY(md.titleGuessed);
        QCOMPARE(md.title, MetadataDetector::firstSentenceTitle(kProse));
        QVERIFY(kProse.startsWith(md.title.left(10)));
        QCOMPARE(lines.size(), 1);
    }

    void firstSentenceTitles()
    {
        QCOMPARE(MetadataDetector::firstSentenceTitle(QStringLiteral("斗门区今年培训村干部800人次。其余")),
                 QStringLiteral("斗门区今年培训村干部800人次"));
        // Too long: cut at the last pause within the limit, quotes kept whole.
        QCOMPARE(
            MetadataDetector::firstSentenceTitle(
                QStringLiteral("近年来，遵义市汇川区坚持把人才作为推动高质量发展的第一资源，出台“汇才十条”，"
                               "围绕主导产业精准引才。")),
            QStringLiteral("近年来，遵义市汇川区坚持把人才作为推动高质量发展的第一资源，出台“汇才十条”"));
        QCOMPARE(MetadataDetector::firstSentenceTitle(QStringLiteral("Talent work. More text")),
                 QStringLiteral("Talent work"));
        QCOMPARE(MetadataDetector::firstSentenceTitle(QStringLiteral("1.5 2023 45")), QString());
        const QString unbroken(60, QChar(u'人'));
        QCOMPARE(MetadataDetector::firstSentenceTitle(unbroken),
                 QString(40, QChar(u'人')) + QStringLiteral("…"));
    }

    void htmlHints()
    {
        MetadataDetector::Hints hints;
        hints.documentTitle = QStringLiteral("湘桥区召开人才工作会议_某某区人民政府门户网站");
        hints.meta.insert(QStringLiteral("article:published_time"),
                          QStringLiteral("2023-04-24T10:00:00+08:00"));
        TextLines lines = makeLines({kProse});
        const rs::ReportMetadata md = MetadataDetector::detect(lines, hints);
        QCOMPARE(md.publishedOn, QDate(2023, 4, 24));
        QCOMPARE(md.title, QStringLiteral("湘桥区召开人才工作会议"));
    }

    void parseDateRejectsInvalid()
    {
        QVERIFY(!MetadataDetector::parseDate(QStringLiteral("2023-02-30")).isValid());
        QVERIFY(!MetadataDetector::parseDate(QStringLiteral("2023年4-24")).isValid());
        QCOMPARE(MetadataDetector::parseDate(QStringLiteral("2023-4-5")), QDate(2023, 4, 5));
    }
};

QTEST_GUILESS_MAIN(TstMetadataDetector)
#include "tst_metadatadetector.moc"
