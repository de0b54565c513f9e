#pragma once

#include "AnnotationMarginBar.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QUndoGroup;

namespace rs {

class AgreementDialog;
class AnnotationEditor;

class AnnotationBrowser;
class CodebookPane;
class Corpus;
class ReaderPane;

// Everything annotation in the main window: the Codebook and Annotations docks, tagging the reader's
// selection, the margin bars, auto-code, export and import, and Undo/Redo over the corpus's editor.
// MainWindow only composes it.
class AnnotationController : public QObject
{
    Q_OBJECT

public:
    AnnotationController(Corpus& corpus, ReaderPane* reader, QMainWindow* window);

    // Adds the docks to the window and the actions to the menus (file: before fileAnchor).
    void install(QMenu* edit, QMenu* file, QAction* fileAnchor, QMenu* tools, QMenu* view);

    CodebookPane* codebookPane() const { return m_codebook; }
    AnnotationBrowser* browser() const { return m_browser; }
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    QDockWidget* browserDock() const { return m_browserDock; }

    // Tags the reader's selection with a tag chosen in the palette (or tagId, without asking).
    qint64 tagSelection(qint64 tagId = 0);
    // Tags a passage of any report (a compare-view column's selection).
    qint64 tagPassage(qint64 articleId, const QString& body, int start, int end, qint64 tagId = 0);
    qint64 tagPassage(qint64 articleId, int start, int end, qint64 tagId = 0);
    // Redraws the reader's annotation marks for the report it shows.
    void refreshReader();
    // The marks of a report's annotations (body offsets): the reader's and the side-by-side columns'.
    QVector<AnnotationMark> marksFor(qint64 articleId) const;
    void exportAnnotations();
    void importProject();
    void autocode();
    // Opens (or raises) the inter-coder agreement dialog.
    void showAgreement();
    void reattach(qint64 annotationId);
    void setAuthor(const QString& author);

Q_SIGNALS:
    void passageRequested(qint64 articleId, int start, int end);
    void chartTagRequested(qint64 tagId);
    void statusMessage(const QString& message);
    // A QDPX import may have added reports.
    void corpusChanged();
    // Annotations or tags changed: views showing marks redraw them.
    void marksChanged();

private:
    void attach();
    void askAuthorOnce(AnnotationEditor& editor);

    Corpus& m_corpus;
    ReaderPane* m_reader;
    QMainWindow* m_window;
    QUndoGroup* m_undoGroup;
    CodebookPane* m_codebook;
    AnnotationBrowser* m_browser;
    QDockWidget* m_codebookDock = nullptr;
    QDockWidget* m_browserDock = nullptr;
    QPointer<AgreementDialog> m_agreement;
};

} // namespace rs
