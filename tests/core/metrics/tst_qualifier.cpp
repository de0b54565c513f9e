#include "domain/Qualifier.h"
#include "metrics/GoldRow.h"

#include <QTest>

using namespace rs;

// A qualifier's stored text is written and read in one place: every value survives the round trip,
// a figure stored without one reads as exact, and a name that is none of them is refused.
class TestQualifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesRoundTrip()
    {
        const Qualifier all[] = {Qualifier::Exact,  Qualifier::Approx, Qualifier::AtLeast,
                                 Qualifier::AtMost, Qualifier::Max,    Qualifier::Range};
        QStringList names;
        for (const Qualifier qualifier : all) {
            const QString name = qualifierName(qualifier);
            Qualifier read = Qualifier::Exact;
            QVERIFY2(qualifierFromName(name, &read), qPrintable(name));
            QCOMPARE(read, qualifier);
            names << name;
        }
        QCOMPARE(names,
                 (QStringList{QStringLiteral("exact"), QStringLiteral("approx"), QStringLiteral("at_least"),
                              QStringLiteral("at_most"), QStringLiteral("max"), QStringLiteral("range")}));
    }

    void emptyIsExactAndUnknownIsRefused()
    {
        Qualifier read = Qualifier::Max;
        QVERIFY(qualifierFromName(QString(), &read));
        QCOMPARE(read, Qualifier::Exact);
        read = Qualifier::Max;
        QVERIFY(!qualifierFromName(u"about", &read));
        QCOMPARE(read, Qualifier::Max);
        QCOMPARE(qualifierFromName(u"about"), Qualifier::Exact);
    }

    void symbols()
    {
        QCOMPARE(qualifierSymbol(Qualifier::Exact), QString());
        QCOMPARE(qualifierSymbol(Qualifier::Approx), QStringLiteral("≈"));
        QCOMPARE(qualifierSymbol(Qualifier::AtLeast), QStringLiteral("≥"));
        QCOMPARE(qualifierSymbol(Qualifier::AtMost), QStringLiteral("≤"));
        QCOMPARE(qualifierSymbol(Qualifier::Max), QStringLiteral("≤"));
        QCOMPARE(qualifierSymbol(Qualifier::Range), QStringLiteral("~"));
    }

    void goldRowWithAnUnknownQualifierIsMalformed()
    {
        QString error;
        const QVector<GoldRow> rows =
            GoldRow::parseTsv(QStringLiteral("quote\tvalue\tunit\tqualifier\tlow\thigh\tsubject\tmetric\n"
                                             "约3000人\t3000\t人\tapprox\t\t\t\t\n"
                                             "3000人\t3000\t人\tabout\t\t\t\t\n"),
                              &error);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().qualifier, Qualifier::Approx);
        QVERIFY2(error.contains(QStringLiteral("line 3")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestQualifier)
#include "tst_qualifier.moc"
