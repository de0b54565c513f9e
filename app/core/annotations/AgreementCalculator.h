#pragma once

#include "AgreementInput.h"
#include "ReliabilityData.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QStringList>
#include <QVector>

namespace rs {

// What counts as a unit of coding.
enum class AgreementLevel
{
    Character, // every character of a report's body; a coder applied tag T to it when one of their
               // annotations with T covers it (as NVivo's and QualCoder's coding comparisons count)
    Paragraph  // every paragraph; coded with T when an annotation with T overlaps it
};

// One line of an agreement table: a tag over every report, a tag in one report, or every tag pooled.
struct AgreementRow
{
    qint64 tagId = 0; // 0: every tag
    QString tagPath;
    qint64 articleId = 0; // 0: every report
    QString articleTitle;
    QStringList coders; // the coders compared; in a report's row, those who coded the report
    AgreementFigures figures;
};

// A passage where the coders differ on a tag: the span of the overlapping annotations (character level)
// or the paragraph (paragraph level), and for each coder the ranges they coded in it.
struct Disagreement
{
    qint64 articleId = 0;
    QString articleTitle;
    qint64 tagId = 0;
    QString tagPath;
    int start = 0; // UTF-16 offsets into the body
    int end = 0;
    QString text;                            // the body between start and end
    QVector<bool> coded;                     // per coder: they coded this report at all
    QVector<QVector<QPair<int, int>>> spans; // per coder: what they coded with the tag here
    QStringList codedText; // per coder: the text of their spans joined by " … "; empty when none
};

struct AgreementResult
{
    AgreementLevel level = AgreementLevel::Character;
    QStringList coders;
    QVector<AgreementRow> tags;                   // per tag over every report, in codebook order
    AgreementRow overall;                         // every tag of tags pooled
    QHash<qint64, QVector<AgreementRow>> reports; // per tag id (0: every tag): one row per report
    // With three or more coders, per tag id (0: every tag): one row per pair of coders, with Cohen's κ.
    QHash<qint64, QVector<AgreementRow>> pairs;
    QVector<Disagreement> disagreements; // by tag, report and position
};

// Inter-coder agreement between annotation authors, per tag, per report and overall.
//
// A coder takes part in a report when they made at least one annotation in it (with any tag); in a
// report they did not code, their values are missing, so an unfinished report does not count as
// disagreement. Units coded by fewer than two coders are left out (not pairable). Tags are counted on
// their own (an annotation with a sub-tag does not code the parent).
class AgreementCalculator
{
    Q_DECLARE_TR_FUNCTIONS(AgreementCalculator)

public:
    explicit AgreementCalculator(const AgreementInput& input) : m_input(input) {}

    // coders: the authors compared, in this order (empty: every author). tagIds: the tags to list
    // (empty: every tag some coder applied).
    AgreementResult compute(AgreementLevel level, const QStringList& coders = {},
                            const QVector<qint64>& tagIds = {}) const;

    static QString levelName(AgreementLevel level); // "character", "paragraph"
    static bool levelFromName(const QString& name, AgreementLevel* level);
    static QString levelLabel(AgreementLevel level); // translated

private:
    using Spans = QVector<QPair<int, int>>; // sorted, merged [start, end) ranges

    struct DocumentCoding
    {
        const AgreementDocument* document = nullptr;
        QVector<bool> coded;                // per coder
        QHash<qint64, QVector<Spans>> tags; // per tag: per coder
    };

    // The rows of result; details adds the per-report rows and the disagreements.
    AgreementResult computeRows(AgreementLevel level, const QStringList& coders,
                                const QVector<qint64>& tagIds, bool details) const;
    QVector<DocumentCoding> codings(const QStringList& coders) const;
    QVector<qint64> tagsToList(const QVector<DocumentCoding>& codings, const QVector<qint64>& tagIds) const;
    static void addUnits(AgreementLevel level, const DocumentCoding& coding, const QVector<Spans>& spans,
                         ReliabilityData* data);
    static void addDisagreements(AgreementLevel level, const DocumentCoding& coding,
                                 const QVector<Spans>& spans, const AgreementTag& tag,
                                 QVector<Disagreement>* disagreements);

    const AgreementInput& m_input;
};

} // namespace rs
