#include "ReportImporter.h"

#include "ImportPipeline.h"
#include "storage/ArticleStore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <future>
#include <system_error>

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
    // Short batches: other writers (the GUI editing a region) wait for the commit, and the report list
    // refreshes as batches land. They start at one file and double, so the first outcomes (and a
    // cancel made on seeing them) come at once, and a long import still commits rarely.
    constexpr int maximumBatchFiles = 256;
    constexpr qint64 maximumBatchMilliseconds = 500;
    int batchFiles = 1;
    QVector<ImportOutcome> pending;
    QElapsedTimer batchAge;
    auto flush = [&]() {
        if (m_store.inBatch() && !m_store.commitBatch()) {
            const QString reason =
                tr("not stored, the import's transaction failed: %1").arg(m_store.lastError());
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
    };
    // Reading and preparing (clean, region, figures) the next file on a second thread while this one
    // is stored: the two take about as long, so a two-core machine imports almost twice as fast. The
    // pipeline is only ever used by one thread at a time.
    struct Prepared
    {
        ImportOutcome unreadable;
        bool read = false;
        ImportPipeline::Result result;
    };
    auto prepare = [this, &files](int i) {
        Prepared prepared;
        QByteArray bytes;
        ImportTimings::Scope reading(m_timings, ImportTimings::Stage::Read);
        prepared.read = readFile(files.at(i), &bytes, &prepared.unreadable);
        reading.stop();
        if (prepared.read)
            prepared.result = m_pipeline.prepareBytes(bytes, files.at(i));
        return prepared;
    };
    std::future<Prepared> ahead;
    for (int i = 0; i < files.size(); ++i) {
        if (!next(i))
            break;
        const QString& path = files.at(i);
        ImportTimings::Scope waiting(m_timings, ImportTimings::Stage::Wait);
        const Prepared prepared = ahead.valid() ? ahead.get() : prepare(i);
        waiting.stop();
        if (i + 1 < files.size()) {
            try {
                ahead = std::async(std::launch::async, prepare, i + 1);
            } catch (const std::system_error&) {
                // No thread to be had: the next file is prepared here, in turn.
            }
        }
        ImportOutcome outcome = prepared.unreadable;
        if (prepared.read) {
            if (prepared.result.ok && !m_store.inBatch()) {
                if (m_store.beginBatch())
                    batchAge.start();
            }
            outcome = storePrepared(m_store, prepared.result, path);
        }
        pending.append(outcome);
        const bool batchDone = pending.size() >= batchFiles ||
                               (batchAge.isValid() && batchAge.elapsed() >= maximumBatchMilliseconds);
        if (!m_store.inBatch() || batchDone) {
            flush();
            batchAge.invalidate();
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
