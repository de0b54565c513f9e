#pragma once

#include "storage/TeamAccess.h"

#include <QObject>
#include <QPointer>
#include <QVector>

class QAction;
class QMainWindow;
class QMenu;
class QWidget;

namespace rs {

class AccessGate;
class CodebookPane;
class Corpus;

// The window's side of team mode (issue 18): File › Connect to Team Database…, the analyst's role on
// the open database (lead, coder, reader) shown in the title and status bar, and the actions that role
// may not use kept off, with the reason in their tooltip. The database enforces the roles itself
// (PostgresTeam); this only spares the analyst a refusal after the fact. On a SQLite file everything
// stays on.
class TeamSession : public QObject
{
    Q_OBJECT

public:
    TeamSession(Corpus& corpus, QMainWindow* window);

    QAction* connectAction() const { return m_connect; }
    TeamAccess::Level level() const { return m_level; }
    bool isTeamDatabase() const { return m_team; }
    // "ana@db.example.org/corpus (coder)" on a team database, empty on a file.
    QString label() const;
    // What the status bar (the file's path) and the title (its name) call the database: label() on a
    // team database.
    QString databaseName(bool shortForm) const;

    // Actions only the lead may use (imports, report edits), and those a reader may not (annotating).
    void addLeadOnly(const QVector<QAction*>& actions);
    void addAnnotating(const QVector<QAction*>& actions);
    void setCodebook(CodebookPane* codebook);
    // The main window's: the imports and report edits of its File and Tools menus (found by their
    // text), tagging, auto-coding and the codebook.
    void gateWindowActions(QMenu* file, QMenu* tools, QAction* tagSelection, CodebookPane* codebook);
    // Whether the role may change reports; when not, says why in a message box titled title.
    bool mayEditCorpus(const QString& title) const;

    // Shows the Connect dialog, filled from url (a recent database, one that failed to open) with
    // message as the reason; asks to open the address it connected to.
    void connectTo(const QString& url = QString(), const QString& message = QString());
    // For a team database's address that would not open: the Connect dialog with the reason, to try
    // again (a password, another role). False for a file, which the caller reports.
    bool retryFailed(const QString& path, const QString& error);
    // Reads the role of the corpus just opened and locks what it may not use.
    void attach();

Q_SIGNALS:
    void openRequested(const QString& url);

private:
    void apply();
    void lockCodebook(bool locked);

    Corpus& m_corpus;
    QMainWindow* m_window;
    QAction* m_connect;
    AccessGate* m_gate;
    QVector<QPointer<QAction>> m_leadOnly;
    QVector<QPointer<QAction>> m_annotating;
    QPointer<CodebookPane> m_codebook;
    TeamAccess::Level m_level = TeamAccess::Level::Owner;
    bool m_team = false;
    QString m_name;
};

} // namespace rs
