#pragma once

#include "CommandContext.h"
#include "CommandSyntax.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace rs::cli {

// Parses global options (--db, --help, --version) and dispatches to a command; `help COMMAND` and
// `COMMAND --help` print a command's usage, which the man page regionscope-cli(1) is generated from.
// Its messages are in the CLI's one translation context, "rs::cli" (CommandContext.h).
class CliApplication
{
public:
    int run(const QStringList& arguments);
    // Drawing text (chart) needs a QGuiApplication, on the "offscreen" platform when there is no
    // display; every other command runs on a plain QCoreApplication.
    static std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv);
    // Messages and help in the locale's language (LC_ALL, LC_MESSAGES, LANG) when Regionscope has it.
    static void installTranslator();
    // The overview --help and `help` print: global options and one line per command.
    static QString usage();
    // The commands in the overview's order, each one's syntax and help (`help NAME`).
    static QStringList commandNames();
    static CommandSyntax commandSyntax(const QString& name);
    static QString commandHelp(const QString& name);
};

} // namespace rs::cli
