#pragma once

#include "storage/AnnotationStore.h"

#include <QDialog>

class QPushButton;

namespace rs {

class CodebookModel;

// Another analyst changed (or deleted) the annotation the analyst was saving (issue 18): their version
// and the analyst's side by side, and the choice between keeping theirs and applying one's own again.
// Nothing is overwritten without that choice.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        KeepTheirs,
        ApplyMine
    };

    ConflictDialog(const AnnotationConflict& conflict, const CodebookModel* codebook,
                   QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QPushButton* keepTheirsButton() const { return m_keepTheirs; }
    QPushButton* applyMineButton() const { return m_applyMine; }

    // Shows the dialog and returns the analyst's choice (KeepTheirs when it was closed).
    static Choice ask(const AnnotationConflict& conflict, const CodebookModel* codebook, QWidget* parent);

private:
    Choice m_choice = Choice::KeepTheirs;
    QPushButton* m_keepTheirs;
    QPushButton* m_applyMine;
};

} // namespace rs
