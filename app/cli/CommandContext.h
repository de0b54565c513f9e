#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace rs::cli {

// Exit codes are part of the CLI contract used by scripts.
enum ExitCode
{
    Success = 0,
    SomeFailed = 1,
    UsageError = 2
};

struct CommandContext
{
    QString databasePath;
    QStringList arguments; // after the command name
    QTextStream& out;
    QTextStream& err;
};

// One line of TSV: tabs and line breaks inside values would break the columns, so they become spaces.
QString tsvRow(const QStringList& fields);

} // namespace rs::cli
