#include "ReportImporter.h"

#include "ImportPipeline.h"
#include "storage/ArticleStore.h"
#include "util/ImportTimings.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace rs {
namespace {

ImportOutcome failure(const QString& path, const QString& reason)
{
    ImportOutcome outcome;
    outcome.status = ImportOutcome::Status::Failed;
    outcome.path = path;
    outcome.reason = reason;
    return outcome;
}

ImportOutcome storePrepared(ArticleStore& store, const ImportPipeline::Result& prepared, const QString& path)
{
    if (!prepared.ok)
        return failure(path, prepared.error);
    const ArticleStore::InsertResult inserted = store.insert(prepared.article);
    ImportOutcome outcome;
    outcome.path = path;
    outcome.format = prepared.article.report.format;
    outcome.articleId = inserted.id;
    switch (inserted.status) {
    case ArticleStore::InsertStatus::Inserted:
        outcome.status = ImportOutcome::Status::Imported;
        break;
    case ArticleStore::InsertStatus::Duplicate:
        outcome.status = ImportOutcome::Status::Duplicate;
        break;
    case ArticleStore::InsertStatus::Failed:
        outcome.status = ImportOutcome::Status::Failed;
        outcome.reason = inserted.error;
        break;
    }
    return outcome;
}

// A browser saves a page's images, scripts and frames in "<page>_files" next to "<page>.html"; those
// are part of the page, not reports of their own.
bool isInSavedPageFolder(const QString& file, const QString& root)
{
    QDir dir = QFileInfo(file).dir();
    const QString top = QDir(root).absolutePath();
    while (dir.absolutePath().startsWith(top) && dir.absolutePath() != top) {
        const QString name = dir.dirName();
        if (name.endsWith(QLatin1String("_files"))) {
            const QString page = name.chopped(6);
            QDir parent = dir;
            parent.cdUp();
            for (const char* suffix : {".html", ".htm", ".mhtml", ".HTML", ".HTM"}) {
                if (parent.exists(page + QLatin1String(suffix)))
                    return true;
            }
        }
        if (!dir.cdUp())
            break;
    }
    return false;
}

} // namespace

ReportImporter::ReportImporter(ArticleStore& store, const ImportPipeline& pipeline)
    : m_store(store), m_pipeline(pipeline)
{}

void ReportImporter::setTimings(ImportTimings* timings)
{
    m_timings = timings;
    m_store.setTimings(timings);
}

bool ReportImporter::isReportFileName(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("txt") || suffix == QLatin1String("html") ||
           suffix == QLatin1String("htm") || suffix == QLatin1String("pdf") ||
           suffix == QLatin1String("docx") || suffix == QLatin1String("doc");
}

ReportImporter::Plan ReportImporter::plan(const QStringList& paths)
{
    Plan plan;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            plan.failures.append(failure(path, tr("no such file or folder")));
            continue;
        }
        if (!info.isDir()) {
            plan.files.append(path);
            continue;
        }
        if (!info.isReadable()) {
            plan.failures.append(failure(path, tr("the folder cannot be read (permission denied)")));
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Readable | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext()) {
            const QString file = it.next();
            if (isReportFileName(file) && !isInSavedPageFolder(file, path))
                found.append(file);
        }
        if (found.isEmpty()) {
            plan.failures.append(failure(
                path, tr("the folder holds no reports (.txt, .html, .htm, .pdf, .docx or .doc files)")));
            continue;
        }
        found.sort();
        plan.files.append(found);
    }
    return plan;
}

ImportOutcome ReportImporter::importFile(const QString& path)
{
    QByteArray bytes;
    ImportOutcome unreadable;
    if (!readFile(path, &bytes, &unreadable))
        return unreadable;
    return storePrepared(m_store, m_pipeline.prepareBytes(bytes, path), path);
}

bool ReportImporter::readFile(const QString& path, QByteArray* bytes, ImportOutcome* failed)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *failed = failure(path, tr("no such file or folder"));
        return false;
    }
    if (info.isDir()) {
        *failed = failure(path, tr("is a folder, not a file"));
        return false;
    }
    if (info.size() > maximumFileSize) {
        *failed = failure(path, tr("the file is too large (%1 MB; the limit is %2 MB)")
                                    .arg(QString::number(double(info.size()) / (1024 * 1024), 'f', 1))
                                    .arg(maximumFileSize / (1024 * 1024)));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *failed = failure(path, tr("the file cannot be read: %1").arg(file.errorString()));
        return false;
    }
    *bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *failed = failure(path, tr("the file cannot be read: %1").arg(file.errorString()));
        return false;
    }
    return true;
}

void ReportImporter::importFiles(const QStringList& files, const std::function<bool(int)>& next,
                                 const std::function<void(const ImportOutcome&)>& done)
{
    importSources(
        int(files.size()),
        [&files](int index, QByteArray* bytes, QString* path, ImportOutcome* failed) {
            *path = files.at(index);
            return readFile(files.at(index), bytes, failed);
        },
        next, done);
}

void ReportImporter::importSources(int count, const ParallelPreparer::Reader& read,
                                   const std::function<bool(int)>& next,
                                   const std::function<void(const ImportOutcome&)>& done)
{
    using Stage = ImportTimings::Stage;
    // Batches start at one file and double, so the first outcomes (and a cancel made on seeing them) come at
    // once; then a batch is committed every fraction of a second, so the GUI's progress and report list move
    // steadily and other writers (the GUI editing a region) do not wait long.
    constexpr int maximumBatchFiles = 4096;
    constexpr qint64 maximumBatchMilliseconds = 500;
    // How long the writer waits for a slow report (a large PDF) before it commits what it has and asks
    // whether to go on: a cancel is answered within this, plus one commit.
    constexpr int pollMilliseconds = 100;
    int batchFiles = 1;
    QVector<ImportOutcome> pending;
    QElapsedTimer batchAge;
    auto flush = [&]() {
        QString failure;
        if (m_store.inBatch() && !m_store.commitBatch(&failure)) {
            const QString reason = tr("not stored, the import's transaction failed: %1").arg(failure);
            for (ImportOutcome& outcome : pending) {
                if (outcome.status == ImportOutcome::Status::Imported) {
                    outcome.status = ImportOutcome::Status::Failed;
                    outcome.reason = reason;
                }
            }
        }
        for (const ImportOutcome& outcome : std::as_const(pending))
            done(outcome);
        pending.clear();
        batchAge.invalidate();
    };
    auto batchIsDue = [&]() {
        return !pending.isEmpty() && (pending.size() >= batchFiles ||
                                      (batchAge.isValid() && batchAge.elapsed() >= maximumBatchMilliseconds));
    };
    // Decoding, cleaning, region detection and figure extraction run on every core; this thread only stores,
    // in input order.
    ParallelPreparer preparer(count, read, m_pipeline, 0, m_timings);
    for (int i = 0; i < count; ++i) {
        if (!next(i))
            break;
        ParallelPreparer::Item item;
        bool stopped = false;
        {
            const ImportTimings::Scope waiting(m_timings, Stage::Wait);
            while (!preparer.take(i, &item, pollMilliseconds)) {
                if (batchIsDue()) {
                    flush();
                    batchFiles = qMin(batchFiles * 2, maximumBatchFiles);
                }
                if (!next(i)) {
                    stopped = true;
                    break;
                }
            }
        }
        if (stopped)
            break;
        ImportOutcome outcome = item.unreadable;
        if (item.read) {
            if (item.result.ok && !m_store.inBatch()) {
                if (m_store.beginBatch())
                    batchAge.start();
            }
            outcome = storePrepared(m_store, item.result, item.path);
        }
        pending.append(outcome);
        if (!m_store.inBatch() || batchIsDue()) {
            flush();
            batchFiles = qMin(batchFiles * 2, maximumBatchFiles);
        }
    }
    flush();
}

ImportOutcome ReportImporter::importText(const QString& text, const QString& label)
{
    return storePrepared(m_store, m_pipeline.prepareText(text, label), label);
}

} // namespace rs
