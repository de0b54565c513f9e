#include "Commands.h"

#include "annotations/AgreementCalculator.h"
#include "annotations/AgreementInput.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rs::cli {

CommandSyntax agreementSyntax()
{
    return CommandSyntax(QStringLiteral("agreement"))
        .option({QStringLiteral("tag"), tr("only the tag at PATH (names separated by /), not its sub-tags"),
                 QStringLiteral("PATH")})
        .option({QStringLiteral("coders"), tr("compare these annotation authors (default: every author)"),
                 QStringLiteral("A,B,...")})
        .option({QStringLiteral("level"), tr("the unit: every character, or every paragraph, of a report"),
                 QStringLiteral("character|paragraph"), QStringLiteral("character")})
        .option({QStringLiteral("format"), tr("output format"), QStringLiteral("tsv|json"),
                 QStringLiteral("tsv")});
}

namespace {

int failure(CommandContext& context, const QString& message)
{
    context.err << "regionscope-cli agreement: " << message << '\n';
    return SomeFailed;
}

QString number(const std::optional<double>& value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QString();
}

QJsonValue jsonNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// The coders a --coders list names, each an author of some annotation.
bool chosenCoders(const QString& list, const QStringList& authors, QStringList* coders, QString* error)
{
    for (const QString& part : list.split(QLatin1Char(','))) {
        const QString name = part.trimmed();
        if (name.isEmpty() || coders->contains(name))
            continue;
        if (!authors.contains(name)) {
            *error = authors.isEmpty() ? tr("no annotation by %1: no annotation has an author").arg(name)
                                       : tr("no annotation by %1; the authors are %2")
                                             .arg(name, authors.join(QStringLiteral(", ")));
            return false;
        }
        coders->append(name);
    }
    if (coders->isEmpty())
        *error = tr("--coders names no author");
    return !coders->isEmpty();
}

void print(CommandContext& context, const AgreementResult& result, bool json)
{
    const QString level = AgreementCalculator::levelName(result.level);
    if (!json) {
        context.out << "tag\tcoders\tlevel\tunits\tpercent\tkappa\talpha\n";
        for (const AgreementRow& row : result.tags)
            context.out << tsvRow({row.tagPath, result.coders.join(QLatin1Char(',')), level,
                                   QString::number(row.figures.units), number(row.figures.percent, 2),
                                   number(row.figures.kappa, 4), number(row.figures.alpha, 4)})
                        << '\n';
        return;
    }
    QJsonArray rows;
    for (const AgreementRow& row : result.tags)
        rows.append(QJsonObject{{QStringLiteral("tag"), row.tagPath},
                                {QStringLiteral("coders"), QJsonArray::fromStringList(result.coders)},
                                {QStringLiteral("level"), level},
                                {QStringLiteral("units"), row.figures.units},
                                {QStringLiteral("percent"), jsonNumber(row.figures.percent)},
                                {QStringLiteral("kappa"), jsonNumber(row.figures.kappa)},
                                {QStringLiteral("alpha"), jsonNumber(row.figures.alpha)}});
    context.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
}

} // namespace

int agreementCommand(CommandContext& context)
{
    const CommandSyntax syntax = agreementSyntax();
    QCommandLineParser parser;
    if (!syntax.parse(parser, context.arguments))
        return usageError(context, syntax, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(context, syntax,
                          tr("unexpected argument %1").arg(parser.positionalArguments().first()));
    AgreementLevel level = AgreementLevel::Character;
    if (!AgreementCalculator::levelFromName(parser.value(QStringLiteral("level")), &level))
        return usageError(context, syntax, tr("--level must be character or paragraph"));
    QString format;
    if (const int checked = tsvOrJson(context, syntax, parser, &format); checked != Success)
        return checked;

    Database database;
    if (!openDatabase(context, database))
        return SomeFailed;
    AgreementInput input;
    QString error;
    if (!AgreementInput::load(AnnotationStore(database), ArticleStore(database), &input, &error))
        return failure(context, error);

    QVector<qint64> tagIds;
    if (parser.isSet(QStringLiteral("tag"))) {
        const QString path = parser.value(QStringLiteral("tag"));
        const AgreementTag* tag = input.tagByPath(path);
        if (!tag)
            return failure(context, tr("no tag %1 in the codebook").arg(path));
        tagIds.append(tag->id);
    }
    QStringList coders;
    if (parser.isSet(QStringLiteral("coders")) &&
        !chosenCoders(parser.value(QStringLiteral("coders")), input.authors(), &coders, &error))
        return failure(context, error);

    const AgreementResult result = AgreementCalculator(input).compute(level, coders, tagIds);
    if (result.coders.size() < 2)
        context.err << "warning: "
                    << tr("agreement needs annotations of at least two authors; %1 took part")
                           .arg(result.coders.isEmpty() ? tr("none")
                                                        : result.coders.join(QStringLiteral(", ")))
                    << '\n';
    print(context, result, format == QLatin1String("json"));
    return Success;
}

} // namespace rs::cli
