#pragma once

#include <QRect>
#include <QSize>
#include <QString>
#include <QVector>

class QHeaderView;
class QMainWindow;
class QSplitter;
class QWidget;

namespace rs {

// Remembers the main window between runs (and across a language switch, which rebuilds it): geometry,
// docks and toolbars, splitter positions and the report table's columns, in QSettings under window/.
class WindowState
{
public:
    static void save(const QMainWindow& window, const QVector<QSplitter*>& splitters,
                     const QHeaderView* header);
    // Returns false when nothing was saved yet (first start keeps the built-in layout).
    static bool restore(QMainWindow& window, const QVector<QSplitter*>& splitters, QHeaderView* header);

    // The screen the window is on, less panels and docks of the desktop.
    static QRect availableScreenGeometry(const QWidget& window);
    // No dock opened or closed leaves the window wider or taller than the screen (or than it was, when a
    // larger size `before` was asked for), or past the screen's edge. Maximized and full-screen windows
    // are left as they are.
    static void keepOnScreen(QMainWindow& window, QSize before = QSize());

private:
    static QString splitterKey(int index) { return QStringLiteral("window/splitter%1").arg(index); }
};

} // namespace rs
