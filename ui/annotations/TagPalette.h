#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace rs {

class AnnotationEditor;
class CodebookModel;

// A small popup to pick a tag by typing: the list narrows to tags whose path contains the text; Enter
// takes the highlighted tag, or creates a new one named after the text ("政策/人才补贴" makes both).
class TagPalette : public QDialog
{
    Q_OBJECT

public:
    TagPalette(const CodebookModel& codebook, QWidget* parent = nullptr);

    // The tag picked, creating it through the editor when the analyst typed a new one; 0 when cancelled.
    // The palette opens beside `selection` (global coordinates), on the side with room, never over it.
    static qint64 pick(AnnotationEditor& editor, const CodebookModel& codebook, QWidget* parent,
                       const QRect& selection);
    static QPoint placeBeside(const QRect& selection, const QSize& size, const QRect& screen);

    QLineEdit* filterEdit() const { return m_filter; }
    QListWidget* list() const { return m_list; }
    // After accept(): the existing tag chosen, or 0 and the path to create.
    qint64 chosenTag() const { return m_chosenTag; }
    QString newTagPath() const { return m_newTagPath; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter(const QString& text);
    void choose();

    const CodebookModel& m_codebook;
    QLineEdit* m_filter;
    QListWidget* m_list;
    qint64 m_chosenTag = 0;
    QString m_newTagPath;
};

} // namespace rs
