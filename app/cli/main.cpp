#include "CliApplication.h"

#include "util/AppInfo.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    const auto app = rs::cli::CliApplication::createApplication(argc, argv);
    rs::AppInfo::configureApplication();
    rs::cli::CliApplication::installTranslator();
    return rs::cli::CliApplication().run(QCoreApplication::arguments());
}
