#include "Commands.h"

#include "gazetteer/Gazetteer.h"
#include "ingest/ImportPipeline.h"
#include "ingest/ReportImporter.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rs::cli {
namespace {

void printOutcome(QTextStream& out, const ImportOutcome& outcome)
{
    switch (outcome.status) {
    case ImportOutcome::Status::Imported:
        out << "imported " << outcome.articleId << ' ' << outcome.path << '\n';
        break;
    case ImportOutcome::Status::Duplicate:
        out << "duplicate " << outcome.articleId << ' ' << outcome.path << '\n';
        break;
    case ImportOutcome::Status::Failed:
        out << "failed " << outcome.path << ": " << outcome.reason << '\n';
        break;
    }
    out.flush();
}

} // namespace

CommandSyntax importSyntax()
{
    return CommandSyntax(QStringLiteral("import")).form(QStringLiteral("PATH..."));
}

int importCommand(CommandContext& context)
{
    if (context.arguments.isEmpty())
        return usageError(context, importSyntax(), tr("give one or more files or folders to import"));
    Database database;
    if (!openDatabase(context, database))
        return SomeFailed;
    ArticleStore store(database);
    const ImportPipeline pipeline(Gazetteer::builtin());
    ReportImporter importer(store, pipeline);

    ImportSummary summary;
    const ReportImporter::Plan plan = ReportImporter::plan(context.arguments);
    for (const ImportOutcome& failure : plan.failures) {
        summary.add(failure);
        printOutcome(context.out, failure);
    }
    importer.importFiles(
        plan.files, [](int) { return true; },
        [&](const ImportOutcome& outcome) {
            summary.add(outcome);
            printOutcome(context.out, outcome);
        });
    if (!summary.importedByFormat.isEmpty())
        context.out << "formats: " << summary.formatCounts() << '\n';
    context.out << QStringLiteral("summary: %1 imported, %2 duplicates, %3 failed")
                       .arg(summary.imported)
                       .arg(summary.duplicates)
                       .arg(summary.failed)
                << '\n';
    return summary.failed > 0 ? SomeFailed : Success;
}

} // namespace rs::cli
