#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

#include <unistd.h>

// Runs regionscope-cli and captures its output. When the tests run as root, permission checks would
// never fail, so the CLI is started as "nobody" through setpriv (util-linux) instead.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList lines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

inline bool runsAsRoot()
{
    return ::geteuid() == 0;
}

// Runs a program to its end. A program that cannot start, crashes or is still running after the timeout
// yields exit code -1 and says why in err, so a missing or hung CLI can never pass for one that succeeded.
inline CliResult runProgram(const QString& program, const QStringList& arguments, int timeoutMs = 120000)
{
    QProcess process;
    process.start(program, arguments);
    CliResult result;
    if (!process.waitForStarted(30000)) {
        result.err = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err =
            QStringLiteral("%1 was still running after %2 ms and was stopped").arg(program).arg(timeoutMs);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit)
        result.err.prepend(QStringLiteral("%1 crashed\n").arg(program));
    return result;
}

inline CliResult runCli(const QStringList& arguments, bool dropPrivileges = false)
{
    QString program = QStringLiteral(REGIONSCOPE_CLI_PATH);
    QStringList args = arguments;
    if (dropPrivileges && runsAsRoot()) {
        args = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                           QStringLiteral("--clear-groups"), program} +
               arguments;
        program = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    }
    return runProgram(program, args);
}
