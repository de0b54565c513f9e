#include "RecentDatabasesMenu.h"

#include "storage/DatabaseLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace rs {
namespace {

QString settingsKey()
{
    return QStringLiteral("database/recent");
}

} // namespace

RecentDatabasesMenu::RecentDatabasesMenu(QWidget* parent) : QMenu(tr("Open &Recent"), parent)
{
    connect(this, &QMenu::aboutToShow, this, &RecentDatabasesMenu::rebuild);
    rebuild();
}

QStringList RecentDatabasesMenu::paths()
{
    return QSettings().value(settingsKey()).toStringList();
}

void RecentDatabasesMenu::remember(const QString& path)
{
    if (path.isEmpty())
        return;
    // A team database's address as it is (Database::path() never holds its password).
    const QString absolute = DatabaseLocation::looksLikeUrl(path) ? path : QFileInfo(path).absoluteFilePath();
    QStringList recent = paths();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings().setValue(settingsKey(), recent.mid(0, maxEntries));
}

void RecentDatabasesMenu::rebuild()
{
    clear();
    const QStringList recent = paths();
    for (int i = 0; i < recent.size(); ++i) {
        const QString& path = recent.at(i);
        QAction* action = addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        action->setEnabled(DatabaseLocation::looksLikeUrl(path) || QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (recent.isEmpty())
        addAction(tr("No recent databases"))->setEnabled(false);
    setEnabled(true);
}

} // namespace rs
