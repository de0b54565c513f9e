#pragma once

#include <QString>
#include <QVector>

class QHeaderView;
class QMainWindow;
class QSplitter;

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

private:
    static QString splitterKey(int index) { return QStringLiteral("window/splitter%1").arg(index); }
};

} // namespace rs
