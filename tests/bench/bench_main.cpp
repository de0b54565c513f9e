// regionscope-bench: prints throughput figures. Figures come from this command, never from timed tests.
#include "AgreementBench.h"
#include "AlignBench.h"
#include "AppBench.h"
#include "ChartBench.h"
#include "CorpusGenerator.h"
#include "ExportBench.h"
#include "ImportBench.h"
#include "PdfBench.h"
#include "SearchBench.h"
#include "TeamLoadBench.h"
#include "TrendBench.h"
#include "gazetteer/Gazetteer.h"
#include "gazetteer/RegionDetector.h"
#include "ingest/ImportPipeline.h"
#include "ingest/ReportImporter.h"
#include "ingest/ReportParser.h"
#include "metrics/MetricExtractor.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/SearchTokenizer.h"
#include "util/AppInfo.h"
#include "util/ImportTimings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>
#include <unistd.h>

using namespace rs;

namespace {

QTextStream out(stdout);

void row(const QString& what, const QString& figure, const QString& detail = QString())
{
    out << QStringLiteral("| %1 | %2 | %3 |").arg(what, -44).arg(figure, 16).arg(detail) << '\n';
    out.flush();
}

double megabytes(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

// Writes out what earlier steps left in the page cache, so a timed step does not pay for the
// kernel writing back the one before it (the raw inserts, timed after the import, varied 2,000–3,000
// reports/s from run to run without it).
void settleDisk()
{
    ::sync();
}

// Seconds to insert texts into a new plain FTS5 table with this tokenizer, 256 per transaction; -1 on
// failure.
double rawFtsSeconds(const QString& path, const QString& tokenizer, const QVector<QByteArray>& texts)
{
    Database database;
    if (!database.openSqlite(path))
        return -1;
    QSqlDatabase db = database.connection();
    QSqlQuery create(db);
    if (!create.exec(
            QStringLiteral("CREATE VIRTUAL TABLE raw USING fts5(body, tokenize='%1')").arg(tokenizer)))
        return -1;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO raw (body) VALUES (?)"));
    settleDisk();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < texts.size(); ++i) {
        if (i % 256 == 0)
            db.transaction();
        insert.addBindValue(QString::fromUtf8(texts.at(i)));
        insert.exec();
        if (i % 256 == 255 || i + 1 == texts.size())
            db.commit();
    }
    return timer.nsecsElapsed() / 1e9;
}

// Other work on the machine slows every figure; the table says how busy it was.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 0);
}

long peakRssMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char* argv[])
{
    // Chart rendering draws text, which needs a GUI application (offscreen without a display).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    AppInfo::configureApplication();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Regionscope benchmarks"));
    parser.addHelpOption();
    const QCommandLineOption reportsOption(QStringLiteral("reports"), QStringLiteral("Reports to generate."),
                                           QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Generator seed."),
                                        QStringLiteral("SEED"), QStringLiteral("42"));
    parser.addOption(reportsOption);
    parser.addOption(seedOption);
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          QStringLiteral("Also measure search latency."));
    const QCommandLineOption searchReportsOption(QStringLiteral("search-reports"),
                                                 QStringLiteral("Reports in the search corpus."),
                                                 QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption databaseOption(
        QStringLiteral("db"), QStringLiteral("Search corpus database (built or topped up there)."),
        QStringLiteral("FILE"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Reuse and keep the --db database between runs."));
    const QCommandLineOption appOption(
        QStringLiteral("app"), QStringLiteral("Measure only the app's own path on the search corpus (--db, "
                                              "--search-reports): start-up, Compare Metrics, drill-down."));
    const QCommandLineOption chartsOption(
        QStringLiteral("charts"),
        QStringLiteral("Measure only the charts: bars, trends, small multiples, maps."));
    const QCommandLineOption importOption(
        QStringLiteral("import"),
        QStringLiteral("Measure only the import: against the raw insert, stage by stage (--reports)."));
    const QCommandLineOption searchPostgresOption(
        QStringLiteral("search-postgres"),
        QStringLiteral(
            "Measure only search, on the search corpus (--db, --search-reports) and on its copy in "
            "the empty PostgreSQL database URL."),
        QStringLiteral("URL"));
    const QCommandLineOption postgresOption(
        QStringLiteral("postgres"),
        QStringLiteral("Also import the generated reports into this empty PostgreSQL database."),
        QStringLiteral("URL"));
    const QCommandLineOption teamLoadOption(
        QStringLiteral("team-load"),
        QStringLiteral(
            "Measure only team mode: analysts annotating and a lead importing at once on PostgreSQL "
            "(--db: a superuser's URL; without it a throw-away server is started)."));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("How long the team load runs."),
                                           QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption analystsOption(QStringLiteral("analysts"),
                                            QStringLiteral("Analyst processes in the team load."),
                                            QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption workerOption(QStringLiteral("team-worker"),
                                          QStringLiteral("Internal: run one process of the team load."),
                                          QStringLiteral("KIND"));
    const QCommandLineOption workerIndexOption(QStringLiteral("worker"), QStringLiteral("Internal."),
                                               QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({searchOption, searchReportsOption, databaseOption, keepOption, appOption, chartsOption,
                       importOption, postgresOption, teamLoadOption, secondsOption, analystsOption,
                       workerOption, workerIndexOption, searchPostgresOption});
    parser.process(app);
    if (parser.isSet(workerOption))
        return runTeamLoadWorker(parser.value(workerOption), parser.value(databaseOption),
                                 parser.value(secondsOption).toInt(),
                                 parser.value(workerIndexOption).toInt());
    if (parser.isSet(teamLoadOption)) {
        TeamLoadOptions options;
        options.adminUrl = parser.value(databaseOption);
        options.seconds = parser.value(secondsOption).toInt();
        options.analysts = parser.value(analystsOption).toInt();
        if (parser.isSet(reportsOption))
            options.reports = parser.value(reportsOption).toInt();
        options.benchProgram = QCoreApplication::applicationFilePath();
        out << "Regionscope " << AppInfo::version() << " team load — " << QSysInfo::prettyProductName()
            << ", " << QThread::idealThreadCount() << " cores, load average " << loadAverage()
            << " at the start\n\n";
        row(QStringLiteral("benchmark"), QStringLiteral("figure"), QStringLiteral("detail"));
        out << "|---|---|---|\n";
        const int status = runTeamLoad(out, options, row);
        out << "peak RSS " << peakRssMegabytes() << " MB; load average " << loadAverage() << " at the end\n";
        return status;
    }
    if (parser.isSet(chartsOption)) {
        out << "Regionscope " << AppInfo::version() << " chart benchmark — " << QSysInfo::prettyProductName()
            << ", " << QThread::idealThreadCount() << " cores, load average " << loadAverage()
            << " at the start\n\n";
        row(QStringLiteral("benchmark"), QStringLiteral("figure"), QStringLiteral("detail"));
        out << "|---|---|---|\n";
        benchChart(row);
        benchTrends(row);
        out << "load average " << loadAverage() << " at the end\n";
        return 0;
    }
    if (parser.isSet(searchPostgresOption)) {
        SearchBenchOptions options;
        options.reportCount = parser.value(searchReportsOption).toInt();
        options.seed = parser.value(seedOption).toUInt();
        options.databasePath = parser.value(databaseOption);
        options.keep = parser.isSet(keepOption);
        options.postgresUrl = parser.value(searchPostgresOption);
        out << "Regionscope " << AppInfo::version() << " search benchmark — " << QSysInfo::prettyProductName()
            << ", " << QThread::idealThreadCount() << " cores, load average " << loadAverage()
            << " at the start\n\n";
        row(QStringLiteral("benchmark"), QStringLiteral("figure"), QStringLiteral("detail"));
        out << "|---|---|---|\n";
        const int status = runSearchBenchmark(out, options);
        out << "load average " << loadAverage() << " at the end\n";
        return status;
    }
    if (parser.isSet(appOption)) {
        SearchBenchOptions options;
        options.reportCount = parser.value(searchReportsOption).toInt();
        options.seed = parser.value(seedOption).toUInt();
        options.databasePath = parser.value(databaseOption);
        options.keep = parser.isSet(keepOption);
        out << "Regionscope " << AppInfo::version() << " app benchmark — " << QSysInfo::prettyProductName()
            << ", " << QThread::idealThreadCount() << " cores, load average " << loadAverage()
            << " at the start\n\n";
        row(QStringLiteral("benchmark"), QStringLiteral("figure"), QStringLiteral("detail"));
        out << "|---|---|---|\n";
        const int status = runAppBenchmark(out, options);
        out << "load average " << loadAverage() << " at the end\n";
        return status;
    }
    const int reportCount = parser.value(reportsOption).toInt();

    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("corpus"));
    const Gazetteer& gazetteer = Gazetteer::builtin();
    CorpusGenerator generator(gazetteer, parser.value(seedOption).toUInt());
    const qint64 bytes = generator.writeFolder(folder, reportCount);

    out << "Regionscope " << AppInfo::version() << " benchmarks — " << QSysInfo::prettyProductName() << ", "
        << QThread::idealThreadCount() << " cores, load average " << loadAverage() << " at the start\n\n";
    row(QStringLiteral("benchmark"), QStringLiteral("figure"), QStringLiteral("detail"));
    out << "|---|---|---|\n";
    row(QStringLiteral("generated corpus"), QStringLiteral("%1 reports").arg(reportCount),
        QStringLiteral("%1 MB of UTF-8 .txt").arg(megabytes(bytes), 0, 'f', 1));

    // Parsing alone (decode, clean, metadata) over the files in memory.
    QVector<QByteArray> contents;
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile file(QDir(folder).filePath(name));
        file.open(QIODevice::ReadOnly);
        contents.append(file.readAll());
    }
    const ReportParser reportParser;
    QVector<QString> bodies;
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray& content : std::as_const(contents))
        bodies.append(reportParser.parse(content, QStringLiteral("x.txt")).report.body);
    double seconds = timer.nsecsElapsed() / 1e9;
    row(QStringLiteral("parse (decode + clean + metadata)"),
        QStringLiteral("%1 MB/s").arg(megabytes(bytes) / seconds, 0, 'f', 1),
        QStringLiteral("%1 reports/s").arg(reportCount / seconds, 0, 'f', 0));

    const RegionDetector detector(gazetteer);
    int detected = 0;
    timer.restart();
    for (const QString& body : std::as_const(bodies))
        detected +=
            detector.detect(body.left(body.indexOf(QLatin1Char('\n'))), body).region.isValid() ? 1 : 0;
    seconds = timer.nsecsElapsed() / 1e9;
    row(QStringLiteral("region detection"),
        QStringLiteral("%1 reports/s").arg(reportCount / seconds, 0, 'f', 0),
        QStringLiteral("%1 of %2 detected").arg(detected).arg(reportCount));

    const MetricExtractor extractor;
    qint64 bodyBytes = 0;
    int metricCount = 0;
    timer.restart();
    for (const QString& body : std::as_const(bodies)) {
        bodyBytes += body.toUtf8().size();
        metricCount += int(extractor.extract(body).size());
    }
    seconds = timer.nsecsElapsed() / 1e9;
    row(QStringLiteral("metric extraction (one core)"),
        QStringLiteral("%1 MB/s").arg(megabytes(bodyBytes) / seconds, 0, 'f', 1),
        QStringLiteral("%1 metrics").arg(metricCount));

    // The whole import: read, parse, detect region, extract, store (one transaction per file).
    Database database;
    if (!database.openSqlite(dir.filePath(QStringLiteral("bench.sqlite")))) {
        QTextStream(stderr) << database.error() << '\n';
        return 1;
    }
    ArticleStore store(database);
    ImportPipeline pipeline(gazetteer);
    ReportImporter importer(store, pipeline);
    ImportTimings stageTimings;
    pipeline.setTimings(&stageTimings);
    importer.setTimings(&stageTimings);
    ImportSummary summary;
    settleDisk();
    timer.restart();
    const ReportImporter::Plan plan = ReportImporter::plan({folder});
    importer.importFiles(
        plan.files, [](int) { return true; }, [&](const ImportOutcome& outcome) { summary.add(outcome); });
    seconds = timer.nsecsElapsed() / 1e9;
    const double importSeconds = seconds;
    row(QStringLiteral("import (read + clean + region + extract + store + index)"),
        QStringLiteral("%1 reports/s").arg(reportCount / seconds, 0, 'f', 0),
        QStringLiteral("%1 MB/s; %2 imported, %3 duplicates, %4 failed")
            .arg(megabytes(bytes) / seconds, 0, 'f', 2)
            .arg(summary.imported)
            .arg(summary.duplicates)
            .arg(summary.failed));
    pipeline.setTimings(nullptr);
    importer.setTimings(nullptr);
    // The floor: the same files' text inserted as it is into a plain FTS5 trigram table, batched the
    // same way, with nothing cleaned, detected or extracted.
    const double rawSeconds =
        rawFtsSeconds(dir.filePath(QStringLiteral("raw.sqlite")), QStringLiteral("trigram"), contents);
    if (rawSeconds > 0)
        row(QStringLiteral("same text raw into an FTS5 trigram table"),
            QStringLiteral("%1 reports/s").arg(reportCount / rawSeconds, 0, 'f', 0),
            QStringLiteral("%1 MB/s; import takes %2× as long (target ≤ 3×)")
                .arg(megabytes(bytes) / rawSeconds, 0, 'f', 2)
                .arg(importSeconds / rawSeconds, 0, 'f', 1));
    // Where the gap comes from: the same raw insert with Regionscope's tokenizer (a bigram and a
    // character per Han character, where trigram has one token).
    const double ownSeconds =
        rawFtsSeconds(dir.filePath(QStringLiteral("own.sqlite")), QStringLiteral("regionscope"), contents);
    if (ownSeconds > 0)
        row(QStringLiteral("same text raw, Regionscope's tokenizer"),
            QStringLiteral("%1 reports/s").arg(reportCount / ownSeconds, 0, 'f', 0),
            QStringLiteral("%1 MB/s; %2× the trigram table's time")
                .arg(megabytes(bytes) / ownSeconds, 0, 'f', 2)
                .arg(ownSeconds / rawSeconds, 0, 'f', 1));
    // The tokenizer's own share of that: every token of every text, handed to a sink that only counts.
    {
        QElapsedTimer tokenizing;
        tokenizing.start();
        qint64 tokens = 0;
        for (const QByteArray& content : std::as_const(contents))
            SearchTokenizer::tokenize(content.constData(), int(content.size()),
                                      SearchTokenizer::Mode::Document,
                                      [&tokens](const SearchTokenizer::Token&) {
                                          ++tokens;
                                          return 0;
                                      });
        const double tokenSeconds = tokenizing.nsecsElapsed() / 1e9;
        row(QStringLiteral("Regionscope's tokenizer alone"),
            QStringLiteral("%1 ms/report").arg(tokenSeconds * 1000 / reportCount, 0, 'f', 3),
            QStringLiteral("%1 MB/s; %2 tokens a report")
                .arg(megabytes(bytes) / tokenSeconds, 0, 'f', 1)
                .arg(tokens / reportCount));
    }
    // Where the import's time goes, stage by stage, and what each index adds to storing a report.
    printImportStages(row, stageTimings, reportCount, importSeconds);
    if (parser.isSet(postgresOption) &&
        !benchPostgresImport(row, pipeline, folder, parser.value(postgresOption), reportCount, importSeconds))
        return 1;
    if (parser.isSet(importOption)) {
        out << "peak RSS " << peakRssMegabytes() << " MB; load average " << loadAverage() << " at the end\n";
        return 0;
    }
    benchIndexCosts(row, pipeline, contents, dir.path());
    benchExport(row);
    benchPdf(row);
    benchAlignment(row);
    benchAgreement(row);
    benchChart(row);
    benchTrends(row);
    if (parser.isSet(searchOption)) {
        SearchBenchOptions search;
        search.reportCount = parser.value(searchReportsOption).toInt();
        search.seed = parser.value(seedOption).toUInt();
        search.databasePath = parser.value(databaseOption);
        search.keep = parser.isSet(keepOption);
        if (runSearchBenchmark(out, search) != 0)
            return 1;
    }
    row(QStringLiteral("peak RSS"), QStringLiteral("%1 MB").arg(peakRssMegabytes()),
        QStringLiteral("target < 300 MB; load average %1 at the end").arg(loadAverage()));
    return summary.failed == 0 ? 0 : 1;
}
