#include "ConnectDialog.h"
#include "MainWindow.h"
#include "PostgresTestServer.h"
#include "ReaderPane.h"
#include "RecentDatabasesMenu.h"
#include "ReportListPane.h"
#include "TeamSession.h"
#include "annotations/AnnotationController.h"
#include "annotations/AnnotationEditor.h"
#include "annotations/CodebookPane.h"
#include "gazetteer/Gazetteer.h"
#include "models/Corpus.h"
#include "models/ReportTableModel.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/PostgresTeam.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUrl>
#include <QUrlQuery>

using namespace rs;
using namespace Qt::StringLiterals;

// The main window on a team database (issue 18): it names the database and the analyst's role, shows
// the reports, and keeps off what the role may not do, with the reason as the tooltip, where the
// database would refuse it after the fact. On a SQLite file nothing is kept off.
class TestTeamWindow : public QObject
{
    Q_OBJECT

    PostgresTestServer m_server;
    QString m_name;
    QTemporaryDir m_dir;

    QString urlAs(const QString& user) const { return PostgresTestServer::urlOf(m_name, user); }

    static QAction* action(const MainWindow& window, const QString& text)
    {
        const auto actions = window.findChildren<QAction*>();
        for (QAction* candidate : actions) {
            if (candidate->text() == text)
                return candidate;
        }
        return nullptr;
    }

    static QAction* codebookAction(const MainWindow& window, const QString& text)
    {
        const auto actions = window.annotations()->codebookPane()->view()->actions();
        for (QAction* candidate : actions) {
            if (candidate->text() == text)
                return candidate;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!PostgresTestServer::skipReason().isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
        QString error;
        const QString url = m_server.createDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        m_name = QUrl(url).path().mid(1);
        Database owner;
        QVERIFY2(owner.open(url), qPrintable(owner.error()));
        for (const QString& title : {u"金湾区人才工作"_s, u"香洲区营商环境"_s}) {
            NewArticle report;
            report.report.metadata.title = title;
            report.report.body = title + u"：发放人才政策补贴，引进人才45人。"_s;
            QVERIFY2(PostgresTestServer::insertReport(owner, report, &error) > 0, qPrintable(error));
        }
        QVERIFY2(PostgresTeam::enable(owner, &error), qPrintable(error));
        QVERIFY(PostgresTestServer::runAsAdmin({u"DROP ROLE IF EXISTS rs_uw_coder, rs_uw_reader"_s}));
        QVERIFY2(
            PostgresTeam::addAnalyst(owner, u"rs_uw_coder"_s, PostgresTeam::Role::Coder, QString(), &error),
            qPrintable(error));
        QVERIFY2(
            PostgresTeam::addAnalyst(owner, u"rs_uw_reader"_s, PostgresTeam::Role::Reader, QString(), &error),
            qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (m_name.isEmpty())
            return;
        m_server.dropDatabases();
        PostgresTestServer::runAsAdmin({u"DROP ROLE IF EXISTS rs_uw_coder, rs_uw_reader"_s});
    }

    // A coder: the reports are there, the title and status bar name the database and the role, the
    // lead's actions are off with the reason, tagging stays on, and the author is the login role.
    void coderSeesTheirRoleAndTheLeadsActionsOff()
    {
        Corpus corpus(Gazetteer::builtin());
        QVERIFY2(corpus.open(urlAs(u"rs_uw_coder"_s)), qPrintable(corpus.error()));
        MainWindow window(corpus);
        window.show();
        QCOMPARE(window.reportPane()->view()->model()->rowCount(), 2);
        QCOMPARE(window.teamSession()->level(), TeamAccess::Level::Coder);
        const QString name = u"rs_uw_coder@%1/%2"_s.arg(
            QUrlQuery(QUrl(PostgresTestServer::adminUrl())).queryItemValue(u"host"_s), m_name);
        QVERIFY2(window.statusLabel()->text().startsWith(name + u" (coder) — 2 report(s)"_s),
                 qPrintable(window.statusLabel()->text()));
        QVERIFY2(window.windowTitle().contains(name + u" (coder)"_s), qPrintable(window.windowTitle()));
        QVERIFY(!window.statusLabel()->text().contains(u"postgresql://"_s));

        for (const QString& text :
             {u"&Import Files…"_s, u"Import &Folder…"_s, u"&Paste Report"_s, u"Import &Sample Reports"_s,
              u"&Re-extract Figures"_s, u"Edit Report &Details…"_s, u"Import &QDA Project (QDPX)…"_s}) {
            QAction* lead = action(window, text);
            QVERIFY2(lead, qPrintable(text));
            QVERIFY2(!lead->isEnabled(), qPrintable(text));
            QVERIFY2(lead->toolTip().contains(u"Only the team's lead may do this; you are a coder"_s),
                     qPrintable(lead->toolTip()));
        }
        QAction* newTag = codebookAction(window, u"New Tag…"_s);
        QVERIFY(newTag);
        QVERIFY(!newTag->isEnabled());
        QVERIFY2(newTag->toolTip().contains(u"Only the team's lead edits the codebook"_s),
                 qPrintable(newTag->toolTip()));
        // The pane's own update (a tag chosen, the model reset) does not turn it back on.
        newTag->setEnabled(true);
        QVERIFY(!newTag->isEnabled());
        QCOMPARE(window.annotations()->codebookPane()->view()->editTriggers(),
                 QAbstractItemView::NoEditTriggers);
        QVERIFY(!window.readerPane()->tagSelectionAction()->toolTip().contains(u"A reader changes no"_s));
        QVERIFY(action(window, u"Auto-&code…"_s)->isEnabled());
        QCOMPARE(corpus.annotationEditor()->author(), u"rs_uw_coder"_s);

        // The database agrees: the coder annotates as themselves, and a tag of their own is refused in
        // words (42501, Failure::Denied).
        Annotation note;
        note.articleId = 1;
        note.anchor.start = 0;
        note.anchor.end = 3;
        note.anchor.quote = u"金湾区"_s;
        note.author = u"rs_uw_coder"_s;
        note.createdAt = note.updatedAt = QDateTime::currentDateTimeUtc();
        QString error;
        QVERIFY2(corpus.annotations()->insertAnnotation(note, false, &error) > 0, qPrintable(error));
        Tag tag;
        tag.name = u"人才"_s;
        QCOMPARE(corpus.annotations()->insertTag(tag, false, &error), 0);
        QVERIFY2(error.contains(u"your database role may not make this change"_s), qPrintable(error));

        // Back on a file, nothing is kept off.
        QVERIFY(corpus.open(m_dir.filePath(u"own.sqlite"_s)));
        QCOMPARE(window.teamSession()->level(), TeamAccess::Level::Owner);
        QVERIFY(action(window, u"&Import Files…"_s)->isEnabled());
        QVERIFY(!action(window, u"&Import Files…"_s)->toolTip().contains(u"Only the team's lead"_s));
        QVERIFY(codebookAction(window, u"New Tag…"_s)->isEnabled());
        QCOMPARE(codebookAction(window, u"New Tag…"_s)->toolTip(), u"New tag at the top level"_s);
        QCOMPARE(window.annotations()->codebookPane()->view()->editTriggers(),
                 QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
        QVERIFY(!window.statusLabel()->text().contains(u"(coder)"_s));
        // The team database is among the recent ones, by its address.
        QVERIFY(RecentDatabasesMenu::paths().contains(urlAs(u"rs_uw_coder"_s)));
    }

    // A reader changes nothing: tagging and auto-coding are off too.
    void readerTagsNothing()
    {
        Corpus corpus(Gazetteer::builtin());
        QVERIFY2(corpus.open(urlAs(u"rs_uw_reader"_s)), qPrintable(corpus.error()));
        MainWindow window(corpus);
        QCOMPARE(window.teamSession()->level(), TeamAccess::Level::Reader);
        QVERIFY2(window.statusLabel()->text().contains(u" (reader) — 2 report(s)"_s),
                 qPrintable(window.statusLabel()->text()));
        QAction* tag = window.readerPane()->tagSelectionAction();
        QVERIFY(!tag->isEnabled());
        QVERIFY2(tag->toolTip().contains(u"A reader changes no annotations"_s), qPrintable(tag->toolTip()));
        QVERIFY(!action(window, u"Auto-&code…"_s)->isEnabled());
        QVERIFY(!action(window, u"&Import Files…"_s)->isEnabled());
    }

    // A recent team database that no longer opens as it is (here: no such role) brings the Connect
    // dialog with the reason, rather than a bare error box.
    void failedTeamDatabaseOffersTheDialog()
    {
        Corpus corpus(Gazetteer::builtin());
        QVERIFY(corpus.open(m_dir.filePath(u"start.sqlite"_s)));
        MainWindow window(corpus);
        QString shownMessage;
        QTimer::singleShot(0, this, [&shownMessage] {
            QTRY_VERIFY(qobject_cast<ConnectDialog*>(QApplication::activeModalWidget()));
            auto* dialog = qobject_cast<ConnectDialog*>(QApplication::activeModalWidget());
            shownMessage = dialog->message();
            dialog->reject();
        });
        Q_EMIT window.teamSession()->openRequested(urlAs(u"rs_uw_nobody"_s));
        QVERIFY2(shownMessage.contains(u"refused the login of “rs_uw_nobody”"_s), qPrintable(shownMessage));
        QCOMPARE(corpus.path(), m_dir.filePath(u"start.sqlite"_s)); // still the file
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
