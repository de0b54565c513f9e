#include "AnnotationCsvExporter.h"

#include "util/CsvText.h"

#include "AnnotationExchange.h"
#include "CodePointOffsets.h"
#include "gazetteer/Gazetteer.h"
#include "storage/ArticleStore.h"

#include <memory>

namespace rs {
namespace {

QString spreadsheetTime(const QDateTime& time)
{
    // Excel recognises "2023-03-24 08:15:00" as a date and time; ISO 8601's 'T' and 'Z' it does not.
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

} // namespace

QString AnnotationCsvExporter::text(const QString& value)
{
    // Quotes come from web pages: a passage starting "=HYPERLINK(…" must stay text in Excel, not run.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.at(0)))
        return QLatin1Char('\'') + value;
    return value;
}

AnnotationCsvExporter::AnnotationCsvExporter(const AnnotationStore& annotations, const ArticleStore& articles)
    : m_annotations(annotations), m_articles(articles)
{}

QStringList AnnotationCsvExporter::header()
{
    return {QStringLiteral("article_id"),  QStringLiteral("article_title"), QStringLiteral("region_code"),
            QStringLiteral("region"),      QStringLiteral("published_on"),  QStringLiteral("tags"),
            QStringLiteral("quote"),       QStringLiteral("prefix"),        QStringLiteral("suffix"),
            QStringLiteral("note"),        QStringLiteral("status"),        QStringLiteral("author"),
            QStringLiteral("created_utc"), QStringLiteral("updated_utc"),   QStringLiteral("start"),
            QStringLiteral("end"),         QStringLiteral("orphaned"),      QStringLiteral("guid")};
}

QByteArray AnnotationCsvExporter::csv(const AnnotationFilter& filter, int* count) const
{
    const QHash<qint64, QString> paths = AnnotationExchange::tagPaths(m_annotations.tags());
    const Gazetteer& gazetteer = Gazetteer::builtin();
    QString csvText = CsvText::row(header());
    qint64 currentArticle = 0;
    std::unique_ptr<CodePointOffsets> offsets;
    int rows = 0;
    for (const AnnotationRow& row : m_annotations.find(filter)) {
        const Annotation& a = row.annotation;
        if (a.articleId != currentArticle) {
            StoredArticle article;
            offsets = std::make_unique<CodePointOffsets>(m_articles.load(a.articleId, &article) ? article.body
                                                                                                : QString());
            currentArticle = a.articleId;
        }
        QStringList tagPaths;
        for (qint64 tagId : a.tagIds)
            tagPaths.append(paths.value(tagId));
        tagPaths.sort();
        csvText +=
            CsvText::row({QString::number(a.articleId), text(row.articleTitle), row.regionCode,
                          gazetteer.namePath(row.regionCode).join(QLatin1Char(' ')),
                          row.publishedOn.toString(Qt::ISODate), text(tagPaths.join(QStringLiteral("; "))),
                          text(a.anchor.quote), text(a.anchor.prefix), text(a.anchor.suffix), text(a.note),
                          Annotation::statusName(a.status), text(a.author), spreadsheetTime(a.createdAt),
                          spreadsheetTime(a.updatedAt), QString::number(offsets->toCodePoint(a.anchor.start)),
                          QString::number(offsets->toCodePoint(a.anchor.end)),
                          a.orphaned ? QStringLiteral("yes") : QStringLiteral("no"), a.guid});
        ++rows;
    }
    if (count)
        *count = rows;
    return CsvText::document(csvText);
}

bool AnnotationCsvExporter::write(const QString& path, int* count, QString* error,
                                  const AnnotationFilter& filter) const
{
    return AnnotationExchange::writeFile(path, csv(filter, count), error);
}

} // namespace rs
