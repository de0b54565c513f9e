#include "QdpxReader.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace rs {
namespace {

const QString internalScheme = QStringLiteral("internal://");

bool isZip(const QByteArray& data)
{
    return data.startsWith("PK");
}

QDateTime parseDateTime(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time;
}

// "#rgb" or "#rrggbb" (the schema's RGBType) → "#rrggbb"; empty otherwise.
QString normalizedColor(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$"));
    const QString trimmed = text.trimmed();
    if (!pattern.match(trimmed).hasMatch())
        return {};
    if (trimmed.size() == 4) {
        QString expanded = QStringLiteral("#");
        for (int i = 1; i < 4; ++i)
            expanded += QString(2, trimmed.at(i));
        return expanded.toLower();
    }
    return trimmed.toLower();
}

// Source texts are UTF-8 by the standard; a BOM (UTF-8 or UTF-16, as some Windows tools write) wins.
bool decodeText(const QByteArray& bytes, QString* text)
{
    const std::optional<QStringConverter::Encoding> encoding = QStringConverter::encodingForData(bytes);
    QStringDecoder decoder(encoding.value_or(QStringConverter::Utf8), QStringConverter::Flag::Stateless);
    QString decoded = decoder.decode(bytes);
    if (decoder.hasError())
        return false;
    if (decoded.startsWith(QChar(0xFEFF)))
        decoded.remove(0, 1);
    *text = decoded;
    return true;
}

// The parse of one project.qde. Recursion only follows nested codes, bounded by maxCodeDepth.
class ProjectParser
{
    // The reader's own context, so translators see one list of its messages.
    Q_DECLARE_TR_FUNCTIONS(QdpxReader)

public:
    ProjectParser(const QByteArray& xml, const QdpxReader::Limits& limits, QdpxProject* project)
        : m_xml(xml), m_limits(limits), m_project(*project)
    {}

    bool parse(QString* error);

private:
    bool fail(const QString& message);
    bool countItem();
    QString attribute(const char* name) const;
    bool requiredGuid(const char* attributeName, QString* guid);
    bool optionalGuid(const char* attributeName, QString* guid);
    bool readText(QString* text);
    bool skip();

    bool readProject();
    bool readUsers();
    bool readCodeBook();
    bool readCode(const QString& parentGuid, int depth);
    bool readSources();
    bool readTextSource();
    bool readSelection(QdpxSource* source);
    bool readCoding(QVector<QdpxCoding>* codings);
    bool readNoteRef(QStringList* guids);
    bool readNotes();

    QXmlStreamReader m_xml;
    const QdpxReader::Limits& m_limits;
    QdpxProject& m_project;
    QString m_error;
    int m_items = 0;
    int m_skippedSources = 0;
    QSet<QString> m_codeGuids;
    QSet<QString> m_sourceGuids;
    QSet<QString> m_selectionGuids;
};

bool ProjectParser::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = tr("%1, line %2: %3")
                      .arg(QLatin1String(QdpxReader::projectEntryName))
                      .arg(m_xml.lineNumber())
                      .arg(message);
    m_xml.raiseError(message);
    return false;
}

bool ProjectParser::countItem()
{
    if (++m_items > m_limits.maxItems)
        return fail(tr("the project has more than %1 users, codes, sources, selections, codings and notes")
                        .arg(m_limits.maxItems));
    return true;
}

QString ProjectParser::attribute(const char* name) const
{
    return m_xml.attributes().value(QLatin1String(name)).toString();
}

bool ProjectParser::requiredGuid(const char* attributeName, QString* guid)
{
    const QString element = m_xml.name().toString();
    if (!m_xml.attributes().hasAttribute(QLatin1String(attributeName)))
        return fail(tr("<%1> has no %2 attribute").arg(element, QLatin1String(attributeName)));
    return optionalGuid(attributeName, guid);
}

bool ProjectParser::optionalGuid(const char* attributeName, QString* guid)
{
    const QString text = attribute(attributeName);
    if (text.isEmpty()) {
        guid->clear();
        return true;
    }
    *guid = QdpxReader::normalizedGuid(text);
    if (guid->isEmpty())
        return fail(tr("<%1 %2=\"%3\">: not a GUID")
                        .arg(m_xml.name().toString(), QLatin1String(attributeName), text.left(60)));
    return true;
}

bool ProjectParser::readText(QString* text)
{
    *text = m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
    return !m_xml.hasError() || fail(m_xml.errorString());
}

bool ProjectParser::skip()
{
    m_xml.skipCurrentElement();
    return !m_xml.hasError() || fail(m_xml.errorString());
}

bool ProjectParser::parse(QString* error)
{
    if (!m_xml.readNextStartElement()) {
        fail(m_xml.hasError() ? m_xml.errorString() : tr("there is no root element"));
    } else if (m_xml.name() != QLatin1String("Project")) {
        fail(tr("the root element is <%1>, not a REFI-QDA <Project>").arg(m_xml.name().toString()));
    } else if (!m_xml.namespaceUri().isEmpty() &&
               m_xml.namespaceUri() != QLatin1String(QdpxReader::projectNamespace)) {
        fail(tr("the root element is in namespace \"%1\", not %2")
                 .arg(m_xml.namespaceUri().toString(), QLatin1String(QdpxReader::projectNamespace)));
    } else if (readProject()) {
        // Anything after the root element must still be well-formed.
        while (!m_xml.atEnd() && !m_xml.hasError())
            m_xml.readNext();
        if (m_xml.hasError())
            fail(m_xml.errorString());
    }
    if (!m_error.isEmpty() || m_xml.hasError()) {
        if (error)
            *error = m_error.isEmpty() ? tr("%1, line %2: %3")
                                             .arg(QLatin1String(QdpxReader::projectEntryName))
                                             .arg(m_xml.lineNumber())
                                             .arg(m_xml.errorString())
                                       : m_error;
        return false;
    }
    if (m_skippedSources > 0)
        m_project.warnings.append(
            tr("%n picture, PDF, audio or video source(s) skipped: only text sources are imported", nullptr,
               m_skippedSources));
    return true;
}

bool ProjectParser::readProject()
{
    m_project.name = attribute("name");
    m_project.origin = attribute("origin");
    m_project.created = parseDateTime(attribute("creationDateTime"));
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        bool ok = true;
        if (name == QLatin1String("Users"))
            ok = readUsers();
        else if (name == QLatin1String("CodeBook"))
            ok = readCodeBook();
        else if (name == QLatin1String("Sources"))
            ok = readSources();
        else if (name == QLatin1String("Notes"))
            ok = readNotes();
        else
            ok = skip(); // Variables, Cases, Links, Sets, Graphs, Description, NoteRef
        if (!ok)
            return false;
    }
    return !m_xml.hasError() || fail(m_xml.errorString());
}

bool ProjectParser::readUsers()
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() != QLatin1String("User")) {
            if (!skip())
                return false;
            continue;
        }
        QdpxUser user;
        if (!countItem() || !requiredGuid("guid", &user.guid))
            return false;
        user.name = attribute("name");
        if (user.name.isEmpty())
            user.name = attribute("id");
        m_project.users.append(user);
        if (!skip())
            return false;
    }
    return !m_xml.hasError() || fail(m_xml.errorString());
}

bool ProjectParser::readCodeBook()
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() != QLatin1String("Codes")) {
            if (!skip())
                return false;
            continue;
        }
        while (m_xml.readNextStartElement()) {
            const bool ok = m_xml.name() == QLatin1String("Code") ? readCode(QString(), 1) : skip();
            if (!ok)
                return false;
        }
    }
    return !m_xml.hasError() || fail(m_xml.errorString());
}

bool ProjectParser::readCode(const QString& parentGuid, int depth)
{
    if (depth > m_limits.maxCodeDepth)
        return fail(tr("codes are nested more than %1 levels deep").arg(m_limits.maxCodeDepth));
    QdpxCode code;
    code.parentGuid = parentGuid;
    if (!countItem() || !requiredGuid("guid", &code.guid))
        return false;
    if (m_codeGuids.contains(code.guid))
        return fail(tr("two codes have the GUID %1").arg(code.guid));
    m_codeGuids.insert(code.guid);
    if (!m_xml.attributes().hasAttribute(QLatin1String("name")))
        return fail(tr("<Code guid=\"%1\"> has no name attribute").arg(code.guid));
    code.name = attribute("name").trimmed();
    // A '/' would read as a level of the tag path, so it becomes a look-alike.
    code.name.replace(QLatin1Char('/'), QChar(0xFF0F));
    if (code.name.isEmpty())
        code.name = tr("(unnamed code)");
    const QString codable = attribute("isCodable");
    code.isCodable = codable != QLatin1String("false") && codable != QLatin1String("0");
    const QString color = attribute("color");
    code.color = normalizedColor(color);
    if (!color.isEmpty() && code.color.isEmpty())
        m_project.warnings.append(
            tr("code \"%1\": colour \"%2\" is not #RRGGBB, ignored").arg(code.name, color.left(20)));
    const int index = int(m_project.codes.size());
    m_project.codes.append(code);
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        bool ok = true;
        if (name == QLatin1String("Description")) {
            QString description;
            ok = readText(&description);
            m_project.codes[index].description = description;
        } else if (name == QLatin1String("Code")) {
            ok = readCode(code.guid, depth + 1);
        } else {
            ok = skip();
        }
        if (!ok)
            return false;
    }
    return !m_xml.hasError() || fail(m_xml.errorString());
}

bool ProjectParser::readSources()
{
    while (m_xml.readNextStartElement()) {
        bool ok = true;
        if (m_xml.name() == QLatin1String("TextSource")) {
            ok = readTextSource();
        } else {
            ++m_skippedSources;
            ok = skip();
        }
        if (!ok)
            return false;
    }
    return !m_xml.hasError() || fail(m_xml.errorString());
}

bool ProjectParser::readTextSource()
{
    QdpxSource source;
    if (!countItem() || !requiredGuid("guid", &source.guid) ||
        !optionalGuid("creatingUser", &source.creatingUser))
        return false;
    if (m_sourceGuids.contains(source.guid))
        return fail(tr("two sources have the GUID %1").arg(source.guid));
    m_sourceGuids.insert(source.guid);
    source.name = attribute("name");
    source.plainTextPath = attribute("plainTextPath");
    source.created = parseDateTime(attribute("creationDateTime"));
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        bool ok = true;
        if (name == QLatin1String("Description")) {
            ok = readText(&source.description);
        } else if (name == QLatin1String("PlainTextContent")) {
            ok = readText(&source.text);
            source.hasText = ok;
        } else if (name == QLatin1String("PlainTextSelection")) {
            ok = readSelection(&source);
        } else if (name == QLatin1String("Coding")) {
            ++source.sourceCodings;
            ok = countItem() && skip();
        } else {
            ok = skip(); // NoteRef, VariableValue
        }
        if (!ok)
            return false;
    }
    if (m_xml.hasError())
        return fail(m_xml.errorString());
    m_project.sources.append(source);
    return true;
}

bool ProjectParser::readSelection(QdpxSource* source)
{
    QdpxSelection selection;
    if (!countItem() || !requiredGuid("guid", &selection.guid) ||
        !optionalGuid("creatingUser", &selection.creatingUser) ||
        !optionalGuid("modifyingUser", &selection.modifyingUser))
        return false;
    if (m_selectionGuids.contains(selection.guid))
        return fail(tr("two selections have the GUID %1").arg(selection.guid));
    m_selectionGuids.insert(selection.guid);
    selection.name = attribute("name");
    bool startOk = false;
    bool endOk = false;
    selection.start = attribute("startPosition").trimmed().toLongLong(&startOk);
    selection.end = attribute("endPosition").trimmed().toLongLong(&endOk);
    if (!startOk || !endOk)
        return fail(tr("<PlainTextSelection guid=\"%1\"> needs integer startPosition and endPosition")
                        .arg(selection.guid));
    if (selection.start < 0 || selection.end < selection.start)
        return fail(tr("<PlainTextSelection guid=\"%1\">: positions %2–%3 are not a range")
                        .arg(selection.guid)
                        .arg(selection.start)
                        .arg(selection.end));
    selection.created = parseDateTime(attribute("creationDateTime"));
    selection.modified = parseDateTime(attribute("modifiedDateTime"));
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        bool ok = true;
        if (name == QLatin1String("Description"))
            ok = readText(&selection.description);
        else if (name == QLatin1String("Coding"))
            ok = readCoding(&selection.codings);
        else if (name == QLatin1String("NoteRef"))
            ok = readNoteRef(&selection.noteGuids);
        else
            ok = skip();
        if (!ok)
            return false;
    }
    if (m_xml.hasError())
        return fail(m_xml.errorString());
    source->selections.append(selection);
    return true;
}

bool ProjectParser::readCoding(QVector<QdpxCoding>* codings)
{
    QdpxCoding coding;
    if (!countItem() || !requiredGuid("guid", &coding.guid) ||
        !optionalGuid("creatingUser", &coding.creatingUser))
        return false;
    coding.created = parseDateTime(attribute("creationDateTime"));
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == QLatin1String("CodeRef")) {
            if (!requiredGuid("targetGUID", &coding.codeGuid))
                return false;
        }
        if (!skip())
            return false;
    }
    if (m_xml.hasError())
        return fail(m_xml.errorString());
    if (coding.codeGuid.isEmpty())
        return fail(tr("<Coding guid=\"%1\"> has no <CodeRef>").arg(coding.guid));
    codings->append(coding);
    return true;
}

bool ProjectParser::readNoteRef(QStringList* guids)
{
    QString guid;
    if (!countItem() || !requiredGuid("targetGUID", &guid))
        return false;
    guids->append(guid);
    return skip();
}

bool ProjectParser::readNotes()
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() != QLatin1String("Note")) {
            if (!skip())
                return false;
            continue;
        }
        QdpxNote note;
        if (!countItem() || !requiredGuid("guid", &note.guid) ||
            !optionalGuid("creatingUser", &note.creatingUser))
            return false;
        note.name = attribute("name");
        note.created = parseDateTime(attribute("creationDateTime"));
        note.plainTextPath = attribute("plainTextPath");
        while (m_xml.readNextStartElement()) {
            const bool ok = m_xml.name() == QLatin1String("PlainTextContent") ? readText(&note.text) : skip();
            if (!ok)
                return false;
        }
        if (m_xml.hasError())
            return fail(m_xml.errorString());
        m_project.notes.append(note);
    }
    return !m_xml.hasError() || fail(m_xml.errorString());
}

// The archive entry a plainTextPath names: "internal://x.txt" is sources/x.txt (the folder's case
// differs between tools). Empty when the path points outside the archive.
QString entryFor(const ZipArchive& archive, const QString& plainTextPath)
{
    if (!plainTextPath.startsWith(internalScheme, Qt::CaseInsensitive))
        return {};
    const QString file = plainTextPath.mid(internalScheme.size());
    const QString wanted = QStringLiteral("sources/") + file;
    if (archive.contains(wanted))
        return wanted;
    for (const QString& name : archive.entryNames()) {
        if (name.compare(wanted, Qt::CaseInsensitive) == 0)
            return name;
    }
    return {};
}

} // namespace

QString QdpxReader::normalizedGuid(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^\\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\}?$"));
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch match = pattern.match(trimmed);
    // Braces come in pairs or not at all, as in the schema's GUIDType.
    if (!match.hasMatch() || trimmed.startsWith(QLatin1Char('{')) != trimmed.endsWith(QLatin1Char('}')))
        return {};
    return match.captured(1).toLower();
}

bool QdpxReader::readFile(const QString& path, QdpxProject* project, QString* error, const Limits& limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open \"%1\": %2.").arg(path, file.errorString());
        return false;
    }
    if (file.peek(2) == "PK") {
        file.close();
        ZipArchive archive;
        QString zipError;
        if (!archive.load(path, &zipError, limits.zip)) {
            if (error)
                *error = zipError;
            return false;
        }
        return readArchive(archive, project, error, limits);
    }
    if (file.size() > limits.zip.maxEntryBytes) {
        if (error)
            *error = tr("\"%1\" is neither a .qdpx archive nor a project.qde of at most %2 bytes.")
                         .arg(path)
                         .arg(limits.zip.maxEntryBytes);
        return false;
    }
    const QByteArray xml = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = tr("Cannot read \"%1\": %2.").arg(path, file.errorString());
        return false;
    }
    return readProjectXml(xml, nullptr, project, error, limits);
}

bool QdpxReader::readBytes(const QByteArray& data, QdpxProject* project, QString* error, const Limits& limits)
{
    if (!isZip(data)) {
        if (data.size() > limits.zip.maxEntryBytes) {
            if (error)
                *error = tr("The data is neither a .qdpx archive nor a project.qde of at most %1 bytes.")
                             .arg(limits.zip.maxEntryBytes);
            return false;
        }
        return readProjectXml(data, nullptr, project, error, limits);
    }
    ZipArchive archive;
    QString zipError;
    if (!archive.loadFromBytes(data, &zipError, limits.zip)) {
        if (error)
            *error = zipError;
        return false;
    }
    return readArchive(archive, project, error, limits);
}

bool QdpxReader::readArchive(const ZipArchive& archive, QdpxProject* project, QString* error,
                             const Limits& limits)
{
    const QString projectEntry = QLatin1String(projectEntryName);
    QString found;
    if (archive.contains(projectEntry)) {
        found = projectEntry;
    } else {
        // Some tools name the file after the project; the standard's name is project.qde.
        for (const QString& name : archive.entryNames()) {
            if (!name.contains(QLatin1Char('/')) &&
                name.endsWith(QLatin1String(".qde"), Qt::CaseInsensitive)) {
                found = name;
                break;
            }
        }
    }
    if (found.isEmpty()) {
        if (error)
            *error = tr("The archive holds no project.qde: it is not a REFI-QDA project (.qdpx).");
        return false;
    }
    return readProjectXml(archive.entry(found), &archive, project, error, limits);
}

bool QdpxReader::readProjectXml(const QByteArray& xml, const ZipArchive* archive, QdpxProject* project,
                                QString* error, const Limits& limits)
{
    QdpxProject parsed;
    ProjectParser parser(xml, limits, &parsed);
    if (!parser.parse(error))
        return false;

    for (QdpxSource& source : parsed.sources) {
        if (source.hasText || source.plainTextPath.isEmpty()) {
            if (!source.hasText && !source.selections.isEmpty())
                parsed.warnings.append(
                    tr("source \"%1\" has neither PlainTextContent nor plainTextPath").arg(source.name));
            continue;
        }
        const QString entry = archive ? entryFor(*archive, source.plainTextPath) : QString();
        if (entry.isEmpty()) {
            parsed.warnings.append(tr("source \"%1\": its text \"%2\" is not in the archive")
                                       .arg(source.name, source.plainTextPath.left(200)));
            continue;
        }
        if (!decodeText(archive->entry(entry), &source.text)) {
            parsed.warnings.append(
                tr("source \"%1\": \"%2\" is not valid UTF-8 text").arg(source.name, entry));
            continue;
        }
        source.hasText = true;
    }
    for (QdpxNote& note : parsed.notes) {
        if (!note.text.isEmpty() || note.plainTextPath.isEmpty())
            continue;
        const QString entry = archive ? entryFor(*archive, note.plainTextPath) : QString();
        if (entry.isEmpty() || !decodeText(archive->entry(entry), &note.text))
            parsed.warnings.append(tr("note \"%1\": its text \"%2\" cannot be read from the archive")
                                       .arg(note.name, note.plainTextPath.left(200)));
    }
    *project = parsed;
    return true;
}

} // namespace rs
