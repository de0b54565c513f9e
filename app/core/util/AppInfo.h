#pragma once

#include <QString>

namespace rs {

// Names shared by the GUI and the CLI, so both find the same default database and settings.
struct AppInfo
{
    static void configureApplication();
    static QString version();
    static QString desktopId(); // reverse-DNS id used by the desktop entry, metainfo and icons
};

} // namespace rs
