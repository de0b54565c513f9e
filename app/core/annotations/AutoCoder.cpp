#include "AutoCoder.h"

#include "storage/ArticleStore.h"
#include "storage/SearchIndex.h"
#include "storage/SearchQuery.h"

#include <algorithm>

namespace rs {

AutoCoder::AutoCoder(Database& database) : m_database(database) {}

QVector<AutoCodeProposal> AutoCoder::propose(const QString& query, int maxReports) const
{
    QVector<AutoCodeProposal> proposals;
    const SearchQuery parsed(query);
    if (parsed.isEmpty())
        return proposals;
    SearchOptions options;
    options.limit = maxReports;
    const QVector<qint64> ids = SearchIndex(m_database).rankedIds(query, options);
    ArticleStore articles(m_database);
    for (qint64 id : ids) {
        StoredArticle article;
        if (!articles.load(id, &article))
            continue;
        for (const Paragraph& paragraph : std::as_const(article.paragraphs)) {
            const QStringView text =
                QStringView(article.body).mid(paragraph.start, paragraph.end - paragraph.start);
            const bool holdsEveryTerm =
                std::all_of(parsed.terms().cbegin(), parsed.terms().cend(),
                            [&](const QString& term) { return text.contains(term, Qt::CaseInsensitive); });
            if (!holdsEveryTerm)
                continue;
            AutoCodeProposal proposal;
            proposal.passage.articleId = id;
            proposal.passage.anchor = TextAnchor::fromBody(article.body, paragraph.start, paragraph.end);
            proposal.articleTitle = article.title;
            proposal.regionCode = article.regionCode;
            proposals.append(proposal);
        }
    }
    return proposals;
}

QVector<PassageRef> AutoCoder::passages(const QVector<AutoCodeProposal>& proposals)
{
    QVector<PassageRef> result;
    result.reserve(proposals.size());
    for (const AutoCodeProposal& proposal : proposals)
        result.append(proposal.passage);
    return result;
}

} // namespace rs
