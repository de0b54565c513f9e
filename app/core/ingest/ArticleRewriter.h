#pragma once

#include "annotations/Reanchorer.h"
#include "storage/ArticleStore.h"

#include <QCoreApplication>

namespace rs {

class Database;

// Puts a report's newly cleaned text in place of the stored one (cleaning improved since it was
// imported): the stored text and figures are replaced (ArticleStore::replaceCleaned), the search
// index follows through its triggers, and the report's annotations are re-anchored to the new body
// (Reanchorer), all in one transaction. The analyst's region choice, the original bytes and the id stay.
class ArticleRewriter
{
    Q_DECLARE_TR_FUNCTIONS(ArticleRewriter)

public:
    explicit ArticleRewriter(Database& database);

    bool replace(qint64 articleId, const NewArticle& cleaned, ReanchorSummary* summary,
                 QString* error = nullptr);

private:
    Database& m_database;
};

} // namespace rs
