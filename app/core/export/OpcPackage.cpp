#include "export/OpcPackage.h"

#include <QDir>
#include <QFileInfo>
#include <QXmlStreamWriter>

namespace rs {

namespace {

const QString contentTypesNamespace =
    QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types");
const QString relationshipsNamespace =
    QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString relationshipsType = QStringLiteral("application/vnd.openxmlformats-package.relationships+xml");

// Extensions whose content type never varies get a Default; everything else an Override per part.
const QMap<QString, QString>& defaultTypes()
{
    static const QMap<QString, QString> types = {
        {QStringLiteral("rels"), relationshipsType},
        {QStringLiteral("xml"), QStringLiteral("application/xml")},
        {QStringLiteral("png"), QStringLiteral("image/png")},
        {QStringLiteral("xlsx"),
         QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")},
    };
    return types;
}

QString extensionOf(const QString& name)
{
    const int slash = int(name.lastIndexOf(QLatin1Char('/')));
    const int dot = int(name.lastIndexOf(QLatin1Char('.')));
    return dot > slash ? name.mid(dot + 1).toLower() : QString();
}

} // namespace

void OpcPackage::addPart(const QString& name, const QString& contentType, const QByteArray& data, bool stored)
{
    m_contentTypes.insert(name, contentType);
    m_parts.append({name, data, stored});
}

QString OpcPackage::addRelationship(const QString& source, const QString& type, const QString& target)
{
    QVector<Relationship>& list = m_relationships[source];
    const QString id = QStringLiteral("rId%1").arg(list.size() + 1);
    list.append({id, type, target});
    return id;
}

QString OpcPackage::relationshipsPartName(const QString& source)
{
    if (source.isEmpty())
        return QStringLiteral("_rels/.rels");
    const QFileInfo info(source);
    const QString folder = info.path() == QLatin1String(".") ? QString() : info.path() + QLatin1Char('/');
    return folder + QStringLiteral("_rels/") + info.fileName() + QStringLiteral(".rels");
}

QString OpcPackage::relativeTarget(const QString& source, const QString& target)
{
    const QString folder = QFileInfo(QLatin1Char('/') + source).path();
    return source.isEmpty() ? target : QDir(folder).relativeFilePath(QLatin1Char('/') + target);
}

QByteArray OpcPackage::contentTypesXml() const
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument(QStringLiteral("1.0"), true);
    writer.writeStartElement(QStringLiteral("Types"));
    writer.writeDefaultNamespace(contentTypesNamespace);
    for (auto it = defaultTypes().cbegin(); it != defaultTypes().cend(); ++it) {
        writer.writeEmptyElement(QStringLiteral("Default"));
        writer.writeAttribute(QStringLiteral("Extension"), it.key());
        writer.writeAttribute(QStringLiteral("ContentType"), it.value());
    }
    for (auto it = m_contentTypes.cbegin(); it != m_contentTypes.cend(); ++it) {
        if (defaultTypes().value(extensionOf(it.key())) == it.value())
            continue;
        writer.writeEmptyElement(QStringLiteral("Override"));
        writer.writeAttribute(QStringLiteral("PartName"), QLatin1Char('/') + it.key());
        writer.writeAttribute(QStringLiteral("ContentType"), it.value());
    }
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

QByteArray OpcPackage::relationshipsXml(const QString& source, const QVector<Relationship>& relationships)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument(QStringLiteral("1.0"), true);
    writer.writeStartElement(QStringLiteral("Relationships"));
    writer.writeDefaultNamespace(relationshipsNamespace);
    for (const Relationship& relationship : relationships) {
        writer.writeEmptyElement(QStringLiteral("Relationship"));
        writer.writeAttribute(QStringLiteral("Id"), relationship.id);
        writer.writeAttribute(QStringLiteral("Type"), relationship.type);
        writer.writeAttribute(QStringLiteral("Target"), relativeTarget(source, relationship.target));
    }
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

bool OpcPackage::save(const QString& path, QString* error) const
{
    for (auto it = m_relationships.cbegin(); it != m_relationships.cend(); ++it) {
        for (const Relationship& relationship : it.value()) {
            if (!m_contentTypes.contains(relationship.target)) {
                if (error)
                    *error = tr("Internal error: \"%1\" points to the missing part \"%2\".")
                                 .arg(it.key(), relationship.target);
                return false;
            }
        }
    }
    // [Content_Types].xml first, as Office writes it: some readers sniff it at the start of the file.
    ZipArchive zip;
    zip.addEntry(QStringLiteral("[Content_Types].xml"), contentTypesXml());
    for (auto it = m_relationships.cbegin(); it != m_relationships.cend(); ++it)
        zip.addEntry(relationshipsPartName(it.key()), relationshipsXml(it.key(), it.value()));
    for (const Part& part : m_parts) {
        if (part.stored)
            zip.addStoredEntry(part.name, part.data);
        else
            zip.addEntry(part.name, part.data);
    }
    return zip.save(path, error);
}

} // namespace rs
