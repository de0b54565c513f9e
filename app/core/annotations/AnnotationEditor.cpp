#include "AnnotationEditor.h"

#include "AnnotationChangeset.h"
#include "storage/AnnotationStore.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace rs {

// One undoable edit: a changeset applied forwards on redo and backwards on undo. push() applies it
// before the command enters the stack, so the first redo only tells the panes. An undo or redo that
// fails later makes the command obsolete, so QUndoStack drops it instead of keeping a step that did
// nothing; it has no caller to return its reason to, so the reason goes to the log and to
// stepRefused(). A step changes each row only at the version the editor last left it at (RowVersions):
// undoing an edit another analyst changed since is a conflict, never an overwrite of their change.
class AnnotationCommand : public QUndoCommand
{
public:
    AnnotationCommand(AnnotationEditor& editor, const QString& text, const AnnotationChangeset& applied)
        : QUndoCommand(text), m_editor(editor), m_changeset(applied)
    {}

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            m_editor.notify(m_changeset);
            return;
        }
        run(AnnotationChangeset::Direction::Forward);
    }
    void undo() override { run(AnnotationChangeset::Direction::Backward); }

private:
    void run(AnnotationChangeset::Direction direction)
    {
        QString error;
        if (!m_changeset.apply(m_editor.m_store, direction, &error, &m_editor.m_versions)) {
            qWarning("Regionscope: %s failed: %s", qUtf8Printable(text()), qUtf8Printable(error));
            setObsolete(true);
            Q_EMIT m_editor.stepRefused(
                direction == AnnotationChangeset::Direction::Backward
                    ? AnnotationEditor::tr("“%1” could not be undone: %2").arg(text(), error)
                    : AnnotationEditor::tr("“%1” could not be redone: %2").arg(text(), error));
            return;
        }
        m_editor.notify(m_changeset);
    }

    AnnotationEditor& m_editor;
    AnnotationChangeset m_changeset;
    bool m_firstRedo = true;
};

namespace {

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

AnnotationEditor::AnnotationEditor(AnnotationStore& store, QObject* parent)
    : QObject(parent), m_store(store), m_undoStack(new QUndoStack(this))
{}

AnnotationEditor::~AnnotationEditor() = default;

QColor AnnotationEditor::defaultColor(int index)
{
    static const QColor palette[] = {QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                     QColor(0x00, 0x9E, 0x73), QColor(0xF0, 0xE4, 0x42),
                                     QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
                                     QColor(0xCC, 0x79, 0xA7), QColor(0x99, 0x99, 0x99)};
    constexpr int size = int(sizeof(palette) / sizeof(palette[0]));
    const QColor base = palette[std::abs(index) % size];
    return (index / size) % 2 == 0 ? base : base.lighter(130);
}

bool AnnotationEditor::push(const QString& text, AnnotationChangeset* changeset, QString* error)
{
    // Applied before the command exists, so a refusal reaches the caller and never enters the stack;
    // the changeset comes back with the ids the database assigned.
    QString reason;
    RowVersions versions = m_versions;
    changeset->seedVersions(&versions);
    if (!changeset->apply(m_store, AnnotationChangeset::Direction::Forward, &reason, &versions))
        return fail(error, reason);
    m_versions = versions;
    m_undoStack->push(new AnnotationCommand(*this, text, *changeset)); // its first redo notifies
    return true;
}

void AnnotationEditor::takeRemoteChange(bool codebook, const QSet<qint64>& articleIds)
{
    if (codebook)
        Q_EMIT codebookChanged();
    if (!articleIds.isEmpty())
        Q_EMIT annotationsChanged(articleIds);
}

void AnnotationEditor::notify(const AnnotationChangeset& changeset)
{
    if (changeset.touchesTags())
        Q_EMIT codebookChanged();
    const QSet<qint64> articles = changeset.articleIds();
    if (!articles.isEmpty())
        Q_EMIT annotationsChanged(articles);
}

bool AnnotationEditor::loadTag(qint64 tagId, Tag* tag, QString* error)
{
    return m_store.tag(tagId, tag) || fail(error, tr("The tag no longer exists."));
}

bool AnnotationEditor::loadAnnotation(qint64 annotationId, Annotation* annotation, QString* error)
{
    return m_store.annotation(annotationId, annotation) ||
           fail(error, tr("The annotation no longer exists."));
}

QString AnnotationEditor::tagName(qint64 tagId) const
{
    Tag tag;
    return m_store.tag(tagId, &tag) ? tag.name : QString();
}

QVector<qint64> AnnotationEditor::subtree(qint64 tagId) const
{
    return m_store.subtree(tagId);
}

qint64 AnnotationEditor::createTag(const QString& name, qint64 parentId, const QColor& color,
                                   const QString& description, QString* error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u'/'))
        return fail(error, tr("A tag needs a name without “/”.")), 0;
    const QVector<Tag> all = m_store.tags();
    for (const Tag& sibling : all) {
        if (sibling.parentId == parentId && sibling.name == trimmed)
            return fail(error, tr("There is already a tag “%1” here.").arg(trimmed)), 0;
    }
    AnnotationChangeset changeset;
    Tag tag;
    tag.id = changeset.newId();
    tag.parentId = parentId;
    tag.name = trimmed;
    tag.color = color.isValid() ? color : defaultColor(int(all.size()));
    tag.description = description;
    tag.guid = AnnotationStore::newGuid();
    changeset.changeTag(std::nullopt, tag);
    if (!push(tr("Create Tag “%1”").arg(trimmed), &changeset, error))
        return 0;
    return changeset.resolvedId(tag.id);
}

qint64 AnnotationEditor::ensureTagPath(const QString& path, QString* error)
{
    const QStringList names = path.split(u'/', Qt::SkipEmptyParts);
    if (names.isEmpty())
        return fail(error, tr("A tag path needs at least one name.")), 0;
    AnnotationChangeset changeset;
    const int existingCount = int(m_store.tags().size());
    qint64 parent = 0;
    QString walked;
    bool creating = false;
    for (const QString& rawName : names) {
        const QString name = rawName.trimmed();
        if (name.isEmpty())
            return fail(error, tr("A tag path needs at least one name.")), 0;
        walked += (walked.isEmpty() ? QString() : QStringLiteral("/")) + name;
        const qint64 existing = creating ? 0 : m_store.tagByPath(walked);
        if (existing > 0) {
            parent = existing;
            continue;
        }
        creating = true;
        Tag tag;
        tag.id = changeset.newId();
        tag.parentId = parent;
        tag.name = name;
        tag.color = defaultColor(existingCount - int(tag.id) - 1);
        tag.guid = AnnotationStore::newGuid();
        changeset.changeTag(std::nullopt, tag);
        parent = tag.id;
    }
    if (!creating)
        return parent;
    if (!push(tr("Create Tag “%1”").arg(path), &changeset, error))
        return 0;
    return changeset.resolvedId(parent);
}

bool AnnotationEditor::editTag(qint64 tagId, const QString& text, const std::function<void(Tag&)>& change,
                               QString* error)
{
    Tag before;
    if (!loadTag(tagId, &before, error))
        return false;
    Tag after = before;
    change(after);
    if (after == before)
        return true;
    AnnotationChangeset changeset;
    changeset.changeTag(before, after);
    return push(text, &changeset, error);
}

bool AnnotationEditor::renameTag(qint64 tagId, const QString& name, QString* error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u'/'))
        return fail(error, tr("A tag needs a name without “/”."));
    Tag tag;
    if (!loadTag(tagId, &tag, error))
        return false;
    for (const Tag& sibling : m_store.tags()) {
        if (sibling.id != tagId && sibling.parentId == tag.parentId && sibling.name == trimmed)
            return fail(error, tr("There is already a tag “%1” here.").arg(trimmed));
    }
    return editTag(
        tagId, tr("Rename Tag “%1”").arg(tag.name), [&](Tag& t) { t.name = trimmed; }, error);
}

bool AnnotationEditor::recolorTag(qint64 tagId, const QColor& color, QString* error)
{
    if (!color.isValid())
        return fail(error, tr("Not a colour."));
    return editTag(
        tagId, tr("Recolour Tag “%1”").arg(tagName(tagId)), [&](Tag& t) { t.color = color; }, error);
}

bool AnnotationEditor::describeTag(qint64 tagId, const QString& description, QString* error)
{
    return editTag(
        tagId, tr("Describe Tag “%1”").arg(tagName(tagId)), [&](Tag& t) { t.description = description; },
        error);
}

bool AnnotationEditor::moveTag(qint64 tagId, qint64 newParentId, QString* error)
{
    if (subtree(tagId).contains(newParentId))
        return fail(error, tr("A tag cannot move into itself or one of its sub-tags."));
    Tag tag;
    if (!loadTag(tagId, &tag, error))
        return false;
    for (const Tag& sibling : m_store.tags()) {
        if (sibling.id != tagId && sibling.parentId == newParentId && sibling.name == tag.name)
            return fail(error, tr("There is already a tag “%1” here.").arg(tag.name));
    }
    return editTag(
        tagId, tr("Move Tag “%1”").arg(tag.name), [&](Tag& t) { t.parentId = newParentId; }, error);
}

bool AnnotationEditor::mergeTags(qint64 sourceId, qint64 targetId, QString* error)
{
    if (sourceId == targetId || subtree(sourceId).contains(targetId))
        return fail(error, tr("A tag cannot be merged into itself or one of its sub-tags."));
    Tag source;
    Tag target;
    if (!loadTag(sourceId, &source, error) || !loadTag(targetId, &target, error))
        return false;
    AnnotationChangeset changeset;
    for (const Tag& child : m_store.tags()) {
        if (child.parentId == sourceId) {
            Tag moved = child;
            moved.parentId = targetId;
            changeset.changeTag(child, moved);
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Annotation& before : m_store.annotationsWithTag(sourceId)) {
        Annotation after = before;
        after.tagIds.removeAll(sourceId);
        if (!after.tagIds.contains(targetId))
            after.tagIds.append(targetId);
        std::sort(after.tagIds.begin(), after.tagIds.end());
        after.updatedAt = now;
        changeset.changeAnnotation(before, after);
    }
    changeset.changeTag(source, std::nullopt);
    return push(tr("Merge Tag “%1” into “%2”").arg(source.name, target.name), &changeset, error);
}

bool AnnotationEditor::deleteTag(qint64 tagId, DeletePolicy policy, QString* error)
{
    Tag tag;
    if (!loadTag(tagId, &tag, error))
        return false;
    const QVector<qint64> doomed = subtree(tagId);
    AnnotationChangeset changeset;
    QSet<qint64> seen;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qint64 id : doomed) {
        for (const Annotation& before : m_store.annotationsWithTag(id)) {
            if (seen.contains(before.id))
                continue;
            seen.insert(before.id);
            Annotation after = before;
            after.tagIds.erase(std::remove_if(after.tagIds.begin(), after.tagIds.end(),
                                              [&](qint64 t) { return doomed.contains(t); }),
                               after.tagIds.end());
            if (policy == DeletePolicy::MoveToParent && tag.parentId > 0 &&
                !after.tagIds.contains(tag.parentId))
                after.tagIds.append(tag.parentId);
            std::sort(after.tagIds.begin(), after.tagIds.end());
            after.updatedAt = now;
            if (policy == DeletePolicy::DeleteAnnotations && after.tagIds.isEmpty())
                changeset.changeAnnotation(before, std::nullopt);
            else
                changeset.changeAnnotation(before, after);
        }
    }
    for (const Tag& t : m_store.tags()) {
        if (doomed.contains(t.id))
            changeset.changeTag(t, std::nullopt);
    }
    return push(tr("Delete Tag “%1”").arg(tag.name), &changeset, error);
}

qint64 AnnotationEditor::annotate(qint64 articleId, const QString& body, int start, int end,
                                  const QVector<qint64>& tagIds, const QString& note, QString* error)
{
    const TextAnchor anchor = TextAnchor::fromBody(body, start, end);
    if (anchor.isEmpty() || anchor.quote.trimmed().isEmpty())
        return fail(error, tr("Select some text of the report to annotate.")), 0;
    AnnotationChangeset changeset;
    Annotation annotation;
    annotation.id = changeset.newId();
    annotation.articleId = articleId;
    annotation.anchor = anchor;
    annotation.tagIds = tagIds;
    std::sort(annotation.tagIds.begin(), annotation.tagIds.end());
    annotation.tagIds.erase(std::unique(annotation.tagIds.begin(), annotation.tagIds.end()),
                            annotation.tagIds.end());
    annotation.note = note;
    annotation.author = m_author;
    annotation.createdAt = annotation.updatedAt = QDateTime::currentDateTimeUtc();
    annotation.guid = AnnotationStore::newGuid();
    changeset.changeAnnotation(std::nullopt, annotation);
    const QString label =
        tagIds.size() == 1 ? tr("Tag “%1”").arg(tagName(tagIds.first())) : tr("Annotate Passage");
    if (!push(label, &changeset, error))
        return 0;
    return changeset.resolvedId(annotation.id);
}

bool AnnotationEditor::editAnnotation(qint64 annotationId, const QString& text,
                                      const std::function<void(Annotation&)>& change, QString* error)
{
    Annotation before;
    if (!loadAnnotation(annotationId, &before, error))
        return false;
    return editSeenAnnotation(before, text, change, error);
}

bool AnnotationEditor::editSeenAnnotation(const Annotation& before, const QString& text,
                                          const std::function<void(Annotation&)>& change, QString* error)
{
    Annotation after = before;
    change(after);
    std::sort(after.tagIds.begin(), after.tagIds.end());
    after.tagIds.erase(std::unique(after.tagIds.begin(), after.tagIds.end()), after.tagIds.end());
    after.updatedAt = before.updatedAt;
    if (after == before)
        return true;
    after.updatedAt = QDateTime::currentDateTimeUtc();
    AnnotationChangeset changeset;
    changeset.changeAnnotation(before, after);
    return push(text, &changeset, error);
}

bool AnnotationEditor::setNote(qint64 annotationId, const QString& note, QString* error)
{
    return editAnnotation(
        annotationId, tr("Edit Note"), [&](Annotation& a) { a.note = note; }, error);
}

bool AnnotationEditor::setNote(const Annotation& seen, const QString& note, QString* error)
{
    return editSeenAnnotation(
        seen, tr("Edit Note"), [&](Annotation& a) { a.note = note; }, error);
}

bool AnnotationEditor::setStatus(qint64 annotationId, Annotation::Status status, QString* error)
{
    return editAnnotation(
        annotationId, tr("Mark as %1").arg(Annotation::statusLabel(status)),
        [&](Annotation& a) { a.status = status; }, error);
}

bool AnnotationEditor::setTags(qint64 annotationId, const QVector<qint64>& tagIds, QString* error)
{
    return editAnnotation(
        annotationId, tr("Change Tags"), [&](Annotation& a) { a.tagIds = tagIds; }, error);
}

bool AnnotationEditor::addTag(qint64 annotationId, qint64 tagId, QString* error)
{
    return editAnnotation(
        annotationId, tr("Tag “%1”").arg(tagName(tagId)), [&](Annotation& a) { a.tagIds.append(tagId); },
        error);
}

bool AnnotationEditor::removeAnnotation(qint64 annotationId, QString* error)
{
    Annotation before;
    if (!loadAnnotation(annotationId, &before, error))
        return false;
    AnnotationChangeset changeset;
    changeset.changeAnnotation(before, std::nullopt);
    return push(tr("Delete Annotation"), &changeset, error);
}

bool AnnotationEditor::reattach(qint64 annotationId, const QString& body, int start, int end, QString* error)
{
    const TextAnchor anchor = TextAnchor::fromBody(body, start, end);
    if (anchor.isEmpty())
        return fail(error, tr("Select some text of the report to annotate."));
    return editAnnotation(
        annotationId, tr("Re-attach Annotation"),
        [&](Annotation& a) {
            a.anchor = anchor;
            a.orphaned = false;
        },
        error);
}

int AnnotationEditor::autocode(const QVector<PassageRef>& passages, qint64 tagId, QString* error)
{
    Tag tag;
    if (!loadTag(tagId, &tag, error))
        return 0;
    AnnotationChangeset changeset;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<qint64, QVector<Annotation>> existing;
    int created = 0;
    for (const PassageRef& passage : passages) {
        if (!existing.contains(passage.articleId))
            existing.insert(passage.articleId, m_store.annotations(passage.articleId));
        const QVector<Annotation> present = existing.value(passage.articleId);
        const bool alreadyTagged = std::any_of(present.cbegin(), present.cend(), [&](const Annotation& a) {
            return a.anchor.start == passage.anchor.start && a.anchor.end == passage.anchor.end &&
                   a.tagIds.contains(tagId);
        });
        if (alreadyTagged || passage.anchor.isEmpty())
            continue;
        Annotation annotation;
        annotation.id = changeset.newId();
        annotation.articleId = passage.articleId;
        annotation.anchor = passage.anchor;
        annotation.tagIds = {tagId};
        annotation.author = m_author;
        annotation.createdAt = annotation.updatedAt = now;
        annotation.guid = AnnotationStore::newGuid();
        changeset.changeAnnotation(std::nullopt, annotation);
        existing[passage.articleId].append(annotation); // the same range twice in one batch is tagged once
        ++created;
    }
    if (created == 0)
        return 0;
    return push(tr("Auto-code %n Passage(s) as “%1”", nullptr, created).arg(tag.name), &changeset, error)
               ? created
               : 0;
}

} // namespace rs
