#include "CliRunner.h"

#include <QTest>

// The helper every CLI test relies on must fail loudly: a CLI that is missing, crashes or hangs is never
// a success.
class TstCliRunner : public QObject
{
    Q_OBJECT
private slots:
    void aMissingProgramFails()
    {
        const CliResult result = runProgram(QStringLiteral("/nonexistent/regionscope-cli"), {});
        QCOMPARE(result.exitCode, -1);
        QVERIFY2(result.err.contains(QStringLiteral("did not start")), qPrintable(result.err));
    }

    void aHungProgramFails()
    {
        const CliResult result = runProgram(QStringLiteral("sleep"), {QStringLiteral("30")}, 200);
        QCOMPARE(result.exitCode, -1);
        QVERIFY2(result.err.contains(QStringLiteral("still running")), qPrintable(result.err));
    }

    void aCrashIsNoExitCode()
    {
        const CliResult result =
            runProgram(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("kill -SEGV $$")});
        QCOMPARE(result.exitCode, -1);
        QVERIFY2(result.err.contains(QStringLiteral("crashed")), qPrintable(result.err));
    }

    void theCliRuns()
    {
        const CliResult result = runCli({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral(REGIONSCOPE_VERSION)));
    }
};

QTEST_GUILESS_MAIN(TstCliRunner)
#include "tst_clirunner.moc"
