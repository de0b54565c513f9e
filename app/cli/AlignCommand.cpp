#include "Commands.h"

#include "align/PassageAligner.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QCommandLineParser>
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
CommandSyntax alignSyntax()
{
    return CommandSyntax(QStringLiteral("align"))
        .option({QStringLiteral("paragraphs"),
                 tr("after each group of sections, the paragraphs of those sections "
                    "grouped the same way (groups N.1, N.2, ...)")})
        .form(QString(), QStringLiteral("ID ID [ID [ID]]"));
}

int alignCommand(CommandContext& context)
{
    const CommandSyntax syntax = alignSyntax();
    QCommandLineParser parser;
    bool usageOk = syntax.parse(parser, context.arguments);
    const bool paragraphs = parser.isSet(QStringLiteral("paragraphs"));
    QVector<qint64> ids;
    for (const QString& argument : parser.positionalArguments()) {
        bool isNumber = false;
        const qint64 id = argument.toLongLong(&isNumber);
        if (!isNumber || id <= 0 || ids.contains(id))
            usageOk = false;
        ids.append(id);
    }
    if (!usageOk || ids.size() < 2 || ids.size() > 4)
        return usageError(context, syntax,
                          tr("give 2 to 4 different article ids (see `regionscope-cli list`)"));
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
