#include "Commands.h"

#include "comparison/IndicatorImport.h"
#include "gazetteer/Gazetteer.h"
#include "storage/Database.h"
#include "storage/IndicatorStore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rs::cli {

CommandSyntax indicatorsSyntax()
{
    return CommandSyntax(QStringLiteral("indicators"))
        .form(QStringLiteral("import FILE.csv|FILE.xlsx"))
        .form(QStringLiteral("list"));
}

namespace {

int usageError(CommandContext& context, const QString& message)
{
    return cli::usageError(context, indicatorsSyntax(), message);
}

int importIndicators(CommandContext& context, Database& database, const QString& path)
{
    IndicatorStore store(database);
    QHash<QString, QString> units;
    QString error;
    if (!store.units(&units, &error)) {
        context.err << "regionscope-cli indicators: " << error << '\n';
        return SomeFailed;
    }
    const IndicatorImport::Result result = IndicatorImport::read(path, Gazetteer::builtin(), units);
    if (!result.ok()) {
        for (const IndicatorImport::Failure& failure : result.failures) {
            if (failure.row == 0)
                context.out << "failed " << path << ": " << failure.reason << '\n';
            else
                context.out << "failed " << failure.row << ": " << failure.reason << '\n';
        }
        context.out << tr("nothing imported: %1 row(s) failed").arg(result.failures.size()) << '\n';
        return SomeFailed;
    }
    if (!store.store(result.values, &error)) {
        context.out << "failed " << path << ": " << error << '\n';
        return SomeFailed;
    }
    context.out << "imported " << result.values.size() << " rows" << '\n';
    return Success;
}

int listIndicators(CommandContext& context, Database& database)
{
    QVector<IndicatorSummary> summaries;
    QString error;
    if (!IndicatorStore(database).list(&summaries, &error)) {
        context.err << "regionscope-cli indicators: " << error << '\n';
        return SomeFailed;
    }
    context.out << tsvRow({QStringLiteral("indicator"), QStringLiteral("unit"), QStringLiteral("values"),
                           QStringLiteral("regions"), QStringLiteral("years"), QStringLiteral("sources")})
                << '\n';
    for (const IndicatorSummary& summary : std::as_const(summaries)) {
        const QString years = summary.firstYear == summary.lastYear
                                  ? QString::number(summary.firstYear)
                                  : QStringLiteral("%1-%2").arg(summary.firstYear).arg(summary.lastYear);
        context.out << tsvRow({summary.indicator, summary.unit, QString::number(summary.values),
                               QString::number(summary.regions), years,
                               summary.sources.join(QStringLiteral("; "))})
                    << '\n';
    }
    return Success;
}

} // namespace

int indicatorsCommand(CommandContext& context)
{
    const QStringList& arguments = context.arguments;
    const QString action = arguments.value(0);
    if (action == QLatin1String("import")) {
        if (arguments.size() != 2)
            return usageError(context, tr("import takes one file"));
        if (!QFileInfo(arguments.at(1)).isFile()) {
            context.out << "failed " << arguments.at(1) << ": " << tr("no such file") << '\n';
            return SomeFailed;
        }
    } else if (action == QLatin1String("list")) {
        if (arguments.size() != 1)
            return usageError(context, tr("list takes no arguments"));
    } else {
        return usageError(context, action.isEmpty() ? tr("give import FILE or list")
                                                    : tr("unknown action %1").arg(action));
    }
    Database database;
    if (!openDatabase(context, database))
        return SomeFailed;
    if (action == QLatin1String("import"))
        return importIndicators(context, database, arguments.at(1));
    return listIndicators(context, database);
}

} // namespace rs::cli
