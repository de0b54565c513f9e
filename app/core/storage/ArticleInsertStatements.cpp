#include "ArticleInsertStatements.h"

#include <QVariant>

namespace rs {

ArticleInsertStatements::ArticleInsertStatements(const QSqlDatabase& db, bool postgres)
    : existing(db), article(db), original(db), paragraphs(db), figures(db),
      savepoint(db, QStringLiteral("SAVEPOINT article_insert"), !postgres),
      release(db, QStringLiteral("RELEASE article_insert"), !postgres),
      rollbackTo(db, QStringLiteral("ROLLBACK TO article_insert"), !postgres), returnsId(postgres)
{
    existing.prepare(QStringLiteral("SELECT id FROM articles WHERE body_hash = ?"));
    // QPSQL has no last insert id: PostgreSQL returns the new row's.
    article.prepare(
        QStringLiteral("INSERT INTO articles (title, body, body_hash, char_count, published_on,"
                       " published_text, source, authors, original_url, dateline, region_code,"
                       " region_detected_code, region_sort_key, encoding, was_html, collapsed_repeat,"
                       " file_path, imported_at, format, reposted_from, title_guessed)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
        (postgres ? QStringLiteral(" RETURNING id") : QString()));
    original.prepare(QStringLiteral("INSERT INTO article_originals (article_id, file_name, bytes,"
                                    " compression, size) VALUES (?, ?, ?, ?, ?)"));
}

qint64 ArticleInsertStatements::storedId()
{
    if (!returnsId)
        return article.lastInsertId().toLongLong();
    const qint64 id = article.next() ? article.value(0).toLongLong() : 0;
    article.finish();
    return id;
}

} // namespace rs
