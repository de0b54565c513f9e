#include "metrics/ChineseNumeralParser.h"
#include "metrics/QuantityParser.h"
#include "metrics/WidthFolder.h"

#include <QtTest>

#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <cmath>

using namespace rs;

// Number reading: every written form the spec lists, one data row each.
class TestQuantityParser : public QObject
{
    Q_OBJECT

private slots:
    void chineseNumerals_data();
    void chineseNumerals();
    void formalNumeralsAgreeWithIcuSpellOut();
    void quantities_data();
    void quantities();
    void widthFoldKeepsLength();
};

void TestQuantityParser::chineseNumerals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::newRow("十") << QStringLiteral("十") << 10.0;
    QTest::newRow("十二") << QStringLiteral("十二") << 12.0;
    QTest::newRow("二十") << QStringLiteral("二十") << 20.0;
    QTest::newRow("一百零五") << QStringLiteral("一百零五") << 105.0;
    QTest::newRow("〇 in 一百〇五") << QStringLiteral("一百〇五") << 105.0;
    QTest::newRow("spoken 一百五") << QStringLiteral("一百五") << 150.0;
    QTest::newRow("spoken 三万五") << QStringLiteral("三万五") << 35000.0;
    QTest::newRow("spoken 两千六") << QStringLiteral("两千六") << 2600.0;
    QTest::newRow("spoken 一亿五") << QStringLiteral("一亿五") << 150000000.0;
    QTest::newRow("三万零五") << QStringLiteral("三万零五") << 30005.0;
    QTest::newRow("两") << QStringLiteral("两") << 2.0;
    QTest::newRow("一千二百三十四") << QStringLiteral("一千二百三十四") << 1234.0;
    QTest::newRow("一亿三千万") << QStringLiteral("一亿三千万") << 130000000.0;
    QTest::newRow("廿五") << QStringLiteral("廿五") << 25.0;
    QTest::newRow("卅") << QStringLiteral("卅") << 30.0;
    QTest::newRow("financial 壹佰贰拾叁") << QStringLiteral("壹佰贰拾叁") << 123.0;
    QTest::newRow("financial 贰仟零伍拾") << QStringLiteral("贰仟零伍拾") << 2050.0;
    QTest::newRow("digit string 二〇二三") << QStringLiteral("二〇二三") << 2023.0;
    QTest::newRow("零") << QStringLiteral("零") << 0.0;
    QTest::newRow("十三万四千一百") << QStringLiteral("十三万四千一百") << 134100.0;
}

void TestQuantityParser::chineseNumerals()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    const std::optional<double> got = ChineseNumeralParser::parseWhole(text);
    QVERIFY2(got.has_value(), qPrintable(text));
    QCOMPARE(*got, value);
}

// ICU's spell-out formatter writes formal numerals; reading them back must give the number.
void TestQuantityParser::formalNumeralsAgreeWithIcuSpellOut()
{
    UErrorCode status = U_ZERO_ERROR;
    icu::RuleBasedNumberFormat fmt(icu::URBNF_SPELLOUT, icu::Locale("zh"), status);
    QVERIFY(U_SUCCESS(status));
    QVector<qint64> numbers;
    for (qint64 v = 1; v <= 1200; ++v)
        numbers << v;
    numbers << 10000 << 10005 << 10050 << 20300 << 35000 << 99999 << 100000 << 101010 << 1234567 << 30000000
            << 100000000 << 130000000 << 200000005 << 1500000000LL;
    for (qint64 v : numbers) {
        icu::UnicodeString us;
        fmt.format(int64_t(v), us);
        const QString spelled =
            QString::fromUtf16(reinterpret_cast<const char16_t*>(us.getBuffer()), us.length());
        const std::optional<double> got = ChineseNumeralParser::parseWhole(spelled);
        QVERIFY2(got.has_value(), qPrintable(spelled));
        QVERIFY2(*got == double(v),
                 qPrintable(QStringLiteral("%1 → %2, expected %3").arg(spelled).arg(*got).arg(v)));
    }
}

void TestQuantityParser::quantities_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("low");  // NaN when not a range
    QTest::addColumn<double>("high"); // NaN when not a range
    QTest::addColumn<bool>("percent");
    QTest::addColumn<int>("length"); // characters consumed
    const double none = std::nan("");

    QTest::newRow("arabic") << QStringLiteral("4998人次") << 4998.0 << none << none << false << 4;
    QTest::newRow("decimal") << QStringLiteral("13.41万人") << 134100.0 << none << none << false << 6;
    QTest::newRow("thousands separator")
        << QStringLiteral("82,225人") << 82225.0 << none << none << false << 6;
    QTest::newRow("1.5亿") << QStringLiteral("1.5亿元") << 150000000.0 << none << none << false << 4;
    QTest::newRow("3.2万") << QStringLiteral("3.2万人次") << 32000.0 << none << none << false << 4;
    QTest::newRow("1万余") << QStringLiteral("1万余人次") << 10000.0 << none << none << false << 3;
    QTest::newRow("10余万") << QStringLiteral("10余万元") << 100000.0 << none << none << false << 4;
    QTest::newRow("300多") << QStringLiteral("300多名") << 300.0 << none << none << false << 4;
    QTest::newRow("20万") << QStringLiteral("20万元") << 200000.0 << none << none << false << 3;
    QTest::newRow("千万") << QStringLiteral("2千万元") << 20000000.0 << none << none << false << 3;
    QTest::newRow("chinese 一百五") << QStringLiteral("一百五十名") << 150.0 << none << none << false << 4;
    QTest::newRow("chinese 两个") << QStringLiteral("两个") << 2.0 << none << none << false << 1;
    QTest::newRow("十余万") << QStringLiteral("十余万人") << 100000.0 << none << none << false << 3;
    QTest::newRow("十几") << QStringLiteral("十几个") << 11.0 << 11.0 << 19.0 << false << 2;
    QTest::newRow("二十几") << QStringLiteral("二十几场") << 21.0 << 21.0 << 29.0 << false << 3;
    QTest::newRow("十几万") << QStringLiteral("十几万元") << 110000.0 << 110000.0 << 190000.0 << false << 3;
    QTest::newRow("数十") << QStringLiteral("数十项") << 10.0 << 10.0 << 100.0 << false << 2;
    QTest::newRow("几百") << QStringLiteral("几百人") << 100.0 << 100.0 << 1000.0 << false << 2;
    QTest::newRow("数万") << QStringLiteral("数万名") << 10000.0 << 10000.0 << 100000.0 << false << 2;
    QTest::newRow("三五百") << QStringLiteral("三五百人") << 300.0 << 300.0 << 500.0 << false << 3;
    QTest::newRow("五六个") << QStringLiteral("五六个") << 5.0 << 5.0 << 6.0 << false << 2;
    QTest::newRow("3-5万") << QStringLiteral("3-5万元") << 30000.0 << 30000.0 << 50000.0 << false << 4;
    QTest::newRow("1万-5万") << QStringLiteral("1万-5万元") << 10000.0 << 10000.0 << 50000.0 << false << 5;
    QTest::newRow("两到三万") << QStringLiteral("两到三万元") << 20000.0 << 20000.0 << 30000.0 << false << 4;
    QTest::newRow("2——3万") << QStringLiteral("2——3万人") << 20000.0 << 20000.0 << 30000.0 << false << 5;
    QTest::newRow("10至20") << QStringLiteral("10至20个") << 10.0 << 10.0 << 20.0 << false << 5;
    QTest::newRow("3~5%") << QStringLiteral("3~5%") << 3.0 << 3.0 << 5.0 << true << 4;
    QTest::newRow("70%") << QStringLiteral("70%") << 70.0 << none << none << true << 3;
    QTest::newRow("8.3%") << QStringLiteral("8.3%") << 8.3 << none << none << true << 4;
    QTest::newRow("百分之八") << QStringLiteral("百分之八") << 8.0 << none << none << true << 4;
    QTest::newRow("百分之八十五") << QStringLiteral("百分之八十五") << 85.0 << none << none << true << 6;
    QTest::newRow("三分之二") << QStringLiteral("三分之二") << 66.67 << none << none << true << 4;
    QTest::newRow("四分之一") << QStringLiteral("四分之一") << 25.0 << none << none << true << 4;
    QTest::newRow("bare 万 after 上") << QStringLiteral("万名") << 10000.0 << none << none << false << 1;
    QTest::newRow("financial") << QStringLiteral("壹佰贰拾叁万元") << 1230000.0 << none << none << false << 6;
}

void TestQuantityParser::quantities()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(bool, percent);
    QFETCH(int, length);
    const std::optional<Quantity> q = QuantityParser::parse(text, 0);
    QVERIFY(q.has_value());
    QVERIFY2(std::fabs(q->value - value) < 1e-6, qPrintable(QString::number(q->value, 'g', 12)));
    QCOMPARE(q->isRange(), !std::isnan(low));
    if (q->isRange()) {
        QVERIFY(std::fabs(*q->low - low) < 1e-6);
        QVERIFY(std::fabs(*q->high - high) < 1e-6);
    }
    QCOMPARE(q->percent, percent);
    QCOMPARE(q->end - q->start, length);
}

void TestQuantityParser::widthFoldKeepsLength()
{
    const QString text = QStringLiteral("培训干部１２３人次，增长８．３％　共");
    const QString folded = WidthFolder::fold(text);
    QCOMPARE(folded.size(), text.size());
    QCOMPARE(folded, QStringLiteral("培训干部123人次,增长8.3% 共"));
    const std::optional<Quantity> q = QuantityParser::parse(folded, 4);
    QVERIFY(q);
    QCOMPARE(q->value, 123.0);
}

QTEST_APPLESS_MAIN(TestQuantityParser)
#include "tst_quantityparser.moc"
