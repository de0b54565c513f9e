#include "PdfBench.h"

#include "PdfFixtureWriter.h"
#include "gazetteer/Gazetteer.h"
#include "ingest/ImportPipeline.h"
#include "ingest/PdfTextExtractor.h"
#include "ingest/ReportImporter.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <limits>

namespace rs {

void benchPdf(const std::function<void(const QString&, const QString&, const QString&)>& row)
{
    constexpr int kPages = 50;
    constexpr int kRuns = 5;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const int pages = test::writeTwoColumnReport(path, kPages);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = file.readAll();

    // Best of a few runs after a warm-up (Poppler's first document loads its global tables): the
    // machine is shared, the fastest run is the code's own speed.
    PdfTextExtractor::extract(bytes);
    qint64 extractNs = std::numeric_limits<qint64>::max();
    int paragraphs = 0;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        const PdfTextExtractor::Result r = PdfTextExtractor::extract(bytes);
        extractNs = std::min(extractNs, timer.nsecsElapsed());
        paragraphs = int(r.lines.size());
    }
    const double extractSeconds = double(extractNs) / 1e9;
    row(QStringLiteral("PDF text layer (%1 pages, two columns)").arg(pages),
        QStringLiteral("%1 pages/s").arg(pages / extractSeconds, 0, 'f', 0),
        QStringLiteral("%1 ms; %2 paragraphs; %3 KB")
            .arg(extractSeconds * 1000, 0, 'f', 0)
            .arg(paragraphs)
            .arg(bytes.size() / 1024));

    const ImportPipeline pipeline(Gazetteer::builtin());
    qint64 importNs = std::numeric_limits<qint64>::max();
    QString status;
    for (int run = 0; run < kRuns; ++run) {
        Database db;
        if (!db.openSqlite(dir.filePath(QStringLiteral("pdf-%1.sqlite").arg(run))))
            return;
        ArticleStore store(db);
        ReportImporter importer(store, pipeline);
        QElapsedTimer timer;
        timer.start();
        const ImportOutcome outcome = importer.importFile(path);
        importNs = std::min(importNs, timer.nsecsElapsed());
        status = outcome.status == ImportOutcome::Status::Imported
                     ? QStringLiteral("imported")
                     : QStringLiteral("failed: ") + outcome.reason;
    }
    const double importSeconds = double(importNs) / 1e9;
    row(QStringLiteral("PDF import (read + text + clean + region + extract + store)"),
        QStringLiteral("%1 pages/s").arg(pages / importSeconds, 0, 'f', 0),
        QStringLiteral("%1 s for %2 pages, %3; target < 2 s for 50 pages on one core")
            .arg(importSeconds, 0, 'f', 2)
            .arg(pages)
            .arg(status));
}

} // namespace rs
