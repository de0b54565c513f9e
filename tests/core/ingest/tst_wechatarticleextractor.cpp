#include "ingest/ReportParser.h"
#include "ingest/WeChatArticleExtractor.h"

#include <QFile>
#include <QTest>

using namespace rs;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(REGIONSCOPE_TEST_DATA_DIR "/ingest/wechat/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Saved WeChat article pages (tests/data/ingest/wechat): body, title, time, account, repost; deleted
// and blocked articles are refused.
class TestWeChatArticleExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheArticle()
    {
        const QString html = QString::fromUtf8(fixture(QStringLiteral("original.html")));
        QVERIFY(WeChatArticleExtractor::isWeChatPage(html));
        const WeChatArticleExtractor::Result page = WeChatArticleExtractor::extract(html);
        QVERIFY2(page.ok, qPrintable(page.error));
        QCOMPARE(page.title, QStringLiteral("金湾区：以“头雁工程”锻造过硬村社书记队伍"));
        QCOMPARE(page.account, QStringLiteral("金湾组工"));
        QCOMPARE(page.published.toSecsSinceEpoch(), 1684200600);
        QVERIFY(page.original);
        QVERIFY(page.repostedFrom.isEmpty());
        QVERIFY(!page.bodyHtml.contains(QStringLiteral("微信扫一扫")));

        const ReportParser::Result r =
            ReportParser().parse(fixture(QStringLiteral("original.html")), QStringLiteral("original.html"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const ParsedReport& report = r.report;
        QCOMPARE(report.format, QStringLiteral("wechat"));
        QCOMPARE(report.metadata.title, page.title);
        QCOMPARE(report.metadata.publishedOn, QDate(2023, 5, 16));
        // The text's own source line wins over the account's name.
        QCOMPARE(report.metadata.source, QStringLiteral("金湾区委组织部"));
        QVERIFY(report.body.startsWith(QStringLiteral("头雁领航，群雁齐飞。")));
        QVERIFY(report.body.contains(QStringLiteral("举办专题培训班6期")));
        QVERIFY(!report.body.contains(QStringLiteral("阅读")));
        QVERIFY(!report.body.contains(QStringLiteral("发表于广东")));
        QVERIFY(!report.body.contains(QStringLiteral("var ")));
    }

    void repostNamesItsOrigin()
    {
        const ReportParser::Result r =
            ReportParser().parse(fixture(QStringLiteral("repost.html")), QStringLiteral("repost.html"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.repostedFrom, QStringLiteral("珠海组工"));
        QCOMPARE(r.report.metadata.title, QStringLiteral("金湾区“头雁工程”见成效"));
        QCOMPARE(r.report.metadata.publishedOn, QDate(2023, 5, 18));
    }

    void accountIsTheSourceWhenTheTextNamesNone()
    {
        QString html = QString::fromUtf8(fixture(QStringLiteral("original.html")));
        html.remove(QStringLiteral("来源：金湾区委组织部"));
        const ReportParser::Result r = ReportParser().parse(html.toUtf8(), QStringLiteral("a.htm"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.metadata.source, QStringLiteral("金湾组工"));
    }

    void refusesDeletedAndBlockedArticles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("deleted") << QStringLiteral("deleted.html")
                                 << QStringLiteral(
                                        "WeChat article deleted by its publisher (已被发布者删除)");
        QTest::newRow("blocked")
            << QStringLiteral("blocked.html")
            << QStringLiteral("WeChat article blocked for violating the platform's rules (违规无法查看)");
    }

    void refusesDeletedAndBlockedArticles()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        const ReportParser::Result r = ReportParser().parse(fixture(file), file);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, reason);
    }

    void ordinaryPagesAreNotWeChat()
    {
        QFile page(QStringLiteral(REGIONSCOPE_TEST_DATA_DIR "/ingest/sample_page.html"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        QVERIFY(!WeChatArticleExtractor::isWeChatPage(QString::fromUtf8(page.readAll())));
    }
};

QTEST_MAIN(TestWeChatArticleExtractor)
#include "tst_wechatarticleextractor.moc"
