#pragma once

#include "QdpxProject.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rs {

class AnnotationStore;
class ArticleStore;

// Writes the codebook and every annotation as a REFI-QDA project (.qdpx): project.qde (QDA-XML 1.0)
// plus each annotated report's body as sources/<guid>.txt. Positions are code points into that body.
//
// How Regionscope's model maps onto the standard, which has no place for everything:
// - tags → Codes (nested as in the codebook, colour #rrggbb, description);
// - a report → TextSource whose GUID derives from its body hash (AnnotationExchange::articleGuid);
// - an annotation → PlainTextSelection (its GUID, author as creatingUser/modifyingUser, created and
//   updated times) with one Coding per tag;
// - its note → a project Note (PlainTextContent) the selection points at with NoteRef, which is how
//   NVivo, MAXQDA and QualCoder exchange memos on a coded segment;
// - its review status → a Coding with one of three codes under a non-codable "Regionscope review
//   status" code, so other tools can filter by it; on import those codes become the status again,
//   not tags;
// - orphaned annotations (their passage is gone from the body) are left out: their positions would
//   point at the wrong text. Summary::skippedOrphans counts them.
class QdpxWriter
{
    Q_DECLARE_TR_FUNCTIONS(QdpxWriter)

public:
    struct Summary
    {
        int annotations = 0;
        int articles = 0;
        int tags = 0;
        int skippedOrphans = 0;
    };

    QdpxWriter(const AnnotationStore& annotations, const ArticleStore& articles);

    bool buildProject(QdpxProject* project, Summary* summary, QString* error) const;
    bool write(const QString& path, Summary* summary, QString* error) const;

    // project.qde for a project whose sources keep their text in sources/<guid>.txt.
    static QByteArray projectXml(const QdpxProject& project);
    // project.qde and the source texts, zipped.
    static bool writeArchive(const QdpxProject& project, const QString& path, QString* error);
    static QString sourceEntryName(const QString& sourceGuid);

private:
    const AnnotationStore& m_annotations;
    const ArticleStore& m_articles;
};

} // namespace rs
