#include "AnnotationChangeset.h"

#include "storage/AnnotationStore.h"

#include <algorithm>

namespace rs {
namespace {

// Tags whose parent is not among them first, then their children, and so on.
QVector<Tag> parentsFirst(QVector<Tag> tags)
{
    QVector<Tag> ordered;
    while (!tags.isEmpty()) {
        QSet<qint64> pending;
        for (const Tag& tag : std::as_const(tags))
            pending.insert(tag.id);
        const auto ready = std::stable_partition(
            tags.begin(), tags.end(), [&](const Tag& tag) { return !pending.contains(tag.parentId); });
        if (ready == tags.begin()) { // a cycle cannot be ordered; keep the rest as they are
            ordered += tags;
            break;
        }
        ordered += QVector<Tag>(tags.begin(), ready);
        tags.erase(tags.begin(), ready);
    }
    return ordered;
}

} // namespace

void AnnotationChangeset::changeTag(const std::optional<Tag>& before, const std::optional<Tag>& after)
{
    m_tags.append({before, after});
}

void AnnotationChangeset::changeAnnotation(const std::optional<Annotation>& before,
                                           const std::optional<Annotation>& after)
{
    m_annotations.append({before, after});
}

QSet<qint64> AnnotationChangeset::articleIds() const
{
    QSet<qint64> ids;
    for (const auto& change : m_annotations) {
        if (change.before)
            ids.insert(change.before->articleId);
        if (change.after)
            ids.insert(change.after->articleId);
    }
    return ids;
}

void AnnotationChangeset::resolve(qint64 temporaryId, qint64 realId)
{
    m_resolved.insert(temporaryId, realId);
    for (auto& change : m_tags) {
        for (std::optional<Tag>* state : {&change.before, &change.after}) {
            if (*state && (*state)->id == temporaryId)
                (*state)->id = realId;
            if (*state && (*state)->parentId == temporaryId)
                (*state)->parentId = realId;
        }
    }
    for (auto& change : m_annotations) {
        for (std::optional<Annotation>* state : {&change.before, &change.after}) {
            if (!*state)
                continue;
            if ((*state)->id == temporaryId)
                (*state)->id = realId;
            std::replace((*state)->tagIds.begin(), (*state)->tagIds.end(), temporaryId, realId);
            std::sort((*state)->tagIds.begin(), (*state)->tagIds.end());
        }
    }
}

bool AnnotationChangeset::applyTags(AnnotationStore& store, Direction direction, bool removals,
                                    QString* error)
{
    const bool forward = direction == Direction::Forward;
    QVector<Tag> targets;
    QHash<qint64, qint64> existing; // tag id -> the version the database holds (the source state's)
    for (const auto& change : std::as_const(m_tags)) {
        const std::optional<Tag>& target = forward ? change.after : change.before;
        const std::optional<Tag>& source = forward ? change.before : change.after;
        if (removals && !target && source)
            targets.append(*source);
        if (!removals && target) {
            targets.append(*target);
            if (source)
                existing.insert(target->id, source->version);
        }
    }
    QVector<Tag> ordered = parentsFirst(targets);
    if (removals)
        std::reverse(ordered.begin(), ordered.end());
    for (Tag& tag : ordered) {
        if (removals) {
            if (!store.removeTag(tag.id, error))
                return false;
            m_versions->tags.remove(tag.id);
        } else if (existing.contains(tag.id)) {
            const qint64 version = m_versions->tags.value(tag.id, existing.value(tag.id));
            tag.version = version;
            if (!store.updateTag(tag, error))
                return false;
            m_versions->tags.insert(tag.id, version > 0 ? version + 1 : 0);
        } else {
            const bool temporary = tag.id < 0;
            const qint64 id = store.insertTag(tag, !temporary, error);
            if (id == 0)
                return false;
            if (temporary) {
                resolve(tag.id, id);
                // Later tags of this pass may have this one as parent.
                for (Tag& later : ordered) {
                    if (later.parentId == tag.id)
                        later.parentId = id;
                }
            }
            m_versions->tags.insert(id, 1); // a new row's version (the column's default)
        }
    }
    return true;
}

bool AnnotationChangeset::applyAnnotations(AnnotationStore& store, Direction direction, QString* error)
{
    const bool forward = direction == Direction::Forward;
    for (int i = 0; i < m_annotations.size(); ++i) {
        const auto& change = m_annotations.at(i);
        const std::optional<Annotation> target = forward ? change.after : change.before;
        const std::optional<Annotation> source = forward ? change.before : change.after;
        bool ok = true;
        if (!target && source) {
            Annotation seen = *source;
            seen.version = m_versions->annotations.value(source->id, source->version);
            ok = store.removeAnnotation(seen, error);
            if (ok)
                m_versions->annotations.remove(source->id);
        } else if (target && source) {
            Annotation written = *target;
            // The version the change is made from: the one this editor last wrote or read.
            written.version = m_versions->annotations.value(source->id, source->version);
            ok = store.updateAnnotation(written, error);
            if (ok)
                m_versions->annotations.insert(written.id, written.version > 0 ? written.version + 1 : 0);
        } else if (target) {
            const bool temporary = target->id < 0;
            const qint64 id = store.insertAnnotation(*target, !temporary, error);
            ok = id != 0;
            if (ok && temporary)
                resolve(target->id, id);
            if (ok)
                m_versions->annotations.insert(id, 1); // a new row's version (the column's default)
        }
        if (!ok)
            return false;
    }
    return true;
}

void AnnotationChangeset::seedVersions(RowVersions* versions) const
{
    for (const auto& change : m_tags) {
        if (change.before && change.before->version > 0)
            versions->tags.insert(change.before->id, change.before->version);
    }
    for (const auto& change : m_annotations) {
        if (change.before && change.before->version > 0)
            versions->annotations.insert(change.before->id, change.before->version);
    }
}

bool AnnotationChangeset::apply(AnnotationStore& store, Direction direction, QString* error,
                                RowVersions* versions)
{
    if (!store.transaction(error))
        return false;
    RowVersions local;
    m_versions = versions ? versions : &local;
    const RowVersions versionsBefore = *m_versions;
    const QHash<qint64, qint64> resolvedBefore = m_resolved;
    const auto tagsBefore = m_tags;
    const auto annotationsBefore = m_annotations;
    if (applyTags(store, direction, false, error) && applyAnnotations(store, direction, error) &&
        applyTags(store, direction, true, error) && store.commit(error))
        return true;
    store.rollback();
    // The database kept none of it, so neither may the resolved ids.
    m_resolved = resolvedBefore;
    m_tags = tagsBefore;
    m_annotations = annotationsBefore;
    *m_versions = versionsBefore;
    return false;
}

} // namespace rs
