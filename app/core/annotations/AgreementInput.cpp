#include "AgreementInput.h"

#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace rs {

QStringList AgreementInput::authors() const
{
    QSet<QString> names;
    for (const Annotation& annotation : annotations)
        names.insert(annotation.author);
    QStringList sorted(names.cbegin(), names.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

const AgreementTag* AgreementInput::tagByPath(const QString& path) const
{
    for (const AgreementTag& tag : tags) {
        if (tag.path == path)
            return &tag;
    }
    return nullptr;
}

bool AgreementInput::load(const AnnotationStore& annotationStore, const ArticleStore& articles,
                          AgreementInput* input, QString* error)
{
    *input = AgreementInput();
    QString failure;
    const QVector<Tag> tags = annotationStore.tags(&failure);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    QHash<qint64, QString> paths; // tags() lists parents before children
    for (const Tag& tag : tags) {
        const QString parent = paths.value(tag.parentId);
        const QString path = parent.isEmpty() ? tag.name : parent + QLatin1Char('/') + tag.name;
        paths.insert(tag.id, path);
        input->tags.append({tag.id, path});
    }

    const QVector<Annotation> all = annotationStore.allAnnotations(&failure);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    QVector<qint64> articleIds;
    for (const Annotation& annotation : all) {
        if (annotation.orphaned || annotation.author.trimmed().isEmpty() || annotation.anchor.isEmpty())
            continue;
        input->annotations.append(annotation);
        if (!articleIds.contains(annotation.articleId))
            articleIds.append(annotation.articleId);
    }
    std::sort(articleIds.begin(), articleIds.end());
    for (const qint64 id : std::as_const(articleIds)) {
        StoredArticle article;
        if (!articles.load(id, &article, &failure)) {
            if (!failure.isEmpty()) {
                if (error)
                    *error = failure;
                return false;
            }
            continue; // an annotation of a report that is gone takes no part
        }
        input->documents.append({article.id, article.title, article.body, article.paragraphs});
    }
    return true;
}

} // namespace rs
