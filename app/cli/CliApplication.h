#pragma once

#include "CommandContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace rs::cli {

// Parses global options (--db, --help, --version) and dispatches to a command.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    int run(const QStringList& arguments);

private:
    QString usage() const;
};

} // namespace rs::cli
