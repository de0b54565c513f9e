#include "ConnectDialog.h"
#include "LanguageLoader.h"
#include "MainWindow.h"
#include "MainWindowHost.h"
#include "SettingsDialog.h"
#include "gazetteer/Gazetteer.h"
#include "models/Corpus.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "util/AppInfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>
#include <cstring>

namespace {

// --help and --version must work without a display (packaging checks run them headless).
bool handleInfoOptions(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("regionscope %s\n", REGIONSCOPE_VERSION);
            return true;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::printf("Usage: regionscope [--db FILE|URL]\n\n"
                        "Read, compare and annotate Chinese regional government reports.\n\n"
                        "Options:\n"
                        "  --db FILE|URL   open this database: a file (default: the user's data\n"
                        "                  directory) or a team database, postgresql://USER@HOST:PORT/DB\n"
                        "  -h, --help      show this help\n"
                        "  -v, --version   show the version\n");
            return true;
        }
    }
    return false;
}

// A team database that would not open (a password to give, a server to start): the Connect dialog says
// why and lets the analyst try again, or cancel.
bool connectInstead(rs::Corpus& corpus, const QString& url)
{
    if (!rs::DatabaseLocation::looksLikeUrl(url))
        return false;
    QString message = corpus.error();
    while (true) {
        rs::ConnectDialog dialog;
        dialog.setUrl(url);
        dialog.setMessage(message);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        if (corpus.open(dialog.url()))
            return true;
        message = corpus.error();
    }
}

} // namespace

int main(int argc, char* argv[])
{
    if (handleInfoOptions(argc, argv))
        return 0;
    QApplication app(argc, argv);
    rs::AppInfo::configureApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Regionscope"));
    QGuiApplication::setDesktopFileName(rs::AppInfo::desktopId());
    rs::LanguageLoader::install(app);

    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Open this database."),
                                      QStringLiteral("FILE|URL"), rs::Database::defaultPath());
    parser.addOption(dbOption);
    parser.process(app);
    const QString configured = QSettings().value(rs::SettingsDialog::databaseKey()).toString();
    const QString databasePath =
        parser.isSet(dbOption) || configured.isEmpty() ? parser.value(dbOption) : configured;

    rs::Corpus corpus(rs::Gazetteer::builtin());
    if (!corpus.open(databasePath) && !connectInstead(corpus, databasePath)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Regionscope"), corpus.error());
        return 1;
    }
    rs::MainWindowHost host(corpus);
    host.window()->restoreWindowState();
    host.window()->show();
    // A newcomer should see real reports at once, not an empty window.
    if (corpus.wasCreated() && !corpus.database()->isPostgres())
        host.window()->importSampleCorpus();
    return app.exec();
}
