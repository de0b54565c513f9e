#include "CliApplication.h"

#include "Commands.h"
#include "storage/Database.h"
#include "util/AppInfo.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>

namespace rs::cli {
namespace {

struct CommandEntry
{
    const char* name;
    const char* summary; // the overview's line; translated in the rs::cli context like all CLI text
    // `help NAME` (and the man page's section): the usage and options come from the command's syntax,
    // between what the command does and what it prints.
    const char* description;
    const char* output; // may be empty
    CommandSyntax (*syntax)();
    int (*run)(CommandContext&);
};

int helpCommand(CommandContext& context);

CommandSyntax helpSyntax()
{
    return CommandSyntax(QStringLiteral("help"), false).form(QStringLiteral("[COMMAND]"));
}

const CommandEntry commands[] = {
    {"import", QT_TRANSLATE_NOOP("rs::cli", "import report files or folders"),
     QT_TRANSLATE_NOOP("rs::cli",
                       "Imports report files, and the files in folders (recursively). Each file is\n"
                       "stored in one transaction: a file that fails leaves the database as it was,\n"
                       "and the rest of the batch goes on. A report imported twice is recognised as\n"
                       "a duplicate."),
     QT_TRANSLATE_NOOP("rs::cli",
                       "Prints \"imported ID PATH\", \"duplicate ID PATH\" or \"failed PATH: REASON\" for\n"
                       "each file, then \"summary: N imported, N duplicates, N failed\". Exits 1 when\n"
                       "some file failed."),
     importSyntax, importCommand},
    {"list", QT_TRANSLATE_NOOP("rs::cli", "list the stored reports"),
     QT_TRANSLATE_NOOP("rs::cli", "Lists the stored reports."),
     QT_TRANSLATE_NOOP("rs::cli",
                       "TSV has the header \"id title date source province city county region_code\";\n"
                       "JSON is an array of objects with the same keys."),
     listSyntax, listCommand},
    {"show", QT_TRANSLATE_NOOP("rs::cli", "a report's metadata and cleaned text"),
     QT_TRANSLATE_NOOP("rs::cli",
                       "Prints a report's metadata (id, title, date, source, authors, region, url,\n"
                       "dateline, file, encoding, paragraphs, characters), one \"name: value\" line\n"
                       "each, then a blank line and the cleaned text. ID is a report id as printed\n"
                       "by list, import or search. Exits 1 when there is no such report."),
     "", showSyntax, showCommand},
    {"extract", QT_TRANSLATE_NOOP("rs::cli", "print the figures found in report files (TSV, no database)"),
     QT_TRANSLATE_NOOP("rs::cli",
                       "Runs report files through the import pipeline in memory and prints the\n"
                       "figures found in them, as TSV with the header \"file start end quote value\n"
                       "unit qualifier low high subject metric period\". No database is used.\n"
                       "Offsets count UTF-16 code units into the cleaned text. Exits 1 when some\n"
                       "file could not be read."),
     "", extractSyntax, extractCommand},
    {"metrics", QT_TRANSLATE_NOOP("rs::cli", "stored figures with the reviews applied, or the metric keys"),
     QT_TRANSLATE_NOOP("rs::cli", "Prints the stored figures with the analysts' reviews applied: corrected\n"
                                  "values replace the extracted ones, rejected figures are left out."),
     QT_TRANSLATE_NOOP("rs::cli",
                       "TSV has the header \"article start end quote value unit qualifier low high\n"
                       "subject metric period\" (offsets count UTF-16 code units into the stored\n"
                       "text); JSON also gives each figure's review status."),
     metricsSyntax, metricsCommand},
    {"score", QT_TRANSLATE_NOOP("rs::cli", "precision/recall/F1 of the extractor on a gold list"),
     QT_TRANSLATE_NOOP("rs::cli",
                       "Runs each REPORT through the import pipeline in memory and scores the\n"
                       "figures found against its gold list (format: tests/data/metrics/gold/README.md\n"
                       "in the source tree): value-level precision, recall and F1, and qualifier and\n"
                       "metric-key agreement, one line per report, then the total. No database is\n"
                       "used."),
     "", scoreSyntax, scoreCommand},
    {"chart", QT_TRANSLATE_NOOP("rs::cli", "comparison chart of a metric across regions (PNG ... XLSX)"),
     QT_TRANSLATE_NOOP("rs::cli",
                       "Writes the chart of View > Compare Metrics: a metric across the regions that\n"
                       "report it, largest first, each region's latest year or --period.\n"
                       "Several --metric options draw several metrics, one chart per unit.\n"
                       "--kind trend draws the metric over the years, one line per region (the 30\n"
                       "with the largest latest value, or --top N); multiples draws a panel per\n"
                       "region; plans and targets are dashed, a missing year is a gap. --kind map\n"
                       "shades the outlines of --boundaries (GeoJSON keyed by 6-digit region code,\n"
                       "or name and parent) by class; regions without data are hatched, and the\n"
                       "boundary source and map approval number are printed on the map.\n"
                       "--per divides by an imported indicator (see indicators): per 10,000\n"
                       "residents when it counts people, per unit of it otherwise."),
     QT_TRANSLATE_NOOP("rs::cli",
                       "CSV is UTF-8 with a byte order mark, one line per region and metric with the\n"
                       "raw and displayed value and the report and quote it came from."),
     chartSyntax, chartCommand},
    {"search", QT_TRANSLATE_NOOP("rs::cli", "ranked full-text search"),
     QT_TRANSLATE_NOOP("rs::cli",
                       "Ranked full-text search over the reports' titles and texts. Words separated\n"
                       "by spaces must all occur; Chinese terms of any length match as substrings;\n"
                       "a word that spells a region in pinyin also finds the region's name."),
     QT_TRANSLATE_NOOP("rs::cli",
                       "TSV has the header \"id title date region_code score snippet\", best match\n"
                       "first; matches in the snippet are between [ and ]."),
     searchSyntax, searchCommand},
    {"align", QT_TRANSLATE_NOOP("rs::cli", "passages of 2-4 reports aligned by theme (TSV)"),
     QT_TRANSLATE_NOOP("rs::cli",
                       "Aligns the passages of 2 to 4 reports by theme (sections when every report\n"
                       "has headings, else paragraphs) and prints TSV with the header \"group article\n"
                       "paragraph score text\": one row per passage, passages on the same theme share\n"
                       "a group number."),
     "", alignSyntax, alignCommand},
    {"annotate", QT_TRANSLATE_NOOP("rs::cli", "tag a passage of a report"),
     QT_TRANSLATE_NOOP("rs::cli",
                       "Tags the first occurrence of TEXT in the report's stored text and prints the\n"
                       "new annotation's id. Exits 1 when the report does not contain the quote."),
     "", annotateSyntax, annotateCommand},
    {"autocode", QT_TRANSLATE_NOOP("rs::cli", "tag every paragraph matching a search"),
     QT_TRANSLATE_NOOP("rs::cli",
                       "Tags every paragraph that holds all words of a search, skipping passages that\n"
                       "already carry the tag, and prints the passages as TSV with the header\n"
                       "\"article_id start end quote\"."),
     "", autocodeSyntax, autocodeCommand},
    {"annotations", QT_TRANSLATE_NOOP("rs::cli", "exchange annotations (CSV, W3C Web Annotation, REFI-QDA)"),
     QT_TRANSLATE_NOOP("rs::cli",
                       "export writes every annotation as CSV (UTF-8 with a byte order mark), as JSON\n"
                       "following the W3C Web Annotation Data Model, or as a REFI-QDA project (.qdpx,\n"
                       "read by NVivo, ATLAS.ti, MAXQDA and QualCoder); without --format the file's\n"
                       "suffix decides.\n"
                       "\n"
                       "import reads a .qdpx (or a bare project.qde) in one transaction: codes become\n"
                       "tags, texts are matched to the stored reports or stored as new ones, coded\n"
                       "selections become annotations. It prints what was created and matched, and\n"
                       "exits 1 when the file is refused or some selections could not be used."),
     "", annotationsSyntax, annotationsCommand},
    {"agreement", QT_TRANSLATE_NOOP("rs::cli", "inter-coder agreement between annotation authors"),
     QT_TRANSLATE_NOOP("rs::cli",
                       "Compares the annotations of several authors (coders): per tag, percent\n"
                       "agreement, Cohen's kappa (exactly two coders) and Krippendorff's alpha\n"
                       "(nominal, any number of coders). With --level character every character of a\n"
                       "report is a unit, coded with a tag when one of the coder's annotations with\n"
                       "the tag covers it (as NVivo and QualCoder count); with --level paragraph every\n"
                       "paragraph is, coded when such an annotation overlaps it. A coder takes part in\n"
                       "the reports they annotated; units fewer than two coders coded are left out.\n"
                       "Sub-tags count on their own. Without --tag every tag some coder applied is\n"
                       "listed."),
     QT_TRANSLATE_NOOP("rs::cli",
                       "TSV has the header \"tag coders level units percent kappa alpha\", one row per\n"
                       "tag: coders comma-separated, units the units compared, percent from 0 to 100.\n"
                       "kappa is empty when there are not exactly two coders; kappa and alpha are\n"
                       "empty when undefined (no unit, or every unit coded alike: a tag nobody\n"
                       "applied). JSON is an array of objects with the same keys, null for empty."),
     agreementSyntax, agreementCommand},
    {"indicators", QT_TRANSLATE_NOOP("rs::cli", "reference data per region and year"),
     QT_TRANSLATE_NOOP("rs::cli",
                       "import reads reference data (population, GDP, party members ...) to show\n"
                       "figures per 10,000 residents or per unit of an indicator (chart --per). The\n"
                       "table (CSV in UTF-8, or the first sheet of an XLSX) has the header\n"
                       "region_code,year,indicator,value,unit,source. Every row is checked first:\n"
                       "a known region code, a year, a number, a source, one unit per indicator, no\n"
                       "indicator, region and year twice. Each failing row is printed as\n"
                       "\"failed ROW: REASON\" (the header is row 1) and nothing is stored;\n"
                       "otherwise every row is stored in one transaction (replacing values stored\n"
                       "before for the same indicator, region and year) and \"imported N rows\" is\n"
                       "printed. Exits 1 when something failed."),
     QT_TRANSLATE_NOOP("rs::cli", "list prints TSV with the header \"indicator unit values regions years\n"
                                  "sources\"."),
     indicatorsSyntax, indicatorsCommand},
    {"migrate", QT_TRANSLATE_NOOP("rs::cli", "copy a project between SQLite and PostgreSQL, checked"),
     QT_TRANSLATE_NOOP("rs::cli",
                       "Copies every table of the project in FROM into TO: each a database file or a\n"
                       "PostgreSQL URL (postgresql://USER@HOST:PORT/DBNAME, or\n"
                       "postgresql://USER@/DBNAME?host=/run/dir&port=5433), in either direction. TO\n"
                       "must hold no project yet (a new file or database is fine); both are opened\n"
                       "as the other commands open them, so both end at this version's schema. Ids,\n"
                       "authors and original files are kept; on a SQLite file the search index is\n"
                       "rebuilt. Everything is written in one transaction and compared before it\n"
                       "commits: a failure or a difference leaves TO as it was. Progress goes to\n"
                       "stderr."),
     QT_TRANSLATE_NOOP("rs::cli",
                       "Prints TSV with the header \"table from_rows to_rows checksum_match\", one row\n"
                       "per table (checksum_match: yes or no, over every value of every row), then\n"
                       "\"summary: all N tables match\" or \"summary: N of M tables differ: NAMES\".\n"
                       "Exits 0 only when every table matched and the copy was committed."),
     migrateSyntax, migrateCommand},
    {"team", QT_TRANSLATE_NOOP("rs::cli", "set up a team on PostgreSQL: roles lead, coder, reader"),
     QT_TRANSLATE_NOOP("rs::cli",
                       "Team mode on a PostgreSQL database (--db postgresql://...); a SQLite file has\n"
                       "no team. Each analyst logs in as a role of their own, which is the author of\n"
                       "their annotations, in one of three groups the server enforces: a reader\n"
                       "reads, a coder also annotates (and changes only their own annotations), a\n"
                       "lead changes everything (codebook, reports, anyone's annotations).\n"
                       "\n"
                       "setup creates the group roles regionscope_lead, regionscope_coder and\n"
                       "regionscope_reader when missing and grants them their rights and row\n"
                       "policies on the database; run it as the server's superuser or the\n"
                       "database's owner with CREATEROLE, and again after an upgrade. It changes\n"
                       "nothing when run twice.\n"
                       "\n"
                       "add creates NAME's login role in the group of --role. The password comes\n"
                       "from --password-file or stdin, never from the command line; an empty one\n"
                       "leaves the login to the server's rules (e.g. peer). For a NAME the server\n"
                       "has already, add says so and puts it in --role's group (out of the other\n"
                       "two); a new password replaces the old one. remove takes NAME out of the\n"
                       "team: their annotations stay, and their login role stays on the server.\n"
                       "The groups belong to the server, so the team is the same for every database\n"
                       "of the server that setup was run on. add and remove need the superuser or\n"
                       "CREATEROLE."),
     QT_TRANSLATE_NOOP("rs::cli", "list prints \"NAME<TAB>ROLE\" per analyst (ROLE: lead, coder or reader),\n"
                                  "sorted by name; setup, add and remove say what they did. Exits 1 when\n"
                                  "refused (not allowed, server not reachable, a database file)."),
     teamSyntax, teamCommand},
    {"help", QT_TRANSLATE_NOOP("rs::cli", "list the commands, or show how to use one"),
     QT_TRANSLATE_NOOP("rs::cli", "Without COMMAND, lists the commands; with COMMAND, prints its usage, as\n"
                                  "\"regionscope-cli COMMAND --help\" does."),
     "", helpSyntax, helpCommand},
};

const CommandEntry* findCommand(const QString& name)
{
    for (const CommandEntry& command : commands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

QString commandHelp(const CommandEntry& command)
{
    return command.syntax().help(tr(command.description), *command.output ? tr(command.output) : QString());
}

// `help` prints the overview, `help COMMAND` one command's usage; both on stdout, as --help does.
int helpCommand(CommandContext& context)
{
    if (context.arguments.isEmpty()) {
        context.out << CliApplication::usage();
        return Success;
    }
    const CommandEntry* command =
        context.arguments.size() == 1 ? findCommand(context.arguments.first()) : nullptr;
    if (!command) {
        context.err << (context.arguments.size() == 1
                            ? tr("regionscope-cli help: unknown command %1").arg(context.arguments.first())
                            : tr("regionscope-cli help: give one command"))
                    << '\n'
                    << CliApplication::usage();
        return UsageError;
    }
    context.out << commandHelp(*command);
    return Success;
}

} // namespace

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("rs::cli", text, disambiguation, n);
}

bool openDatabase(CommandContext& context, Database& database)
{
    if (database.open(context.databasePath))
        return true;
    context.err << "regionscope-cli: " << database.error() << '\n';
    return false;
}

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

void CliApplication::installTranslator()
{
    static QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("regionscope"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
}

QString CliApplication::usage()
{
    QString text =
        QCoreApplication::translate("rs::cli", "Usage: regionscope-cli [--db FILE] COMMAND [ARGS...]\n\n"
                                               "Headless access to a Regionscope corpus.\n\n"
                                               "Options:\n"
                                               "  --db FILE       use this database (default: %1)\n"
                                               "  --verbose       also show Qt's own warnings\n"
                                               "  -h, --help      show this help\n"
                                               "  -v, --version   show the version\n\n"
                                               "Commands:\n")
            .arg(Database::defaultPath());
    for (const CommandEntry& command : commands)
        text += QStringLiteral("  ") + QString::fromLatin1(command.name).leftJustified(13) +
                cli::tr(command.summary) + QLatin1Char('\n');
    text += QCoreApplication::translate(
        "rs::cli", "\nRun \"regionscope-cli help COMMAND\" for a command's usage.\n"
                   "\nExit status: 0 on success, 1 when some input failed, 2 on usage errors.\n");
    return text;
}

QStringList CliApplication::commandNames()
{
    QStringList names;
    for (const CommandEntry& command : commands)
        names.append(QString::fromLatin1(command.name));
    return names;
}

CommandSyntax CliApplication::commandSyntax(const QString& name)
{
    const CommandEntry* command = findCommand(name);
    return command ? command->syntax() : CommandSyntax(name);
}

QString CliApplication::commandHelp(const QString& name)
{
    const CommandEntry* command = findCommand(name);
    return command ? cli::commandHelp(*command) : QString();
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
                err << QCoreApplication::translate("rs::cli", "regionscope-cli: --db needs a file name")
                    << '\n';
                return UsageError;
            }
            databasePath = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--db="))) {
            databasePath = argument.mid(5);
        } else if (argument == QLatin1String("--verbose")) {
            // handled in createApplication(): Qt's own warnings reach the terminal
        } else if (argument.startsWith(QLatin1Char('-'))) {
            err << QCoreApplication::translate("rs::cli", "regionscope-cli: unknown option %1").arg(argument)
                << '\n'
                << usage();
            return UsageError;
        } else {
            commandName = argument;
        }
    }
    if (commandName.isEmpty()) {
        err << usage();
        return UsageError;
    }
    if (const CommandEntry* command = findCommand(commandName)) {
        // "COMMAND --help" is "help COMMAND": no command takes --help or -h as its first argument.
        const QString first = commandArguments.value(0);
        if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
            out << cli::commandHelp(*command);
            return Success;
        }
        CommandContext context{databasePath, commandArguments, out, err, commandName};
        return command->run(context);
    }
    err << QCoreApplication::translate("rs::cli", "regionscope-cli: unknown command %1").arg(commandName)
        << '\n'
        << usage();
    return UsageError;
}

} // namespace rs::cli
