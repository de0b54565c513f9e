#include "TeamSession.h"

#include "AccessGate.h"
#include "ConnectDialog.h"
#include "MainWindow.h"
#include "annotations/AnnotationController.h"
#include "annotations/CodebookPane.h"
#include "models/Corpus.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QTreeView>

namespace rs {

TeamSession::TeamSession(Corpus& corpus, QMainWindow* window)
    : QObject(window), m_corpus(corpus), m_window(window),
      m_connect(new QAction(tr("Connect to &Team Database…"), this)), m_gate(new AccessGate(this))
{
    m_connect->setToolTip(tr("Open a PostgreSQL database the team shares, as your own analyst role"));
    connect(m_connect, &QAction::triggered, this, [this] { connectTo(); });
}

QString TeamSession::label() const
{
    if (!m_team)
        return QString();
    return tr("%1 (%2)").arg(m_name, ConnectDialog::levelName(m_level));
}

QString TeamSession::databaseName(bool shortForm) const
{
    if (m_team)
        return label();
    return shortForm ? QFileInfo(m_corpus.path()).fileName() : QDir::toNativeSeparators(m_corpus.path());
}

bool TeamSession::retryFailed(const QString& path, const QString& error)
{
    if (!DatabaseLocation::looksLikeUrl(path))
        return false;
    connectTo(path, error);
    return true;
}

void TeamSession::addLeadOnly(const QVector<QAction*>& actions)
{
    for (QAction* action : actions)
        m_leadOnly.append(action);
    apply();
}

void TeamSession::addAnnotating(const QVector<QAction*>& actions)
{
    for (QAction* action : actions)
        m_annotating.append(action);
    apply();
}

void TeamSession::setCodebook(CodebookPane* codebook)
{
    m_codebook = codebook;
    apply();
}

void TeamSession::gateWindowActions(QMenu* file, QMenu* tools, QAction* tagSelection, CodebookPane* codebook)
{
    // The texts are the menus' own, translated in their own contexts, so they match in any language.
    const QStringList leadOnlyTexts = {
        MainWindow::tr("&Import Files…"),        MainWindow::tr("Import &Folder…"),
        MainWindow::tr("&Paste Report"),         MainWindow::tr("Import &Sample Reports"),
        MainWindow::tr("Import I&ndicators…"),   MainWindow::tr("&Add Figure from Selection…"),
        MainWindow::tr("&Re-extract Figures"),   MainWindow::tr("Clean This Report A&gain"),
        MainWindow::tr("Edit Report &Details…"), AnnotationController::tr("Import &QDA Project (QDPX)…"),
    };
    QVector<QAction*> leadOnly;
    QVector<QAction*> annotating = {tagSelection};
    const QList<QAction*> actions = file->actions() + tools->actions();
    for (QAction* action : actions) {
        if (leadOnlyTexts.contains(action->text()))
            leadOnly.append(action);
        else if (action->text() == AnnotationController::tr("Auto-&code…"))
            annotating.append(action);
    }
    file->setToolTipsVisible(true);
    tools->setToolTipsVisible(true);
    addLeadOnly(leadOnly);
    addAnnotating(annotating);
    setCodebook(codebook);
}

bool TeamSession::mayEditCorpus(const QString& title) const
{
    if (TeamAccess::editsCorpus(m_level))
        return true;
    QMessageBox::information(m_window, title,
                             tr("Only the team's lead changes the reports of %1; you are a %2 here.")
                                 .arg(m_name, ConnectDialog::levelName(m_level)));
    return false;
}

void TeamSession::connectTo(const QString& url, const QString& message)
{
    ConnectDialog dialog(m_window);
    if (!url.isEmpty())
        dialog.setUrl(url);
    if (!message.isEmpty())
        dialog.setMessage(message);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT openRequested(dialog.url());
}

void TeamSession::attach()
{
    m_team = m_corpus.isOpen() && m_corpus.database()->isPostgres();
    m_level = TeamAccess::Level::Owner;
    m_name = m_team ? ConnectDialog::shortName(m_corpus.path()) : QString();
    QString error;
    if (m_team && !TeamAccess::of(*m_corpus.database(), &m_level, &error)) {
        // The server stopped answering between the connection and this question: nothing is locked,
        // and the database still refuses what the role may not do.
        qWarning("Regionscope: %s", qUtf8Printable(error));
        m_level = TeamAccess::Level::Owner;
    }
    apply();
}

void TeamSession::apply()
{
    m_gate->releaseAll();
    const QString leadsOnly = tr("Only the team's lead may do this; you are a %1 on %2")
                                  .arg(ConnectDialog::levelName(m_level), m_name);
    const QString readersOnly =
        tr("A reader changes no annotations; ask the team's lead to make you a coder on %1").arg(m_name);
    if (!TeamAccess::editsCorpus(m_level)) {
        for (QAction* action : std::as_const(m_leadOnly))
            m_gate->lock(action, leadsOnly);
    }
    if (!TeamAccess::annotates(m_level)) {
        for (QAction* action : std::as_const(m_annotating))
            m_gate->lock(action, readersOnly);
    }
    lockCodebook(!TeamAccess::editsCorpus(m_level));
}

// Every codebook action but the report filter changes the codebook; so do renaming in place and moving
// tags by drag and drop.
void TeamSession::lockCodebook(bool locked)
{
    if (!m_codebook)
        return;
    QTreeView* view = m_codebook->view();
    const auto actions = view->actions();
    for (QAction* action : actions) {
        if (locked && !action->isCheckable())
            m_gate->lock(action, tr("Only the team's lead edits the codebook; you are a %1 on %2")
                                     .arg(ConnectDialog::levelName(m_level), m_name));
    }
    view->setEditTriggers(locked ? QAbstractItemView::NoEditTriggers
                                 : QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    view->setDragDropMode(locked ? QAbstractItemView::NoDragDrop : QAbstractItemView::InternalMove);
}

} // namespace rs
