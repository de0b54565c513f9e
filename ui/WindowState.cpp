#include "WindowState.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QLayout>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

#include <algorithm>

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

QRect WindowState::availableScreenGeometry(const QWidget& window)
{
    const QScreen* current = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
    return current ? current->availableGeometry() : QRect(0, 0, 1600, 1000);
}

void WindowState::keepOnScreen(QMainWindow& window, QSize before)
{
    if (window.isMaximized() || window.isFullScreen())
        return;
    if (window.layout())
        window.layout()->activate(); // the docks' minimum sizes, and the growth they force, settled now
    const QRect screen = availableScreenGeometry(window);
    const QSize frame = window.frameGeometry().size() - window.geometry().size();
    const QSize limit = before.expandedTo(screen.size() - frame);
    const QSize fitting = window.size().boundedTo(limit).expandedTo(window.minimumSize());
    if (fitting != window.size())
        window.resize(fitting);
    QPoint at = window.pos();
    const QRect outer = window.frameGeometry();
    if (outer.right() > screen.right())
        at.setX(std::max(screen.left(), screen.right() - outer.width() + 1));
    if (outer.bottom() > screen.bottom())
        at.setY(std::max(screen.top(), screen.bottom() - outer.height() + 1));
    if (at != window.pos())
        window.move(at);
}

} // namespace rs
