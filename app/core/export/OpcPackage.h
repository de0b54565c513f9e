#pragma once

#include "util/ZipArchive.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QVector>

namespace rs {

// An Open Packaging Conventions package (the container of .pptx/.xlsx) being assembled: parts with their
// content types and the relationships between them. [Content_Types].xml and the .rels parts are derived
// from what was added, so every part has a content type and relationship ids are unique per source.
class OpcPackage
{
    Q_DECLARE_TR_FUNCTIONS(OpcPackage)

public:
    // name is the part name without the leading slash ("ppt/slides/slide1.xml"). Stored parts are not
    // deflated again (PNG, embedded .xlsx).
    void addPart(const QString& name, const QString& contentType, const QByteArray& data,
                 bool stored = false);
    bool hasPart(const QString& name) const { return m_contentTypes.contains(name); }

    // Adds a relationship from source (empty for the package itself) to the part target and returns its id
    // ("rId1", "rId2" ... per source).
    QString addRelationship(const QString& source, const QString& type, const QString& target);

    bool save(const QString& path, QString* error) const;

    // The relationships part of a source part: "ppt/slides/_rels/slide1.xml.rels", "_rels/.rels".
    static QString relationshipsPartName(const QString& source);
    // target as written in source's .rels: relative to source's folder ("../charts/chart1.xml").
    static QString relativeTarget(const QString& source, const QString& target);

private:
    struct Relationship
    {
        QString id;
        QString type;
        QString target;
    };
    QByteArray contentTypesXml() const;
    static QByteArray relationshipsXml(const QString& source, const QVector<Relationship>& relationships);

    struct Part
    {
        QString name;
        QByteArray data;
        bool stored = false;
    };
    QVector<Part> m_parts;
    QMap<QString, QString> m_contentTypes;                // part name -> content type
    QMap<QString, QVector<Relationship>> m_relationships; // source part -> its relationships
};

} // namespace rs
