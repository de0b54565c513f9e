#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace rs {
class Database;
}

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
    QString command; // the command's name, for messages
};

// The CLI's messages (stderr) and help follow the locale (LANG/LC_ALL) through the translator main()
// installs, all in lupdate's context "rs::cli". What scripts parse on stdout (imported/failed lines,
// summaries, TSV/JSON headers) is a contract and never translated.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1);

// Opens the database the command works on (--db or the default). On failure it prints
// "regionscope-cli: REASON" — the reason in words, which file and what is wrong — and returns false;
// the command then exits with SomeFailed. --db is a file or a postgresql:// URL (Database::open): every
// command works on both engines.
bool openDatabase(CommandContext& context, Database& database);

// One line of TSV: tabs and line breaks inside values would break the columns, so they become spaces.
QString tsvRow(const QStringList& fields);

} // namespace rs::cli
