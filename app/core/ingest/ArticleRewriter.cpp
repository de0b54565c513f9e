#include "ArticleRewriter.h"

#include "storage/Database.h"

namespace rs {

ArticleRewriter::ArticleRewriter(Database& database) : m_database(database) {}

bool ArticleRewriter::replace(qint64 articleId, const NewArticle& cleaned, ReanchorSummary* summary,
                              QString* error)
{
    auto leftAsItWas = [&](const QString& reason) {
        if (error)
            *error = tr("report %1 was left as it was: %2").arg(articleId).arg(reason);
        return false;
    };
    QString reason;
    if (!m_database.beginWrite(&reason))
        return leftAsItWas(reason);
    QSqlDatabase db = m_database.connection();
    if (!ArticleStore(m_database).replaceCleaned(articleId, cleaned, &reason) ||
        !Reanchorer::reanchorArticle(m_database, articleId, cleaned.report.body, summary, &reason)) {
        db.rollback();
        return leftAsItWas(reason);
    }
    if (!db.commit()) {
        reason = m_database.explainLastFailure(tr("Committing the cleaned report"));
        db.rollback();
        return leftAsItWas(reason);
    }
    return true;
}

} // namespace rs
