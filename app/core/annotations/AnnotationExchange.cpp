#include "AnnotationExchange.h"

#include <QSaveFile>
#include <QUuid>

namespace rs {

bool AnnotationExchange::writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write \"%1\": %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}
namespace {

// Regionscope's namespace for name-based (version 5) UUIDs. Never change it: exported GUIDs derive
// from it, and re-imports match on them.
const QUuid regionscopeNamespace(QStringLiteral("8597b6bb-ed76-4f2c-8337-bcd4f958bb21"));

QString nameBased(const QString& name)
{
    return QUuid::createUuidV5(regionscopeNamespace, name).toString(QUuid::WithoutBraces);
}

} // namespace

QString AnnotationExchange::articleGuid(const QString& bodyHash)
{
    return nameBased(QStringLiteral("article:") + bodyHash);
}

QString AnnotationExchange::userGuid(const QString& author)
{
    return nameBased(QStringLiteral("user:") + author);
}

QString AnnotationExchange::noteGuid(const QString& annotationGuid)
{
    return nameBased(QStringLiteral("note:") + annotationGuid);
}

QString AnnotationExchange::codingGuid(const QString& annotationGuid, const QString& tagGuid)
{
    return nameBased(QStringLiteral("coding:") + annotationGuid + QLatin1Char(':') + tagGuid);
}

QString AnnotationExchange::statusCodeGuid(Annotation::Status status)
{
    return nameBased(QStringLiteral("status:") + Annotation::statusName(status));
}

QString AnnotationExchange::statusGroupGuid()
{
    return nameBased(QStringLiteral("status"));
}

bool AnnotationExchange::isNameBased(const QString& guid)
{
    return QUuid::fromString(guid).version() == QUuid::Sha1;
}

QHash<qint64, QString> AnnotationExchange::tagPaths(const QVector<Tag>& tags)
{
    QHash<qint64, const Tag*> byId;
    for (const Tag& tag : tags)
        byId.insert(tag.id, &tag);
    QHash<qint64, QString> paths;
    for (const Tag& tag : tags) {
        QStringList names;
        const Tag* current = &tag;
        // The depth bound guards against a parent cycle in a damaged database.
        while (current && names.size() <= tags.size()) {
            names.prepend(current->name);
            current = current->parentId > 0 ? byId.value(current->parentId) : nullptr;
        }
        paths.insert(tag.id, names.join(QLatin1Char('/')));
    }
    return paths;
}

QString AnnotationExchange::urn(const QString& guid)
{
    return QStringLiteral("urn:uuid:") + guid;
}

} // namespace rs
