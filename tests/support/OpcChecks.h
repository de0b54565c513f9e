#pragma once

// Structure checks shared by the PPTX and XLSX writer tests: every zip entry has a content type, every
// relationship id is unique in its .rels and every internal target exists.

#include "util/ZipArchive.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QXmlStreamReader>

namespace opc {

// The relationships part that belongs to a source part, "" for the package.
inline QString relsFor(const QString& part)
{
    if (part.isEmpty())
        return QStringLiteral("_rels/.rels");
    const QFileInfo info(part);
    const QString folder = info.path() == QLatin1String(".") ? QString() : info.path() + QLatin1Char('/');
    return folder + QStringLiteral("_rels/") + info.fileName() + QStringLiteral(".rels");
}

// The source part of a .rels entry ("ppt/slides/_rels/slide1.xml.rels" -> "ppt/slides/slide1.xml").
inline QString sourceOf(const QString& rels)
{
    QString source = rels;
    source.remove(QStringLiteral("_rels/"));
    source.chop(5);
    return source;
}

struct Relationship
{
    QString id;
    QString type;
    QString target; // resolved part name without leading slash
    bool external = false;
};

inline QVector<Relationship> relationships(const rs::ZipArchive& zip, const QString& part)
{
    QVector<Relationship> list;
    QXmlStreamReader xml(zip.entry(relsFor(part)));
    const QString folder = QFileInfo(QLatin1Char('/') + part).path();
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
            const auto a = xml.attributes();
            Relationship r{a.value(QLatin1String("Id")).toString(), a.value(QLatin1String("Type")).toString(),
                           a.value(QLatin1String("Target")).toString(),
                           a.value(QLatin1String("TargetMode")) == QLatin1String("External")};
            if (!r.external) {
                const QString absolute = r.target.startsWith(QLatin1Char('/'))
                                             ? r.target
                                             : QDir::cleanPath((part.isEmpty() ? QString() : folder) +
                                                               QLatin1Char('/') + r.target);
                r.target = absolute.mid(1);
            }
            list.append(r);
        }
    }
    return list;
}

inline QMap<QString, QString> targetsById(const rs::ZipArchive& zip, const QString& part)
{
    QMap<QString, QString> map;
    const QVector<Relationship> list = relationships(zip, part);
    for (const Relationship& r : list)
        map.insert(r.id, r.target);
    return map;
}

// Every problem found, empty when the package is consistent.
inline QStringList problems(const rs::ZipArchive& zip)
{
    QStringList found;
    QMap<QString, QString> defaults;
    QMap<QString, QString> overrides;
    QXmlStreamReader types(zip.entry(QStringLiteral("[Content_Types].xml")));
    while (!types.atEnd()) {
        types.readNext();
        if (!types.isStartElement())
            continue;
        const auto a = types.attributes();
        if (types.name() == QLatin1String("Default"))
            defaults.insert(a.value(QLatin1String("Extension")).toString().toLower(),
                            a.value(QLatin1String("ContentType")).toString());
        else if (types.name() == QLatin1String("Override"))
            overrides.insert(a.value(QLatin1String("PartName")).toString(),
                             a.value(QLatin1String("ContentType")).toString());
    }
    if (types.hasError())
        found << QStringLiteral("[Content_Types].xml: %1").arg(types.errorString());
    const QStringList names = zip.entryNames();
    const QSet<QString> entries(names.cbegin(), names.cend());
    for (const QString& name : names) {
        if (name == QLatin1String("[Content_Types].xml") || name.endsWith(QLatin1Char('/')))
            continue;
        const QString extension = QFileInfo(name).suffix().toLower();
        if (!overrides.contains(QLatin1Char('/') + name) && !defaults.contains(extension))
            found << QStringLiteral("no content type for %1").arg(name);
    }
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (!entries.contains(it.key().mid(1)))
            found << QStringLiteral("override for missing part %1").arg(it.key());
    }
    for (const QString& name : names) {
        if (!name.endsWith(QLatin1String(".rels")))
            continue;
        const QString source = sourceOf(name);
        if (!source.isEmpty() && !entries.contains(source))
            found << QStringLiteral("%1 belongs to a missing part").arg(name);
        QSet<QString> ids;
        const QVector<Relationship> list = relationships(zip, source);
        for (const Relationship& r : list) {
            if (ids.contains(r.id))
                found << QStringLiteral("%1: duplicate id %2").arg(name, r.id);
            ids.insert(r.id);
            if (!r.external && !entries.contains(r.target))
                found << QStringLiteral("%1: %2 points to missing %3").arg(name, r.id, r.target);
        }
    }
    return found;
}

// Every r:id / r:embed / r:link attribute in part resolves through the part's relationships.
inline QStringList unresolvedReferences(const rs::ZipArchive& zip, const QString& part)
{
    QStringList found;
    const QMap<QString, QString> targets = targetsById(zip, part);
    QXmlStreamReader xml(zip.entry(part));
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto attributes = xml.attributes();
        for (const QXmlStreamAttribute& attribute : attributes) {
            if (attribute.namespaceUri() ==
                    QLatin1String("http://schemas.openxmlformats.org/officeDocument/2006/relationships") &&
                !targets.contains(attribute.value().toString()))
                found << QStringLiteral("%1: %2=%3 does not resolve")
                             .arg(part, attribute.qualifiedName().toString(), attribute.value().toString());
        }
    }
    if (xml.hasError())
        found << QStringLiteral("%1: %2").arg(part, xml.errorString());
    return found;
}

} // namespace opc
