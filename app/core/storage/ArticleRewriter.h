#pragma once

#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"

#include <QCoreApplication>

namespace rs {

class Database;

// Puts a report's newly cleaned text in place of the stored one (cleaning improved since it was
// imported): title, metadata, body, paragraphs and machine figures are replaced, the search index
// follows through its triggers, and the report's annotations are re-anchored to the new body, all in
// one transaction. The analyst's region choice, the original bytes and the report's id are kept.
class ArticleRewriter
{
    Q_DECLARE_TR_FUNCTIONS(ArticleRewriter)

public:
    explicit ArticleRewriter(Database& database);

    // The bytes the report was imported from and their file name; false when none were kept.
    bool original(qint64 articleId, QByteArray* bytes, QString* fileName) const;
    bool replace(qint64 articleId, const NewArticle& cleaned, ReanchorSummary* summary);

    QString lastError() const { return m_lastError; }

private:
    bool fail(const QString& message);

    Database& m_database;
    QString m_lastError;
};

} // namespace rs
