#include "WebAnnotationExporter.h"

#include "AnnotationExchange.h"
#include "CodePointOffsets.h"
#include "storage/ArticleStore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace rs {
namespace {

QString timestamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonArray context()
{
    return QJsonArray{QLatin1String(WebAnnotationExporter::annoContext),
                      QJsonObject{{QStringLiteral("regionscope"),
                                   QLatin1String(WebAnnotationExporter::extensionNamespace)}}};
}

QJsonObject textualBody(const QString& value, const QString& purpose)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                       {QStringLiteral("purpose"), purpose},
                       {QStringLiteral("value"), value},
                       {QStringLiteral("format"), QStringLiteral("text/plain")}};
}

} // namespace

WebAnnotationExporter::WebAnnotationExporter(const AnnotationStore& annotations, const ArticleStore& articles)
    : m_annotations(annotations), m_articles(articles)
{}

QJsonObject WebAnnotationExporter::collection(const AnnotationFilter& filter, int* count) const
{
    const QHash<qint64, QString> paths = AnnotationExchange::tagPaths(m_annotations.tags());
    QJsonArray items;
    qint64 currentArticle = 0;
    QString source;
    std::unique_ptr<CodePointOffsets> offsets;
    for (const AnnotationRow& row : m_annotations.find(filter)) {
        const Annotation& a = row.annotation;
        if (a.articleId != currentArticle) {
            StoredArticle article;
            const bool loaded = m_articles.load(a.articleId, &article);
            offsets = std::make_unique<CodePointOffsets>(loaded ? article.body : QString());
            source = AnnotationExchange::urn(
                AnnotationExchange::articleGuid(ArticleStore::bodyHash(article.body)));
            currentArticle = a.articleId;
        }

        QJsonArray bodies;
        if (!a.note.isEmpty())
            bodies.append(textualBody(a.note, QStringLiteral("commenting")));
        QStringList tagPaths;
        for (qint64 tagId : a.tagIds)
            tagPaths.append(paths.value(tagId));
        tagPaths.sort();
        for (const QString& path : std::as_const(tagPaths))
            bodies.append(textualBody(path, QStringLiteral("tagging")));

        QJsonArray selectors{QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                         {QStringLiteral("exact"), a.anchor.quote},
                                         {QStringLiteral("prefix"), a.anchor.prefix},
                                         {QStringLiteral("suffix"), a.anchor.suffix}}};
        if (!a.orphaned)
            selectors.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                                         {QStringLiteral("start"), offsets->toCodePoint(a.anchor.start)},
                                         {QStringLiteral("end"), offsets->toCodePoint(a.anchor.end)}});

        QJsonObject item{
            {QStringLiteral("@context"), context()},
            {QStringLiteral("id"), AnnotationExchange::urn(a.guid)},
            {QStringLiteral("type"), QStringLiteral("Annotation")},
            {QStringLiteral("motivation"), !tagPaths.isEmpty() ? QStringLiteral("tagging")
                                           : !a.note.isEmpty() ? QStringLiteral("commenting")
                                                               : QStringLiteral("highlighting")},
            {QStringLiteral("created"), timestamp(a.createdAt)},
            {QStringLiteral("modified"), timestamp(a.updatedAt)},
            {QStringLiteral("target"),
             QJsonObject{{QStringLiteral("source"), source}, {QStringLiteral("selector"), selectors}}},
            {QStringLiteral("regionscope:status"), Annotation::statusName(a.status)},
            {QStringLiteral("regionscope:orphaned"), a.orphaned},
            {QStringLiteral("regionscope:articleId"), a.articleId},
            {QStringLiteral("regionscope:articleTitle"), row.articleTitle},
            {QStringLiteral("regionscope:regionCode"), row.regionCode},
        };
        if (!bodies.isEmpty())
            item.insert(QStringLiteral("body"), bodies);
        if (!a.author.isEmpty())
            item.insert(QStringLiteral("creator"),
                        QJsonObject{{QStringLiteral("id"),
                                     AnnotationExchange::urn(AnnotationExchange::userGuid(a.author))},
                                    {QStringLiteral("type"), QStringLiteral("Person")},
                                    {QStringLiteral("name"), a.author}});
        if (row.publishedOn.isValid())
            item.insert(QStringLiteral("regionscope:publishedOn"), row.publishedOn.toString(Qt::ISODate));
        items.append(item);
    }
    if (count)
        *count = int(items.size());
    return QJsonObject{
        {QStringLiteral("@context"), context()},
        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
        {QStringLiteral("label"), tr("Regionscope annotations")},
        {QStringLiteral("total"), items.size()},
        {QStringLiteral("first"), QJsonObject{{QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                                              {QStringLiteral("startIndex"), 0},
                                              {QStringLiteral("items"), items}}},
    };
}

QByteArray WebAnnotationExporter::json(const AnnotationFilter& filter, int* count) const
{
    return QJsonDocument(collection(filter, count)).toJson(QJsonDocument::Indented);
}

bool WebAnnotationExporter::write(const QString& path, int* count, QString* error,
                                  const AnnotationFilter& filter) const
{
    return AnnotationExchange::writeFile(path, json(filter, count), error);
}

} // namespace rs
