#include "TeamLoadBench.h"

#include "CorpusGenerator.h"
#include "PostgresTestServer.h"
#include "annotations/AnnotationEditor.h"
#include "gazetteer/Gazetteer.h"
#include "ingest/ImportPipeline.h"
#include "ingest/ReportImporter.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/PostgresTeam.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <random>

namespace rs {
namespace {

// The load test's analysts: roles of the whole server, like the test suites' team roles.
QString analystRole(int index)
{
    return QStringLiteral("rs_load_coder%1").arg(index);
}
const QString leadRole = QStringLiteral("rs_load_lead");

void say(const QString& line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

// One line, whatever the message held (a worker's events are read line by line).
QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1Char(' '));
}

// A throw-away server when no --db was given: tools/pg-test-cluster in a directory of its own.
class OwnServer
{
public:
    ~OwnServer()
    {
        if (!m_directory.isEmpty())
            QProcess::execute(QStringLiteral(REGIONSCOPE_PG_CLUSTER), {QStringLiteral("stop"), m_directory});
    }
    QString start(QString* error)
    {
        // Directly under the temporary folder: the server's account must be able to reach it.
        m_directory = QDir::temp().filePath(
            QStringLiteral("regionscope-teamload-%1").arg(QCoreApplication::applicationPid()));
        QProcess cluster;
        cluster.start(QStringLiteral(REGIONSCOPE_PG_CLUSTER),
                      {QStringLiteral("start"), m_directory, QStringLiteral("5441")});
        if (!cluster.waitForFinished(120000) || cluster.exitCode() != 0) {
            *error = QString::fromUtf8(cluster.readAllStandardError()).trimmed();
            return QString();
        }
        const QString url = QString::fromUtf8(cluster.readAllStandardOutput()).trimmed();
        if (url.isEmpty())
            *error = QStringLiteral("no PostgreSQL 15 server here (Debian package postgresql-15)");
        return url;
    }

private:
    QString m_directory;
};

bool setUpTeam(const QString& url, int analysts, QString* error)
{
    Database admin;
    if (!admin.open(url)) {
        *error = admin.error();
        return false;
    }
    if (!PostgresTeam::enable(admin, error))
        return false;
    QStringList names = {leadRole};
    for (int i = 1; i <= analysts; ++i)
        names.append(analystRole(i));
    for (const QString& name : std::as_const(names)) {
        bool exists = false;
        bool superuser = false;
        if (!PostgresTeam::roleExists(admin, name, &exists, &superuser, error))
            return false;
        const PostgresTeam::Role role =
            name == leadRole ? PostgresTeam::Role::Lead : PostgresTeam::Role::Coder;
        const bool done = exists ? PostgresTeam::moveAnalyst(admin, name, role, QString(), error)
                                 : PostgresTeam::addAnalyst(admin, name, role, QString(), error);
        if (!done)
            return false;
    }
    return true;
}

// The corpus the analysts annotate, imported by the lead before the clock starts, and the codebook.
bool seedCorpus(const QString& url, const QString& folder, QString* error)
{
    Database lead;
    if (!lead.open(url)) {
        *error = lead.error();
        return false;
    }
    ArticleStore store(lead);
    ImportPipeline pipeline(Gazetteer::builtin());
    ReportImporter importer(store, pipeline);
    ImportSummary summary;
    importer.importFiles(
        ReportImporter::plan({folder}).files, [](int) { return true; },
        [&](const ImportOutcome& outcome) {
            summary.add(outcome);
            if (outcome.status == ImportOutcome::Status::Failed && error->isEmpty())
                *error = QStringLiteral("%1: %2").arg(outcome.path, outcome.reason);
        });
    if (summary.failed > 0 || summary.imported == 0) {
        if (error->isEmpty())
            *error = QStringLiteral("the seed corpus imported nothing");
        return false;
    }
    AnnotationStore annotations(lead);
    AnnotationEditor editor(annotations);
    for (int i = 1; i <= 5; ++i) {
        if (editor.ensureTagPath(QStringLiteral("负载/主题%1").arg(i), error) == 0)
            return false;
    }
    return true;
}

double percentile(QVector<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int index = std::min(int(values.size()) - 1, int(fraction * double(values.size())));
    return values.at(index);
}

struct WorkerResults
{
    QVector<double> latencies;        // ms, every analyst write
    QHash<QString, bool> annotations; // guid -> still there (false: the analyst deleted it)
    QStringList errors;
    int imported = 0;
    double importMs = 0;
};

void readWorker(const QByteArray& output, WorkerResults* results)
{
    for (const QByteArray& raw : output.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        const QString word = line.section(QLatin1Char(' '), 0, 0);
        const QString rest = line.section(QLatin1Char(' '), 1);
        if (word == QLatin1String("write"))
            results->latencies.append(rest.toDouble());
        else if (word == QLatin1String("kept"))
            results->annotations.insert(rest, true);
        else if (word == QLatin1String("gone"))
            results->annotations.insert(rest, false);
        else if (word == QLatin1String("error"))
            results->errors.append(rest);
        else if (word == QLatin1String("imported"))
            results->imported += rest.toInt();
        else if (word == QLatin1String("import-ms"))
            results->importMs = rest.toDouble();
    }
}

// Annotations an analyst was told were saved but are missing, and deleted ones still there.
void checkAnnotations(const QString& url, const WorkerResults& results, int* missing, int* resurrected,
                      QString* error)
{
    Database admin;
    if (!admin.open(url)) {
        *error = admin.error();
        return;
    }
    QSet<QString> stored;
    for (const Annotation& annotation : AnnotationStore(admin).allAnnotations(error))
        stored.insert(annotation.guid);
    for (auto it = results.annotations.cbegin(); it != results.annotations.cend(); ++it) {
        if (it.value() && !stored.contains(it.key()))
            ++*missing;
        if (!it.value() && stored.contains(it.key()))
            ++*resurrected;
    }
}

int analystWorker(Database& database, int seconds, int index)
{
    const QVector<qint64> articles = ArticleStore(database).ids();
    AnnotationStore store(database);
    QVector<qint64> tags;
    for (const Tag& tag : store.tags())
        if (tag.parentId != 0)
            tags.append(tag.id);
    if (articles.isEmpty() || tags.isEmpty()) {
        say(QStringLiteral("error no reports or tags to annotate"));
        return 1;
    }
    AnnotationEditor editor(store);
    editor.setAuthor(database.loginRole());
    std::mt19937 random(quint32(index) * 7919u);
    QHash<qint64, QString> bodies;
    QVector<QPair<qint64, QString>> own; // id, guid
    QElapsedTimer clock;
    clock.start();
    int failures = 0;
    while (clock.elapsed() < seconds * 1000LL) {
        const int action = int(random() % 100);
        QString error;
        QElapsedTimer write;
        if (action < 60 || own.isEmpty()) {
            const qint64 article = articles.at(int(random() % articles.size()));
            if (!bodies.contains(article)) {
                StoredArticle stored;
                ArticleStore(database).load(article, &stored);
                bodies.insert(article, stored.body);
            }
            const QString& body = bodies[article];
            if (body.size() < 50)
                continue;
            const int start = int(random() % (body.size() - 45));
            write.start();
            const qint64 id = editor.annotate(article, body, start, start + 5 + int(random() % 40),
                                              {tags.at(int(random() % tags.size()))}, QString(), &error);
            const double ms = write.nsecsElapsed() / 1e6;
            Annotation saved;
            if (id > 0 && store.annotation(id, &saved)) {
                say(QStringLiteral("write %1").arg(ms));
                say(QStringLiteral("kept %1").arg(saved.guid));
                own.append({id, saved.guid});
            } else {
                ++failures;
                say(QStringLiteral("error annotate: %1").arg(oneLine(error)));
            }
        } else {
            const int pick = int(random() % own.size());
            const bool remove = action >= 85;
            write.start();
            const bool done =
                remove ? editor.removeAnnotation(own.at(pick).first, &error)
                       : editor.setNote(own.at(pick).first, QStringLiteral("第%1次修改").arg(action), &error);
            const double ms = write.nsecsElapsed() / 1e6;
            if (!done) {
                ++failures;
                say(QStringLiteral("error %1: %2")
                        .arg(remove ? QStringLiteral("delete") : QStringLiteral("note"), oneLine(error)));
            } else {
                say(QStringLiteral("write %1").arg(ms));
                if (remove) {
                    say(QStringLiteral("gone %1").arg(own.at(pick).second));
                    own.removeAt(pick);
                }
            }
        }
        // A person reads between edits; a short pause keeps five of them a heavy, not a silly, load.
        QThread::msleep(20 + random() % 60);
    }
    return failures == 0 ? 0 : 1;
}

int importWorker(Database& database, int seconds, const QString& folder)
{
    ArticleStore store(database);
    ImportPipeline pipeline(Gazetteer::builtin());
    ReportImporter importer(store, pipeline);
    QElapsedTimer clock;
    clock.start();
    int imported = 0;
    int failed = 0;
    importer.importFiles(
        ReportImporter::plan({folder}).files, [&](int) { return clock.elapsed() < seconds * 1000LL; },
        [&](const ImportOutcome& outcome) {
            if (outcome.status == ImportOutcome::Status::Imported)
                ++imported;
            if (outcome.status == ImportOutcome::Status::Failed) {
                ++failed;
                say(QStringLiteral("error import %1: %2").arg(outcome.path, oneLine(outcome.reason)));
            }
        });
    say(QStringLiteral("imported %1").arg(imported));
    say(QStringLiteral("import-ms %1").arg(clock.elapsed()));
    return failed == 0 ? 0 : 1;
}

} // namespace

int runTeamLoadWorker(const QString& kind, const QString& url, int seconds, int index)
{
    Database database;
    if (!database.open(url)) {
        say(QStringLiteral("error %1").arg(oneLine(database.error())));
        return 1;
    }
    if (kind == QLatin1String("import"))
        return importWorker(database, seconds, qEnvironmentVariable("REGIONSCOPE_TEAMLOAD_FOLDER"));
    return analystWorker(database, seconds, index);
}

int runTeamLoad(QTextStream& out, const TeamLoadOptions& options,
                const std::function<void(const QString&, const QString&, const QString&)>& row)
{
    QString error;
    OwnServer ownServer;
    // --db, else the test run's server (CTest), else one of its own.
    QString adminUrl = options.adminUrl;
    if (adminUrl.isEmpty())
        adminUrl = PostgresTestServer::adminUrl();
    if (adminUrl.isEmpty())
        adminUrl = ownServer.start(&error);
    if (adminUrl.isEmpty()) {
        out << "team load: " << error << '\n';
        return 1;
    }
    qputenv("REGIONSCOPE_TEST_PG_URL", adminUrl.toUtf8()); // PostgresTestServer's databases go there
    PostgresTestServer server;
    const QString url = server.createDatabase(&error);
    QTemporaryDir folders;
    const QString seedFolder = folders.filePath(QStringLiteral("seed"));
    const QString importFolder = folders.filePath(QStringLiteral("import"));
    CorpusGenerator(Gazetteer::builtin(), 7).writeFolder(seedFolder, options.reports);
    CorpusGenerator(Gazetteer::builtin(), 8).writeFolder(importFolder, options.reports * 20);
    const QString database = QUrl(url).path().mid(1);
    if (url.isEmpty() || !setUpTeam(url, options.analysts, &error) ||
        !seedCorpus(PostgresTestServer::urlOf(database, leadRole), seedFolder, &error)) {
        out << "team load: setting up failed: " << error << '\n';
        return 1;
    }

    std::vector<std::unique_ptr<QProcess>> workers;
    const auto start = [&](const QString& kind, const QString& role, int index) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("REGIONSCOPE_TEAMLOAD_FOLDER"), importFolder);
        process->setProcessEnvironment(environment);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(options.benchProgram, {QStringLiteral("--team-worker"), kind, QStringLiteral("--db"),
                                              PostgresTestServer::urlOf(database, role),
                                              QStringLiteral("--seconds"), QString::number(options.seconds),
                                              QStringLiteral("--worker"), QString::number(index)});
        workers.push_back(std::move(process));
    };
    for (int i = 1; i <= options.analysts; ++i)
        start(QStringLiteral("analyst"), analystRole(i), i);
    start(QStringLiteral("import"), leadRole, 0);

    // The event loop reads every worker's output as it comes: waiting on one of them alone would let the
    // others fill their pipes and stall on a write, which would count as write latency.
    QElapsedTimer deadline;
    deadline.start();
    QTimer tick;
    tick.start(100);
    QEventLoop loop;
    const auto running = [&] {
        return std::any_of(workers.cbegin(), workers.cend(),
                           [](const auto& worker) { return worker->state() != QProcess::NotRunning; });
    };
    while (running() && deadline.elapsed() < (options.seconds + 300) * 1000LL)
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    WorkerResults results;
    int crashed = 0;
    for (const auto& worker : workers) {
        if (worker->state() != QProcess::NotRunning) {
            worker->kill();
            worker->waitForFinished();
        }
        if (worker->exitStatus() != QProcess::NormalExit || worker->error() == QProcess::FailedToStart)
            ++crashed;
        readWorker(worker->readAllStandardOutput(), &results);
    }
    int missing = 0;
    int resurrected = 0;
    checkAnnotations(url, results, &missing, &resurrected, &error);

    const QString who =
        QStringLiteral("%1 analysts + 1 import, %2 s").arg(options.analysts).arg(options.seconds);
    row(QStringLiteral("team: analyst writes"),
        QStringLiteral("%1 writes/s").arg(results.latencies.size() / double(options.seconds), 0, 'f', 1),
        QStringLiteral("%1; %2 writes").arg(who).arg(results.latencies.size()));
    row(QStringLiteral("team: write latency p50 / p95 / highest"),
        QStringLiteral("%1 / %2 ms")
            .arg(percentile(results.latencies, 0.50), 0, 'f', 1)
            .arg(percentile(results.latencies, 0.95), 0, 'f', 1),
        QStringLiteral("highest %1 ms").arg(percentile(results.latencies, 1.0), 0, 'f', 1));
    row(QStringLiteral("team: import while they annotate"),
        QStringLiteral("%1 reports/s")
            .arg(results.importMs > 0 ? results.imported * 1000.0 / results.importMs : 0, 0, 'f', 0),
        QStringLiteral("%1 reports imported").arg(results.imported));
    row(QStringLiteral("team: failed writes, lost annotations"),
        QStringLiteral("%1, %2").arg(results.errors.size()).arg(missing + resurrected),
        QStringLiteral("%1 annotations checked; %2 processes ended abnormally")
            .arg(results.annotations.size())
            .arg(crashed));
    for (const QString& failure : std::as_const(results.errors).mid(0, 5))
        out << "  " << failure << '\n';
    if (!error.isEmpty())
        out << "team load: checking the annotations failed: " << error << '\n';
    const bool sound = results.errors.isEmpty() && missing == 0 && resurrected == 0 && crashed == 0 &&
                       error.isEmpty() && !results.latencies.isEmpty() && results.imported > 0;
    return sound ? 0 : 1;
}

} // namespace rs
