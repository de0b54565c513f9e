#include "QdpxImporter.h"

#include "AnnotationEditor.h"
#include "AnnotationExchange.h"
#include "CodePointOffsets.h"
#include "Reanchorer.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace rs {
namespace {

// A source text as the database stores bodies (lines end in '\n'), with the way back from the
// source's own UTF-16 offsets, which count the '\r' of "\r\n" that the stored body drops.
struct NormalizedText
{
    QString text;
    QVector<int> removedBefore; // per source UTF-16 offset; empty when nothing was removed

    explicit NormalizedText(const QString& source)
    {
        if (!source.contains(QLatin1Char('\r'))) {
            text = source;
            return;
        }
        text.reserve(source.size());
        removedBefore.reserve(source.size() + 1);
        int removed = 0;
        for (int i = 0; i < source.size(); ++i) {
            removedBefore.append(removed);
            const QChar c = source.at(i);
            if (c == QLatin1Char('\r')) {
                if (i + 1 < source.size() && source.at(i + 1) == QLatin1Char('\n')) {
                    ++removed;
                    continue;
                }
                text.append(QLatin1Char('\n'));
                continue;
            }
            text.append(c);
        }
        removedBefore.append(removed);
    }

    int fromSource(int offset) const
    {
        return removedBefore.isEmpty() ? offset : offset - removedBefore.at(offset);
    }
};

QVector<Paragraph> linesAsParagraphs(const QString& body)
{
    QVector<Paragraph> paragraphs;
    int start = 0;
    while (start <= body.size()) {
        int end = int(body.indexOf(QLatin1Char('\n'), start));
        if (end < 0)
            end = int(body.size());
        if (!body.mid(start, end - start).trimmed().isEmpty()) {
            Paragraph paragraph;
            paragraph.start = start;
            paragraph.end = end;
            paragraphs.append(paragraph);
        }
        start = end + 1;
    }
    return paragraphs;
}

} // namespace

QdpxImporter::QdpxImporter(AnnotationStore& annotations, ArticleStore& articles)
    : m_annotations(annotations), m_articles(articles)
{}

// What one import() works with: the lookups built before it starts and what it has done so far.
struct QdpxImporter::Run
{
    Run(const QdpxProject& p, AnnotationStore& annotations, ArticleStore& a);

    // A report by a GUID Regionscope derived from its body; 0 when none.
    qint64 findByGuid(const QString& guid);

    const QdpxProject& project;
    ArticleStore& articles;
    Result counts;
    // Status codes are Regionscope's own (QdpxWriter); they carry the review status, not a tag.
    QHash<QString, Annotation::Status> statusByCode;
    QString statusGroup;
    QVector<Tag> tags;
    QHash<QString, qint64> tagByGuid;
    QHash<QString, qint64> tagByPath;
    // By GUID: a large project has as many notes as selections, too many to search one by one.
    QHash<QString, const QdpxNote*> notesByGuid;
    QHash<QString, QString> userNames;
    QSet<QString> knownAnnotations;
    // Reports by a GUID Regionscope derived from their body: only needed for a source whose text is
    // missing or changed, and costly (every body is read), so built on first use.
    std::optional<QHash<QString, qint64>> articleByGuid;
    QVector<qint64> articleIds; // per source, 0 when it has no report
    int sourceCodings = 0;
    QHash<QString, qint64> tagForCode;
};

QdpxImporter::Run::Run(const QdpxProject& p, AnnotationStore& annotations, ArticleStore& a)
    : project(p), articles(a), statusGroup(AnnotationExchange::statusGroupGuid()), tags(annotations.tags())
{
    counts.warnings = project.warnings;
    for (Annotation::Status status : Annotation::allStatuses())
        statusByCode.insert(AnnotationExchange::statusCodeGuid(status), status);
    const QHash<qint64, QString> paths = AnnotationExchange::tagPaths(tags);
    for (const Tag& tag : std::as_const(tags)) {
        tagByGuid.insert(tag.guid, tag.id);
        tagByPath.insert(paths.value(tag.id), tag.id);
    }
    for (const QdpxNote& note : project.notes)
        notesByGuid.insert(note.guid, &note);
    for (const QdpxUser& user : project.users)
        userNames.insert(user.guid, user.name);
    for (const Annotation& annotation : annotations.allAnnotations())
        knownAnnotations.insert(annotation.guid);
}

qint64 QdpxImporter::Run::findByGuid(const QString& guid)
{
    if (!AnnotationExchange::isNameBased(guid))
        return 0;
    if (!articleByGuid) {
        articleByGuid.emplace();
        for (qint64 id : articles.ids()) {
            StoredArticle article;
            if (articles.load(id, &article))
                articleByGuid->insert(AnnotationExchange::articleGuid(ArticleStore::bodyHash(article.body)),
                                      id);
        }
    }
    return articleByGuid->value(guid);
}

bool QdpxImporter::import(const QdpxProject& project, Result* result, QString* error)
{
    Run run(project, m_annotations, m_articles);
    // One transaction for everything: the batch's, which each new report joins as a savepoint.
    if (!m_articles.beginBatch(error))
        return false;
    QString failure;
    bool stored = importSources(run, &failure) && importCodes(run, &failure);
    for (int i = 0; stored && i < project.sources.size(); ++i)
        stored = importSelections(run, i, &failure);
    if (!stored) {
        m_articles.rollbackBatch();
        if (error)
            *error = failure;
        return false;
    }
    Result& counts = run.counts;
    if (run.sourceCodings > 0)
        counts.warnings.append(tr("%n coding(s) of whole sources not imported: annotations tag passages",
                                  nullptr, run.sourceCodings));
    if (counts.annotationsOrphaned > 0)
        counts.warnings.append(tr("%n annotation(s) imported as orphaned: their passage is no longer in the "
                                  "report",
                                  nullptr, counts.annotationsOrphaned));

    if (!m_articles.commitBatch(error))
        return false;
    if (result)
        *result = counts;
    return true;
}

// Finds each source's report (by body, else by GUID) or stores the source as a new one.
bool QdpxImporter::importSources(Run& run, QString* error)
{
    Result& counts = run.counts;
    for (const QdpxSource& source : run.project.sources) {
        run.sourceCodings += source.sourceCodings;
        const QString label = source.name.isEmpty() ? source.guid : source.name;
        qint64& articleId = run.articleIds.emplace_back(0);
        if (source.hasText && source.text.trimmed().isEmpty()) {
            // Nothing to read and nothing to anchor to: not worth a report.
            counts.warnings.append(tr("source \"%1\" is empty; not imported").arg(label));
            counts.selectionsSkipped += int(source.selections.size());
        } else if (source.hasText) {
            const NormalizedText normalized(source.text);
            articleId = m_articles.findByBodyHash(ArticleStore::bodyHash(normalized.text));
            if (articleId == 0)
                articleId = run.findByGuid(source.guid);
            if (articleId > 0) {
                ++counts.articlesMatched;
                continue;
            }
            const ArticleStore::InsertResult inserted =
                m_articles.insert(newArticle(source, normalized.text));
            if (inserted.status == ArticleStore::InsertStatus::Failed) {
                *error = tr("cannot store source \"%1\": %2").arg(label, inserted.error);
                return false;
            }
            articleId = inserted.id;
            if (inserted.status == ArticleStore::InsertStatus::Inserted)
                ++counts.articlesImported;
            else
                ++counts.articlesMatched;
        } else {
            articleId = run.findByGuid(source.guid);
            if (articleId > 0) {
                ++counts.articlesMatched;
                continue;
            }
            if (!source.selections.isEmpty())
                counts.warnings.append(tr("source \"%1\": no text and no matching report; %n selection(s) "
                                          "skipped",
                                          nullptr, int(source.selections.size()))
                                           .arg(label));
            counts.selectionsSkipped += int(source.selections.size());
        }
    }
    return true;
}

NewArticle QdpxImporter::newArticle(const QdpxSource& source, const QString& body) const
{
    NewArticle article;
    article.report.body = body;
    article.report.paragraphs = linesAsParagraphs(body);
    QString title = source.name;
    if (title.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive))
        title.chop(4);
    article.report.metadata.title = title.isEmpty() ? tr("Imported source %1").arg(source.guid) : title;
    article.report.encoding = QStringLiteral("UTF-8");
    article.filePath = m_origin;
    article.originalBytes = source.text.toUtf8();
    return article;
}

// Codes become tags: the tag with the code's GUID, else the one at the same path, else a new one.
bool QdpxImporter::importCodes(Run& run, QString* error)
{
    Result& counts = run.counts;
    QHash<QString, QString> pathForCode;
    for (const QdpxCode& code : run.project.codes) {
        if (code.guid == run.statusGroup || run.statusByCode.contains(code.guid))
            continue;
        qint64 parentId = 0;
        QString parentPath;
        if (!code.parentGuid.isEmpty()) {
            parentId = run.tagForCode.value(code.parentGuid);
            parentPath = pathForCode.value(code.parentGuid);
            if (parentId == 0)
                counts.warnings.append(
                    tr("code \"%1\": its parent code comes later or is missing; imported at the top level")
                        .arg(code.name));
        }
        const QString path = parentPath.isEmpty() ? code.name : parentPath + QLatin1Char('/') + code.name;
        qint64 id = run.tagByGuid.value(code.guid);
        if (id == 0)
            id = run.tagByPath.value(path);
        if (id > 0) {
            ++counts.tagsMatched;
        } else {
            Tag tag;
            tag.parentId = parentId;
            tag.name = code.name;
            tag.color = code.color.isEmpty() ? AnnotationEditor::defaultColor(int(run.tags.size()))
                                             : QColor(code.color);
            tag.description = code.description;
            tag.guid = code.guid;
            id = m_annotations.insertTag(tag, false, error);
            if (id == 0)
                return false;
            tag.id = id;
            run.tags.append(tag);
            run.tagByGuid.insert(tag.guid, id);
            run.tagByPath.insert(path, id);
            ++counts.tagsCreated;
        }
        run.tagForCode.insert(code.guid, id);
        pathForCode.insert(code.guid, path);
    }
    return true;
}

// The selections of one source become annotations on its report, re-anchored when the body changed.
bool QdpxImporter::importSelections(Run& run, int sourceIndex, QString* error)
{
    Result& counts = run.counts;
    const QdpxSource& source = run.project.sources.at(sourceIndex);
    const qint64 articleId = run.articleIds.at(sourceIndex);
    if (articleId == 0 || source.selections.isEmpty())
        return true;
    const QString label = source.name.isEmpty() ? source.guid : source.name;
    const NormalizedText normalized(source.text);
    StoredArticle article;
    if (!m_articles.load(articleId, &article, error)) {
        if (error->isEmpty())
            *error = tr("report %1 is no longer in the database").arg(articleId);
        return false;
    }
    // Without the exported text, the stored body is all there is to count positions in.
    const QString& sourceText = source.hasText ? source.text : article.body;
    const QString& exportedBody = source.hasText ? normalized.text : article.body;
    const CodePointOffsets offsets(sourceText);
    const bool sameBody = exportedBody == article.body;

    for (const QdpxSelection& selection : source.selections) {
        if (run.knownAnnotations.contains(selection.guid)) {
            ++counts.annotationsAlreadyPresent;
            continue;
        }
        if (selection.end > offsets.codePointCount() || selection.start >= selection.end) {
            counts.warnings.append(
                tr("source \"%1\": selection %2 (%3–%4) is empty or beyond the text's %5 characters; "
                   "skipped")
                    .arg(label, selection.guid)
                    .arg(selection.start)
                    .arg(selection.end)
                    .arg(offsets.codePointCount()));
            ++counts.selectionsSkipped;
            continue;
        }
        const int start = normalized.fromSource(offsets.toUtf16(int(selection.start)));
        const int end = normalized.fromSource(offsets.toUtf16(int(selection.end)));

        Annotation annotation;
        annotation.articleId = articleId;
        annotation.guid = selection.guid;
        annotation.anchor = TextAnchor::fromBody(exportedBody, start, end);
        if (!sameBody) {
            const Reanchorer::Result found = Reanchorer::reanchor(annotation.anchor, article.body);
            if (found.found()) {
                annotation.anchor = found.anchor;
            } else {
                annotation.orphaned = true;
                ++counts.annotationsOrphaned;
            }
        }
        describe(run, selection, annotation);
        QString reason;
        if (m_annotations.insertAnnotation(annotation, false, &reason) == 0) {
            *error = tr("cannot store selection %1: %2").arg(selection.guid, reason);
            return false;
        }
        run.knownAnnotations.insert(selection.guid);
        ++counts.annotationsImported;
    }
    return true;
}

// Tags and status from the selection's codings, the note from its description and notes, the author
// and times from the project.
void QdpxImporter::describe(Run& run, const QdpxSelection& selection, Annotation& annotation) const
{
    Result& counts = run.counts;
    for (const QdpxCoding& coding : selection.codings) {
        const auto status = run.statusByCode.constFind(coding.codeGuid);
        if (status != run.statusByCode.constEnd()) {
            annotation.status = *status;
            continue;
        }
        const qint64 tagId = run.tagForCode.value(coding.codeGuid);
        if (tagId == 0) {
            counts.warnings.append(tr("selection %1 is coded with %2, which is not in the codebook")
                                       .arg(selection.guid, coding.codeGuid));
            continue;
        }
        if (!annotation.tagIds.contains(tagId))
            annotation.tagIds.append(tagId);
    }
    std::sort(annotation.tagIds.begin(), annotation.tagIds.end());

    QStringList notes;
    if (!selection.description.trimmed().isEmpty())
        notes.append(selection.description);
    for (const QString& noteGuid : selection.noteGuids) {
        const QdpxNote* note = run.notesByGuid.value(noteGuid);
        if (note && !note->text.isEmpty())
            notes.append(note->text);
        else if (!note)
            counts.warnings.append(tr("selection %1 refers to note %2, which is not in the project")
                                       .arg(selection.guid, noteGuid));
    }
    annotation.note = notes.join(QStringLiteral("\n\n"));

    const QString userGuid =
        selection.creatingUser.isEmpty() ? selection.modifyingUser : selection.creatingUser;
    annotation.author = run.userNames.value(userGuid);
    annotation.createdAt = selection.created.isValid() ? selection.created : QDateTime::currentDateTimeUtc();
    annotation.updatedAt = selection.modified.isValid() ? selection.modified : annotation.createdAt;
}

} // namespace rs
