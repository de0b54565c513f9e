#pragma once

#include "domain/Annotation.h"
#include "domain/ParsedReport.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace rs {

class AnnotationStore;
class ArticleStore;

// A tag the agreement is computed for, with its path in the codebook ("政策/人才补贴").
struct AgreementTag
{
    qint64 id = 0;
    QString path;
};

// A coded report: its body (a unit per character) and its paragraphs (a unit per paragraph).
struct AgreementDocument
{
    qint64 articleId = 0;
    QString title;
    QString body;
    QVector<Paragraph> paragraphs;
};

// What an agreement is computed from: the codebook's tags, the reports that carry annotations and their
// annotations. Orphaned annotations (their passage is gone) and those without an author take no part.
struct AgreementInput
{
    Q_DECLARE_TR_FUNCTIONS(AgreementInput)

public:
    QVector<AgreementTag> tags; // parents before children
    QVector<AgreementDocument> documents;
    QVector<Annotation> annotations;

    // Every author with an annotation that takes part, sorted.
    QStringList authors() const;
    // The tag at path, nullptr when there is none.
    const AgreementTag* tagByPath(const QString& path) const;

    // Reads the codebook, every annotation and the reports they are in.
    static bool load(const AnnotationStore& annotations, const ArticleStore& articles, AgreementInput* input,
                     QString* error = nullptr);
};

} // namespace rs
