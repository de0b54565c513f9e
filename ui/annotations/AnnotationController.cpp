#include "AnnotationController.h"

#include "AgreementDialog.h"
#include "AnnotationBrowser.h"
#include "AnnotationMarginBar.h"
#include "AutoCodeDialog.h"
#include "CodebookPane.h"
#include "ReaderPane.h"
#include "TagPalette.h"
#include "annotations/AnnotationCsvExporter.h"
#include "annotations/AnnotationEditor.h"
#include "annotations/QdpxImporter.h"
#include "annotations/QdpxReader.h"
#include "annotations/QdpxWriter.h"
#include "annotations/WebAnnotationExporter.h"
#include "models/AnnotationTableModel.h"
#include "models/CodebookModel.h"
#include "models/Corpus.h"
#include "models/MetricReviewer.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"
#include "util/AppInfo.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

namespace rs {

AnnotationController::AnnotationController(Corpus& corpus, ReaderPane* reader, QMainWindow* window)
    : QObject(window), m_corpus(corpus), m_reader(reader), m_window(window),
      m_undoGroup(new QUndoGroup(this)), m_codebook(new CodebookPane(corpus, window)),
      m_browser(new AnnotationBrowser(corpus, window))
{
    connect(m_reader, &ReaderPane::tagSelectionRequested, this, [this] { tagSelection(); });
    connect(m_reader, &ReaderPane::annotationActivated, this, [this](qint64 id) {
        if (m_browserDock)
            m_browserDock->show();
        m_browser->selectAnnotation(id);
    });
    connect(m_codebook, &CodebookPane::tagActivated, this, [this](qint64 tagId) {
        if (m_browserDock) {
            m_browserDock->show();
            m_browserDock->raise();
        }
        m_browser->showTag(tagId);
    });
    connect(m_browser, &AnnotationBrowser::passageRequested, this, &AnnotationController::passageRequested);
    connect(m_browser, &AnnotationBrowser::chartTagRequested, this, &AnnotationController::chartTagRequested);
    connect(m_browser, &AnnotationBrowser::reattachRequested, this, &AnnotationController::reattach);
    connect(&m_corpus, &Corpus::opened, this, &AnnotationController::attach);
    attach();
}

void AnnotationController::attach()
{
    AnnotationEditor* editor = m_corpus.annotationEditor();
    if (editor == nullptr)
        return;
    m_undoGroup->addStack(editor->undoStack());
    m_undoGroup->setActiveStack(editor->undoStack());
    connect(editor, &AnnotationEditor::annotationsChanged, this, [this](const QSet<qint64>& articles) {
        if (articles.contains(m_reader->articleId()))
            refreshReader();
        Q_EMIT marksChanged();
    });
    connect(editor, &AnnotationEditor::codebookChanged, this, &AnnotationController::refreshReader);
    connect(editor, &AnnotationEditor::codebookChanged, this, &AnnotationController::marksChanged);
    // An undo or redo over another analyst's later change is refused (issue 18): say so, never silently.
    connect(editor, &AnnotationEditor::stepRefused, this,
            [this](const QString& message) { QMessageBox::warning(m_window, tr("Undo"), message); });
}

void AnnotationController::install(QMenu* edit, QMenu* file, QAction* fileAnchor, QMenu* tools, QMenu* view)
{
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_reader->tagSelectionAction());

    m_codebookDock = new QDockWidget(tr("Codebook"), m_window);
    m_codebookDock->setObjectName(QStringLiteral("codebookDock"));
    m_codebookDock->setWidget(m_codebook);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_codebookDock);
    // Docks take their size once the window is laid out; a narrow codebook leaves the reader its room.
    QTimer::singleShot(0, m_window,
                       [this] { m_window->resizeDocks({m_codebookDock}, {220}, Qt::Horizontal); });
    m_browserDock = new QDockWidget(tr("Annotations"), m_window);
    m_browserDock->setObjectName(QStringLiteral("annotationsDock"));
    m_browserDock->setWidget(m_browser);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_browserDock);
    m_browserDock->hide();
    QAction* showCodebook = m_codebookDock->toggleViewAction();
    showCodebook->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    QAction* showBrowser = m_browserDock->toggleViewAction();
    showBrowser->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    view->addAction(showCodebook);
    view->addAction(showBrowser);

    tools->addSeparator();
    tools->addAction(tr("Auto-&code…"), this, &AnnotationController::autocode);
    tools->addAction(tr("&Inter-coder Agreement…"), this, &AnnotationController::showAgreement);
    auto* exportAction = new QAction(tr("&Export Annotations…"), this);
    connect(exportAction, &QAction::triggered, this, &AnnotationController::exportAnnotations);
    auto* importAction = new QAction(tr("Import &QDA Project (QDPX)…"), this);
    connect(importAction, &QAction::triggered, this, &AnnotationController::importProject);
    file->insertActions(fileAnchor, {exportAction, importAction});
    file->insertSeparator(fileAnchor);
}

void AnnotationController::setAuthor(const QString& author)
{
    if (m_corpus.annotationEditor())
        m_corpus.annotationEditor()->setAuthor(
            author.trimmed().isEmpty() ? MetricReviewer::defaultReviewerName() : author.trimmed());
}

// An account without a name (a container, a service login) leaves the author empty: the first
// annotation asks for it, once; the answer goes to Settings.
void AnnotationController::askAuthorOnce(AnnotationEditor& editor)
{
    QSettings settings;
    const QString askedKey = QStringLiteral("annotations/authorAsked");
    if (!editor.author().isEmpty() || settings.value(askedKey).toBool())
        return;
    settings.setValue(askedKey, true);
    const QString name = QInputDialog::getText(
        m_window, tr("Your Name"),
        tr("Annotations record who made them. Your name (you can change it in Tools › Settings):"));
    if (name.trimmed().isEmpty())
        return;
    settings.setValue(AppInfo::authorSettingsKey(), name.trimmed());
    editor.setAuthor(name.trimmed());
}

qint64 AnnotationController::tagPassage(qint64 articleId, const QString& body, int start, int end,
                                        qint64 tagId)
{
    AnnotationEditor* editor = m_corpus.annotationEditor();
    if (editor == nullptr)
        return 0;
    if (tagId == 0) {
        const QRect beside = articleId == m_reader->articleId() && m_reader->hasBodySelection()
                                 ? m_reader->selectionGlobalRect()
                                 : QRect(QCursor::pos(), QSize(1, 1));
        tagId = TagPalette::pick(*editor, *m_corpus.codebook(), m_window, beside);
    }
    if (tagId == 0)
        return 0;
    askAuthorOnce(*editor);
    QString error;
    const qint64 id = editor->annotate(articleId, body, start, end, {tagId}, QString(), &error);
    if (id == 0)
        QMessageBox::warning(m_window, tr("Tag Selection"), error);
    else
        Q_EMIT statusMessage(tr("Tagged “%1”").arg(m_corpus.codebook()->path(tagId)));
    return id;
}

qint64 AnnotationController::tagPassage(qint64 articleId, int start, int end, qint64 tagId)
{
    StoredArticle article;
    if (!m_corpus.isOpen() || !m_corpus.store()->load(articleId, &article))
        return 0;
    return tagPassage(articleId, article.body, start, end, tagId);
}

qint64 AnnotationController::tagSelection(qint64 tagId)
{
    int start = 0;
    int end = 0;
    if (m_reader->articleId() <= 0 || !m_reader->selectedBodyRange(&start, &end)) {
        Q_EMIT statusMessage(tr("Select a passage of the report first."));
        return 0;
    }
    return tagPassage(m_reader->articleId(), m_reader->article().body, start, end, tagId);
}

void AnnotationController::refreshReader()
{
    if (!m_corpus.annotations() || m_reader->articleId() <= 0)
        return;
    m_reader->setAnnotations(marksFor(m_reader->articleId()));
    m_browser->setCurrentArticle(m_reader->articleId());
}

QVector<AnnotationMark> AnnotationController::marksFor(qint64 articleId) const
{
    QVector<AnnotationMark> marks;
    if (!m_corpus.annotations() || articleId <= 0)
        return marks;
    for (const Annotation& a : m_corpus.annotations()->annotations(articleId)) {
        if (a.orphaned)
            continue;
        AnnotationMark mark;
        mark.annotationId = a.id;
        mark.from = a.anchor.start;
        mark.to = a.anchor.end;
        QStringList tags;
        for (qint64 id : a.tagIds) {
            mark.colors.append(m_corpus.codebook()
                                   ->data(m_corpus.codebook()->indexOfTag(id), CodebookModel::ColorRole)
                                   .value<QColor>());
            tags << m_corpus.codebook()->path(id).toHtmlEscaped();
        }
        mark.toolTip =
            QStringLiteral("<b>%1</b><br>%2<br><i>%3</i>%4")
                .arg(tags.isEmpty() ? tr("No tags") : tags.join(QStringLiteral(", ")),
                     a.anchor.quote.left(80).toHtmlEscaped(), Annotation::statusLabel(a.status),
                     a.note.isEmpty() ? QString() : QStringLiteral("<br>") + a.note.toHtmlEscaped());
        marks.append(mark);
    }
    return marks;
}

void AnnotationController::exportAnnotations()
{
    if (!m_corpus.isOpen())
        return;
    const QString csv = tr("CSV table (*.csv)");
    const QString json = tr("W3C Web Annotation JSON (*.json *.jsonld)");
    const QString qdpx = tr("REFI-QDA project (*.qdpx)");
    QString chosen;
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export Annotations"), QString(),
                                     QStringList{qdpx, csv, json}.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty())
        return;
    const QString suffix = chosen == csv    ? QStringLiteral(".csv")
                           : chosen == json ? QStringLiteral(".json")
                                            : QStringLiteral(".qdpx");
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    QString error;
    int count = 0;
    bool ok = false;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        ok = AnnotationCsvExporter(*m_corpus.annotations(), *m_corpus.store()).write(path, &count, &error);
    } else if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ||
               path.endsWith(QLatin1String(".jsonld"), Qt::CaseInsensitive)) {
        ok = WebAnnotationExporter(*m_corpus.annotations(), *m_corpus.store()).write(path, &count, &error);
    } else {
        QdpxWriter::Summary summary;
        ok = QdpxWriter(*m_corpus.annotations(), *m_corpus.store()).write(path, &summary, &error);
        count = summary.annotations;
    }
    if (!ok) {
        QMessageBox::warning(m_window, tr("Export Annotations"),
                             tr("Could not export to %1:\n%2").arg(path, error));
        return;
    }
    Q_EMIT statusMessage(
        tr("Exported %n annotation(s) to %1", nullptr, count).arg(QFileInfo(path).fileName()));
}

void AnnotationController::importProject()
{
    if (!m_corpus.isOpen())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import QDA Project"), QString(),
                                                      tr("REFI-QDA project (*.qdpx)"));
    if (path.isEmpty())
        return;
    QdpxProject project;
    QString error;
    if (!QdpxReader::readFile(path, &project, &error)) {
        QMessageBox::warning(m_window, tr("Import QDA Project"),
                             tr("Could not read %1:\n%2").arg(path, error));
        return;
    }
    QdpxImporter importer(*m_corpus.annotations(), *m_corpus.store());
    importer.setOrigin(path);
    QdpxImporter::Result result;
    if (!importer.import(project, &result, &error)) {
        QMessageBox::warning(m_window, tr("Import QDA Project"),
                             tr("Nothing was imported from %1:\n%2").arg(path, error));
        return;
    }
    // The import wrote through the store, beside the undo history: what is on the stack may no longer apply.
    m_corpus.annotationEditor()->undoStack()->clear();
    m_corpus.codebook()->reload();
    Q_EMIT corpusChanged();
    refreshReader();
    QMessageBox::information(
        m_window, tr("Import QDA Project"),
        tr("%1 annotation(s) imported (%2 orphaned), %3 tag(s) created, %4 report(s) added.")
                .arg(result.annotationsImported)
                .arg(result.annotationsOrphaned)
                .arg(result.tagsCreated)
                .arg(result.articlesImported) +
            (result.warnings.isEmpty() ? QString() : QStringLiteral("\n\n") + result.warnings.join(u'\n')));
}

void AnnotationController::autocode()
{
    if (!m_corpus.annotationEditor())
        return;
    AutoCodeDialog dialog(m_corpus, m_window);
    dialog.exec();
}

// Not modal: the analyst opens the passages where coders differ in the reader and keeps the table open.
void AnnotationController::showAgreement()
{
    if (m_agreement) {
        m_agreement->reload();
        m_agreement->raise();
        m_agreement->activateWindow();
        return;
    }
    m_agreement = new AgreementDialog(m_corpus, m_window);
    m_agreement->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_agreement, &AgreementDialog::passageRequested, this, &AnnotationController::passageRequested);
    // Resolving a disagreement (re-coding a passage) or importing a colleague's project shows at once.
    connect(this, &AnnotationController::marksChanged, m_agreement, &AgreementDialog::reload);
    connect(this, &AnnotationController::corpusChanged, m_agreement, &AgreementDialog::reload);
    connect(&m_corpus, &Corpus::opened, m_agreement, &AgreementDialog::reload);
    m_agreement->show();
}

void AnnotationController::reattach(qint64 annotationId)
{
    int start = 0;
    int end = 0;
    Annotation a;
    if (!m_corpus.annotations()->annotation(annotationId, &a))
        return;
    if (m_reader->articleId() != a.articleId || !m_reader->selectedBodyRange(&start, &end)) {
        Q_EMIT passageRequested(a.articleId, a.anchor.start, a.anchor.start);
        QMessageBox::information(m_window, tr("Re-attach Annotation"),
                                 tr("Select the passage in the report shown in the reader, then choose "
                                    "Re-attach to Selection again."));
        return;
    }
    QString error;
    if (!m_corpus.annotationEditor()->reattach(annotationId, m_reader->article().body, start, end, &error))
        QMessageBox::warning(m_window, tr("Re-attach Annotation"), error);
}

} // namespace rs
