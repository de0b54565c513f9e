#include "CommandSyntax.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace rs::cli {
namespace {

// The layout of the help the CLI always had: 80 columns, descriptions from column 22.
constexpr int lineWidth = 79;
constexpr int descriptionColumn = 22;
const QString usageIndent = QStringLiteral("       ");

QString dashed(const QString& name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

QString withValue(const QString& names, const QCommandLineOption& option)
{
    return option.valueName().isEmpty() ? names : names + QLatin1Char(' ') + option.valueName();
}

// Words after prefix, a line broken before a word that would pass lineWidth; continuation lines
// start with indent. A word is never split (a usage token such as "[--top N]" stays whole).
QStringList wrapped(const QString& prefix, const QStringList& words, const QString& indent)
{
    QStringList lines;
    QString line = prefix;
    bool lineHasWord = false;
    for (const QString& word : words) {
        if (lineHasWord && line.size() + 1 + word.size() > lineWidth) {
            lines.append(line);
            line = indent + word;
        } else {
            if (!line.isEmpty() && !line.endsWith(QLatin1Char(' ')))
                line += QLatin1Char(' ');
            line += word;
        }
        lineHasWord = true;
    }
    lines.append(line);
    return lines;
}

} // namespace

CommandSyntax::CommandSyntax(const QString& command, bool usesDatabase)
    : m_command(command), m_usesDatabase(usesDatabase)
{}

CommandSyntax& CommandSyntax::option(const QCommandLineOption& option, bool required)
{
    m_options.append(option);
    if (required)
        m_required.insert(option.names().first());
    return *this;
}

CommandSyntax& CommandSyntax::form(const QString& before, const QString& after)
{
    m_forms.append({before, true, {}, after});
    return *this;
}

CommandSyntax& CommandSyntax::form(const QString& before, const QStringList& optionNames,
                                   const QString& after)
{
    m_forms.append({before, false, optionNames, after});
    return *this;
}

void CommandSyntax::addTo(QCommandLineParser& parser) const
{
    for (const QCommandLineOption& option : m_options)
        parser.addOption(option);
}

bool CommandSyntax::parse(QCommandLineParser& parser, const QStringList& arguments) const
{
    addTo(parser);
    return parser.parse(QStringList{m_command} + arguments);
}

QString CommandSyntax::synopsis(const Form& form) const
{
    QStringList words;
    if (!form.before.isEmpty())
        words.append(form.before);
    for (const QCommandLineOption& option : m_options) {
        const QString name = option.names().first();
        if (option.flags().testFlag(QCommandLineOption::HiddenFromHelp) ||
            (!form.allOptions && !form.optionNames.contains(name)))
            continue;
        const QString word = withValue(dashed(name), option);
        words.append(m_required.contains(name) ? word : QLatin1Char('[') + word + QLatin1Char(']'));
    }
    if (!form.after.isEmpty())
        words.append(form.after);
    return words.join(QLatin1Char('\n')); // the separator wrapped() breaks at
}

QString CommandSyntax::usage() const
{
    const QList<Form> forms = m_forms.isEmpty() ? QList<Form>{Form()} : m_forms;
    const QString program =
        QStringLiteral("regionscope-cli ") + (m_usesDatabase ? QStringLiteral("[--db FILE] ") : QString());
    QStringList lines;
    for (int i = 0; i < forms.size(); ++i) {
        const QString prefix = (i == 0 ? QStringLiteral("usage: ") : usageIndent) + program + m_command;
        lines += wrapped(prefix, synopsis(forms.at(i)).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                         usageIndent + QStringLiteral("  "));
    }
    return lines.join(QLatin1Char('\n'));
}

QString CommandSyntax::optionsBlock() const
{
    QStringList lines;
    const QString indent(descriptionColumn, QLatin1Char(' '));
    for (const QCommandLineOption& option : m_options) {
        if (option.flags().testFlag(QCommandLineOption::HiddenFromHelp))
            continue;
        QStringList names;
        for (const QString& name : option.names())
            names.append(dashed(name));
        const QString left = QStringLiteral("  ") + withValue(names.join(QStringLiteral(", ")), option);
        QString description = option.description();
        if (!option.defaultValues().isEmpty())
            description = QCoreApplication::translate("rs::cli", "%1 (default: %2)")
                              .arg(description, option.defaultValues().join(QLatin1Char(',')));
        const QStringList words = description.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (left.size() + 2 <= descriptionColumn) {
            lines += wrapped(left.leftJustified(descriptionColumn), words, indent);
        } else {
            lines.append(left);
            lines += wrapped(indent, words, indent);
        }
    }
    if (lines.isEmpty())
        return QString();
    return QCoreApplication::translate("rs::cli", "Options:") + QLatin1Char('\n') +
           lines.join(QLatin1Char('\n'));
}

QString CommandSyntax::help(const QString& description, const QString& notes) const
{
    QString text = usage() + QStringLiteral("\n\n") + description;
    const QString block = optionsBlock();
    if (!block.isEmpty())
        text += QStringLiteral("\n\n") + block;
    if (!notes.isEmpty())
        text += QStringLiteral("\n\n") + notes;
    return text + QLatin1Char('\n');
}

int usageError(CommandContext& context, const CommandSyntax& syntax, const QString& message)
{
    context.err << "regionscope-cli " << syntax.command() << ": " << message << '\n'
                << syntax.usage() << '\n';
    return UsageError;
}

int parseOptionsOnly(CommandContext& context, const CommandSyntax& syntax, QCommandLineParser& parser,
                     const QStringList& arguments)
{
    if (!syntax.parse(parser, arguments))
        return usageError(context, syntax, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(context, syntax,
                          tr("unexpected argument %1").arg(parser.positionalArguments().first()));
    return Success;
}

int tsvOrJson(CommandContext& context, const CommandSyntax& syntax, const QCommandLineParser& parser,
              QString* format)
{
    *format = parser.value(QStringLiteral("format"));
    if (*format != QLatin1String("tsv") && *format != QLatin1String("json"))
        return usageError(context, syntax, tr("--format must be tsv or json"));
    return Success;
}

} // namespace rs::cli
