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

inline CliResult runCli(const QStringList& arguments, bool dropPrivileges = false)
{
    QProcess process;
    QString program = QStringLiteral(REGIONSCOPE_CLI_PATH);
    QStringList args = arguments;
    if (dropPrivileges && runsAsRoot()) {
        args = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                           QStringLiteral("--clear-groups"), program} +
               arguments;
        program = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    }
    process.start(program, args);
    process.waitForFinished(120000);
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
