#pragma once

#include "CommandContext.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace rs::cli {

// Parses global options (--db, --help, --version) and dispatches to a command.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    int run(const QStringList& arguments);
    // Drawing text (chart) needs a QGuiApplication, on the "offscreen" platform when there is no
    // display; every other command runs on a plain QCoreApplication.
    static std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv);

private:
    QString usage() const;
};

} // namespace rs::cli
