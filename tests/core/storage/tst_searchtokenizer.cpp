#include "storage/SearchTokenizer.h"

#include <QTest>

using namespace rs;

class TestSearchTokenizer : public QObject
{
    Q_OBJECT

    static QStringList doc(const QString& text)
    {
        return SearchTokenizer::tokens(text, SearchTokenizer::Mode::Document);
    }
    static QStringList query(const QString& text)
    {
        return SearchTokenizer::tokens(text, SearchTokenizer::Mode::Query);
    }

private Q_SLOTS:
    void hanRunsAreBigramsWithColocatedCharacters()
    {
        QCOMPARE(doc(QStringLiteral("人才驿站")),
                 (QStringList{QStringLiteral("人才"), QStringLiteral("+人"), QStringLiteral("才驿"),
                              QStringLiteral("+才"), QStringLiteral("驿站"), QStringLiteral("+驿"),
                              QStringLiteral("站")}));
        QCOMPARE(doc(QStringLiteral("党")), QStringList{QStringLiteral("党")});
    }

    void queriesAreBigramPhrasesOrOneCharacter()
    {
        QCOMPARE(query(QStringLiteral("人才驿站")),
                 (QStringList{QStringLiteral("人才"), QStringLiteral("才驿"), QStringLiteral("驿站")}));
        QCOMPARE(query(QStringLiteral("人才")), QStringList{QStringLiteral("人才")});
        QCOMPARE(query(QStringLiteral("人")), QStringList{QStringLiteral("人")});
    }

    void mixedScriptsDigitsAndPunctuation()
    {
        QCOMPARE(query(QStringLiteral("1.5亿")), (QStringList{QStringLiteral("1"), QStringLiteral("."),
                                                              QStringLiteral("5"), QStringLiteral("亿")}));
        // Full-width forms typed by an input method fold to ASCII; Latin is case-folded.
        QCOMPARE(query(QStringLiteral("１．５亿")), query(QStringLiteral("1.5亿")));
        QCOMPARE(doc(QStringLiteral("GDP增长5G")),
                 (QStringList{QStringLiteral("gdp"), QStringLiteral("增长"), QStringLiteral("+增"),
                              QStringLiteral("长"), QStringLiteral("5g")}));
        QCOMPARE(query(QStringLiteral("NEAR(")), (QStringList{QStringLiteral("near"), QStringLiteral("(")}));
        QCOMPARE(query(QStringLiteral("\"")), QStringList{QStringLiteral("\"")});
        // A following token keeps its position: the run's last character fills the gap.
        QCOMPARE(query(QStringLiteral("“组织力”")),
                 (QStringList{QStringLiteral("“"), QStringLiteral("组织"), QStringLiteral("织力"),
                              QStringLiteral("力"), QStringLiteral("”")}));
        QCOMPARE(query(QStringLiteral("人才a")),
                 (QStringList{QStringLiteral("人才"), QStringLiteral("才"), QStringLiteral("a")}));
    }

    void spacesSeparateAndOffsetsAreBytes()
    {
        QCOMPARE(query(QStringLiteral(" a\u3000b\t")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        const QByteArray text = QStringLiteral("ab 人才").toUtf8();
        QVector<SearchTokenizer::Token> tokens;
        SearchTokenizer::tokenize(text.constData(), int(text.size()), SearchTokenizer::Mode::Document,
                                  [&](const SearchTokenizer::Token& token) {
                                      tokens.append(token);
                                      return 0;
                                  });
        QCOMPARE(tokens.size(), 4);
        QCOMPARE(tokens.at(0).start, 0);
        QCOMPARE(tokens.at(0).end, 2);
        QCOMPARE(tokens.at(1).start, 3); // 人才 spans two 3-byte characters
        QCOMPARE(tokens.at(1).end, 9);
        QVERIFY(tokens.at(2).colocated);
        QCOMPARE(tokens.at(3).start, 6);
    }

    void invalidUtf8DoesNotStopTokenizing()
    {
        const QByteArray text("a\xff\xfe b");
        QStringList seen;
        SearchTokenizer::tokenize(text.constData(), int(text.size()), SearchTokenizer::Mode::Document,
                                  [&](const SearchTokenizer::Token& token) {
                                      seen.append(QString::fromUtf8(token.text));
                                      return 0;
                                  });
        QCOMPARE(seen, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }
};

QTEST_GUILESS_MAIN(TestSearchTokenizer)
#include "tst_searchtokenizer.moc"
