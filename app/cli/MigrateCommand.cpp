#include "Commands.h"

#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/DatabaseLocation.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <memory>

namespace rs::cli {

CommandSyntax migrateSyntax()
{
    return CommandSyntax(QStringLiteral("migrate"), false).form(QStringLiteral("FROM TO"));
}

namespace {

int failure(CommandContext& context, const QString& message)
{
    context.err << "regionscope-cli migrate: " << message << '\n';
    return SomeFailed;
}

// A file the copy created and then failed to fill goes again, with SQLite's companions: the target is
// as it was, absent.
void removeNewFile(Database& database, const QString& path)
{
    database.close();
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// The table of the comparison (a contract, never translated): one line per table, then the summary.
void printComparison(CommandContext& context, const QVector<TableComparison>& comparison)
{
    context.out << "table\tfrom_rows\tto_rows\tchecksum_match\n";
    QStringList differing;
    for (const TableComparison& table : comparison) {
        context.out << tsvRow({table.table, QString::number(table.fromRows), QString::number(table.toRows),
                               table.matches() ? QStringLiteral("yes") : QStringLiteral("no")})
                    << '\n';
        if (!table.matches())
            differing.append(table.table);
    }
    if (differing.isEmpty())
        context.out << "summary: all " << comparison.size() << " tables match\n";
    else
        context.out << "summary: " << differing.size() << " of " << comparison.size()
                    << " tables differ: " << differing.join(QStringLiteral(", ")) << '\n';
    context.out.flush();
}

// Progress on stderr: one line per table when it is done, and one every two seconds while a large one is
// copied.
void showProgress(CommandContext& context, DatabaseCopy& copy)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    copy.setProgress([&context, timer](const QString& table, qint64 copied, qint64 total) {
        if (copied < total && (copied == 0 || timer->elapsed() < 2000))
            return;
        timer->restart();
        context.err << tr("%1: %2 of %3 rows copied").arg(table).arg(copied).arg(total) << '\n';
        context.err.flush();
    });
}

} // namespace

int migrateCommand(CommandContext& context)
{
    const CommandSyntax syntax = migrateSyntax();
    QCommandLineParser parser;
    if (!syntax.parse(parser, context.arguments))
        return usageError(context, syntax, parser.errorText());
    const QStringList names = parser.positionalArguments();
    if (names.size() != 2)
        return usageError(context, syntax,
                          tr("give FROM and TO, each a database file or a postgresql:// URL"));
    DatabaseLocation from;
    DatabaseLocation to;
    QString error;
    if (!DatabaseLocation::parse(names.at(0), &from, &error) ||
        !DatabaseLocation::parse(names.at(1), &to, &error))
        return failure(context, error);
    if (!from.isPostgres() && !QFileInfo::exists(from.filePath()))
        return failure(context, tr("FROM %1 does not exist: give the path of a Regionscope database file, or "
                                   "a postgresql:// URL")
                                    .arg(from.filePath()));
    Database source;
    if (!source.open(names.at(0)))
        return failure(context, tr("cannot read FROM: %1").arg(source.error()));
    if (source.wasCreated())
        return failure(context,
                       tr("FROM %1 holds no Regionscope project (it was an empty database): nothing to copy")
                           .arg(source.path()));
    const bool newFile = !to.isPostgres() && !QFileInfo::exists(to.filePath());
    Database target;
    if (!target.open(names.at(1))) {
        if (newFile)
            removeNewFile(target, to.filePath());
        return failure(context, tr("cannot write TO: %1").arg(target.error()));
    }

    DatabaseCopy copy(source, target);
    showProgress(context, copy);
    QVector<TableComparison> comparison;
    const bool copied = copy.copy(&comparison, &error);
    if (!comparison.isEmpty())
        printComparison(context, comparison);
    if (copied)
        return Success;
    if (newFile)
        removeNewFile(target, to.filePath());
    return failure(context, error);
}

} // namespace rs::cli
