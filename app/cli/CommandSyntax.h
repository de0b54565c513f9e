#pragma once

#include "CommandContext.h"

#include <QCommandLineOption>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace rs::cli {

// What a command accepts, declared once: the options its QCommandLineParser parses are the ones its
// usage line and the "Options:" block of its help are rendered from (names, value names,
// descriptions, defaults), so the help cannot list an option the parser lacks or miss one it takes.
// The prose of the help (what the command does, what it prints) stays hand-written and translated.
class CommandSyntax
{
public:
    // usesDatabase: the usage line shows the global [--db FILE].
    explicit CommandSyntax(const QString& command, bool usesDatabase = true);

    // A required option shows without brackets in the usage line; the parser still checks nothing
    // about presence (the command says what is missing in words).
    CommandSyntax& option(const QCommandLineOption& option, bool required = false);
    // One way to call the command, as the usage line shows it: `before` (a sub-command or the
    // positional arguments that come first), the options the form takes, then `after`. Without a
    // form the usage is the command, every option, nothing else.
    CommandSyntax& form(const QString& before, const QString& after = QString());
    CommandSyntax& form(const QString& before, const QStringList& optionNames, const QString& after);

    QString command() const { return m_command; }
    QList<QCommandLineOption> options() const { return m_options; }
    // Adds every option to the parser.
    void addTo(QCommandLineParser& parser) const;
    // Parses "COMMAND ARGUMENTS..." with a parser that holds every option.
    bool parse(QCommandLineParser& parser, const QStringList& arguments) const;

    // "usage: regionscope-cli [--db FILE] COMMAND ...", one line per form, wrapped for a terminal.
    QString usage() const;
    // "Options:" and one entry per option (empty without options): names and value, then the
    // description, then "(default: VALUE)".
    QString optionsBlock() const;
    // usage(), the hand-written description, the options, the notes on the output: a command's help.
    QString help(const QString& description, const QString& notes = QString()) const;

private:
    struct Form
    {
        QString before;
        bool allOptions = true;
        QStringList optionNames;
        QString after;
    };

    QString synopsis(const Form& form) const;

    QString m_command;
    bool m_usesDatabase;
    QList<QCommandLineOption> m_options;
    QSet<QString> m_required; // by the option's first name
    QList<Form> m_forms;
};

// Prints "regionscope-cli COMMAND: MESSAGE" and the command's usage on stderr; returns UsageError.
int usageError(CommandContext& context, const CommandSyntax& syntax, const QString& message);
// Parses the arguments of a command that takes options only. Success, or (a wrong option, a positional
// argument) UsageError with the message and the usage printed.
int parseOptionsOnly(CommandContext& context, const CommandSyntax& syntax, QCommandLineParser& parser,
                     const QStringList& arguments);
// The --format of a command that prints TSV or JSON: Success with *format set, else UsageError with
// the message and the usage printed.
int tsvOrJson(CommandContext& context, const CommandSyntax& syntax, const QCommandLineParser& parser,
              QString* format);

} // namespace rs::cli
