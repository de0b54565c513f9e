#pragma once

#include <QWidget>

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

Q_SIGNALS:
    void reattachRequested(qint64 annotationId);
    void openRequested(qint64 annotationId);

private:
    void addTag();
    void removeTag();
    bool report(bool ok, const QString& error);

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
