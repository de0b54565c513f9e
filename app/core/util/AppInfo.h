#pragma once

#include <QString>

namespace rs {

// Names shared by the GUI and the CLI, so both find the same default database and settings.
struct AppInfo
{
    static void configureApplication();
    static QString version();
    static QString desktopId(); // reverse-DNS id used by the desktop entry, metainfo and icons
    // The QSettings key of the analyst's name, written by the GUI's settings and read by the CLI too.
    static QString authorSettingsKey() { return QStringLiteral("review/author"); }
};

} // namespace rs
