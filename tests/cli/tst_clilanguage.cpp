#include "CliRunner.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The CLI speaks the locale's language for what people read (messages, help) and keeps what scripts
// parse (import lines, summaries, headers) the same in every locale.
class TestCliLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void useLocale(const char* locale)
    {
        qputenv("LC_ALL", locale);
        qputenv("LANG", locale);
        qputenv("LANGUAGE", QByteArray(locale).split('.').first());
    }

    static bool hasHan(const QString& text)
    {
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        return han.match(text).hasMatch();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { useLocale("C.UTF-8"); }

    void messagesFollowTheLocale()
    {
        useLocale("C.UTF-8");
        const CliResult english = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(english.exitCode, 2);
        QVERIFY2(english.err.startsWith(QStringLiteral("regionscope-cli: unknown command frobnicate")),
                 qPrintable(english.err));
        QVERIFY(!hasHan(english.err));

        useLocale("zh_CN.UTF-8");
        const CliResult chinese = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(chinese.exitCode, 2);
        QVERIFY2(hasHan(chinese.err.section(QLatin1Char('\n'), 0, 0)), qPrintable(chinese.err));
        QVERIFY(chinese.err.contains(QStringLiteral("frobnicate")));

        // A command's own usage error is translated too.
        const CliResult show = runCli(
            {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("a.sqlite")), QStringLiteral("show")});
        QCOMPARE(show.exitCode, 2);
        QVERIFY2(hasHan(show.err), qPrintable(show.err));
    }

    void scriptOutputIsTheSameInEveryLocale()
    {
        const QString seeds = QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds");
        useLocale("zh_CN.UTF-8");
        const CliResult chinese = runCli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("zh.sqlite")),
                                          QStringLiteral("import"), seeds});
        useLocale("C.UTF-8");
        const CliResult english = runCli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("en.sqlite")),
                                          QStringLiteral("import"), seeds});
        QCOMPARE(chinese.exitCode, 0);
        QCOMPARE(english.exitCode, 0);
        QCOMPARE(chinese.out, english.out);
        QVERIFY(chinese.lines().constLast().startsWith(QStringLiteral("summary: 5 imported")));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
