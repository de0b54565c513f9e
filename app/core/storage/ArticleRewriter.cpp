#include "ArticleRewriter.h"

#include "ArticleDetailsStore.h"
#include "Database.h"
#include "MetricStore.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rs {

using sql::nullable;

ArticleRewriter::ArticleRewriter(Database& database) : m_database(database) {}

bool ArticleRewriter::fail(const QString& message)
{
    m_lastError = message;
    return false;
}

bool ArticleRewriter::original(qint64 articleId, QByteArray* bytes, QString* fileName) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT bytes, file_name, compression, size FROM article_originals WHERE article_id = ?"));
    query.addBindValue(articleId);
    if (!query.exec() || !query.next())
        return false;
    // Originals stored before migration 11 have no compression: they are the bytes themselves.
    if (!ArticleStore::unpackOriginal(query.value(0).toByteArray(), query.value(2).toString(),
                                      query.value(3).toLongLong(), bytes))
        return false;
    *fileName = query.value(1).toString();
    return !bytes->isEmpty();
}

bool ArticleRewriter::replace(qint64 articleId, const NewArticle& cleaned, ReanchorSummary* summary)
{
    QSqlDatabase db = m_database.connection();
    QString error;
    if (!m_database.beginWrite(&error))
        return fail(tr("report %1 was left as it was: %2").arg(articleId).arg(error));
    auto failAndRollBack = [&](const QString& reason) {
        db.rollback();
        return fail(tr("report %1 was left as it was: %2").arg(articleId).arg(reason));
    };
    auto failedTo = [&](const QString& action) {
        return failAndRollBack(m_database.explainLastFailure(action));
    };

    const ParsedReport& report = cleaned.report;
    const ReportMetadata& meta = report.metadata;
    QSqlQuery update(db);
    // A detected region replaces the old detection but never the analyst's own choice.
    update.prepare(QStringLiteral(
        "UPDATE articles SET title = ?, body = ?, body_hash = ?, char_count = ?, published_on = ?,"
        " published_text = ?, source = ?, authors = ?, original_url = ?, dateline = ?, encoding = ?,"
        " was_html = ?, collapsed_repeat = ?, format = ?, reposted_from = ?, region_detected_code = ?,"
        " title_guessed = ?,"
        " region_code = CASE WHEN region_set_by_user = 1 THEN region_code ELSE ? END,"
        " region_sort_key = CASE WHEN region_set_by_user = 1 THEN region_sort_key ELSE ? END"
        " WHERE id = ?"));
    update.addBindValue(meta.title);
    update.addBindValue(report.body);
    update.addBindValue(ArticleStore::bodyHash(report.body));
    update.addBindValue(int(report.body.size()));
    update.addBindValue(meta.publishedOn.isValid() ? QVariant(meta.publishedOn.toString(Qt::ISODate))
                                                   : QVariant());
    update.addBindValue(nullable(meta.publishedText));
    update.addBindValue(nullable(meta.source));
    update.addBindValue(nullable(meta.authors.join(QLatin1Char('\n'))));
    update.addBindValue(nullable(meta.originalUrl));
    update.addBindValue(nullable(meta.dateline));
    update.addBindValue(nullable(report.encoding));
    update.addBindValue(report.wasHtml ? 1 : 0);
    update.addBindValue(report.collapsedRepeat ? 1 : 0);
    update.addBindValue(nullable(report.format));
    update.addBindValue(nullable(report.repostedFrom));
    update.addBindValue(nullable(cleaned.regionCode));
    update.addBindValue(meta.titleGuessed ? 1 : 0);
    update.addBindValue(nullable(cleaned.regionCode));
    update.addBindValue(cleaned.regionSortKey.isEmpty() ? QVariant() : QVariant(cleaned.regionSortKey));
    update.addBindValue(articleId);
    if (!update.exec())
        return failedTo(tr("Storing the cleaned text"));
    if (update.numRowsAffected() != 1)
        return failAndRollBack(tr("no such report"));
    if (!ArticleDetailsStore::keepEditsAfterReclean(db, articleId, &error))
        return failAndRollBack(error);

    QSqlQuery removeParagraphs(db);
    removeParagraphs.prepare(QStringLiteral("DELETE FROM paragraphs WHERE article_id = ?"));
    removeParagraphs.addBindValue(articleId);
    if (!removeParagraphs.exec())
        return failedTo(tr("Removing the old paragraphs"));
    QSqlQuery insertParagraph(db);
    insertParagraph.prepare(
        QStringLiteral("INSERT INTO paragraphs (article_id, idx, start_offset, end_offset, kind, page)"
                       " VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < report.paragraphs.size(); ++i) {
        const Paragraph& paragraph = report.paragraphs.at(i);
        insertParagraph.addBindValue(articleId);
        insertParagraph.addBindValue(i);
        insertParagraph.addBindValue(paragraph.start);
        insertParagraph.addBindValue(paragraph.end);
        insertParagraph.addBindValue(int(paragraph.kind));
        insertParagraph.addBindValue(paragraph.page > 0 ? QVariant(paragraph.page) : QVariant());
        if (!insertParagraph.exec())
            return failedTo(tr("Storing the report's paragraphs"));
    }

    QSqlQuery removeMetrics(db);
    removeMetrics.prepare(QStringLiteral("DELETE FROM metrics WHERE article_id = ?"));
    removeMetrics.addBindValue(articleId);
    if (!removeMetrics.exec())
        return failedTo(tr("Removing the old figures"));
    if (!MetricStore::insertMachineMetrics(db, articleId, cleaned.metrics, &error))
        return failedTo(tr("Storing the report's figures"));
    if (!AnnotationStore::reanchorArticle(db, articleId, report.body, summary, &error))
        return failAndRollBack(error);
    if (!db.commit())
        return failedTo(tr("Committing the cleaned report"));
    return true;
}

} // namespace rs
