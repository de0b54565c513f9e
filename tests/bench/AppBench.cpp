#include "AppBench.h"

#include "LegacyComparisonFold.h"
#include "MainWindow.h"
#include "RegionTreePane.h"
#include "comparison/ComparisonPane.h"
#include "comparison/ComparisonTableModel.h"
#include "gazetteer/Gazetteer.h"
#include "ingest/ImportPipeline.h"
#include "models/Corpus.h"
#include "models/RegionTreeModel.h"
#include "storage/ArticleStore.h"
#include "storage/ComparisonStore.h"
#include "storage/Database.h"
#include "storage/MetricStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <sys/resource.h>

#include <functional>

namespace rs {
namespace {

void row(QTextStream& out, const QString& what, const QString& figure, const QString& detail)
{
    out << QStringLiteral("| %1 | %2 | %3 |").arg(what, -44).arg(figure, 16).arg(detail) << '\n';
    out.flush();
}

long peakRssMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// Notes the first paint of a widget.
class PaintWatcher : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

// Runs the event loop until done() holds (checked after each batch of events), at most a minute.
// The loop sleeps between events, as the app's does: processEvents with a time limit would spin
// and take a core from the pane's worker on a two-core machine.
bool waitUntil(const std::function<bool()>& done)
{
    QElapsedTimer timer;
    timer.start();
    QTimer tick; // wakes the loop to check again when no other event comes
    tick.start(20);
    while (!done()) {
        if (timer.elapsed() > 60000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// The pane's load started by action(), in milliseconds; -1 when it did not finish.
double timeLoad(ComparisonPane* pane, const std::function<void()>& action)
{
    QElapsedTimer timer;
    timer.start();
    action();
    QCoreApplication::processEvents();
    if (!waitUntil([pane] { return !pane->isLoading(); }))
        return -1;
    QCoreApplication::processEvents(); // the charts repaint
    return timer.nsecsElapsed() / 1e6;
}

// A report holding 200 figures (the generated ones hold about 30), stored once; returns its id.
qint64 reportWith200Figures(const QString& path)
{
    Database database;
    if (!database.openSqlite(path))
        return 0;
    QString text = QStringLiteral("金湾区2022年人才工作报告\n2023-03-24 珠海特区报\n\n");
    for (int i = 0; i < 200; ++i)
        text += QStringLiteral("第%1项：全区培训干部%2人次，发放人才补贴%3万元。\n")
                    .arg(i + 1)
                    .arg(1000 + i * 7)
                    .arg(i + 3);
    const ImportPipeline pipeline(Gazetteer::builtin());
    const ImportPipeline::Result prepared = pipeline.prepareText(text, QStringLiteral("bench-200.txt"));
    if (!prepared.ok)
        return 0;
    ArticleStore store(database);
    return store.insert(prepared.article).id;
}

} // namespace

int runAppBenchmark(QTextStream& out, const SearchBenchOptions& options)
{
    QTemporaryDir dir;
    const QString path =
        options.databasePath.isEmpty() ? dir.filePath(QStringLiteral("app.sqlite")) : options.databasePath;
    if (buildSearchCorpus(out, path, options) < 0)
        return 1;
    const qint64 bigReport = reportWith200Figures(path);
    QSettings().setValue(QStringLiteral("comparison/open"), false);
    QSettings().remove(QStringLiteral("comparison/metric"));

    const int queriesBefore = ComparisonStore::corpusQueries();
    QElapsedTimer timer;
    timer.start();
    Corpus corpus(Gazetteer::builtin());
    if (!corpus.open(path)) {
        out << corpus.error() << '\n';
        return 1;
    }
    const double openMilliseconds = timer.nsecsElapsed() / 1e6;
    auto window = std::make_unique<MainWindow>(corpus);
    PaintWatcher painted;
    window->installEventFilter(&painted);
    window->show();
    if (!waitUntil([&] { return painted.painted; }))
        return 1;
    const double startMilliseconds = timer.nsecsElapsed() / 1e6;
    const int reports = ArticleStore(*corpus.database()).count();
    row(out, QStringLiteral("app: start-up to first painted window"),
        QStringLiteral("%1 ms").arg(startMilliseconds, 0, 'f', 0),
        QStringLiteral("%1 reports; open database %2 ms; %3 queries across figures; target < 1 s")
            .arg(reports)
            .arg(openMilliseconds, 0, 'f', 0)
            .arg(ComparisonStore::corpusQueries() - queriesBefore));

    ComparisonPane* pane = window->comparisonPane();
    const double openCompare = timeLoad(pane, [pane] { pane->parentWidget()->show(); });
    const QString firstKey = pane->model()->rowCount() > 0 ? pane->model()->row(0).key : QString();
    row(out, QStringLiteral("app: open Compare Metrics (default metric)"),
        QStringLiteral("%1 ms").arg(openCompare, 0, 'f', 0),
        QStringLiteral("%1, %2 rows, %3 periods; metric list counted; target < 500 ms")
            .arg(firstKey)
            .arg(pane->model()->rowCount())
            .arg(pane->periods().size()));

    // Another metric: the one with most reports after the default.
    QHash<QString, int> counts = MetricStore(*corpus.database()).articleCountsByKey();
    QString otherKey;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key() != firstKey && (otherKey.isEmpty() || it.value() > counts.value(otherKey)))
            otherKey = it.key();
    }
    const double switchMetric = timeLoad(pane, [&] { pane->setMetric(otherKey); });
    row(out, QStringLiteral("app: switch metric"), QStringLiteral("%1 ms").arg(switchMetric, 0, 'f', 0),
        QStringLiteral("%1, %2 rows; target < 500 ms").arg(otherKey).arg(pane->model()->rowCount()));

    const QString year = pane->periods().value(1, pane->periods().value(0));
    const double switchYear = timeLoad(pane, [&] { pane->setPeriod(year); });
    row(out, QStringLiteral("app: switch year"), QStringLiteral("%1 ms").arg(switchYear, 0, 'f', 0),
        QStringLiteral("%1, %2 rows").arg(year).arg(pane->model()->rowCount()));

    // Drill-down into the region with most figures, as a click on its bar does.
    QString region;
    int figures = 0;
    for (const ComparisonRow& comparisonRow : pane->model()->rows()) {
        if (comparisonRow.aggregated && comparisonRow.figures > figures) {
            figures = comparisonRow.figures;
            region = comparisonRow.regionCode;
        }
    }
    timer.restart();
    pane->showRegionFigures(region);
    QCoreApplication::processEvents();
    row(out, QStringLiteral("app: drill down from a bar"),
        QStringLiteral("%1 ms").arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1),
        QStringLiteral("region %1, %2 figures listed").arg(region).arg(figures));

    timer.restart();
    window->showArticle(bigReport);
    QCoreApplication::processEvents();
    row(out, QStringLiteral("app: open a report with 200 figures"),
        QStringLiteral("%1 ms").arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1),
        QStringLiteral("report %1: reader, figures pane and highlights").arg(bigReport));

    // A province, then a county in it, chosen in the region tree: the report table follows.
    QTreeView* tree = window->regionPane()->view();
    const QModelIndex province = tree->model()->index(1, 0);
    tree->expand(province);
    const QModelIndex city = tree->model()->index(0, 0, province);
    tree->expand(city);
    const QModelIndex county = tree->model()->index(0, 0, city);
    timer.restart();
    tree->setCurrentIndex(province);
    QCoreApplication::processEvents();
    const double provinceMilliseconds = timer.nsecsElapsed() / 1e6;
    timer.restart();
    tree->setCurrentIndex(county.isValid() ? county : city);
    QCoreApplication::processEvents();
    row(out, QStringLiteral("app: select a region in the tree"),
        QStringLiteral("%1 ms").arg(provinceMilliseconds, 0, 'f', 1),
        QStringLiteral("%1; then %2: %3 ms")
            .arg(province.data().toString(), (county.isValid() ? county : city).data().toString())
            .arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1));
    window.reset();
    row(out, QStringLiteral("app: peak RSS"), QStringLiteral("%1 MB").arg(peakRssMegabytes()),
        QStringLiteral("the whole path above (and the corpus build when it ran); target < 300 MB"));

    // For reference: the fold the comparison ran in memory before (issue 20), same default metric.
    timer.restart();
    ComparisonQuery query;
    query.keys = {firstKey};
    const MetricStore metrics(*corpus.database());
    const ArticleStore articles(*corpus.database());
    const qsizetype legacyRows = legacyComparison(metrics, articles, Gazetteer::builtin(), query).rows.size();
    row(out, QStringLiteral("(before) in-memory fold of the default metric"),
        QStringLiteral("%1 ms").arg(timer.nsecsElapsed() / 1e6, 0, 'f', 0),
        QStringLiteral("%1 rows, one per figure; peak RSS then %2 MB")
            .arg(legacyRows)
            .arg(peakRssMegabytes()));
    return 0;
}

} // namespace rs
