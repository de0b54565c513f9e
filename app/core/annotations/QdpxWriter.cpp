#include "QdpxWriter.h"

#include "AnnotationExchange.h"
#include "CodePointOffsets.h"
#include "QdpxReader.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"
#include "util/AppInfo.h"
#include "util/ZipArchive.h"

#include <QMap>
#include <QXmlStreamWriter>

#include <algorithm>
#include <memory>

namespace rs {
namespace {

QString timestamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// XML 1.0 cannot carry control characters other than tab and line ends, lone surrogates or U+FFFE/FFFF
// (QXmlStreamWriter would drop them and flag an error); a parser reads "\r\n" as "\n" anyway.
QString xmlText(const QString& value)
{
    QString text;
    text.reserve(value.size());
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            text.append(c);
            text.append(value.at(++i));
            continue;
        }
        const char16_t u = c.unicode();
        if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF || (u < 0x20 && u != 0x9 && u != 0xA && u != 0xD))
            continue;
        if (u == 0xD && i + 1 < value.size() && value.at(i + 1) == QLatin1Char('\n'))
            continue;
        text.append(c);
    }
    return text;
}

void writeOptional(QXmlStreamWriter& xml, const QString& name, const QString& value)
{
    if (!value.isEmpty())
        xml.writeAttribute(name, xmlText(value));
}

void writeText(QXmlStreamWriter& xml, const QString& name, const QString& value)
{
    xml.writeTextElement(name, xmlText(value));
}

void writeTime(QXmlStreamWriter& xml, const QString& name, const QDateTime& time)
{
    if (time.isValid())
        xml.writeAttribute(name, timestamp(time));
}

// Codes nest in the XML; the project lists them flat, parents first.
void writeCodes(QXmlStreamWriter& xml, const QdpxProject& project, const QMultiMap<QString, int>& children,
                const QString& parentGuid)
{
    // QMultiMap::values() returns the most recently inserted first; the codebook's order is wanted.
    QList<int> indexes = children.values(parentGuid);
    std::sort(indexes.begin(), indexes.end());
    for (int index : std::as_const(indexes)) {
        const QdpxCode& code = project.codes.at(index);
        xml.writeStartElement(QStringLiteral("Code"));
        xml.writeAttribute(QStringLiteral("guid"), code.guid);
        xml.writeAttribute(QStringLiteral("name"), xmlText(code.name));
        xml.writeAttribute(QStringLiteral("isCodable"),
                           code.isCodable ? QStringLiteral("true") : QStringLiteral("false"));
        writeOptional(xml, QStringLiteral("color"), code.color);
        if (!code.description.isEmpty())
            writeText(xml, QStringLiteral("Description"), code.description);
        writeCodes(xml, project, children, code.guid);
        xml.writeEndElement();
    }
}

} // namespace

QdpxWriter::QdpxWriter(const AnnotationStore& annotations, const ArticleStore& articles)
    : m_annotations(annotations), m_articles(articles)
{}

QString QdpxWriter::sourceEntryName(const QString& sourceGuid)
{
    return QStringLiteral("sources/") + sourceGuid + QStringLiteral(".txt");
}

bool QdpxWriter::buildProject(QdpxProject* project, Summary* summary, QString* error) const
{
    QdpxProject built;
    Summary counts;
    built.name = tr("Regionscope annotations");
    built.origin = QStringLiteral("Regionscope ") + AppInfo::version();
    built.created = QDateTime::currentDateTimeUtc();

    const QVector<Tag> tags = m_annotations.tags();
    QHash<qint64, QString> tagGuids;
    for (const Tag& tag : tags)
        tagGuids.insert(tag.id, tag.guid);
    for (const Tag& tag : tags) {
        QdpxCode code;
        code.guid = tag.guid;
        code.parentGuid = tagGuids.value(tag.parentId);
        code.name = tag.name;
        code.color = tag.color.isValid() ? tag.color.name(QColor::HexRgb) : QString();
        code.description = tag.description;
        built.codes.append(code);
    }
    counts.tags = int(tags.size());

    const QVector<Annotation> annotations = m_annotations.allAnnotations();
    if (!annotations.isEmpty()) {
        QdpxCode group;
        group.guid = AnnotationExchange::statusGroupGuid();
        group.name = tr("Regionscope review status");
        group.isCodable = false;
        built.codes.append(group);
        for (Annotation::Status status : Annotation::allStatuses()) {
            QdpxCode code;
            code.guid = AnnotationExchange::statusCodeGuid(status);
            code.parentGuid = group.guid;
            code.name = Annotation::statusLabel(status);
            built.codes.append(code);
        }
    }

    QHash<QString, int> userIndex;
    auto userFor = [&](const QString& author) {
        if (author.isEmpty())
            return QString();
        const QString guid = AnnotationExchange::userGuid(author);
        if (!userIndex.contains(author)) {
            userIndex.insert(author, int(built.users.size()));
            built.users.append({guid, author});
        }
        return guid;
    };

    // allAnnotations() comes ordered by article, then position.
    qint64 currentArticle = 0;
    int sourceIndex = -1;
    std::unique_ptr<CodePointOffsets> offsets;
    for (const Annotation& annotation : annotations) {
        if (annotation.orphaned) {
            ++counts.skippedOrphans;
            continue;
        }
        if (annotation.articleId != currentArticle) {
            StoredArticle article;
            QString reason;
            if (!m_articles.load(annotation.articleId, &article, &reason)) {
                if (error)
                    *error = reason.isEmpty()
                                 ? tr("report %1 is no longer in the database").arg(annotation.articleId)
                                 : reason;
                return false;
            }
            currentArticle = annotation.articleId;
            QdpxSource source;
            source.guid = AnnotationExchange::articleGuid(ArticleStore::bodyHash(article.body));
            source.name = article.title.isEmpty() ? tr("Report %1").arg(article.id) : article.title;
            source.plainTextPath = QStringLiteral("internal://") + source.guid + QStringLiteral(".txt");
            source.hasText = true;
            source.text = article.body;
            source.created = article.importedAt;
            sourceIndex = int(built.sources.size());
            built.sources.append(source);
            offsets = std::make_unique<CodePointOffsets>(article.body);
            ++counts.articles;
        }
        QdpxSelection selection;
        selection.guid = annotation.guid;
        selection.start = offsets->toCodePoint(annotation.anchor.start);
        selection.end = offsets->toCodePoint(annotation.anchor.end);
        selection.creatingUser = userFor(annotation.author);
        selection.modifyingUser = selection.creatingUser;
        selection.created = annotation.createdAt;
        selection.modified = annotation.updatedAt;
        QVector<QString> codeGuids;
        for (qint64 tagId : annotation.tagIds)
            codeGuids.append(tagGuids.value(tagId));
        codeGuids.append(AnnotationExchange::statusCodeGuid(annotation.status));
        for (const QString& codeGuid : std::as_const(codeGuids)) {
            if (codeGuid.isEmpty())
                continue;
            selection.codings.append({AnnotationExchange::codingGuid(annotation.guid, codeGuid), codeGuid,
                                      selection.creatingUser, annotation.createdAt});
        }
        if (!annotation.note.isEmpty()) {
            QdpxNote note;
            note.guid = AnnotationExchange::noteGuid(annotation.guid);
            note.name = tr("Note on “%1”").arg(annotation.anchor.quote.left(40));
            note.text = annotation.note;
            note.creatingUser = selection.creatingUser;
            note.created = annotation.updatedAt;
            built.notes.append(note);
            selection.noteGuids.append(note.guid);
        }
        built.sources[sourceIndex].selections.append(selection);
        ++counts.annotations;
    }
    *project = built;
    if (summary)
        *summary = counts;
    return true;
}

QByteArray QdpxWriter::projectXml(const QdpxProject& project)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QLatin1String(QdpxReader::projectNamespace));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeStartElement(QLatin1String(QdpxReader::projectNamespace), QStringLiteral("Project"));
    xml.writeAttribute(
        QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
        QStringLiteral("urn:QDA-XML:project:1.0 http://schema.qdasoftware.org/versions/Project/"
                       "v1.0/Project.xsd"));
    xml.writeAttribute(QStringLiteral("name"), xmlText(project.name));
    writeOptional(xml, QStringLiteral("origin"), project.origin);
    writeTime(xml, QStringLiteral("creationDateTime"), project.created);

    // The schema's sequence fixes the order: Users, CodeBook, (Variables, Cases), Sources, Notes.
    if (!project.users.isEmpty()) {
        xml.writeStartElement(QStringLiteral("Users"));
        for (const QdpxUser& user : project.users) {
            xml.writeStartElement(QStringLiteral("User"));
            xml.writeAttribute(QStringLiteral("guid"), user.guid);
            writeOptional(xml, QStringLiteral("name"), user.name);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    if (!project.codes.isEmpty()) {
        QMultiMap<QString, int> children;
        for (int i = 0; i < project.codes.size(); ++i)
            children.insert(project.codes.at(i).parentGuid, i);
        xml.writeStartElement(QStringLiteral("CodeBook"));
        xml.writeStartElement(QStringLiteral("Codes"));
        writeCodes(xml, project, children, QString());
        xml.writeEndElement();
        xml.writeEndElement();
    }
    if (!project.sources.isEmpty()) {
        xml.writeStartElement(QStringLiteral("Sources"));
        for (const QdpxSource& source : project.sources) {
            xml.writeStartElement(QStringLiteral("TextSource"));
            xml.writeAttribute(QStringLiteral("guid"), source.guid);
            writeOptional(xml, QStringLiteral("name"), source.name);
            // Either the text inline or a path to it, never both (the schema's rule).
            const bool inFile = !source.plainTextPath.isEmpty();
            writeOptional(xml, QStringLiteral("plainTextPath"), source.plainTextPath);
            writeOptional(xml, QStringLiteral("creatingUser"), source.creatingUser);
            writeTime(xml, QStringLiteral("creationDateTime"), source.created);
            if (!source.description.isEmpty())
                writeText(xml, QStringLiteral("Description"), source.description);
            if (!inFile)
                writeText(xml, QStringLiteral("PlainTextContent"), source.text);
            for (const QdpxSelection& selection : source.selections) {
                xml.writeStartElement(QStringLiteral("PlainTextSelection"));
                xml.writeAttribute(QStringLiteral("guid"), selection.guid);
                writeOptional(xml, QStringLiteral("name"), selection.name);
                xml.writeAttribute(QStringLiteral("startPosition"), QString::number(selection.start));
                xml.writeAttribute(QStringLiteral("endPosition"), QString::number(selection.end));
                writeOptional(xml, QStringLiteral("creatingUser"), selection.creatingUser);
                writeTime(xml, QStringLiteral("creationDateTime"), selection.created);
                writeOptional(xml, QStringLiteral("modifyingUser"), selection.modifyingUser);
                writeTime(xml, QStringLiteral("modifiedDateTime"), selection.modified);
                if (!selection.description.isEmpty())
                    writeText(xml, QStringLiteral("Description"), selection.description);
                for (const QdpxCoding& coding : selection.codings) {
                    xml.writeStartElement(QStringLiteral("Coding"));
                    xml.writeAttribute(QStringLiteral("guid"), coding.guid);
                    writeOptional(xml, QStringLiteral("creatingUser"), coding.creatingUser);
                    writeTime(xml, QStringLiteral("creationDateTime"), coding.created);
                    xml.writeEmptyElement(QStringLiteral("CodeRef"));
                    xml.writeAttribute(QStringLiteral("targetGUID"), coding.codeGuid);
                    xml.writeEndElement();
                }
                for (const QString& noteGuid : selection.noteGuids) {
                    xml.writeEmptyElement(QStringLiteral("NoteRef"));
                    xml.writeAttribute(QStringLiteral("targetGUID"), noteGuid);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    if (!project.notes.isEmpty()) {
        xml.writeStartElement(QStringLiteral("Notes"));
        for (const QdpxNote& note : project.notes) {
            xml.writeStartElement(QStringLiteral("Note"));
            xml.writeAttribute(QStringLiteral("guid"), note.guid);
            writeOptional(xml, QStringLiteral("name"), note.name);
            writeOptional(xml, QStringLiteral("creatingUser"), note.creatingUser);
            writeTime(xml, QStringLiteral("creationDateTime"), note.created);
            writeText(xml, QStringLiteral("PlainTextContent"), note.text);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

bool QdpxWriter::writeArchive(const QdpxProject& project, const QString& path, QString* error)
{
    ZipArchive archive;
    archive.addEntry(QLatin1String(QdpxReader::projectEntryName), projectXml(project));
    for (const QdpxSource& source : project.sources) {
        if (!source.plainTextPath.isEmpty())
            archive.addEntry(sourceEntryName(source.guid), source.text.toUtf8());
    }
    return archive.save(path, error);
}

bool QdpxWriter::write(const QString& path, Summary* summary, QString* error) const
{
    QdpxProject project;
    return buildProject(&project, summary, error) && writeArchive(project, path, error);
}

} // namespace rs
