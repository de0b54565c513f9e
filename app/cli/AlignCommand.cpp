#include "Commands.h"

#include "align/PassageAligner.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSet>

namespace rs::cli {
namespace {

constexpr int textColumnLength = 30;

void printGroup(CommandContext& context, const QString& label, const AlignedGroup& group,
                const QVector<StoredArticle>& articles)
{
    for (const AlignedMember& member : group.members) {
        const StoredArticle& article = articles.at(member.report);
        const Passage& passage = member.passage;
        const QString text =
            article.body.mid(passage.start, std::min(textColumnLength, passage.end - passage.start));
        context.out << tsvRow({label, QString::number(article.id), QString::number(passage.firstParagraph),
                               QString::number(member.score, 'f', 3), text})
                    << '\n';
    }
}

} // namespace

// align [--paragraphs] ID ID [ID [ID]]: the aligned groups as TSV, one row per passage:
//   group  article  paragraph  score  text
// `group` numbers the groups from 1 in the order of the first report (see PassageAligner); passages
// without a counterpart are groups of one with score 0. `paragraph` is the passage's first paragraph
// (0-based index into the paragraph table: a section's first heading), `score` the passage's mean
// cosine to the other members, `text` the passage's first 30 characters. With --paragraphs the
// paragraph groups inside each group of sections follow it, numbered "group.n".
int alignCommand(CommandContext& context)
{
    bool paragraphs = false;
    QVector<qint64> ids;
    bool usageOk = true;
    for (const QString& argument : std::as_const(context.arguments)) {
        if (argument == QLatin1String("--paragraphs")) {
            paragraphs = true;
            continue;
        }
        bool isNumber = false;
        const qint64 id = argument.toLongLong(&isNumber);
        if (!isNumber || id <= 0 || ids.contains(id))
            usageOk = false;
        ids.append(id);
    }
    if (!usageOk || ids.size() < 2 || ids.size() > 4) {
        context.err << tr("usage: regionscope-cli [--db FILE] align [--paragraphs] ID ID [ID [ID]]  "
                          "(2 to 4 different article ids, see `regionscope-cli list`)")
                    << '\n';
        return UsageError;
    }
    Database database;
    if (!openDatabase(context, database))
        return SomeFailed;
    const ArticleStore store(database);
    QVector<StoredArticle> articles;
    QVector<AlignReport> reports;
    for (const qint64 id : std::as_const(ids)) {
        StoredArticle article;
        if (!store.load(id, &article)) {
            context.err << tr("regionscope-cli align: no article with id %1").arg(id) << '\n';
            return SomeFailed;
        }
        reports.append(AlignReport::fromArticle(article));
        articles.append(article);
    }

    const Alignment alignment = PassageAligner().align(reports);
    context.out << "group\tarticle\tparagraph\tscore\ttext\n";
    for (int g = 0; g < alignment.groups.size(); ++g) {
        const AlignedGroup& group = alignment.groups.at(g);
        printGroup(context, QString::number(g + 1), group, articles);
        if (!paragraphs)
            continue;
        for (int c = 0; c < group.children.size(); ++c)
            printGroup(context, QStringLiteral("%1.%2").arg(g + 1).arg(c + 1), group.children.at(c),
                       articles);
    }
    return Success;
}

} // namespace rs::cli
