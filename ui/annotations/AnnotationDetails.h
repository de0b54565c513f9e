#pragma once

#include "domain/Annotation.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace rs {

class Corpus;

// Edits one annotation: its tags, review status and note; deletes it; re-attaches it to the passage
// selected in the reader (how an orphan is fixed). Each change is one undoable step.
class AnnotationDetails : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationDetails(Corpus& corpus, QWidget* parent = nullptr);

    void setAnnotation(qint64 annotationId); // 0: nothing selected
    qint64 annotationId() const { return m_id; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QComboBox* statusBox() const { return m_status; }

public Q_SLOTS:
    void reload();
    void saveNote();
    // Saves the note that could not be saved while the connection was lost (Corpus::connectionRestored).
    void retryPendingNote();

Q_SIGNALS:
    void reattachRequested(qint64 annotationId);
    void openRequested(qint64 annotationId);

private:
    void addTag();
    void removeTag();
    bool report(bool ok, const QString& error);
    // A note being saved that the database did not take (conflict, lost connection): what happens to it.
    void noteRefused(const Annotation& fresh, const QString& typed, const QString& error);
    void offerLocalCopy(const QString& typed, const QString& error);

    // The note as it was when the analyst began typing: another analyst's change of it since is a
    // conflict, shown before anything is written.
    QString m_noteBase;
    bool m_noteDirty = false;
    // The note typed while the connection was lost, kept until the server answers again.
    struct PendingNote
    {
        qint64 id = 0;
        QString base;
        QString text;
    };
    std::optional<PendingNote> m_pending;

    Corpus& m_corpus;
    qint64 m_id = 0;
    QLabel* m_quote;
    QLabel* m_tags;
    QLabel* m_meta;
    QPushButton* m_addTag;
    QPushButton* m_removeTag;
    QComboBox* m_status;
    QPlainTextEdit* m_note;
    QPushButton* m_saveNote;
    QPushButton* m_open;
    QPushButton* m_reattach;
    QPushButton* m_delete;
};

} // namespace rs
