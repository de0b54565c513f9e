#include "ConflictDialog.h"

#include "models/CodebookModel.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rs {
namespace {

QString tagList(const Annotation& a, const CodebookModel* codebook)
{
    QStringList paths;
    for (qint64 id : a.tagIds)
        paths << (codebook ? codebook->path(id) : QString::number(id));
    return paths.isEmpty() ? ConflictDialog::tr("No tags") : paths.join(QStringLiteral(", "));
}

// One side: who, status, tags and the note (read-only, selectable so it can be copied).
QWidget* side(const QString& title, const Annotation* a, const CodebookModel* codebook, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
    layout->addWidget(heading);
    if (a == nullptr) {
        layout->addWidget(new QLabel(ConflictDialog::tr("Deleted."), box));
        layout->addStretch(1);
        return box;
    }
    auto* meta = new QLabel(ConflictDialog::tr("%1 · %2 · tags: %3")
                                .arg(Annotation::statusLabel(a->status),
                                     QLocale().toString(a->updatedAt.toLocalTime(), QLocale::ShortFormat),
                                     tagList(*a, codebook)),
                            box);
    meta->setWordWrap(true);
    layout->addWidget(meta);
    auto* note = new QPlainTextEdit(a->note, box);
    note->setReadOnly(true);
    note->setObjectName(title);
    layout->addWidget(note, 1);
    return box;
}

} // namespace

ConflictDialog::ConflictDialog(const AnnotationConflict& conflict, const CodebookModel* codebook,
                               QWidget* parent)
    : QDialog(parent), m_keepTheirs(new QPushButton(tr("Keep Theirs"), this)),
      m_applyMine(new QPushButton(tr("Apply Mine Again"), this))
{
    setWindowTitle(tr("Changed by Another Analyst"));
    const Annotation* theirs = conflict.theirs ? &*conflict.theirs : nullptr;
    const QString who = theirs && !theirs->author.isEmpty() ? theirs->author : tr("Another analyst");
    auto* intro = new QLabel(
        theirs
            ? tr("%1 changed this annotation (“%2”) while you were editing it. Nothing has been overwritten: "
                 "keep their version, or apply yours again over it.")
                  .arg(who, conflict.mine.anchor.quote.left(60))
            : tr("Another analyst deleted this annotation (“%1”) while you were editing it. Your note is "
                 "shown below so you can copy it.")
                  .arg(conflict.mine.anchor.quote.left(60)),
        this);
    intro->setWordWrap(true);
    auto* sides = new QGridLayout;
    sides->addWidget(side(tr("Their version"), theirs, codebook, this), 0, 0);
    sides->addWidget(side(tr("Your version"), &conflict.mine, codebook, this), 0, 1);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_keepTheirs, QDialogButtonBox::RejectRole);
    buttons->addButton(m_applyMine, QDialogButtonBox::AcceptRole);
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepTheirs;
        reject();
    });
    connect(m_applyMine, &QPushButton::clicked, this, [this] {
        m_choice = Choice::ApplyMine;
        accept();
    });
    m_applyMine->setVisible(theirs != nullptr);
    if (!theirs)
        m_keepTheirs->setText(tr("Close"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(sides, 1);
    layout->addWidget(buttons);
    resize(640, 320);
}

ConflictDialog::Choice ConflictDialog::ask(const AnnotationConflict& conflict, const CodebookModel* codebook,
                                           QWidget* parent)
{
    ConflictDialog dialog(conflict, codebook, parent);
    dialog.exec();
    return dialog.choice();
}

} // namespace rs
