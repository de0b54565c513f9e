#include "ImportWorker.h"

#include "gazetteer/Gazetteer.h"
#include "ingest/ImportPipeline.h"
#include "ingest/ReportImporter.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

namespace rs {

ImportWorker::ImportWorker(const QString& databasePath, const QStringList& paths, QObject* parent)
    : QObject(parent), m_databasePath(databasePath), m_paths(paths)
{}

ImportWorker* ImportWorker::forText(const QString& databasePath, const QString& text, const QString& label)
{
    auto* worker = new ImportWorker(databasePath, {});
    worker->m_isText = true;
    worker->m_text = text;
    worker->m_textLabel = label;
    return worker;
}

void ImportWorker::run()
{
    ImportSummary summary;
    Database database;
    if (!database.open(m_databasePath)) {
        Q_EMIT failedToStart(database.error());
        Q_EMIT finished(summary);
        return;
    }
    ArticleStore store(database);
    const ImportPipeline pipeline(Gazetteer::builtin());
    ReportImporter importer(store, pipeline);

    if (m_isText) {
        Q_EMIT progress(0, 1, m_textLabel);
        const ImportOutcome outcome = importer.importText(m_text, m_textLabel);
        summary.add(outcome);
        Q_EMIT fileDone(outcome);
        Q_EMIT progress(1, 1, m_textLabel);
        Q_EMIT finished(summary);
        return;
    }

    const ReportImporter::Plan plan = ReportImporter::plan(m_paths);
    for (const ImportOutcome& failure : plan.failures) {
        summary.add(failure);
        Q_EMIT fileDone(failure);
    }
    const int total = int(plan.files.size());
    importer.importFiles(
        plan.files,
        [&](int i) {
            if (m_cancelled.load()) {
                summary.cancelled = true;
                return false;
            }
            Q_EMIT progress(i, total, plan.files.at(i));
            return true;
        },
        [&](const ImportOutcome& outcome) {
            summary.add(outcome);
            Q_EMIT fileDone(outcome);
        });
    Q_EMIT progress(total, total, QString());
    Q_EMIT finished(summary);
}

} // namespace rs
