#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rs {

// The part of a REFI-QDA project (QDA-XML 1.0, urn:QDA-XML:project:1.0) that Regionscope exchanges:
// users, the codebook, plain-text sources with their coded selections, and notes. Plain data shared by
// QdpxReader (file → project), QdpxWriter (database → file) and QdpxImporter (project → database).
// GUIDs are lower case without braces; positions count Unicode code points, as the standard does.
struct QdpxUser
{
    QString guid;
    QString name;
};

struct QdpxCode
{
    QString guid;
    QString parentGuid; // empty at the top level
    QString name;
    QString color; // "#rrggbb", empty when the project gives none
    QString description;
    bool isCodable = true;
};

struct QdpxCoding
{
    QString guid;
    QString codeGuid;
    QString creatingUser;
    QDateTime created;
};

struct QdpxSelection
{
    QString guid;
    QString name;
    qint64 start = 0; // code points into the source text
    qint64 end = 0;   // exclusive
    QString description;
    QString creatingUser;
    QDateTime created;
    QString modifyingUser;
    QDateTime modified;
    QVector<QdpxCoding> codings;
    QStringList noteGuids;
};

struct QdpxSource
{
    QString guid;
    QString name;
    QString description;
    QString plainTextPath; // as written ("internal://….txt"); empty when the text is inline
    bool hasText = false;  // false when the text is neither inline nor inside the archive
    QString text;
    QString creatingUser;
    QDateTime created;
    QVector<QdpxSelection> selections;
    int sourceCodings = 0; // codings of the whole source, which Regionscope does not take over
};

struct QdpxNote
{
    QString guid;
    QString name;
    QString plainTextPath; // empty when the text is inline
    QString text;
    QString creatingUser;
    QDateTime created;
};

struct QdpxProject
{
    QString name;
    QString origin;
    QDateTime created;
    QVector<QdpxUser> users;
    QVector<QdpxCode> codes; // parents before their children
    QVector<QdpxSource> sources;
    QVector<QdpxNote> notes;
    QStringList warnings; // what the reader could read but not use (missing source files, …)

    const QdpxCode* code(const QString& guid) const;
    const QdpxUser* user(const QString& guid) const;
    const QdpxNote* note(const QString& guid) const;
    // Names from the top-level code down, joined by '/' ("政策/人才补贴").
    QString codePath(const QString& guid) const;
};

} // namespace rs
