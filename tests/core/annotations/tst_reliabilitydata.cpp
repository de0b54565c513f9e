#include "annotations/ReliabilityData.h"

#include <QTest>

#include <cmath>

using namespace rs;

namespace {

constexpr int m = ReliabilityData::missing;

// Reliability data given coder by coder (rows), as the papers print them.
ReliabilityData byCoder(const QVector<QVector<int>>& coders)
{
    ReliabilityData data(int(coders.size()));
    for (int unit = 0; unit < coders.first().size(); ++unit) {
        QVector<int> values;
        for (const QVector<int>& coder : coders)
            values.append(coder.at(unit));
        data.add(values);
    }
    return data;
}

// Two coders' contingency table: cell (i, j) holds the units coder A put in category i and B in j.
ReliabilityData fromTable(const QVector<QVector<int>>& table)
{
    ReliabilityData data(2);
    for (int i = 0; i < table.size(); ++i) {
        for (int j = 0; j < table.at(i).size(); ++j)
            data.add({i, j}, table.at(i).at(j));
    }
    return data;
}

bool near(double value, double expected, double tolerance)
{
    return std::abs(value - expected) <= tolerance;
}

} // namespace

// Percent agreement, Cohen's κ and Krippendorff's α against worked examples from the literature, and the
// edge cases where a coefficient is undefined.
class TestReliabilityData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
    // Communication, University of Pennsylvania, section C: nominal data, four observers, twelve units,
    // missing values (unit 12 has one value only and is not pairable). The paper gives n = 40 pairable
    // values and α = 0.743.
    void krippendorffNominalFourObservers()
    {
        const ReliabilityData data = byCoder({
            {1, 2, 3, 3, 2, 1, 4, 1, 2, m, m, m}, // observer A
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, m, 3}, // observer B
            {m, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, m}, // observer C
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, m}, // observer D
        });
        QCOMPARE(data.pairableUnits(), 11);
        const std::optional<double> alpha = data.krippendorffsAlpha();
        QVERIFY(alpha);
        QVERIFY2(near(*alpha, 0.743, 0.0005), qPrintable(QString::number(*alpha)));
        // 8 disagreeing coincidences, Σ n_c·n_k over c ≠ k = 1216 (n_c = 9, 13, 10, 5, 3).
        QVERIFY(near(*alpha, 1.0 - (40.0 - 1.0) * 8.0 / 1216.0, 1e-12));
        QVERIFY(!data.cohensKappa()); // four coders: κ is for two
        // Units 2, 6 and 8 are the ones with differing values.
        QVERIFY(near(*data.percentAgreement(), 100.0 * 8.0 / 11.0, 1e-9));
    }

    // Krippendorff (2011), section A: binary data, two observers, ten units, no missing values;
    // α = 0.095. Cohen's κ for the same table, computed by hand: p_o = 6/10, p_e = .2 × .4 + .8 × .6 = .56,
    // κ = (.6 − .56)/(1 − .56) = 0.0909.
    void krippendorffBinaryTwoObservers()
    {
        const ReliabilityData data = byCoder({
            {0, 1, 0, 0, 0, 0, 0, 0, 1, 0}, // observer A
            {1, 1, 1, 0, 0, 1, 0, 0, 0, 0}, // observer B
        });
        QCOMPARE(data.pairableUnits(), 10);
        QVERIFY(near(*data.krippendorffsAlpha(), 0.095, 0.0005));
        QVERIFY(near(*data.krippendorffsAlpha(), 1.0 - 19.0 * 4.0 / 84.0, 1e-12));
        QVERIFY(near(*data.cohensKappa(), 0.04 / 0.44, 1e-12));
        QVERIFY(near(*data.percentAgreement(), 60.0, 1e-12));
    }

    // Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and Psychological
    // Measurement 20(1), 37–46, Table 1: 200 units, three categories, observed proportions .44 .07 .09 /
    // .05 .20 .05 / .01 .03 .06; p_o = .70, p_c = .41, κ = .492.
    void cohenTable1()
    {
        const ReliabilityData data = fromTable({{88, 14, 18}, {10, 40, 10}, {2, 6, 12}});
        QCOMPARE(data.pairableUnits(), 200);
        QVERIFY(near(*data.percentAgreement(), 70.0, 1e-9));
        const double kappa = *data.cohensKappa();
        QVERIFY2(near(kappa, 0.492, 0.0005), qPrintable(QString::number(kappa)));
        QVERIFY(near(kappa, (0.70 - 0.41) / (1.0 - 0.41), 1e-12));
    }

    // The 2×2 example that textbooks and Wikipedia's "Cohen's kappa" article use: 50 grant proposals,
    // both readers yes 20, A yes B no 5, A no B yes 10, both no 15: p_o = .7, p_e = .5, κ = .4.
    void textbookTwoByTwo()
    {
        const ReliabilityData data = fromTable({{20, 5}, {10, 15}});
        QVERIFY(near(*data.percentAgreement(), 70.0, 1e-9));
        QVERIFY(near(*data.cohensKappa(), 0.4, 1e-12));
        // α for the same table: n = 100 values, 55 of one category and 45 of the other, 30 disagreeing
        // coincidences: 1 − 99 × 30 / (2 × 45 × 55) = 0.4.
        QVERIFY(near(*data.krippendorffsAlpha(), 1.0 - 99.0 * 30.0 / (2.0 * 45.0 * 55.0), 1e-12));
    }

    // Perfect agreement over data that vary is 1 for both coefficients.
    void perfectAgreementIsOne()
    {
        const ReliabilityData data = byCoder({{0, 1, 1, 0}, {0, 1, 1, 0}});
        QCOMPARE(*data.percentAgreement(), 100.0);
        QCOMPARE(*data.cohensKappa(), 1.0);
        QCOMPARE(*data.krippendorffsAlpha(), 1.0);
    }

    // Every unit given the same value (a tag nobody applied): agreement is 100 % but the expected
    // disagreement is 0, so κ and α are 0/0, undefined (not 1): such data say nothing about the coders.
    void noVariationLeavesKappaAndAlphaUndefined()
    {
        ReliabilityData data(2);
        data.add({0, 0}, 5000);
        QCOMPARE(data.pairableUnits(), 5000);
        QCOMPARE(*data.percentAgreement(), 100.0);
        QVERIFY(!data.cohensKappa());
        QVERIFY(!data.krippendorffsAlpha());
    }

    // One coder, or no units at all: nothing is pairable and nothing defined.
    void oneCoderOrNoUnitsDefinesNothing()
    {
        ReliabilityData one(1);
        one.add({1}, 10);
        one.add({0}, 10);
        QCOMPARE(one.pairableUnits(), 0);
        QVERIFY(!one.percentAgreement());
        QVERIFY(!one.cohensKappa());
        QVERIFY(!one.krippendorffsAlpha());

        const ReliabilityData none(2);
        const AgreementFigures figures = none.figures();
        QCOMPARE(figures.units, 0);
        QVERIFY(!figures.percent && !figures.kappa && !figures.alpha);

        // Two coders who never coded the same unit: each unit has one value.
        ReliabilityData apart(2);
        apart.add({1, m}, 3);
        apart.add({m, 0}, 3);
        QCOMPARE(apart.pairableUnits(), 0);
        QVERIFY(!apart.percentAgreement() && !apart.cohensKappa() && !apart.krippendorffsAlpha());
    }

    // Units stored with a count give what the same units one by one give, and merged data sum up.
    void countsAndMergingMatchSingleUnits()
    {
        ReliabilityData counted(2);
        counted.add({0, 0}, 3);
        counted.add({1, 1}, 2);
        counted.add({0, 1}, 1);
        ReliabilityData single = byCoder({{0, 0, 0, 1, 1, 0}, {0, 0, 0, 1, 1, 1}});
        QCOMPARE(*counted.krippendorffsAlpha(), *single.krippendorffsAlpha());
        QCOMPARE(*counted.cohensKappa(), *single.cohensKappa());
        ReliabilityData merged(2);
        merged.add(counted);
        merged.add(single);
        QCOMPARE(merged.pairableUnits(), 12);
        QCOMPARE(*merged.percentAgreement(), *single.percentAgreement());
    }
};

QTEST_GUILESS_MAIN(TestReliabilityData)
#include "tst_reliabilitydata.moc"
