#include "CliApplication.h"

#include "Commands.h"
#include "storage/Database.h"
#include "util/AppInfo.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

namespace rs::cli {
namespace {

struct CommandEntry
{
    const char* name;
    const char* summary; // translated through CliApplication's context
    int (*run)(CommandContext&);
};

const CommandEntry commands[] = {
    {"import",
     QT_TRANSLATE_NOOP("rs::cli::CliApplication", "import PATH...      import report files or folders"),
     importCommand},
    {"list",
     QT_TRANSLATE_NOOP("rs::cli::CliApplication", "list [--format tsv|json]  list the stored reports"),
     listCommand},
    {"show", QT_TRANSLATE_NOOP("rs::cli::CliApplication", "show ID             metadata and cleaned body"),
     showCommand},
    {"extract",
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "extract FILE...     print the figures found in report files (TSV, no database)"),
     extractCommand},
    {"metrics",
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "metrics [--article ID] [--format tsv|json]  stored figures, reviews applied;"
                       " metrics --keys  the metric keys"),
     metricsCommand},
    {"score",
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "score GOLD.tsv REPORT...  precision/recall/F1 of the extractor on a gold list"),
     scoreCommand},
    {"chart",
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "chart --metric KEY [--period YEAR] [--regions CODE,...] [--top N] --format "
                       "png|svg|pdf|pptx|xlsx|csv -o FILE [--title TEXT]  comparison chart"),
     chartCommand},
    {"search",
     QT_TRANSLATE_NOOP("rs::cli::CliApplication", "search QUERY [--region CODE] [--from DATE] [--to DATE] "
                                                  "[--format tsv|json]  ranked full-text search"),
     searchCommand},
    {"align",
     QT_TRANSLATE_NOOP(
         "rs::cli::CliApplication",
         "align [--paragraphs] ID ID [ID [ID]]  passages of 2-4 reports aligned by theme (TSV)"),
     alignCommand},
    {"annotate",
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "annotate --article ID --quote TEXT --tag PATH [--note TEXT]  tag a passage"),
     annotateCommand},
    {"autocode",
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "autocode --query TEXT --tag PATH [--dry-run]  tag every paragraph matching a search"),
     autocodeCommand},
    {"annotations",
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "annotations export --format csv|json|qdpx -o FILE | annotations import FILE.qdpx"
                       "  exchange annotations (CSV, W3C Web Annotation, REFI-QDA)"),
     annotationsCommand},
};

} // namespace

QString tsvRow(const QStringList& fields)
{
    QStringList cleaned;
    cleaned.reserve(fields.size());
    for (QString field : fields) {
        field.replace(QLatin1Char('\t'), QLatin1Char(' '));
        field.replace(QLatin1Char('\r'), QLatin1Char(' '));
        field.replace(QLatin1Char('\n'), QLatin1Char(' '));
        cleaned.append(field);
    }
    return cleaned.join(QLatin1Char('\t'));
}

// Qt's own notes (QStandardPaths: XDG_RUNTIME_DIR not set…, font and platform chatter) say nothing a
// user of the command can act on; they show with --verbose. Regionscope's own warnings ("rs::…") and
// every critical message always show.
static void quietMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    Q_UNUSED(context)
    const bool ours = message.startsWith(QLatin1String("rs::"));
    if (!ours && (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(message));
    if (type == QtFatalMsg)
        std::abort();
}

std::unique_ptr<QCoreApplication> CliApplication::createApplication(int& argc, char** argv)
{
    bool needsGui = false;
    bool verbose = false;
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--verbose")
            verbose = true;
    }
    if (!verbose)
        qInstallMessageHandler(quietMessageHandler);
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--verbose")
            continue;
        if (argument == "--db") {
            ++i;
            continue;
        }
        if (!argument.startsWith('-')) {
            needsGui = argument == "chart";
            break;
        }
    }
    if (!needsGui)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

QString CliApplication::usage() const
{
    QString text = tr("Usage: regionscope-cli [--db FILE] COMMAND [ARGS...]\n\n"
                      "Headless access to a Regionscope corpus.\n\n"
                      "Options:\n"
                      "  --db FILE       use this database (default: %1)\n"
                      "  --verbose       also show Qt's own warnings\n"
                      "  -h, --help      show this help\n"
                      "  -v, --version   show the version\n\n"
                      "Commands:\n")
                       .arg(Database::defaultPath());
    for (const CommandEntry& command : commands)
        text += QStringLiteral("  ") +
                QCoreApplication::translate("rs::cli::CliApplication", command.summary) + QLatin1Char('\n');
    text += tr("\nExit status: 0 on success, 1 when some input failed, 2 on usage errors.\n");
    return text;
}

int CliApplication::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString databasePath = Database::defaultPath();
    QString commandName;
    QStringList commandArguments;

    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (!commandName.isEmpty()) {
            commandArguments.append(argument);
        } else if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            out << usage();
            return Success;
        } else if (argument == QLatin1String("-v") || argument == QLatin1String("--version")) {
            out << "regionscope-cli " << AppInfo::version() << '\n';
            return Success;
        } else if (argument == QLatin1String("--db")) {
            if (i + 1 >= arguments.size()) {
                err << tr("regionscope-cli: --db needs a file name") << '\n';
                return UsageError;
            }
            databasePath = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--db="))) {
            databasePath = argument.mid(5);
        } else if (argument == QLatin1String("--verbose")) {
            // handled in createApplication(): Qt's own warnings reach the terminal
        } else if (argument.startsWith(QLatin1Char('-'))) {
            err << tr("regionscope-cli: unknown option %1").arg(argument) << '\n' << usage();
            return UsageError;
        } else {
            commandName = argument;
        }
    }
    if (commandName.isEmpty()) {
        err << usage();
        return UsageError;
    }
    for (const CommandEntry& command : commands) {
        if (commandName == QLatin1String(command.name)) {
            CommandContext context{databasePath, commandArguments, out, err};
            return command.run(context);
        }
    }
    err << tr("regionscope-cli: unknown command %1").arg(commandName) << '\n' << usage();
    return UsageError;
}

} // namespace rs::cli
