#pragma once

#include "AnnotationChangeset.h"
#include "domain/Annotation.h"
#include "domain/Tag.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>

#include <functional>

class QUndoStack;

namespace rs {

class AnnotationStore;

// A passage proposed by auto-coding (or any batch) for tagging.
struct PassageRef
{
    qint64 articleId = 0;
    TextAnchor anchor;
};

// Every change to the codebook and the annotations goes through here, as one undoable command on
// undoStack() (Ctrl+Z / Ctrl+Shift+Z in the GUI). Panes listen to the signals and reload.
class AnnotationEditor : public QObject
{
    Q_OBJECT

public:
    enum class DeletePolicy
    {
        KeepAnnotations,  // the annotations stay, without the deleted tags
        MoveToParent,     // the annotations carry the deleted tag's parent instead
        DeleteAnnotations // annotations left without any tag are deleted too
    };

    explicit AnnotationEditor(AnnotationStore& store, QObject* parent = nullptr);
    ~AnnotationEditor() override;

    AnnotationStore& store() const { return m_store; }
    QUndoStack* undoStack() const { return m_undoStack; }
    void setAuthor(const QString& author) { m_author = author; }
    QString author() const { return m_author; }

    // Codebook. Each returns false (or 0) with the reason in *error when the change is refused; a
    // refused change leaves the database and the undo stack as they were.
    qint64 createTag(const QString& name, qint64 parentId = 0, const QColor& color = QColor(),
                     const QString& description = QString(), QString* error = nullptr);
    // The tag at a "/"-separated path, creating the missing ones as a single step.
    qint64 ensureTagPath(const QString& path, QString* error = nullptr);
    bool renameTag(qint64 tagId, const QString& name, QString* error = nullptr);
    bool recolorTag(qint64 tagId, const QColor& color, QString* error = nullptr);
    bool describeTag(qint64 tagId, const QString& description, QString* error = nullptr);
    bool moveTag(qint64 tagId, qint64 newParentId, QString* error = nullptr);
    // The source's annotations and sub-tags move to the target; the source goes.
    bool mergeTags(qint64 sourceId, qint64 targetId, QString* error = nullptr);
    // Deletes the tag and its sub-tags.
    bool deleteTag(qint64 tagId, DeletePolicy policy, QString* error = nullptr);

    // Annotations. annotate() takes the passage from the body so quote and context are exact.
    qint64 annotate(qint64 articleId, const QString& body, int start, int end, const QVector<qint64>& tagIds,
                    const QString& note = QString(), QString* error = nullptr);
    bool setNote(qint64 annotationId, const QString& note, QString* error = nullptr);
    // The note of the annotation as the analyst saw it (seen.version): when another analyst changed it
    // since, nothing is written, *error says so and store().conflict() holds both sides (issue 18).
    bool setNote(const Annotation& seen, const QString& note, QString* error = nullptr);
    bool setStatus(qint64 annotationId, Annotation::Status status, QString* error = nullptr);
    bool setTags(qint64 annotationId, const QVector<qint64>& tagIds, QString* error = nullptr);
    bool addTag(qint64 annotationId, qint64 tagId, QString* error = nullptr);
    bool removeAnnotation(qint64 annotationId, QString* error = nullptr);
    // Gives an orphan (or any annotation) a new passage in its report's current body.
    bool reattach(qint64 annotationId, const QString& body, int start, int end, QString* error = nullptr);
    // Tags every passage with tagId in one step; passages already carrying the tag on the same range
    // are skipped. Returns how many annotations were created: 0 with *error empty when every passage
    // was tagged already, 0 with the reason in *error when the step failed.
    int autocode(const QVector<PassageRef>& passages, qint64 tagId, QString* error = nullptr);

    // Sub-tags of tagId, at any depth, tagId included.
    QVector<qint64> subtree(qint64 tagId) const;
    // A default colour for the n-th tag (Okabe–Ito, then lighter variants).
    static QColor defaultColor(int index);

Q_SIGNALS:
    void codebookChanged();
    void annotationsChanged(const QSet<qint64>& articleIds);
    // An undo or redo failed (another analyst changed or deleted what it would change, or the
    // connection is lost): the reason in words; the step left the stack.
    void stepRefused(const QString& message);

public Q_SLOTS:
    // Changes another analyst made (DatabaseNotifier): the panes reload as after the analyst's own.
    void takeRemoteChange(bool codebook, const QSet<qint64>& articleIds);

private:
    friend class AnnotationCommand;
    bool push(const QString& text, AnnotationChangeset* changeset, QString* error);
    void notify(const AnnotationChangeset& changeset);
    bool loadTag(qint64 tagId, Tag* tag, QString* error);
    bool loadAnnotation(qint64 annotationId, Annotation* annotation, QString* error);
    bool editTag(qint64 tagId, const QString& text, const std::function<void(Tag&)>& change, QString* error);
    bool editAnnotation(qint64 annotationId, const QString& text,
                        const std::function<void(Annotation&)>& change, QString* error);
    bool editSeenAnnotation(const Annotation& before, const QString& text,
                            const std::function<void(Annotation&)>& change, QString* error);
    QString tagName(qint64 tagId) const;

    AnnotationStore& m_store;
    QUndoStack* m_undoStack;
    QString m_author;
    RowVersions m_versions;
};

} // namespace rs
