#include "LanguageLoader.h"
#include "MainWindow.h"
#include "MainWindowHost.h"
#include "RecentDatabasesMenu.h"
#include "gazetteer/Gazetteer.h"
#include "models/Corpus.h"

#include <QApplication>
#include <QDockWidget>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

// Switching the language in Settings rebuilds the window in the new language at once, keeping its
// layout; recent databases are remembered newest first.
class TestMainWindowHost : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString firstMenuTitle(const MainWindow* window)
    {
        return window->menuBar()->actions().first()->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("RegionscopeTests"));
        QSettings().clear();
        LanguageLoader::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void switchingLanguageRebuildsTheWindow()
    {
        Corpus corpus(Gazetteer::builtin());
        QVERIFY(corpus.open(m_dir.filePath(QStringLiteral("host.sqlite"))));
        MainWindowHost host(corpus);
        host.window()->show();
        QCOMPARE(firstMenuTitle(host.window()), QStringLiteral("&File"));
        auto* codebook = host.window()->findChild<QDockWidget*>(QStringLiteral("codebookDock"));
        QVERIFY(codebook && codebook->isVisible());
        codebook->hide(); // a layout choice the switch must keep
        host.window()->setGeometry(QRect(37, 53, 700, 500));
        const QRect geometry = host.window()->geometry();

        QSignalSpy replaced(&host, &MainWindowHost::windowReplaced);
        Q_EMIT host.window()->languageChangeRequested(QStringLiteral("zh_CN"));
        QVERIFY(replaced.wait(5000));
        QCOMPARE(firstMenuTitle(host.window()), QStringLiteral("文件(&F)"));
        QVERIFY(host.window()->isVisible());
        QCOMPARE(QLocale().language(), QLocale::Chinese);
        QVERIFY(!host.window()->findChild<QDockWidget*>(QStringLiteral("codebookDock"))->isVisible());
        QVERIFY(host.window()->windowTitle().startsWith(QStringLiteral("Regionscope")));
        QCOMPARE(host.window()->geometry(), geometry); // not a title bar's height lower

        QVERIFY(host.switchLanguage(QStringLiteral("en")));
        QCOMPARE(firstMenuTitle(host.window()), QStringLiteral("&File"));
        QVERIFY(QLocale().language() != QLocale::Chinese || QLocale::system().language() == QLocale::Chinese);
    }

    void recentDatabasesAreKeptNewestFirst()
    {
        QSettings().remove(QStringLiteral("database/recent"));
        for (int i = 0; i < RecentDatabasesMenu::maxEntries + 2; ++i)
            RecentDatabasesMenu::remember(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(i)));
        RecentDatabasesMenu::remember(
            m_dir.filePath(QStringLiteral("db5.sqlite"))); // opened again: to the top
        const QStringList recent = RecentDatabasesMenu::paths();
        QCOMPARE(recent.size(), RecentDatabasesMenu::maxEntries);
        QCOMPARE(recent.first(), m_dir.filePath(QStringLiteral("db5.sqlite")));
        QCOMPARE(recent.at(1), m_dir.filePath(QStringLiteral("db9.sqlite")));
        QCOMPARE(recent.count(m_dir.filePath(QStringLiteral("db5.sqlite"))), 1);
        RecentDatabasesMenu menu;
        QCOMPARE(menu.actions().size(), RecentDatabasesMenu::maxEntries);
        QVERIFY(!menu.actions().first()->isEnabled()); // the file does not exist
    }
};

QTEST_MAIN(TestMainWindowHost)
#include "tst_mainwindowhost.moc"
