#pragma once

#include "QdpxProject.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rs {

class AnnotationStore;
class ArticleStore;
struct Annotation;
struct NewArticle;

// Brings a REFI-QDA project into the database, whole or not at all (one transaction, ArticleStore's
// batch, so new reports and the annotations on them commit together):
// - codes become tags: the tag with the code's GUID, else the tag at the same path, else a new tag
//   (keeping the code's GUID, colour and description); Regionscope's own review-status codes become
//   annotation statuses instead;
// - text sources are found among the reports by body (hash of the text) or, for a GUID Regionscope
//   derived, by GUID; otherwise they are stored as new reports of unknown region;
// - selections become annotations: code point positions back to UTF-16, quote and context taken from
//   the text, NoteRef notes and the selection's description as the note. A selection whose report body
//   has changed since the export is re-anchored (Reanchorer), or stored orphaned when its passage is
//   gone. Selections already in the database (same GUID) are left alone, so importing twice is harmless.
class QdpxImporter
{
    Q_DECLARE_TR_FUNCTIONS(QdpxImporter)

public:
    struct Result
    {
        int tagsCreated = 0;
        int tagsMatched = 0;
        int articlesImported = 0;
        int articlesMatched = 0;
        int annotationsImported = 0;
        int annotationsOrphaned = 0;       // imported, but their passage was not found in the report
        int annotationsAlreadyPresent = 0; // same GUID already in the database
        int selectionsSkipped = 0;         // unusable: positions outside the text, no text, empty range
        QStringList warnings;
    };

    QdpxImporter(AnnotationStore& annotations, ArticleStore& articles);

    // Recorded as the new reports' file path, e.g. the .qdpx file's.
    void setOrigin(const QString& origin) { m_origin = origin; }

    bool import(const QdpxProject& project, Result* result, QString* error);

private:
    struct Run;
    bool importSources(Run& run, QString* error);
    NewArticle newArticle(const QdpxSource& source, const QString& body) const;
    bool importCodes(Run& run, QString* error);
    bool importSelections(Run& run, int sourceIndex, QString* error);
    void describe(Run& run, const QdpxSelection& selection, Annotation& annotation) const;

    AnnotationStore& m_annotations;
    ArticleStore& m_articles;
    QString m_origin;
};

} // namespace rs
