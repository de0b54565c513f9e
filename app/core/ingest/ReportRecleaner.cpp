#include "ReportRecleaner.h"

#include "ArticleRewriter.h"
#include "ImportPipeline.h"
#include "storage/ArticleStore.h"

namespace rs {

ReportRecleaner::ReportRecleaner(Database& database, const ImportPipeline& pipeline)
    : m_database(database), m_pipeline(pipeline)
{}

ReportRecleaner::Result ReportRecleaner::reclean(qint64 articleId)
{
    Result result;
    StoredArticle stored;
    if (!ArticleStore(m_database).load(articleId, &stored)) {
        result.error = tr("report %1 does not exist").arg(articleId);
        return result;
    }
    QByteArray bytes;
    QString fileName;
    if (!ArticleStore(m_database).original(articleId, &bytes, &fileName)) {
        result.error = tr("report %1 has no original file to clean again").arg(articleId);
        return result;
    }
    const ImportPipeline::Result prepared = m_pipeline.prepareBytes(bytes, fileName);
    if (!prepared.ok) {
        result.error = tr("report %1 (%2): %3").arg(articleId).arg(fileName, prepared.error);
        return result;
    }
    if (prepared.article.report.body == stored.body &&
        prepared.article.report.metadata.title == stored.title) {
        result.outcome = Outcome::Unchanged;
        return result;
    }
    if (!ArticleRewriter(m_database).replace(articleId, prepared.article, &result.annotations, &result.error))
        return result;
    result.outcome = Outcome::Replaced;
    return result;
}

} // namespace rs
