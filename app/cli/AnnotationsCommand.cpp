#include "Commands.h"

#include "annotations/AnnotationCsvExporter.h"
#include "annotations/QdpxImporter.h"
#include "annotations/QdpxReader.h"
#include "annotations/QdpxWriter.h"
#include "annotations/WebAnnotationExporter.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace rs::cli {

CommandSyntax annotationsSyntax()
{
    return CommandSyntax(QStringLiteral("annotations"))
        .option({QStringLiteral("format"),
                 tr("csv, json (W3C Web Annotation) or qdpx (REFI-QDA); without it the "
                    "file's suffix decides (export)"),
                 QStringLiteral("FORMAT")})
        .option({{QStringLiteral("o"), QStringLiteral("output")},
                 tr("the file to write (export)"),
                 QStringLiteral("FILE")},
                true)
        .form(QStringLiteral("export"), {QStringLiteral("format"), QStringLiteral("o")}, QString())
        .form(QStringLiteral("import FILE.qdpx"), QStringList(), QString());
}

namespace {

int failure(CommandContext& context, const QString& message)
{
    context.err << "regionscope-cli annotations: " << message << '\n';
    return SomeFailed;
}

int exportAnnotations(CommandContext& context, const CommandSyntax& syntax, const QStringList& arguments)
{
    QCommandLineParser parser;
    if (const int parsed = parseOptionsOnly(context, syntax, parser, arguments); parsed != Success)
        return parsed;
    const QString path = parser.value(QStringLiteral("output"));
    if (path.isEmpty())
        return usageError(context, syntax, tr("give the file to write with -o FILE"));
    // Without --format the file name's suffix says it, as in "-o codes.qdpx".
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                  : QFileInfo(path).suffix().toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("json") && format != QLatin1String("qdpx"))
        return usageError(context, syntax, tr("--format must be csv, json or qdpx"));

    Database database;
    if (!openDatabase(context, database))
        return SomeFailed;
    const AnnotationStore annotations(database);
    const ArticleStore articles(database);
    QString error;
    if (format == QLatin1String("qdpx")) {
        QdpxWriter::Summary summary;
        if (!QdpxWriter(annotations, articles).write(path, &summary, &error))
            return failure(context, error);
        context.out << QStringLiteral("exported %1 annotations of %2 reports and %3 tags to %4")
                           .arg(summary.annotations)
                           .arg(summary.articles)
                           .arg(summary.tags)
                           .arg(path)
                    << '\n';
        if (summary.skippedOrphans > 0)
            context.err << "warning: "
                        << tr("%n orphaned annotation(s) left out: their passage is no longer in the report",
                              nullptr, summary.skippedOrphans)
                        << '\n';
        return Success;
    }
    int count = 0;
    const bool ok = format == QLatin1String("csv")
                        ? AnnotationCsvExporter(annotations, articles).write(path, &count, &error)
                        : WebAnnotationExporter(annotations, articles).write(path, &count, &error);
    if (!ok)
        return failure(context, error);
    context.out << QStringLiteral("exported %1 annotations to %2").arg(count).arg(path) << '\n';
    return Success;
}

int importAnnotations(CommandContext& context, const CommandSyntax& syntax, const QStringList& arguments)
{
    if (arguments.size() != 1 || arguments.first().startsWith(QLatin1Char('-')))
        return usageError(context, syntax,
                          arguments.isEmpty() ? tr("give the .qdpx file to import")
                                              : tr("import takes exactly one file"));
    const QString path = arguments.first();
    if (!QFileInfo::exists(path))
        return failure(context, tr("no such file: %1").arg(path));

    QdpxProject project;
    QString error;
    if (!QdpxReader::readFile(path, &project, &error))
        return failure(context, tr("cannot import %1: %2").arg(path, error));

    Database database;
    if (!openDatabase(context, database))
        return SomeFailed;
    AnnotationStore annotations(database);
    ArticleStore articles(database);
    QdpxImporter importer(annotations, articles);
    importer.setOrigin(QFileInfo(path).absoluteFilePath());
    QdpxImporter::Result result;
    if (!importer.import(project, &result, &error))
        return failure(context, tr("cannot import %1: %2").arg(path, error));
    for (const QString& warning : std::as_const(result.warnings))
        context.err << "warning: " << warning << '\n';
    context.out
        << tr("tags: %1 created, %2 matched").arg(result.tagsCreated).arg(result.tagsMatched) << '\n'
        << tr("reports: %1 imported, %2 matched").arg(result.articlesImported).arg(result.articlesMatched)
        << '\n'
        << tr("annotations: %1 imported, %2 already present, %3 orphaned, %4 skipped")
               .arg(result.annotationsImported)
               .arg(result.annotationsAlreadyPresent)
               .arg(result.annotationsOrphaned)
               .arg(result.selectionsSkipped)
        << '\n';
    // As for `import`: 1 tells a script that part of the input could not be taken over.
    return result.selectionsSkipped > 0 ? SomeFailed : Success;
}

} // namespace

int annotationsCommand(CommandContext& context)
{
    const CommandSyntax syntax = annotationsSyntax();
    const QString action = context.arguments.value(0);
    const QStringList rest = context.arguments.mid(1);
    if (action == QLatin1String("export"))
        return exportAnnotations(context, syntax, rest);
    if (action == QLatin1String("import"))
        return importAnnotations(context, syntax, rest);
    return usageError(context, syntax,
                      action.isEmpty() ? tr("give export or import") : tr("unknown action %1").arg(action));
}

} // namespace rs::cli
