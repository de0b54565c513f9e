#include "AnnotationDetails.h"

#include "ConflictDialog.h"
#include "TagPalette.h"
#include "annotations/AnnotationEditor.h"
#include "models/AnnotationTableModel.h"
#include "models/CodebookModel.h"
#include "models/Corpus.h"
#include "storage/AnnotationStore.h"
#include "storage/DatabaseNotifier.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>

namespace rs {

AnnotationDetails::AnnotationDetails(Corpus& corpus, QWidget* parent)
    : QWidget(parent), m_corpus(corpus), m_quote(new QLabel(this)), m_tags(new QLabel(this)),
      m_meta(new QLabel(this)), m_addTag(new QPushButton(tr("Add Tag…"), this)),
      m_removeTag(new QPushButton(tr("Remove Tag…"), this)), m_status(new QComboBox(this)),
      m_note(new QPlainTextEdit(this)), m_saveNote(new QPushButton(tr("Save Note"), this)),
      m_open(new QPushButton(tr("Show in Report"), this)),
      m_reattach(new QPushButton(tr("Re-attach to Selection"), this)),
      m_delete(new QPushButton(tr("Delete"), this))
{
    m_quote->setWordWrap(true);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tags->setWordWrap(true);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_note->setPlaceholderText(tr("Note (e.g. “compare with Pengjiang”)"));
    m_note->setMaximumHeight(90);
    m_note->setAccessibleName(tr("Annotation note"));
    m_reattach->setToolTip(tr("Select the passage in the reader, then attach this annotation to it"));
    for (Annotation::Status status : Annotation::allStatuses())
        m_status->addItem(Annotation::statusLabel(status), int(status));

    auto* tagRow = new QHBoxLayout;
    tagRow->addWidget(m_tags, 1);
    tagRow->addWidget(m_addTag);
    tagRow->addWidget(m_removeTag);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status);
    buttons->addStretch(1);
    buttons->addWidget(m_saveNote);
    buttons->addWidget(m_open);
    buttons->addWidget(m_reattach);
    buttons->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_quote);
    layout->addLayout(tagRow);
    layout->addWidget(m_meta);
    layout->addWidget(m_note);
    layout->addLayout(buttons);

    connect(m_addTag, &QPushButton::clicked, this, &AnnotationDetails::addTag);
    connect(m_removeTag, &QPushButton::clicked, this, &AnnotationDetails::removeTag);
    connect(m_saveNote, &QPushButton::clicked, this, &AnnotationDetails::saveNote);
    connect(m_status, &QComboBox::activated, this, [this] {
        QString error;
        if (m_id > 0 && m_corpus.annotationEditor())
            report(m_corpus.annotationEditor()->setStatus(
                       m_id, Annotation::Status(m_status->currentData().toInt()), &error),
                   error);
    });
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(m_id); });
    connect(m_reattach, &QPushButton::clicked, this, [this] { Q_EMIT reattachRequested(m_id); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        QString error;
        if (m_id > 0 && m_corpus.annotationEditor())
            report(m_corpus.annotationEditor()->removeAnnotation(m_id, &error), error);
    });
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        m_saveNote->setEnabled(m_id > 0);
        m_noteDirty = m_id > 0;
    });
    connect(&m_corpus, &Corpus::connectionRestored, this, &AnnotationDetails::retryPendingNote);
    setAnnotation(0);
}

bool AnnotationDetails::report(bool ok, const QString& error)
{
    if (!ok)
        QMessageBox::warning(this, tr("Annotation"), error);
    return ok;
}

void AnnotationDetails::setAnnotation(qint64 annotationId)
{
    if (m_id != annotationId)
        saveNote(); // leaving an annotation keeps what was typed
    if (m_id != annotationId)
        m_noteDirty = false;
    m_id = annotationId;
    reload();
}

void AnnotationDetails::reload()
{
    Annotation a;
    const bool present = m_id > 0 && m_corpus.annotations() && m_corpus.annotations()->annotation(m_id, &a);
    for (QWidget* w : std::initializer_list<QWidget*>{m_addTag, m_removeTag, m_status, m_note, m_open,
                                                      m_reattach, m_delete})
        w->setEnabled(present);
    m_saveNote->setEnabled(m_noteDirty && present);
    if (!present) {
        m_id = 0;
        m_noteDirty = false;
        m_quote->setText(tr("Select an annotation to edit its tags, status and note."));
        m_tags->clear();
        m_meta->clear();
        m_note->blockSignals(true);
        m_note->clear();
        m_note->blockSignals(false);
        return;
    }
    m_quote->setText((a.orphaned ? tr("Orphaned: the passage was not found in the report's current text.") +
                                       QLatin1Char('\n')
                                 : QString()) +
                     AnnotationTableModel::quoteInContext(a.anchor, 24, 400));
    QStringList chips;
    for (qint64 id : a.tagIds) {
        const QColor color = m_corpus.codebook()
                                 ->data(m_corpus.codebook()->indexOfTag(id), CodebookModel::ColorRole)
                                 .value<QColor>();
        chips << QStringLiteral("<span style=\"background:%1\">&nbsp;&nbsp;</span>&nbsp;%2")
                     .arg(color.name(), m_corpus.codebook()->path(id).toHtmlEscaped());
    }
    m_tags->setText(chips.isEmpty() ? tr("No tags") : chips.join(QStringLiteral("&nbsp;&nbsp; ")));
    m_meta->setText(tr("%1 · created %2 · changed %3")
                        .arg(a.author.isEmpty() ? tr("unknown author") : a.author,
                             QLocale().toString(a.createdAt.toLocalTime(), QLocale::ShortFormat),
                             QLocale().toString(a.updatedAt.toLocalTime(), QLocale::ShortFormat)));
    m_status->setCurrentIndex(m_status->findData(int(a.status)));
    m_removeTag->setEnabled(!a.tagIds.isEmpty());
    // What the analyst is typing stays when another analyst's change (or their own elsewhere) reloads.
    if (m_noteDirty)
        return;
    m_noteBase = a.note;
    if (m_note->toPlainText() != a.note) {
        m_note->blockSignals(true);
        m_note->setPlainText(a.note);
        m_note->blockSignals(false);
    }
}

void AnnotationDetails::saveNote()
{
    Annotation fresh;
    if (m_id <= 0 || !m_noteDirty || !m_corpus.annotations() || !m_corpus.annotationEditor())
        return;
    const QString typed = m_note->toPlainText();
    QString error;
    if (!m_corpus.annotations()->annotation(m_id, &fresh, &error)) {
        noteRefused(Annotation(), typed, error);
        return;
    }
    m_noteDirty = false;
    m_saveNote->setEnabled(false);
    if (fresh.note == typed) {
        m_noteBase = typed;
        return;
    }
    if (fresh.note != m_noteBase) {
        // Another analyst changed the note since the analyst began typing: never overwritten unasked.
        Annotation mine = fresh;
        mine.note = typed;
        if (ConflictDialog::ask({mine, fresh}, m_corpus.codebook(), this) ==
            ConflictDialog::Choice::KeepTheirs) {
            reload();
            return;
        }
    }
    if (m_corpus.annotationEditor()->setNote(fresh, typed, &error)) {
        m_noteBase = typed;
        return;
    }
    noteRefused(fresh, typed, error);
}

void AnnotationDetails::noteRefused(const Annotation& fresh, const QString& typed, const QString& error)
{
    AnnotationStore* store = m_corpus.annotations();
    const DatabaseDialect::Failure failure = store->lastFailure();
    // The notifier's check also tells the window, which says so until the server answers again.
    const bool answering = !m_corpus.notifier() || m_corpus.notifier()->checkConnection();
    if (failure == DatabaseDialect::Failure::ConnectionLost || !answering) {
        // Kept in memory and saved when the server answers again; the analyst may also keep a copy.
        m_pending = PendingNote{m_id, m_noteBase, typed};
        m_noteDirty = true;
        m_saveNote->setEnabled(true);
        offerLocalCopy(typed, error);
        return;
    }
    if (failure == DatabaseDialect::Failure::Conflict && store->conflict()) {
        const AnnotationConflict conflict = *store->conflict();
        if (ConflictDialog::ask(conflict, m_corpus.codebook(), this) == ConflictDialog::Choice::ApplyMine &&
            conflict.theirs) {
            QString again;
            report(m_corpus.annotationEditor()->setNote(*conflict.theirs, typed, &again), again);
        }
        reload();
        return;
    }
    Q_UNUSED(fresh);
    m_noteDirty = true;
    m_saveNote->setEnabled(true);
    report(false, error);
}

void AnnotationDetails::offerLocalCopy(const QString& typed, const QString& error)
{
    QMessageBox box(QMessageBox::Warning, tr("Annotation"),
                    tr("%1\n\nYour note is kept and will be saved when the server answers again.").arg(error),
                    QMessageBox::Ok, this);
    QPushButton* save = box.addButton(tr("Save a Copy to a File…"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() != save)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Note"), QString(), tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(typed.toUtf8()) < 0 || !file.commit())
        report(false, tr("The note could not be written to %1.").arg(path));
}

void AnnotationDetails::retryPendingNote()
{
    if (!m_pending)
        return;
    const PendingNote pending = *m_pending;
    m_pending.reset();
    if (pending.id != m_id) {
        // The analyst moved on to another annotation meanwhile: save the kept note on its own.
        Annotation fresh;
        QString error;
        if (m_corpus.annotations()->annotation(pending.id, &fresh, &error) && fresh.note == pending.base)
            report(m_corpus.annotationEditor()->setNote(fresh, pending.text, &error), error);
        else
            offerLocalCopy(pending.text, error.isEmpty() ? tr("Another analyst changed the note you typed "
                                                              "while the connection was lost.")
                                                         : error);
        return;
    }
    m_noteDirty = true;
    saveNote();
}

void AnnotationDetails::addTag()
{
    if (m_id <= 0)
        return;
    const qint64 tag = TagPalette::pick(*m_corpus.annotationEditor(), *m_corpus.codebook(), this,
                                        QRect(m_addTag->mapToGlobal(QPoint(0, 0)), m_addTag->size()));
    QString error;
    if (tag > 0)
        report(m_corpus.annotationEditor()->addTag(m_id, tag, &error), error);
}

void AnnotationDetails::removeTag()
{
    Annotation a;
    if (m_id <= 0 || !m_corpus.annotations()->annotation(m_id, &a) || a.tagIds.isEmpty())
        return;
    QStringList paths;
    for (qint64 id : a.tagIds)
        paths << m_corpus.codebook()->path(id);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Remove Tag"), tr("Remove this tag from the passage:"), paths, 0, false, &ok);
    if (!ok)
        return;
    QVector<qint64> remaining = a.tagIds;
    remaining.removeAt(paths.indexOf(chosen));
    QString error;
    report(m_corpus.annotationEditor()->setTags(m_id, remaining, &error), error);
}

} // namespace rs
