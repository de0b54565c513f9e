#include "ArticleDetailsStore.h"

#include "ComparisonStore.h"
#include "Database.h"
#include "SearchIndex.h"
#include "SqlValues.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rs {

using sql::nullable;

namespace {

QVariant isoDate(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate fromIso(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

ArticleDetailsStore::ArticleDetailsStore(Database& database) : m_database(database) {}

bool ArticleDetailsStore::fail(QString* error, const QString& message) const
{
    if (error)
        *error = message;
    return false;
}

bool ArticleDetailsStore::details(qint64 articleId, ReportDetails* current, ReportDetails* detected,
                                  QString* error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT a.title, a.published_on, a.source, a.title_guessed, a.published_text, e.article_id IS NOT "
        "NULL,"
        " e.detected_title, e.detected_published_on, e.detected_source, e.detected_title_guessed,"
        " e.detected_published_text"
        " FROM articles a LEFT JOIN article_edits e ON e.article_id = a.id WHERE a.id = ?"));
    query.addBindValue(articleId);
    if (!query.exec())
        return fail(error,
                    m_database.explainLastFailure(tr("reading the details of report %1").arg(articleId)));
    if (!query.next())
        return fail(error, tr("there is no report %1").arg(articleId));
    ReportDetails inEffect;
    inEffect.title = query.value(0).toString();
    inEffect.publishedOn = fromIso(query.value(1));
    inEffect.source = query.value(2).toString();
    inEffect.titleGuessed = query.value(3).toBool();
    inEffect.publishedText = query.value(4).toString();
    // Without an edit, what is in effect is what was detected.
    ReportDetails found = inEffect;
    if (query.value(5).toBool()) {
        found.title = query.value(6).toString();
        found.publishedOn = fromIso(query.value(7));
        found.source = query.value(8).toString();
        found.titleGuessed = query.value(9).toBool();
        found.publishedText = query.value(10).toString();
    }
    if (current)
        *current = inEffect;
    if (detected)
        *detected = found;
    return true;
}

bool ArticleDetailsStore::setDetails(qint64 articleId, const ReportDetails& wanted, const QString& editor,
                                     QString* error)
{
    const QString title = wanted.title.simplified();
    if (title.isEmpty())
        return fail(error, tr("a report needs a title"));
    QString detail;
    if (!m_database.beginWrite(&detail))
        return fail(error, detail);
    QSqlDatabase db = m_database.connection();
    auto rollBack = [&](const QString& message) {
        db.rollback();
        return fail(error, message);
    };

    // Read inside the write transaction, so no other writer changes them before the edit is stored.
    ReportDetails detected;
    QString readError;
    if (!details(articleId, nullptr, &detected, &readError))
        return rollBack(readError);
    const QString& detectedTitle = detected.title;
    const QVariant detectedDate = isoDate(detected.publishedOn);
    const QVariant detectedDateText = sql::nullable(detected.publishedText);
    const QString& detectedSource = detected.source;
    const bool detectedGuessed = detected.titleGuessed;

    const bool titleEdited = title != detectedTitle;
    const bool dateEdited = wanted.publishedOn != detected.publishedOn;
    const bool sourceEdited = wanted.source.trimmed() != detectedSource;

    // The edit replaces any earlier one: deleted, then written again (SQL both engines take).
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM article_edits WHERE article_id = ?"));
    remove.addBindValue(articleId);
    if (!remove.exec())
        return rollBack(m_database.explainLastFailure(tr("storing the details of report %1").arg(articleId),
                                                      remove.lastError()));
    QSqlQuery write(db);
    if (titleEdited || dateEdited || sourceEdited) {
        write.prepare(QStringLiteral(
            "INSERT INTO article_edits (article_id, title, date_edited, published_on, source,"
            " detected_title, detected_title_guessed, detected_published_on, detected_published_text,"
            " detected_source, editor, edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        write.addBindValue(articleId);
        write.addBindValue(titleEdited ? QVariant(title) : QVariant());
        write.addBindValue(dateEdited ? 1 : 0);
        write.addBindValue(dateEdited ? isoDate(wanted.publishedOn) : QVariant());
        // '' is an edit too: the analyst says the report names no source.
        const QString source = wanted.source.trimmed();
        write.addBindValue(sourceEdited ? QVariant(source.isEmpty() ? QStringLiteral("") : source)
                                        : QVariant());
        write.addBindValue(detectedTitle);
        write.addBindValue(detectedGuessed ? 1 : 0);
        write.addBindValue(detectedDate);
        write.addBindValue(detectedDateText);
        write.addBindValue(nullable(detectedSource));
        write.addBindValue(nullable(editor));
        write.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    }
    if ((titleEdited || dateEdited || sourceEdited) && !write.exec())
        return rollBack(m_database.explainLastFailure(tr("storing the details of report %1").arg(articleId),
                                                      write.lastError()));

    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE articles SET title = ?, title_guessed = ?, published_on = ?,"
                                  " published_text = ?, source = ? WHERE id = ?"));
    update.addBindValue(title);
    update.addBindValue(!titleEdited && detectedGuessed ? 1 : 0);
    update.addBindValue(dateEdited ? isoDate(wanted.publishedOn) : detectedDate);
    update.addBindValue(dateEdited ? isoDate(wanted.publishedOn) : detectedDateText);
    update.addBindValue(nullable(sourceEdited ? wanted.source.trimmed() : detectedSource));
    update.addBindValue(articleId);
    if (!update.exec())
        return rollBack(m_database.explainLastFailure(tr("storing the details of report %1").arg(articleId),
                                                      update.lastError()));
    // The title is searched: on PostgreSQL its tokens are written here (SQLite's triggers did).
    if (!SearchIndex::indexReports(db, {articleId}, &detail))
        return rollBack(detail);
    ComparisonStore::refreshGroups(db);
    if (!db.commit())
        return rollBack(m_database.explainLastFailure(tr("storing the details of report %1").arg(articleId)));
    return true;
}

bool ArticleDetailsStore::keepEditsAfterReclean(QSqlDatabase& db, qint64 articleId, QString* error)
{
    const QString statements[] = {
        QStringLiteral("UPDATE article_edits SET detected_title = (SELECT title FROM articles WHERE id = ?),"
                       " detected_title_guessed = (SELECT title_guessed FROM articles WHERE id = ?),"
                       " detected_published_on = (SELECT published_on FROM articles WHERE id = ?),"
                       " detected_published_text = (SELECT published_text FROM articles WHERE id = ?),"
                       " detected_source = (SELECT source FROM articles WHERE id = ?) WHERE article_id = ?"),
        QStringLiteral(
            "UPDATE articles SET title = COALESCE(e.title, articles.title),"
            " title_guessed = CASE WHEN e.title IS NULL THEN articles.title_guessed ELSE 0 END,"
            " published_on = CASE WHEN e.date_edited = 1 THEN e.published_on"
            " ELSE articles.published_on END,"
            " published_text = CASE WHEN e.date_edited = 1 THEN e.published_on"
            " ELSE articles.published_text END,"
            " source = CASE WHEN e.source IS NULL THEN articles.source ELSE NULLIF(e.source, '') END"
            " FROM article_edits e WHERE e.article_id = articles.id AND articles.id = ?"),
    };
    for (const QString& statement : statements) {
        QSqlQuery query(db);
        query.prepare(statement);
        for (int i = 0, n = int(statement.count(u'?')); i < n; ++i)
            query.addBindValue(articleId);
        if (!query.exec()) {
            if (error)
                *error = tr("the analyst's details of report %1 could not be kept").arg(articleId);
            return false;
        }
    }
    // The kept title is searched (on PostgreSQL, with the cleaned body: both are indexed again).
    return SearchIndex::indexReports(db, {articleId}, error);
}

} // namespace rs
