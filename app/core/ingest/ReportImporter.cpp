#include "ReportImporter.h"

#include "ImportPipeline.h"
#include "storage/ArticleStore.h"

#include <QDir>
#include <QDirIterator>
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

} // namespace

ReportImporter::ReportImporter(ArticleStore& store, const ImportPipeline& pipeline)
    : m_store(store), m_pipeline(pipeline)
{}

bool ReportImporter::isReportFileName(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("txt") || suffix == QLatin1String("html") ||
           suffix == QLatin1String("htm");
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
            if (isReportFileName(file))
                found.append(file);
        }
        if (found.isEmpty()) {
            plan.failures.append(
                failure(path, tr("the folder holds no reports (.txt, .html or .htm files)")));
            continue;
        }
        found.sort();
        plan.files.append(found);
    }
    return plan;
}

ImportOutcome ReportImporter::importFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(path, tr("no such file or folder"));
    if (info.isDir())
        return failure(path, tr("is a folder, not a file"));
    if (info.size() > maximumFileSize)
        return failure(path, tr("the file is too large (%1 MB; the limit is %2 MB)")
                                 .arg(QString::number(double(info.size()) / (1024 * 1024), 'f', 1))
                                 .arg(maximumFileSize / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, tr("the file cannot be read: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failure(path, tr("the file cannot be read: %1").arg(file.errorString()));
    return storePrepared(m_store, m_pipeline.prepareBytes(bytes, path), path);
}

ImportOutcome ReportImporter::importText(const QString& text, const QString& label)
{
    return storePrepared(m_store, m_pipeline.prepareText(text, label), label);
}

} // namespace rs
