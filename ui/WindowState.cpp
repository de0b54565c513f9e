#include "WindowState.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace rs {

// Bumped when the set of docks or their arrangement changes (3: the lower docks share the width as
// tabs), so an old layout does not hide a new dock or put the two side by side again.
constexpr int layoutVersion = 3;

void WindowState::save(const QMainWindow& window, const QVector<QSplitter*>& splitters,
                       const QHeaderView* header)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), window.saveGeometry());
    settings.setValue(QStringLiteral("window/state"), window.saveState(layoutVersion));
    for (int i = 0; i < splitters.size(); ++i)
        settings.setValue(splitterKey(i), splitters.at(i)->saveState());
    if (header != nullptr)
        settings.setValue(QStringLiteral("window/reportColumns"), header->saveState());
}

bool WindowState::restore(QMainWindow& window, const QVector<QSplitter*>& splitters, QHeaderView* header)
{
    const QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty())
        return false;
    window.restoreGeometry(geometry);
    window.restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), layoutVersion);
    for (int i = 0; i < splitters.size(); ++i)
        splitters.at(i)->restoreState(settings.value(splitterKey(i)).toByteArray());
    if (header != nullptr)
        header->restoreState(settings.value(QStringLiteral("window/reportColumns")).toByteArray());
    return true;
}

} // namespace rs
