#include "annotations/CodePointOffsets.h"
#include "annotations/Reanchorer.h"
#include "domain/TextAnchor.h"

#include <QTest>

using namespace rs;

// Passages are found again after the body changes: position, exact quote, fuzzy match, or orphan.
class TestReanchorer : public QObject
{
    Q_OBJECT

    const QString m_body =
        QStringLiteral("近年来，金湾区深入实施人才强区战略。全年发放人才政策补贴近1.5亿元，"
                       "引进博士45人。区委组织部培训全区干部1万余人次，"
                       "建成人才驿站12个，服务各类人才3000余人次。");
    const QString m_quote = QStringLiteral("发放人才政策补贴近1.5亿元");

    TextAnchor anchorOfQuote() const
    {
        const int start = int(m_body.indexOf(m_quote));
        return TextAnchor::fromBody(m_body, start, start + int(m_quote.size()));
    }

private Q_SLOTS:
    void anchorTakesQuoteAndContext()
    {
        const TextAnchor anchor = anchorOfQuote();
        QCOMPARE(anchor.quote, m_quote);
        QVERIFY(anchor.prefix.endsWith(QStringLiteral("战略。全年")));
        QVERIFY(anchor.suffix.startsWith(QStringLiteral("，引进博士")));
        QVERIFY(anchor.prefix.size() <= TextAnchor::contextLength);
        QVERIFY(anchor.suffix.size() <= TextAnchor::contextLength);
        const TextAnchor clamped = TextAnchor::fromBody(m_body, -5, 3);
        QCOMPARE(clamped.start, 0);
        QCOMPARE(clamped.quote, m_body.left(3));
        QVERIFY(clamped.prefix.isEmpty());
    }

    void unchangedBodyKeepsThePosition()
    {
        const Reanchorer::Result result = Reanchorer::reanchor(anchorOfQuote(), m_body);
        QCOMPARE(int(result.method), int(Reanchorer::Method::Position));
        QCOMPARE(result.anchor, anchorOfQuote());
    }

    void insertedParagraphBeforeMovesThePassage()
    {
        const QString inserted = QStringLiteral("（本报讯）一段新加入的导语，说明背景。\n");
        const QString edited = inserted + m_body;
        const Reanchorer::Result result = Reanchorer::reanchor(anchorOfQuote(), edited);
        QCOMPARE(int(result.method), int(Reanchorer::Method::ExactQuote));
        QCOMPARE(result.anchor.start, anchorOfQuote().start + int(inserted.size()));
        QCOMPARE(edited.mid(result.anchor.start, result.anchor.end - result.anchor.start), m_quote);
    }

    void repeatedQuoteChoosesTheMatchingContext()
    {
        const TextAnchor old = TextAnchor::fromBody(m_body, int(m_body.indexOf(QStringLiteral("人才驿站"))),
                                                    int(m_body.indexOf(QStringLiteral("人才驿站"))) + 4);
        // The same words appear earlier in an added sentence; the old context points at the second one.
        const QString edited = QStringLiteral("人才驿站是什么？") + m_body;
        const Reanchorer::Result result = Reanchorer::reanchor(old, edited);
        QCOMPARE(int(result.method), int(Reanchorer::Method::ExactQuote));
        QCOMPARE(result.anchor.start, old.start + 8);
    }

    void editInsideTheQuoteIsFoundFuzzily()
    {
        QString edited = m_body;
        edited.replace(QStringLiteral("近1.5亿元"), QStringLiteral("近1.6亿元"));
        edited.prepend(QStringLiteral("导语。"));
        const Reanchorer::Result result = Reanchorer::reanchor(anchorOfQuote(), edited);
        QCOMPARE(int(result.method), int(Reanchorer::Method::Fuzzy));
        QCOMPARE(result.anchor.quote, QStringLiteral("发放人才政策补贴近1.6亿元"));
        QVERIFY(result.score >= Reanchorer::fuzzyThreshold);
    }

    void removedQuoteIsOrphaned()
    {
        QString edited = m_body;
        edited.remove(QStringLiteral("全年发放人才政策补贴近1.5亿元，"));
        const Reanchorer::Result result = Reanchorer::reanchor(anchorOfQuote(), edited);
        QCOMPARE(int(result.method), int(Reanchorer::Method::NotFound));
        QVERIFY(!result.found());
        QCOMPARE(result.anchor, anchorOfQuote()); // the old anchor is kept for the analyst
    }

    void unrelatedBodyOrphansEverything()
    {
        const Reanchorer::Result result = Reanchorer::reanchor(
            anchorOfQuote(), QStringLiteral("完全不同的一篇文章，讲述乡村振兴和基层治理。"));
        QVERIFY(!result.found());
    }

    void similarityIsADiceCoefficient()
    {
        QCOMPARE(Reanchorer::similarity(QStringLiteral("人才"), QStringLiteral("人才")), 1.0);
        QCOMPARE(Reanchorer::similarity(QStringLiteral("人才"), QStringLiteral("干部")), 0.0);
        QCOMPARE(Reanchorer::similarity(QStringLiteral("人才驿站"), QStringLiteral("人才公寓")), 2.0 * 1 / 6);
    }

    void anchorsNeverSplitSurrogatePairs()
    {
        const QString body = QStringLiteral("前文𠀀人才");
        // Offsets 2..3 hold 𠀀's two halves; a range starting at the low half widens to the character.
        const TextAnchor anchor = TextAnchor::fromBody(body, 3, 6);
        QCOMPARE(anchor.start, 2);
        QCOMPARE(anchor.quote, QStringLiteral("𠀀人才"));
    }

    void codePointOffsetsCountCharactersOutsideTheBmp()
    {
        const QString body = QStringLiteral("𠀀a😀人才");
        const CodePointOffsets offsets(body);
        QCOMPARE(offsets.codePointCount(), 5);
        QCOMPARE(offsets.toCodePoint(0), 0);
        QCOMPARE(offsets.toCodePoint(2), 1); // "a"
        QCOMPARE(offsets.toCodePoint(3), 2); // "😀"
        QCOMPARE(offsets.toCodePoint(5), 3); // "人"
        QCOMPARE(offsets.toCodePoint(7), 5); // the end
        QCOMPARE(offsets.toUtf16(3), 5);
        QCOMPARE(offsets.toUtf16(5), 7);
        QCOMPARE(offsets.toUtf16(6), -1);
    }
};

QTEST_GUILESS_MAIN(TestReanchorer)
#include "tst_reanchorer.moc"
