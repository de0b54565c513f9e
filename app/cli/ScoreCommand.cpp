#include "Commands.h"

#include "gazetteer/Gazetteer.h"
#include "ingest/ImportPipeline.h"
#include "metrics/GoldRow.h"
#include "metrics/GoldScorer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace rs::cli {

CommandSyntax scoreSyntax()
{
    return CommandSyntax(QStringLiteral("score"), false)
        .option({QStringLiteral("details"), tr("list the misses and false positives")})
        .option(
            {QStringLiteral("min-f1"), tr("exit 1 when the overall F1 is below F1"), QStringLiteral("F1")})
        .form(QString(), QStringLiteral("GOLD.tsv REPORT [GOLD.tsv REPORT ...]"));
}

// Scores the extractor on any gold list (format: tests/data/metrics/gold/README.md): each report is
// run through the import pipeline in memory and gold quotes are looked up in its cleaned body.
int scoreCommand(CommandContext& context)
{
    const CommandSyntax syntax = scoreSyntax();
    QCommandLineParser parser;
    const bool parsed = syntax.parse(parser, context.arguments);
    const QStringList pairs = parser.positionalArguments();
    bool minOk = true;
    const double minF1 = parser.isSet(QStringLiteral("min-f1"))
                             ? parser.value(QStringLiteral("min-f1")).toDouble(&minOk)
                             : 0.0;
    if (!parsed || !minOk || pairs.isEmpty() || pairs.size() % 2 != 0) {
        context.err << syntax.usage() << '\n';
        return UsageError;
    }

    const ImportPipeline pipeline(Gazetteer::builtin());
    ScoreReport total;
    total.name = tr("total");
    for (int i = 0; i < pairs.size(); i += 2) {
        const QString& goldPath = pairs.at(i);
        const QString& reportPath = pairs.at(i + 1);
        QString error;
        const QVector<GoldRow> gold = GoldRow::readTsv(goldPath, &error);
        if (!error.isEmpty()) {
            context.err << "failed " << goldPath << ": " << error << '\n';
            return SomeFailed;
        }
        QFile report(reportPath);
        if (!report.open(QIODevice::ReadOnly)) {
            context.err << "failed " << reportPath << ": " << report.errorString() << '\n';
            return SomeFailed;
        }
        const ImportPipeline::Result prepared = pipeline.prepareBytes(report.readAll(), reportPath);
        if (!prepared.ok) {
            context.err << "failed " << reportPath << ": " << prepared.error << '\n';
            return SomeFailed;
        }
        ScoreReport score = GoldScorer::score(prepared.article.metrics, prepared.article.report.body, gold);
        score.name = QFileInfo(reportPath).fileName();
        context.out << score.summary() << '\n';
        if (parser.isSet(QStringLiteral("details")) && !score.details().isEmpty())
            context.out << score.details() << '\n';
        total.add(score);
    }
    context.out << total.summary() << '\n';
    return total.f1() + 1e-9 < minF1 ? SomeFailed : Success;
}

} // namespace rs::cli
