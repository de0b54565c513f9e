#pragma once

#include "domain/Annotation.h"
#include "domain/Tag.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

namespace rs {

// Identities and names every exchange format (CSV, W3C Web Annotation JSON, REFI-QDA) shares, so the
// same report, author or tag is the same thing in all of them and stays so across exports.
class AnnotationExchange
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationExchange)

public:
    // Writes an export whole or not at all (QSaveFile); false with a message naming the file.
    static bool writeFile(const QString& path, const QByteArray& bytes, QString* error);

    // A report's GUID follows from its body: re-exporting gives the same GUID, and a project that comes
    // back finds the report again even in another database holding the same text.
    static QString articleGuid(const QString& bodyHash);
    static QString userGuid(const QString& author);
    static QString noteGuid(const QString& annotationGuid);
    static QString codingGuid(const QString& annotationGuid, const QString& tagGuid);
    static QString statusCodeGuid(Annotation::Status status);
    static QString statusGroupGuid();
    // Name-based (UUID version 5), as the report GUIDs Regionscope exports are: only such a source GUID
    // is worth looking for among the stored reports when its text did not match.
    static bool isNameBased(const QString& guid);

    // Tag id → "父/子" path for every tag.
    static QHash<qint64, QString> tagPaths(const QVector<Tag>& tags);
    // "urn:uuid:…"
    static QString urn(const QString& guid);
};

} // namespace rs
