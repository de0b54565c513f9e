#include "ingest/OfficialDocumentDetector.h"

#include <QTest>

using namespace rs;

namespace {

TextLines linesOf(const QStringList& texts)
{
    TextLines lines;
    for (const QString& t : texts) {
        TextLine l;
        l.text = t;
        lines.append(l);
    }
    return lines;
}

} // namespace

class TestOfficialDocumentDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void takesHeaderNumberAndSigningDate()
    {
        TextLines lines = linesOf(
            {QStringLiteral("000123"), QStringLiteral("机密★1年"), QStringLiteral("特急"),
             QStringLiteral("中共某某县委组织部文件"), QStringLiteral("某组发〔2023〕7号 签发人：王某"),
             QStringLiteral("关于做好2023年发展党员工作的通知"), QStringLiteral("各乡镇党委："),
             QStringLiteral("现将有关事项通知如下。"), QStringLiteral("中共某某县委组织部"),
             QStringLiteral("二〇二三年三月十二日"),
             QStringLiteral("某某县委组织部办公室 2023年3月13日印发")});
        const OfficialDocumentDetector::Result r = OfficialDocumentDetector::detect(lines);
        QVERIFY(r.official);
        QCOMPARE(r.issuer, QStringLiteral("中共某某县委组织部"));
        QCOMPARE(r.number, QStringLiteral("某组发〔2023〕7号"));
        QCOMPARE(r.signedOn, QDate(2023, 3, 12));
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.front().text, QStringLiteral("关于做好2023年发展党员工作的通知"));
        QCOMPARE(lines.back().text, QStringLiteral("中共某某县委组织部"));
    }

    void leavesOtherReportsAlone()
    {
        TextLines lines = linesOf({QStringLiteral("香洲区召开组织工作会议"), QStringLiteral("2023年4月1日"),
                                   QStringLiteral("会议部署了全年工作。"), QStringLiteral("2023年4月2日")});
        const OfficialDocumentDetector::Result r = OfficialDocumentDetector::detect(lines);
        QVERIFY(!r.official);
        QCOMPARE(lines.size(), 4);
    }

    void signingDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("arabic") << QStringLiteral("2023年4月24日") << QDate(2023, 4, 24);
        QTest::newRow("chinese") << QStringLiteral("二〇二三年十二月二十四日") << QDate(2023, 12, 24);
        QTest::newRow("ten") << QStringLiteral("二〇二三年十月十日") << QDate(2023, 10, 10);
        QTest::newRow("零") << QStringLiteral("二零二一年五月三十日") << QDate(2021, 5, 30);
        QTest::newRow("sentence") << QStringLiteral("2023年4月24日召开会议") << QDate();
    }

    void signingDates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(OfficialDocumentDetector::parseSigningDate(text), date);
    }
};

QTEST_MAIN(TestOfficialDocumentDetector)
#include "tst_officialdocumentdetector.moc"
