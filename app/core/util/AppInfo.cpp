#include "AppInfo.h"

#include <QCoreApplication>

namespace rs {

void AppInfo::configureApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Regionscope"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("regionscope.org"));
    QCoreApplication::setApplicationName(QStringLiteral("regionscope"));
    QCoreApplication::setApplicationVersion(version());
}

QString AppInfo::version()
{
    return QStringLiteral(REGIONSCOPE_VERSION);
}

QString AppInfo::desktopId()
{
    return QStringLiteral("org.regionscope.Regionscope");
}

} // namespace rs
