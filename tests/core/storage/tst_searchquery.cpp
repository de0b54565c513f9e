#include "gazetteer/RegionPinyin.h"
#include "storage/SearchQuery.h"

#include <QTest>

using namespace rs;

class TestSearchQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void termsAreQuotedAndAllRequired()
    {
        QCOMPARE(SearchQuery(QStringLiteral("  人才  干部 ")).ftsExpression(),
                 QStringLiteral("\"人才\" AND \"干部\""));
        QCOMPARE(SearchQuery(QStringLiteral("人才\u3000人才")).terms(), QStringList{QStringLiteral("人才")});
        QVERIFY(SearchQuery(QStringLiteral(" \t ")).isEmpty());
    }

    void syntaxIsText_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expression");
        QTest::newRow("quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
        QTest::newRow("and") << QStringLiteral("AND") << QStringLiteral("\"AND\"");
        QTest::newRow("near") << QStringLiteral("NEAR(") << QStringLiteral("\"NEAR(\"");
        QTest::newRow("column") << QStringLiteral("title:人才") << QStringLiteral("\"title:人才\"");
        QTest::newRow("prefix") << QStringLiteral("人* ^干部") << QStringLiteral("\"人*\" AND \"^干部\"");
        QTest::newRow("phrase") << QStringLiteral("\"a b\"") << QStringLiteral("\"\"\"a\" AND \"b\"\"\"");
    }

    void syntaxIsText()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expression);
        QCOMPARE(SearchQuery(typed).ftsExpression(), expression);
    }

    void pinyinTermsAlsoMatchRegionNames()
    {
        const RegionPinyin& pinyin = RegionPinyin::builtin();
        QCOMPARE(SearchQuery(QStringLiteral("jinwan 人才")).ftsExpression(&pinyin),
                 QStringLiteral("(\"jinwan\" OR \"金湾\") AND \"人才\""));
        // Not a place: stays a plain term.
        QCOMPARE(SearchQuery(QStringLiteral("qwzx")).ftsExpression(&pinyin), QStringLiteral("\"qwzx\""));
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
