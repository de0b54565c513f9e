#include "align/BigramVectors.h"

#include <QTest>

#include <cmath>

using namespace rs;

namespace {

quint32 key(const QString& bigram)
{
    return (quint32(bigram.at(0).unicode()) << 16) | quint32(bigram.at(1).unicode());
}

float countOf(const BigramCounter::Counts& counts, const QString& bigram)
{
    for (const auto& [k, c] : counts) {
        if (k == key(bigram))
            return c;
    }
    return 0;
}

SparseVector vectorOf(const BigramModel& model, const QString& text)
{
    return model.vector(BigramCounter::count(text));
}

} // namespace

// Character bigrams, TF-IDF and cosines on small hand-made texts.
class TestBigramVectors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldsWidthCaseAndDigits()
    {
        QCOMPARE(BigramCounter::fold(QChar(u'Ａ')), QChar(u'a'));
        QCOMPARE(BigramCounter::fold(QChar(u'７')), QChar(u'0'));
        QCOMPARE(BigramCounter::fold(QChar(u'3')), QChar(u'0'));
        QCOMPARE(BigramCounter::fold(QChar(u'人')), QChar(u'人'));
        // "２０２２年" and "2023年" are the same terms.
        QCOMPARE(BigramCounter::count(QStringLiteral("２０２２年")),
                 BigramCounter::count(QStringLiteral("2023年")));
    }

    void traditionalCountsAsSimplified()
    {
        // A report and its traditional-script twin share every bigram, so they align as one.
        QCOMPARE(BigramCounter::count(QStringLiteral("累計舉辦幹部培訓班15場次")),
                 BigramCounter::count(QStringLiteral("累计举办干部培训班15场次")));
        QVERIFY(BigramCounter::count(QStringLiteral("幹部")) != BigramCounter::count(QStringLiteral("干事")));
    }

    void countsAdjacentWordCharacters()
    {
        const BigramCounter::Counts counts = BigramCounter::count(QStringLiteral("培训干部,培训"));
        QCOMPARE(countOf(counts, QStringLiteral("培训")), 2.0f);
        QCOMPARE(countOf(counts, QStringLiteral("训干")), 1.0f);
        QCOMPARE(countOf(counts, QStringLiteral("干部")), 1.0f);
        QCOMPARE(countOf(counts, QStringLiteral("部培")), 0.0f); // the comma separates terms
        QCOMPARE(int(counts.size()), 3);
        QVERIFY(std::is_sorted(counts.begin(), counts.end()));
        QVERIFY(BigramCounter::count(QStringLiteral("“”,。 \n")).empty());
        QVERIFY(BigramCounter::count(QStringLiteral("人")).empty());
        QCOMPARE(countOf(BigramCounter::count(QStringLiteral("人才"), 3.0f), QStringLiteral("人才")), 3.0f);
    }

    void addsCounts()
    {
        BigramCounter::Counts sum = BigramCounter::count(QStringLiteral("人才工作"));
        BigramCounter::add(sum, BigramCounter::count(QStringLiteral("人才引进")));
        QCOMPARE(countOf(sum, QStringLiteral("人才")), 2.0f);
        QCOMPARE(countOf(sum, QStringLiteral("工作")), 1.0f);
        QCOMPARE(countOf(sum, QStringLiteral("引进")), 1.0f);
        QVERIFY(std::is_sorted(sum.begin(), sum.end()));
    }

    void stockPhrasingWeighsNothing()
    {
        // "高质量发展" is in every paragraph: its bigrams have idf 0; "人才" is in one paragraph of each
        // report.
        BigramModel model;
        model.addDocument(BigramCounter::count(QStringLiteral("推动高质量发展,引进人才")), 0);
        model.addDocument(BigramCounter::count(QStringLiteral("推动高质量发展,建设支部")), 0);
        model.addDocument(BigramCounter::count(QStringLiteral("高质量发展的人才高地")), 1);
        model.addDocument(BigramCounter::count(QStringLiteral("高质量发展离不开党员")), 1);
        QCOMPARE(model.documentCount(), 4);
        QCOMPARE(model.idf(key(QStringLiteral("质量"))), std::log(5.0 / 5.0));
        QVERIFY(model.idf(key(QStringLiteral("人才"))) > model.idf(key(QStringLiteral("推动"))) - 1e-9);
        QVERIFY(model.idf(key(QStringLiteral("支部"))) > model.idf(key(QStringLiteral("人才"))));

        const SparseVector talent = vectorOf(model, QStringLiteral("高质量发展,人才"));
        const SparseVector members = vectorOf(model, QStringLiteral("高质量发展,党员"));
        // Only "人才" is left in the first vector; shared stock phrasing does not make them alike.
        QCOMPARE(int(talent.terms.size()), 1);
        QCOMPARE(SparseVector::dot(talent, members), 0.0);
        QVERIFY(SparseVector::dot(talent, vectorOf(model, QStringLiteral("人才高地"))) > 0.1);
    }

    void singleReportTermsCountInTheNormOnly()
    {
        BigramModel model;
        model.addDocument(BigramCounter::count(QStringLiteral("人才引进")), 0);
        model.addDocument(BigramCounter::count(QStringLiteral("金湾区委")), 0);
        model.addDocument(BigramCounter::count(QStringLiteral("人才引进")), 1);
        model.addDocument(BigramCounter::count(QStringLiteral("蓬江党建")), 1);
        const SparseVector plain = vectorOf(model, QStringLiteral("人才引进"));
        const SparseVector local = vectorOf(model, QStringLiteral("人才引进,金湾区委"));
        // "金湾区委" occurs in report 0 only: not stored, but it dilutes the vector.
        QCOMPARE(local.terms.size(), plain.terms.size());
        QVERIFY(std::abs(plain.norm() - 1.0) < 1e-6);
        QVERIFY(local.norm() < 0.9);
        QVERIFY(SparseVector::dot(local, plain) < SparseVector::dot(plain, plain));
    }

    void cosineBasics()
    {
        BigramModel model;
        model.addDocument(BigramCounter::count(QStringLiteral("干部培训班")), 0);
        model.addDocument(BigramCounter::count(QStringLiteral("人才公寓")), 0);
        model.addDocument(BigramCounter::count(QStringLiteral("培训干部")), 1);
        model.addDocument(BigramCounter::count(QStringLiteral("人才公寓建设")), 1);
        model.addDocument(BigramCounter::count(QStringLiteral("乡村振兴")), 1);
        const SparseVector a = vectorOf(model, QStringLiteral("干部培训班"));
        const SparseVector b = vectorOf(model, QStringLiteral("培训干部"));
        const SparseVector c = vectorOf(model, QStringLiteral("人才公寓"));
        QVERIFY(std::abs(SparseVector::cosine(b, b) - 1.0) < 1e-6);
        QVERIFY(SparseVector::cosine(a, b) > 0.3);
        QCOMPARE(SparseVector::cosine(a, c), 0.0);
        QCOMPARE(SparseVector::cosine(a, SparseVector()), 0.0);
    }

    void similarityMatrixMatchesPairwiseProducts()
    {
        BigramModel model;
        const QStringList left{QStringLiteral("培训干部一万人次"), QStringLiteral("人才补贴一亿元"),
                               QStringLiteral("新建党群服务中心")};
        const QStringList right{QStringLiteral("党群服务中心建设"), QStringLiteral("干部培训"),
                                QStringLiteral("人才政策补贴"), QStringLiteral("乡村振兴")};
        for (const QString& text : left)
            model.addDocument(BigramCounter::count(text), 0);
        for (const QString& text : right)
            model.addDocument(BigramCounter::count(text), 1);
        std::vector<SparseVector> rows, columns;
        for (const QString& text : left)
            rows.push_back(vectorOf(model, text));
        for (const QString& text : right)
            columns.push_back(vectorOf(model, text));
        const SimilarityMatrix matrix(rows, columns, model.vocabularySize());
        QCOMPARE(matrix.rowCount(), 3);
        QCOMPARE(matrix.columnCount(), 4);
        for (int r = 0; r < 3; ++r) {
            for (int c = 0; c < 4; ++c)
                QVERIFY(std::abs(matrix.at(r, c) - SparseVector::dot(rows[size_t(r)], columns[size_t(c)])) <
                        1e-6);
        }
        // Each left text is most like its counterpart.
        QVERIFY(matrix.at(0, 1) > matrix.at(0, 0) && matrix.at(0, 1) > matrix.at(0, 2));
        QVERIFY(matrix.at(1, 2) > matrix.at(1, 0) && matrix.at(1, 2) > matrix.at(1, 1));
        QVERIFY(matrix.at(2, 0) > matrix.at(2, 1) && matrix.at(2, 0) > matrix.at(2, 2));
    }
};

QTEST_GUILESS_MAIN(TestBigramVectors)
#include "tst_bigramvectors.moc"
