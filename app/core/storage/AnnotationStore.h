#pragma once

#include "DatabaseDialect.h"
#include "domain/Annotation.h"
#include "domain/Tag.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVector>

#include <optional>

namespace rs {

class Database;

// What the annotations browser asks for; empty members do not filter.
struct AnnotationFilter
{
    QVector<qint64> tagIds; // annotations carrying any of these (the caller adds sub-tags)
    std::optional<Annotation::Status> status;
    QString author;
    QString regionCode; // the region and everything under it
    QDate from;         // the report's publication date, inclusive
    QDate to;
    QString text;         // in the quote or the note
    qint64 articleId = 0; // 0: any report
    bool orphansOnly = false;
};

// An annotation with what the browser shows of its report.
struct AnnotationRow
{
    Annotation annotation;
    QString articleTitle;
    QString regionCode;
    QDate publishedOn;
};

// What a conflicting change found (issue 18): the analyst's version of the annotation (`mine`, as the
// change would have written it, with the version it was made from) and the other analyst's, as the
// database holds it now (`theirs`, none when they deleted it).
struct AnnotationConflict
{
    Annotation mine;
    std::optional<Annotation> theirs;
};

// The codebook (tags) and annotations. Writes that belong together (an undoable edit) run inside
// transaction()/commit(); anchors are rewritten inside the caller's body-replacing transaction.
class AnnotationStore
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationStore)

public:
    explicit AnnotationStore(Database& database);

    bool transaction(QString* error = nullptr);
    bool commit(QString* error = nullptr);
    void rollback();

    // Every tag, parents before children, siblings by name.
    QVector<Tag> tags(QString* error = nullptr) const;
    bool tag(qint64 id, Tag* tag, QString* error = nullptr) const;
    // The tag and its sub-tags at any depth.
    QVector<qint64> subtree(qint64 tagId, QString* error = nullptr) const;
    // The tag at a "/"-separated path of names ("政策/人才补贴"), 0 when missing (error stays empty) or
    // when the database fails.
    qint64 tagByPath(const QString& path, QString* error = nullptr) const;
    // Returns the id (the given one when keepId), 0 on failure. A missing GUID is generated.
    qint64 insertTag(const Tag& tag, bool keepId = false, QString* error = nullptr);
    // With tag.version > 0 the change applies only to that version of the row: another analyst's change
    // since then is a conflict (lastFailure() Conflict), never overwritten. The row's version goes up by
    // one with every change (tag.version + 1 after this one).
    bool updateTag(const Tag& tag, QString* error = nullptr);
    // Removes the row; its annotations lose the tag and any sub-tag rows go with it.
    bool removeTag(qint64 id, QString* error = nullptr);

    QVector<Annotation> annotations(qint64 articleId, QString* error = nullptr) const;
    QVector<Annotation> allAnnotations(QString* error = nullptr) const;
    bool annotation(qint64 id, Annotation* annotation, QString* error = nullptr) const;
    QVector<AnnotationRow> find(const AnnotationFilter& filter, QString* error = nullptr) const;
    QVector<Annotation> annotationsWithTag(qint64 tagId, QString* error = nullptr) const;
    // Returns the id (the given one when keepId), 0 on failure. A missing GUID is generated.
    qint64 insertAnnotation(const Annotation& annotation, bool keepId = false, QString* error = nullptr);
    // As updateTag(): with annotation.version > 0 a change since that version is a conflict, whose two
    // sides conflict() then holds; a change the role may not make is Denied.
    bool updateAnnotation(const Annotation& annotation, QString* error = nullptr);
    bool removeAnnotation(qint64 id, QString* error = nullptr);
    // Deletes the annotation only as it was seen (its version; any version when 0).
    bool removeAnnotation(const Annotation& seen, QString* error = nullptr);
    // Number of annotations per (region code, tag); the empty code holds reports of unknown region.
    QHash<QString, QHash<qint64, int>> tagCountsByRegion(QString* error = nullptr) const;
    // The roll-up every view shows: per (region code, tag) the passages carrying the tag or any of its
    // sub-tags, each passage once (one holding 政策 and 政策/人才补贴 counts once for 政策).
    QHash<QString, QHash<qint64, int>> passageCountsByRegion(QString* error = nullptr) const;

    // The anchors of an article's annotations by annotation id, for re-anchoring (annotations/Reanchorer).
    bool anchors(qint64 articleId, QVector<QPair<qint64, TextAnchor>>* anchors,
                 QString* error = nullptr) const;
    // Moves an annotation to a new anchor; an orphaned one keeps its old anchor and is flagged.
    bool setAnchor(qint64 annotationId, const TextAnchor& anchor, bool orphaned, QString* error = nullptr);

    static QString newGuid();

    // What the last failed write meant (Conflict, ConnectionLost, Denied, ...); reset by transaction().
    DatabaseDialect::Failure lastFailure() const { return m_lastFailure; }
    // Both sides of the last conflicting change of an annotation, when lastFailure() is Conflict.
    const std::optional<AnnotationConflict>& conflict() const { return m_conflict; }

private:
    // Rows of (region code, tag id, count) as a map, for the two counts by region.
    QHash<QString, QHash<qint64, int>> countsByRegion(const QString& sql, QString* error) const;
    bool fail(QString* error, const QString& action, const QSqlError& failure = QSqlError()) const;
    bool writeTagLinks(qint64 annotationId, const QVector<qint64>& tagIds, QString* error);
    bool explainUnchanged(const Annotation& seen, QString* error);
    bool refuseConflict(QString* error, const QString& message) const;
    bool denied(QString* error, const QString& message) const;

    Database& m_database;
    mutable DatabaseDialect::Failure m_lastFailure = DatabaseDialect::Failure::Other;
    std::optional<AnnotationConflict> m_conflict;
};

} // namespace rs
