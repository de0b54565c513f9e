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
    const char* summary; // translated through CliApplication's context
    const char* help;    // `help NAME`: usage, what it does, options, output; also the man page's section
    int (*run)(CommandContext&);
};

int helpCommand(CommandContext& context);

const CommandEntry commands[] = {
    {"import",
     QT_TRANSLATE_NOOP("rs::cli::CliApplication", "import PATH...      import report files or folders"),
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "usage: regionscope-cli [--db FILE] import PATH...\n"
                       "\n"
                       "Imports report files, and the files in folders (recursively). Each file is\n"
                       "stored in one transaction: a file that fails leaves the database as it was,\n"
                       "and the rest of the batch goes on. A report imported twice is recognised as\n"
                       "a duplicate.\n"
                       "\n"
                       "Prints \"imported ID PATH\", \"duplicate ID PATH\" or \"failed PATH: REASON\" for\n"
                       "each file, then \"summary: N imported, N duplicates, N failed\". Exits 1 when\n"
                       "some file failed."),
     importCommand},
    {"list",
     QT_TRANSLATE_NOOP("rs::cli::CliApplication", "list [--format tsv|json]  list the stored reports"),
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "usage: regionscope-cli [--db FILE] list [--format tsv|json]\n"
                       "\n"
                       "Lists the stored reports.\n"
                       "\n"
                       "Options:\n"
                       "  --format tsv|json   output format (default: tsv)\n"
                       "\n"
                       "TSV has the header \"id title date source province city county region_code\";\n"
                       "JSON is an array of objects with the same keys."),
     listCommand},
    {"show", QT_TRANSLATE_NOOP("rs::cli::CliApplication", "show ID             metadata and cleaned body"),
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "usage: regionscope-cli [--db FILE] show ID\n"
                       "\n"
                       "Prints a report's metadata (id, title, date, source, authors, region, url,\n"
                       "dateline, file, encoding, paragraphs, characters), one \"name: value\" line\n"
                       "each, then a blank line and the cleaned text. ID is a report id as printed\n"
                       "by list, import or search. Exits 1 when there is no such report."),
     showCommand},
    {"extract",
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "extract FILE...     print the figures found in report files (TSV, no database)"),
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "usage: regionscope-cli extract FILE...\n"
                       "\n"
                       "Runs report files through the import pipeline in memory and prints the\n"
                       "figures found in them, as TSV with the header \"file start end quote value\n"
                       "unit qualifier low high subject metric period\". No database is used.\n"
                       "Offsets count UTF-16 code units into the cleaned text. Exits 1 when some\n"
                       "file could not be read."),
     extractCommand},
    {"metrics",
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "metrics [--article ID] [--format tsv|json]  stored figures, reviews applied;"
                       " metrics --keys  the metric keys"),
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "usage: regionscope-cli [--db FILE] metrics [--article ID] [--format tsv|json]\n"
                       "       regionscope-cli [--db FILE] metrics --keys [--format tsv|json]\n"
                       "\n"
                       "Prints the stored figures with the analysts' reviews applied: corrected\n"
                       "values replace the extracted ones, rejected figures are left out.\n"
                       "\n"
                       "Options:\n"
                       "  --article ID        only the figures of this report\n"
                       "  --keys              the metric keys instead: key, labels, unit family,\n"
                       "                      number of figures and of regions\n"
                       "  --format tsv|json   output format (default: tsv)\n"
                       "\n"
                       "TSV has the header \"article start end quote value unit qualifier low high\n"
                       "subject metric period\" (offsets count UTF-16 code units into the stored\n"
                       "text); JSON also gives each figure's review status."),
     metricsCommand},
    {"score",
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "score GOLD.tsv REPORT...  precision/recall/F1 of the extractor on a gold list"),
     QT_TRANSLATE_NOOP(
         "rs::cli::CliApplication",
         "usage: regionscope-cli score [--details] [--min-f1 F1] GOLD.tsv REPORT [GOLD.tsv REPORT ...]\n"
         "\n"
         "Runs each REPORT through the import pipeline in memory and scores the\n"
         "figures found against its gold list (format: tests/data/metrics/gold/README.md\n"
         "in the source tree): value-level precision, recall and F1, and qualifier and\n"
         "metric-key agreement, one line per report, then the total. No database is\n"
         "used.\n"
         "\n"
         "Options:\n"
         "  --details           list the misses and false positives\n"
         "  --min-f1 F1         exit 1 when the overall F1 is below F1"),
     scoreCommand},
    {"chart",
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "chart --metric KEY [--period YEAR] [--regions CODE,...] [--top N] --format "
                       "png|svg|pdf|pptx|xlsx|csv -o FILE [--title TEXT]  comparison chart"),
     QT_TRANSLATE_NOOP(
         "rs::cli::CliApplication",
         "usage: regionscope-cli [--db FILE] chart --metric KEY [--period YEAR|latest|best] [--regions "
         "CODE,...] "
         "[--top N]\n"
         "       --format png|svg|pdf|pptx|xlsx|csv -o FILE [--title TEXT] [--width PX] [--height PX] "
         "[--scale 1|2|3]\n"
         "       [--transparent] [--no-notes] [--sort value|code] [--reference none|mean|median]\n"
         "       [--style bars|dots] [--select CODE,...] [--targets] [--kind bar|trend|multiples|map]\n"
         "       [--per INDICATOR] [--axis shared|independent] [--years N]\n"
         "       [--boundaries FILE.geojson] [--classes quantile|natural] [--map-source TEXT]\n"
         "       [--map-approval TEXT]\n"
         "\n"
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
         "residents when it counts people, per unit of it otherwise.\n"
         "\n"
         "Options:\n"
         "  --metric KEY        metric key from the taxonomy (repeat for several), or\n"
         "                      KEY/SUBKEY for one kind under it (enterprises/high_tech)\n"
         "  --period YEAR       the year to compare; latest (default): each region's\n"
         "                      latest year, each bar labelled with its year; best: the\n"
         "                      year most regions report\n"
         "  --targets           chart plans and targets too\n"
         "  --regions CODE,...  only these regions and the regions under them\n"
         "  --top N             only the N largest, plus --select\n"
         "  --bottom N          only the N smallest, plus --select\n"
         "  --select CODE,...   regions drawn in the accent colour\n"
         "  --format FORMAT     png, svg, pdf, pptx, xlsx or csv\n"
         "  -o, --output FILE   the file to write\n"
         "  --title TEXT        the chart's title\n"
         "  --width PX          width in pixels (default: 1920)\n"
         "  --height PX         height in pixels (default: 1080)\n"
         "  --scale 1|2|3       PNG scale (default: 1)\n"
         "  --transparent       transparent PNG background\n"
         "  --no-notes          leave out the title, unit line, filters and sources\n"
         "  --sort value|code   order of the regions (default: value)\n"
         "  --reference none|mean|median\n"
         "                      reference line (default: none)\n"
         "  --style bars|dots   bars or dots (default: bars)\n"
         "  --kind KIND         bar, trend, multiples or map (default: bar)\n"
         "  --per INDICATOR     per 10,000 residents, or per unit of the indicator\n"
         "  --axis shared|independent\n"
         "                      small multiples: one value axis or one per panel\n"
         "  --years N           trends: only the last N years\n"
         "  --boundaries FILE   GeoJSON outlines for --kind map\n"
         "  --classes quantile|natural\n"
         "                      map classes (default: quantile)\n"
         "  --map-source TEXT   where the outlines come from (default: the file's source)\n"
         "  --map-approval TEXT\n"
         "                      the map approval number (default: the file's)\n"
         "\n"
         "CSV is UTF-8 with a byte order mark, one line per region and metric with the\n"
         "raw and displayed value and the report and quote it came from."),
     chartCommand},
    {"search",
     QT_TRANSLATE_NOOP("rs::cli::CliApplication", "search QUERY [--region CODE] [--from DATE] [--to DATE] "
                                                  "[--format tsv|json]  ranked full-text search"),
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "usage: regionscope-cli [--db FILE] search QUERY [--region CODE] [--from DATE] [--to "
                       "DATE] [--tag PATH] [--metric KEY] [--format tsv|json]\n"
                       "\n"
                       "Ranked full-text search over the reports' titles and texts. Words separated\n"
                       "by spaces must all occur; Chinese terms of any length match as substrings;\n"
                       "a word that spells a region in pinyin also finds the region's name.\n"
                       "\n"
                       "Options:\n"
                       "  --region CODE       only this region and the regions under it\n"
                       "  --from DATE         published on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)\n"
                       "  --to DATE           published on or before DATE\n"
                       "  --tag PATH          only reports with a passage tagged PATH or a sub-tag\n"
                       "  --metric KEY        only reports with a figure of this key\n"
                       "  --format tsv|json   output format (default: tsv)\n"
                       "\n"
                       "TSV has the header \"id title date region_code score snippet\", best match\n"
                       "first; matches in the snippet are between [ and ]."),
     searchCommand},
    {"align",
     QT_TRANSLATE_NOOP(
         "rs::cli::CliApplication",
         "align [--paragraphs] ID ID [ID [ID]]  passages of 2-4 reports aligned by theme (TSV)"),
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "usage: regionscope-cli [--db FILE] align [--paragraphs] ID ID [ID [ID]]\n"
                       "\n"
                       "Aligns the passages of 2 to 4 reports by theme (sections when every report\n"
                       "has headings, else paragraphs) and prints TSV with the header \"group article\n"
                       "paragraph score text\": one row per passage, passages on the same theme share\n"
                       "a group number.\n"
                       "\n"
                       "Options:\n"
                       "  --paragraphs        after each group of sections, the paragraphs of those\n"
                       "                      sections grouped the same way (groups N.1, N.2, ...)"),
     alignCommand},
    {"annotate",
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "annotate --article ID --quote TEXT --tag PATH [--note TEXT]  tag a passage"),
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "usage: regionscope-cli [--db FILE] annotate --article ID --quote TEXT --tag PATH "
                       "[--note TEXT] [--author NAME]\n"
                       "\n"
                       "Tags the first occurrence of TEXT in the report's stored text and prints the\n"
                       "new annotation's id. Exits 1 when the report does not contain the quote.\n"
                       "\n"
                       "Options:\n"
                       "  --article ID        the report's id\n"
                       "  --quote TEXT        the passage, exactly as in the report\n"
                       "  --tag PATH          tag path such as PARENT/CHILD (created when missing)\n"
                       "  --note TEXT         a note\n"
                       "  --author NAME       author (default: the name set in the app's Settings)"),
     annotateCommand},
    {"autocode",
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "autocode --query TEXT --tag PATH [--dry-run]  tag every paragraph matching a search"),
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "usage: regionscope-cli [--db FILE] autocode --query TEXT --tag PATH [--dry-run]\n"
                       "\n"
                       "Tags every paragraph that holds all words of a search, skipping passages that\n"
                       "already carry the tag, and prints the passages as TSV with the header\n"
                       "\"article_id start end quote\".\n"
                       "\n"
                       "Options:\n"
                       "  --query TEXT        search text; every word must occur\n"
                       "  --tag PATH          tag path (created when missing)\n"
                       "  --dry-run           only list the passages, tag nothing"),
     autocodeCommand},
    {"annotations",
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "annotations export --format csv|json|qdpx -o FILE | annotations import FILE.qdpx"
                       "  exchange annotations (CSV, W3C Web Annotation, REFI-QDA)"),
     QT_TRANSLATE_NOOP(
         "rs::cli::CliApplication",
         "usage: regionscope-cli [--db FILE] annotations export --format csv|json|qdpx -o FILE\n"
         "       regionscope-cli [--db FILE] annotations import FILE.qdpx\n"
         "\n"
         "export writes every annotation as CSV (UTF-8 with a byte order mark), as JSON\n"
         "following the W3C Web Annotation Data Model, or as a REFI-QDA project (.qdpx,\n"
         "read by NVivo, ATLAS.ti, MAXQDA and QualCoder); without --format the file's\n"
         "suffix decides.\n"
         "\n"
         "import reads a .qdpx (or a bare project.qde) in one transaction: codes become\n"
         "tags, texts are matched to the stored reports or stored as new ones, coded\n"
         "selections become annotations. It prints what was created and matched, and\n"
         "exits 1 when the file is refused or some selections could not be used.\n"
         "\n"
         "Options:\n"
         "  --format FORMAT     csv, json or qdpx (export)\n"
         "  -o, --output FILE   the file to write (export)"),
     annotationsCommand},
    {"indicators",
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "indicators import FILE | indicators list  reference data per region and year"),
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "usage: regionscope-cli [--db FILE] indicators import FILE.csv|FILE.xlsx\n"
                       "       regionscope-cli [--db FILE] indicators list\n"
                       "\n"
                       "import reads reference data (population, GDP, party members ...) to show\n"
                       "figures per 10,000 residents or per unit of an indicator (chart --per). The\n"
                       "table (CSV in UTF-8, or the first sheet of an XLSX) has the header\n"
                       "region_code,year,indicator,value,unit,source. Every row is checked first:\n"
                       "a known region code, a year, a number, a source, one unit per indicator, no\n"
                       "indicator, region and year twice. Each failing row is printed as\n"
                       "\"failed ROW: REASON\" (the header is row 1) and nothing is stored;\n"
                       "otherwise every row is stored in one transaction (replacing values stored\n"
                       "before for the same indicator, region and year) and \"imported N rows\" is\n"
                       "printed. Exits 1 when something failed.\n"
                       "\n"
                       "list prints TSV with the header \"indicator unit values regions years\n"
                       "sources\"."),
     indicatorsCommand},
    {"help",
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "help [COMMAND]      list the commands, or show how to use one"),
     QT_TRANSLATE_NOOP("rs::cli::CliApplication",
                       "usage: regionscope-cli help [COMMAND]\n"
                       "\n"
                       "Without COMMAND, lists the commands; with COMMAND, prints its usage, as\n"
                       "\"regionscope-cli COMMAND --help\" does."),
     helpCommand},
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
    return QCoreApplication::translate("rs::cli::CliApplication", command.help) + QLatin1Char('\n');
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
                            ? CliApplication::tr("regionscope-cli help: unknown command %1")
                                  .arg(context.arguments.first())
                            : CliApplication::tr("regionscope-cli help: give one command"))
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
    if (database.openSqlite(context.databasePath))
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
    text += tr("\nRun \"regionscope-cli help COMMAND\" for a command's usage.\n"
               "\nExit status: 0 on success, 1 when some input failed, 2 on usage errors.\n");
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
    if (const CommandEntry* command = findCommand(commandName)) {
        // "COMMAND --help" is "help COMMAND": no command takes --help or -h as its first argument.
        const QString first = commandArguments.value(0);
        if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
            out << commandHelp(*command);
            return Success;
        }
        CommandContext context{databasePath, commandArguments, out, err};
        return command->run(context);
    }
    err << tr("regionscope-cli: unknown command %1").arg(commandName) << '\n' << usage();
    return UsageError;
}

} // namespace rs::cli
