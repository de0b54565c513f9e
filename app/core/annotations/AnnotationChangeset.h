#pragma once

#include "domain/Annotation.h"
#include "domain/Tag.h"

#include <QHash>
#include <QSet>
#include <QVector>

#include <optional>

namespace rs {

class AnnotationStore;

// The row versions (Annotation::version) one editor last wrote or read, by id: a step undone or redone
// changes a row only at that version, so another analyst's change since then is a conflict, while the
// editor's own later steps (which moved the version on) are not.
struct RowVersions
{
    QHash<qint64, qint64> tags;
    QHash<qint64, qint64> annotations;
};

// Before and after states of every tag and annotation one edit touches. Applying it forwards writes the
// after states, backwards the before states, in one transaction and in an order the foreign keys accept
// (parents before children, tags before the annotations that carry them). This makes every codebook and
// annotation action undoable the same way, merges and deletes included.
//
// New entities get temporary negative ids from newId(); the first forward application replaces them
// (and every reference to them) by the ids the database assigns, and later applications keep those.
class AnnotationChangeset
{
public:
    enum class Direction
    {
        Forward,
        Backward
    };

    qint64 newId() { return --m_lastTemporaryId; }
    void changeTag(const std::optional<Tag>& before, const std::optional<Tag>& after);
    void changeAnnotation(const std::optional<Annotation>& before, const std::optional<Annotation>& after);

    bool isEmpty() const { return m_tags.isEmpty() && m_annotations.isEmpty(); }
    bool touchesTags() const { return !m_tags.isEmpty(); }
    QSet<qint64> articleIds() const;
    // The real id of an entity created as temporaryId (itself when not temporary).
    qint64 resolvedId(qint64 temporaryId) const { return m_resolved.value(temporaryId, temporaryId); }

    // Takes the versions of the before states (as read for this change) into versions: a new change is
    // made from what the analyst saw, whatever the editor knew before.
    void seedVersions(RowVersions* versions) const;
    // versions: the editor's row versions, updated with those the change leaves; none: each state's own.
    bool apply(AnnotationStore& store, Direction direction, QString* error, RowVersions* versions = nullptr);

private:
    template <typename T> struct Change
    {
        std::optional<T> before;
        std::optional<T> after;
    };
    bool applyTags(AnnotationStore& store, Direction direction, bool removals, QString* error);
    bool applyAnnotations(AnnotationStore& store, Direction direction, QString* error);
    void resolve(qint64 temporaryId, qint64 realId);

    QVector<Change<Tag>> m_tags;
    QVector<Change<Annotation>> m_annotations;
    QHash<qint64, qint64> m_resolved;
    qint64 m_lastTemporaryId = 0;
    RowVersions* m_versions = nullptr; // during apply()
};

} // namespace rs
