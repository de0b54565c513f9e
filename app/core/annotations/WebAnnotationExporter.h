#pragma once

#include "storage/AnnotationStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace rs {

class ArticleStore;

// Annotations as JSON-LD following the W3C Web Annotation Data Model: an AnnotationCollection whose
// first page lists every annotation ("type": "Annotation", "id": "urn:uuid:<guid>"). Bodies: the note
// as a TextualBody with purpose "commenting", each tag as a TextualBody with purpose "tagging" and its
// path ("政策/人才补贴") as value. Target: the report (urn:uuid of AnnotationExchange::articleGuid, the
// same GUID as the REFI-QDA source) with a TextQuoteSelector (exact, prefix, suffix) and a
// TextPositionSelector whose start and end count code points, as the model requires. What the model
// has no term for (review status, orphaned, the report's id, title and region) sits under
// "regionscope:…" keys declared in a second @context entry, the model's way to extend it. An orphaned
// annotation has no TextPositionSelector: its old position no longer points at its quote.
class WebAnnotationExporter
{
    Q_DECLARE_TR_FUNCTIONS(WebAnnotationExporter)

public:
    WebAnnotationExporter(const AnnotationStore& annotations, const ArticleStore& articles);

    static constexpr const char* annoContext = "http://www.w3.org/ns/anno.jsonld";
    static constexpr const char* extensionNamespace = "https://regionscope.invalid/ns/annotation#";

    QJsonObject collection(const AnnotationFilter& filter = {}, int* count = nullptr) const;
    QByteArray json(const AnnotationFilter& filter = {}, int* count = nullptr) const;
    bool write(const QString& path, int* count, QString* error, const AnnotationFilter& filter = {}) const;

private:
    const AnnotationStore& m_annotations;
    const ArticleStore& m_articles;
};

} // namespace rs
