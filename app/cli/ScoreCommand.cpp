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
namespace {} // namespace

// Scores the extractor on any gold list (format: tests/data/metrics/gold/README.md): each report is
// run through the import pipeline in memory and gold quotes are looked up in its cleaned body.
int scoreCommand(CommandContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption detailsOption(QStringLiteral("details"), tr("List misses and false positives."));
    const QCommandLineOption minF1Option(
        QStringLiteral("min-f1"), tr("Exit 1 when the overall F1 is below this."), QStringLiteral("F1"));
    parser.addOption(detailsOption);
    parser.addOption(minF1Option);
    const bool parsed = parser.parse(QStringList{QStringLiteral("score")} + context.arguments);
    const QStringList pairs = parser.positionalArguments();
    bool minOk = true;
    const double minF1 = parser.isSet(minF1Option) ? parser.value(minF1Option).toDouble(&minOk) : 0.0;
    if (!parsed || !minOk || pairs.isEmpty() || pairs.size() % 2 != 0) {
        context.err << tr("usage: regionscope-cli score [--details] [--min-f1 F1] GOLD.tsv REPORT "
                          "[GOLD.tsv REPORT ...]")
                    << '\n';
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
        if (parser.isSet(detailsOption) && !score.details().isEmpty())
            context.out << score.details() << '\n';
        total.add(score);
    }
    context.out << total.summary() << '\n';
    return total.f1() + 1e-9 < minF1 ? SomeFailed : Success;
}

} // namespace rs::cli
