#include "AnnotationStore.h"

#include "Database.h"
#include "DatabaseDialect.h"

#include <QMap>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>

namespace rs {
namespace {

// The SQL is the same on SQLite and PostgreSQL but for what DatabaseDialect words for each. Every
// statement's prepare() is checked: PostgreSQL prepares on the server, where waiting for another
// analyst's lock can fail before the statement runs, and that failure is the one to explain.
QString annotationColumns(const DatabaseDialect& dialect)
{
    return QStringLiteral("a.id, a.article_id, a.start_offset, a.end_offset, a.quote, a.prefix, a.suffix,"
                          " a.note, a.status, a.author, a.created_at, a.updated_at, a.orphaned, a.guid,"
                          " (SELECT %1 FROM annotation_tags t WHERE t.annotation_id = a.id), a.version")
        .arg(dialect.commaList(QStringLiteral("tag_id")));
}
constexpr int annotationColumnCount = 16;

QString timestamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Annotation annotationFrom(const QSqlQuery& query)
{
    Annotation a;
    a.id = query.value(0).toLongLong();
    a.articleId = query.value(1).toLongLong();
    a.anchor.start = query.value(2).toInt();
    a.anchor.end = query.value(3).toInt();
    a.anchor.quote = query.value(4).toString();
    a.anchor.prefix = query.value(5).toString();
    a.anchor.suffix = query.value(6).toString();
    a.note = query.value(7).toString();
    Annotation::statusFromName(query.value(8).toString(), &a.status);
    a.author = query.value(9).toString();
    a.createdAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
    a.updatedAt = QDateTime::fromString(query.value(11).toString(), Qt::ISODateWithMs);
    a.orphaned = query.value(12).toBool();
    a.guid = query.value(13).toString();
    const QStringList ids = query.value(14).toString().split(u',', Qt::SkipEmptyParts);
    for (const QString& id : ids)
        a.tagIds.append(id.toLongLong());
    std::sort(a.tagIds.begin(), a.tagIds.end());
    a.version = query.value(15).toLongLong();
    return a;
}

Tag tagFrom(const QSqlQuery& query)
{
    Tag tag;
    tag.id = query.value(0).toLongLong();
    tag.parentId = query.value(1).toLongLong();
    tag.name = query.value(2).toString();
    tag.color = QColor(query.value(3).toString());
    tag.description = query.value(4).toString();
    tag.guid = query.value(5).toString();
    tag.version = query.value(6).toLongLong();
    return tag;
}

// NOT NULL text columns: a null QString would bind as NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant parentValue(qint64 parentId)
{
    return parentId > 0 ? QVariant(parentId) : QVariant();
}

// article_id .. orphaned, in the order the INSERT and UPDATE statements name them.
void bindAnnotationColumns(QSqlQuery& query, const Annotation& a)
{
    query.addBindValue(a.articleId);
    query.addBindValue(a.anchor.start);
    query.addBindValue(a.anchor.end);
    query.addBindValue(text(a.anchor.quote));
    query.addBindValue(text(a.anchor.prefix));
    query.addBindValue(text(a.anchor.suffix));
    query.addBindValue(text(a.note));
    query.addBindValue(Annotation::statusName(a.status));
    query.addBindValue(text(a.author));
    query.addBindValue(timestamp(a.createdAt));
    query.addBindValue(timestamp(a.updatedAt));
    query.addBindValue(a.orphaned ? 1 : 0);
}

bool updateAnchor(QSqlDatabase& db, qint64 id, const TextAnchor& anchor, bool orphaned)
{
    QSqlQuery query(db);
    const bool prepared = query.prepare(
        QStringLiteral("UPDATE annotations SET start_offset = ?, end_offset = ?, quote = ?, prefix = ?,"
                       " suffix = ?, orphaned = ?, version = version + 1 WHERE id = ?"));
    query.addBindValue(anchor.start);
    query.addBindValue(anchor.end);
    query.addBindValue(text(anchor.quote));
    query.addBindValue(text(anchor.prefix));
    query.addBindValue(text(anchor.suffix));
    query.addBindValue(orphaned ? 1 : 0);
    query.addBindValue(id);
    return prepared && query.exec();
}

// A refusal that is not the database's: the message is already in words.
bool refuse(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

AnnotationStore::AnnotationStore(Database& database) : m_database(database) {}

// The connection's last failure in words for what was being done; the driver's text goes to the log.
bool AnnotationStore::fail(QString* error, const QString& action, const QSqlError& failure) const
{
    m_lastFailure = m_database.dialect().classify(m_database.connection(), failure);
    const QString message = m_database.explainLastFailure(action, failure);
    if (error)
        *error = message;
    return false;
}

bool AnnotationStore::transaction(QString* error)
{
    m_lastFailure = DatabaseDialect::Failure::Other;
    m_conflict.reset();
    // A write transaction from the start (Database::beginWrite): a deferred one that reads first and
    // then writes can meet another writer's lock half-way and fail instead of waiting its turn.
    return m_database.beginWrite(error);
}

bool AnnotationStore::commit(QString* error)
{
    QSqlDatabase db = m_database.connection();
    if (db.commit())
        return true;
    fail(error, tr("Committing the annotations"));
    db.rollback();
    return false;
}

void AnnotationStore::rollback()
{
    m_database.connection().rollback();
}

QString AnnotationStore::newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QVector<Tag> AnnotationStore::tags(QString* error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, parent_id, name, color, description, guid, version FROM tags ORDER BY name, id"))) {
        fail(error, tr("Reading the codebook"), query.lastError());
        return {};
    }
    QMap<qint64, QVector<Tag>> byParent;
    while (query.next()) {
        const Tag tag = tagFrom(query);
        byParent[tag.parentId].append(tag);
    }
    // Depth first from the top level, so every parent precedes its children.
    QVector<Tag> ordered;
    QVector<qint64> pending{0};
    QVector<Tag> stack = byParent.value(0);
    std::reverse(stack.begin(), stack.end());
    while (!stack.isEmpty()) {
        const Tag tag = stack.takeLast();
        ordered.append(tag);
        QVector<Tag> children = byParent.value(tag.id);
        std::reverse(children.begin(), children.end());
        stack += children;
    }
    return ordered;
}

bool AnnotationStore::tag(qint64 id, Tag* tag, QString* error) const
{
    QSqlQuery query(m_database.connection());
    const bool prepared = query.prepare(QStringLiteral(
        "SELECT id, parent_id, name, color, description, guid, version FROM tags WHERE id = ?"));
    query.addBindValue(id);
    if (!prepared || !query.exec())
        return fail(error, tr("Reading tag %1").arg(id), query.lastError());
    if (!query.next())
        return refuse(error, tr("no tag %1").arg(id));
    *tag = tagFrom(query);
    return true;
}

QVector<qint64> AnnotationStore::subtree(qint64 tagId, QString* error) const
{
    QVector<qint64> ids{tagId};
    for (const Tag& tag : tags(error)) { // parents precede children
        if (ids.contains(tag.parentId))
            ids.append(tag.id);
    }
    return ids;
}

qint64 AnnotationStore::tagByPath(const QString& path, QString* error) const
{
    qint64 parent = 0;
    const QStringList names = path.split(u'/', Qt::SkipEmptyParts);
    if (names.isEmpty())
        return 0;
    for (const QString& rawName : names) {
        QSqlQuery query(m_database.connection());
        const bool prepared = query.prepare(
            parent > 0 ? QStringLiteral("SELECT id FROM tags WHERE parent_id = ? AND name = ?")
                       : QStringLiteral("SELECT id FROM tags WHERE parent_id IS NULL AND name = ?"));
        if (parent > 0)
            query.addBindValue(parent);
        query.addBindValue(rawName.trimmed());
        if (!prepared || !query.exec())
            return fail(error, tr("Looking up tag “%1”").arg(path), query.lastError()), 0;
        if (!query.next())
            return 0;
        parent = query.value(0).toLongLong();
    }
    return parent;
}

qint64 AnnotationStore::insertTag(const Tag& tag, bool keepId, QString* error)
{
    QSqlQuery query(m_database.connection());
    // RETURNING (SQLite 3.35, PostgreSQL) gives the new id on both engines; QPSQL has no lastInsertId().
    const bool prepared = query.prepare(
        keepId ? QStringLiteral("INSERT INTO tags (parent_id, name, color, description, guid, id)"
                                " VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
               : QStringLiteral("INSERT INTO tags (parent_id, name, color, description, guid)"
                                " VALUES (?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(parentValue(tag.parentId));
    query.addBindValue(tag.name);
    query.addBindValue(tag.color.name(QColor::HexRgb));
    query.addBindValue(text(tag.description));
    query.addBindValue(tag.guid.isEmpty() ? newGuid() : tag.guid);
    if (keepId)
        query.addBindValue(tag.id);
    if (!prepared || !query.exec() || !query.next()) {
        fail(error, tr("Storing tag “%1”").arg(tag.name), query.lastError());
        return 0;
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    QSqlDatabase db = m_database.connection();
    QString detail;
    if (keepId && !m_database.dialect().followExplicitIds(db, QStringLiteral("tags"), &detail)) {
        fail(error, tr("Storing tag “%1”").arg(tag.name));
        return 0;
    }
    return id;
}

bool AnnotationStore::updateTag(const Tag& tag, QString* error)
{
    QSqlQuery query(m_database.connection());
    const bool prepared = query.prepare(
        QStringLiteral("UPDATE tags SET parent_id = ?, name = ?, color = ?, description = ?, guid = ?,"
                       " version = version + 1 WHERE id = ?") +
        (tag.version > 0 ? QStringLiteral(" AND version = ?") : QString()));
    query.addBindValue(parentValue(tag.parentId));
    query.addBindValue(tag.name);
    query.addBindValue(tag.color.name(QColor::HexRgb));
    query.addBindValue(text(tag.description));
    query.addBindValue(tag.guid);
    query.addBindValue(tag.id);
    if (tag.version > 0)
        query.addBindValue(tag.version);
    if (!prepared || !query.exec())
        return fail(error, tr("Changing tag “%1”").arg(tag.name), query.lastError());
    if (query.numRowsAffected() > 0)
        return true;
    query.finish();
    Tag current;
    if (!this->tag(tag.id, &current))
        return refuseConflict(
            error, tr("Another analyst deleted the tag “%1” meanwhile; nothing was changed.").arg(tag.name));
    if (tag.version > 0 && current.version != tag.version)
        return refuseConflict(error,
                              tr("Another analyst changed the tag “%1” meanwhile (now “%2”); your change "
                                 "was not applied, so theirs is not overwritten.")
                                  .arg(tag.name, current.name));
    return denied(error, tr("Your database role may not change the tag “%1” (only the project's lead edits "
                            "the codebook).")
                             .arg(tag.name));
}

bool AnnotationStore::removeTag(qint64 id, QString* error)
{
    QSqlQuery query(m_database.connection());
    const bool prepared = query.prepare(QStringLiteral("DELETE FROM tags WHERE id = ?"));
    query.addBindValue(id);
    return (prepared && query.exec()) || fail(error, tr("Deleting tag %1").arg(id), query.lastError());
}

QVector<Annotation> AnnotationStore::annotations(qint64 articleId, QString* error) const
{
    AnnotationFilter filter;
    filter.articleId = articleId;
    QVector<Annotation> result;
    for (const AnnotationRow& row : find(filter, error))
        result.append(row.annotation);
    return result;
}

QVector<Annotation> AnnotationStore::allAnnotations(QString* error) const
{
    QVector<Annotation> result;
    for (const AnnotationRow& row : find({}, error))
        result.append(row.annotation);
    return result;
}

bool AnnotationStore::annotation(qint64 id, Annotation* annotation, QString* error) const
{
    QSqlQuery query(m_database.connection());
    const bool prepared = query.prepare(QStringLiteral("SELECT ") + annotationColumns(m_database.dialect()) +
                                        QStringLiteral(" FROM annotations a WHERE a.id = ?"));
    query.addBindValue(id);
    if (!prepared || !query.exec())
        return fail(error, tr("Reading annotation %1").arg(id), query.lastError());
    if (!query.next())
        return refuse(error, tr("no annotation %1").arg(id));
    *annotation = annotationFrom(query);
    return true;
}

QVector<AnnotationRow> AnnotationStore::find(const AnnotationFilter& filter, QString* error) const
{
    QStringList conditions;
    QVariantList values;
    if (!filter.tagIds.isEmpty()) {
        conditions
            << QStringLiteral("a.id IN (SELECT annotation_id FROM annotation_tags WHERE tag_id IN (%1))")
                   .arg(QStringList(QVector<QString>(filter.tagIds.size(), QStringLiteral("?")).toList())
                            .join(u','));
        for (qint64 id : filter.tagIds)
            values << id;
    }
    if (filter.status) {
        conditions << QStringLiteral("a.status = ?");
        values << Annotation::statusName(*filter.status);
    }
    if (!filter.author.isEmpty()) {
        conditions << QStringLiteral("a.author = ?");
        values << filter.author;
    }
    if (!filter.regionCode.isEmpty()) {
        conditions << QStringLiteral("substr(r.region_code, 1, ?) = ?");
        values << int(filter.regionCode.size()) << filter.regionCode;
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("r.published_on >= ?");
        values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("r.published_on <= ?");
        values << filter.to.toString(Qt::ISODate);
    }
    if (!filter.text.isEmpty()) {
        const DatabaseDialect& dialect = m_database.dialect();
        conditions << QStringLiteral("(%1 > 0 OR %2 > 0)")
                          .arg(dialect.position(QStringLiteral("a.quote"), QStringLiteral("?")),
                               dialect.position(QStringLiteral("a.note"), QStringLiteral("?")));
        values << filter.text << filter.text;
    }
    if (filter.articleId != 0) {
        conditions << QStringLiteral("a.article_id = ?");
        values << filter.articleId;
    }
    if (filter.orphansOnly)
        conditions << QStringLiteral("a.orphaned = 1");

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const bool prepared = query.prepare(
        QStringLiteral("SELECT ") + annotationColumns(m_database.dialect()) +
        QStringLiteral(", r.title, r.region_code, r.published_on FROM annotations a"
                       " JOIN articles r ON r.id = a.article_id") +
        (conditions.isEmpty() ? QString()
                              : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "))) +
        QStringLiteral(" ORDER BY a.article_id, a.start_offset, a.id"));
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    QVector<AnnotationRow> rows;
    if (!prepared || !query.exec()) {
        fail(error, tr("Reading the annotations"), query.lastError());
        return rows;
    }
    while (query.next()) {
        AnnotationRow row;
        row.annotation = annotationFrom(query);
        row.articleTitle = query.value(annotationColumnCount).toString();
        row.regionCode = query.value(annotationColumnCount + 1).toString();
        row.publishedOn = QDate::fromString(query.value(annotationColumnCount + 2).toString(), Qt::ISODate);
        rows.append(row);
    }
    return rows;
}

QVector<Annotation> AnnotationStore::annotationsWithTag(qint64 tagId, QString* error) const
{
    AnnotationFilter filter;
    filter.tagIds = {tagId};
    QVector<Annotation> result;
    for (const AnnotationRow& row : find(filter, error))
        result.append(row.annotation);
    return result;
}

qint64 AnnotationStore::insertAnnotation(const Annotation& a, bool keepId, QString* error)
{
    QSqlQuery query(m_database.connection());
    const bool prepared = query.prepare(
        QStringLiteral("INSERT INTO annotations (article_id, start_offset, end_offset, quote, prefix,"
                       " suffix, note, status, author, created_at, updated_at, orphaned, guid%1)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?%2) RETURNING id")
            .arg(keepId ? QStringLiteral(", id") : QString(), keepId ? QStringLiteral(", ?") : QString()));
    bindAnnotationColumns(query, a);
    query.addBindValue(a.guid.isEmpty() ? newGuid() : a.guid);
    if (keepId)
        query.addBindValue(a.id);
    if (!prepared || !query.exec() || !query.next()) {
        fail(error, tr("Storing the annotation"), query.lastError());
        return 0;
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    QSqlDatabase db = m_database.connection();
    QString detail;
    if (keepId && !m_database.dialect().followExplicitIds(db, QStringLiteral("annotations"), &detail)) {
        fail(error, tr("Storing the annotation"));
        return 0;
    }
    return writeTagLinks(id, a.tagIds, error) ? id : 0;
}

bool AnnotationStore::updateAnnotation(const Annotation& a, QString* error)
{
    QSqlQuery query(m_database.connection());
    const bool prepared = query.prepare(
        QStringLiteral("UPDATE annotations SET article_id = ?, start_offset = ?, end_offset = ?, quote = ?,"
                       " prefix = ?, suffix = ?, note = ?, status = ?, author = ?, created_at = ?,"
                       " updated_at = ?, orphaned = ?, guid = ?, version = version + 1 WHERE id = ?") +
        (a.version > 0 ? QStringLiteral(" AND version = ?") : QString()));
    bindAnnotationColumns(query, a);
    query.addBindValue(a.guid);
    query.addBindValue(a.id);
    if (a.version > 0)
        query.addBindValue(a.version);
    if (!prepared || !query.exec())
        return fail(error, tr("Changing the annotation"), query.lastError());
    if (query.numRowsAffected() == 0) {
        query.finish();
        return explainUnchanged(a, error);
    }
    return writeTagLinks(a.id, a.tagIds, error);
}

bool AnnotationStore::removeAnnotation(const Annotation& seen, QString* error)
{
    if (seen.version <= 0)
        return removeAnnotation(seen.id, error);
    QSqlQuery query(m_database.connection());
    const bool prepared =
        query.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ? AND version = ?"));
    query.addBindValue(seen.id);
    query.addBindValue(seen.version);
    if (!prepared || !query.exec())
        return fail(error, tr("Deleting annotation %1").arg(seen.id), query.lastError());
    if (query.numRowsAffected() > 0)
        return true;
    query.finish();
    return explainUnchanged(seen, error);
}

// An UPDATE or DELETE of `seen` that changed no row: another analyst deleted the annotation or changed
// it since `seen` was read (a conflict: their version is kept for the caller to show), or the role
// may not touch it (row-level security hides it from the statement).
bool AnnotationStore::explainUnchanged(const Annotation& seen, QString* error)
{
    Annotation current;
    QString detail;
    if (!annotation(seen.id, &current, &detail)) {
        if (m_lastFailure == DatabaseDialect::Failure::ConnectionLost)
            return refuse(error, detail);
        m_conflict = AnnotationConflict{seen, std::nullopt};
        return refuseConflict(error,
                              tr("Another analyst deleted this annotation (“%1”) meanwhile; your change was "
                                 "not applied.")
                                  .arg(seen.anchor.quote.left(40)));
    }
    if (seen.version > 0 && current.version != seen.version) {
        m_conflict = AnnotationConflict{seen, current};
        return refuseConflict(error,
                              tr("%1 changed this annotation (“%2”) after you opened it; your change was not "
                                 "applied, so theirs is not overwritten.")
                                  .arg(current.author.isEmpty() ? tr("Another analyst") : current.author,
                                       seen.anchor.quote.left(40)));
    }
    return denied(error, tr("Your database role may not change the annotation of %1 (a coder changes only "
                            "their own annotations).")
                             .arg(current.author));
}

bool AnnotationStore::refuseConflict(QString* error, const QString& message) const
{
    m_lastFailure = DatabaseDialect::Failure::Conflict;
    return refuse(error, message);
}

bool AnnotationStore::denied(QString* error, const QString& message) const
{
    m_lastFailure = DatabaseDialect::Failure::Denied;
    return refuse(error, message);
}

bool AnnotationStore::writeTagLinks(qint64 annotationId, const QVector<qint64>& tagIds, QString* error)
{
    QSqlQuery remove(m_database.connection());
    const bool removePrepared =
        remove.prepare(QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ?"));
    remove.addBindValue(annotationId);
    if (!removePrepared || !remove.exec())
        return fail(error, tr("Tagging the annotation"), remove.lastError());
    QSqlQuery insert(m_database.connection());
    const bool insertPrepared = insert.prepare(QStringLiteral(
        "INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (qint64 tagId : tagIds) {
        insert.addBindValue(annotationId);
        insert.addBindValue(tagId);
        if (!insertPrepared || !insert.exec())
            return fail(error, tr("Tagging the annotation"), insert.lastError());
    }
    return true;
}

bool AnnotationStore::removeAnnotation(qint64 id, QString* error)
{
    QSqlQuery query(m_database.connection());
    const bool prepared = query.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?"));
    query.addBindValue(id);
    return (prepared && query.exec()) || fail(error, tr("Deleting annotation %1").arg(id), query.lastError());
}

QHash<QString, QHash<qint64, int>> AnnotationStore::countsByRegion(const QString& sql, QString* error) const
{
    QHash<QString, QHash<qint64, int>> counts;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        fail(error, tr("Counting the annotations by region"), query.lastError());
        return counts;
    }
    while (query.next())
        counts[query.value(0).toString()][query.value(1).toLongLong()] = query.value(2).toInt();
    return counts;
}

QHash<QString, QHash<qint64, int>> AnnotationStore::tagCountsByRegion(QString* error) const
{
    return countsByRegion(
        QStringLiteral("SELECT COALESCE(r.region_code, ''), t.tag_id, COUNT(*) FROM annotation_tags t"
                       " JOIN annotations a ON a.id = t.annotation_id"
                       " JOIN articles r ON r.id = a.article_id GROUP BY 1, 2"),
        error);
}

QHash<QString, QHash<qint64, int>> AnnotationStore::passageCountsByRegion(QString* error) const
{
    // UNION (not UNION ALL) keeps each (passage, tag) pair once while walking up to the ancestors.
    return countsByRegion(
        QStringLiteral(
            "WITH RECURSIVE up(annotation_id, tag_id) AS ("
            " SELECT annotation_id, tag_id FROM annotation_tags"
            " UNION"
            " SELECT up.annotation_id, t.parent_id FROM up JOIN tags t ON t.id = up.tag_id"
            " WHERE t.parent_id IS NOT NULL)"
            " SELECT COALESCE(r.region_code, ''), up.tag_id, COUNT(DISTINCT up.annotation_id) FROM up"
            " JOIN annotations a ON a.id = up.annotation_id"
            " JOIN articles r ON r.id = a.article_id"
            " GROUP BY 1, 2"),
        error);
}

bool AnnotationStore::anchors(qint64 articleId, QVector<QPair<qint64, TextAnchor>>* anchors,
                              QString* error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const bool prepared = query.prepare(
        QStringLiteral("SELECT id, start_offset, end_offset, quote, prefix, suffix FROM annotations"
                       " WHERE article_id = ?"));
    query.addBindValue(articleId);
    if (!prepared || !query.exec())
        return fail(error, tr("Reading the report's annotations"), query.lastError());
    anchors->clear();
    while (query.next()) {
        TextAnchor anchor;
        anchor.start = query.value(1).toInt();
        anchor.end = query.value(2).toInt();
        anchor.quote = query.value(3).toString();
        anchor.prefix = query.value(4).toString();
        anchor.suffix = query.value(5).toString();
        anchors->append({query.value(0).toLongLong(), anchor});
    }
    return true;
}

bool AnnotationStore::setAnchor(qint64 annotationId, const TextAnchor& anchor, bool orphaned, QString* error)
{
    QSqlDatabase db = m_database.connection();
    return updateAnchor(db, annotationId, anchor, orphaned) ||
           fail(error, tr("Moving an annotation to the new text"));
}

} // namespace rs
