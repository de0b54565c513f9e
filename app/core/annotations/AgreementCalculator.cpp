#include "AgreementCalculator.h"

#include <algorithm>

namespace rs {
namespace {

using Span = QPair<int, int>;
using Spans = QVector<Span>;

// Sorted, with overlapping and touching ranges joined.
Spans merged(Spans spans)
{
    std::sort(spans.begin(), spans.end());
    Spans result;
    for (const Span& span : std::as_const(spans)) {
        if (span.second <= span.first)
            continue;
        if (!result.isEmpty() && span.first <= result.last().second)
            result.last().second = std::max(result.last().second, span.second);
        else
            result.append(span);
    }
    return result;
}

Spans clipped(const Spans& spans, int start, int end)
{
    Spans result;
    for (const Span& span : spans) {
        const int from = std::max(span.first, start);
        const int to = std::min(span.second, end);
        if (from < to)
            result.append({from, to});
    }
    return result;
}

bool overlaps(const Spans& spans, int start, int end)
{
    return !clipped(spans, start, end).isEmpty();
}

// The paragraphs as stored; a report stored without them is split at its line breaks.
Spans paragraphsOf(const AgreementDocument& document)
{
    const int length = int(document.body.size());
    Spans paragraphs;
    for (const Paragraph& paragraph : document.paragraphs) {
        const int start = std::clamp(paragraph.start, 0, length);
        const int end = std::clamp(paragraph.end, 0, length);
        if (start < end)
            paragraphs.append({start, end});
    }
    if (!paragraphs.isEmpty() || length == 0)
        return paragraphs;
    int start = 0;
    while (start < length) {
        int end = int(document.body.indexOf(QLatin1Char('\n'), start));
        if (end < 0)
            end = length;
        if (!document.body.mid(start, end - start).trimmed().isEmpty())
            paragraphs.append({start, end});
        start = end + 1;
    }
    return paragraphs;
}

QString textOf(const Spans& spans, const QString& body)
{
    QStringList pieces;
    for (const Span& span : spans)
        pieces.append(body.mid(span.first, span.second - span.first));
    return pieces.join(QStringLiteral(" … "));
}

int codedCount(const QVector<bool>& coded)
{
    return int(std::count(coded.cbegin(), coded.cend(), true));
}

QStringList participants(const QStringList& coders, const QVector<bool>& coded)
{
    QStringList names;
    for (int c = 0; c < coders.size(); ++c) {
        if (coded.value(c))
            names.append(coders.at(c));
    }
    return names;
}

AgreementRow makeRow(const AgreementTag& tag, const AgreementDocument* document, const QStringList& coders,
                     const AgreementFigures& figures)
{
    AgreementRow row;
    row.tagId = tag.id;
    row.tagPath = tag.path;
    row.coders = coders;
    if (document) {
        row.articleId = document->articleId;
        row.articleTitle = document->title;
    }
    row.figures = figures;
    return row;
}

} // namespace

QString AgreementCalculator::levelName(AgreementLevel level)
{
    return level == AgreementLevel::Paragraph ? QStringLiteral("paragraph") : QStringLiteral("character");
}

bool AgreementCalculator::levelFromName(const QString& name, AgreementLevel* level)
{
    if (name == QLatin1String("character"))
        *level = AgreementLevel::Character;
    else if (name == QLatin1String("paragraph"))
        *level = AgreementLevel::Paragraph;
    else
        return false;
    return true;
}

QString AgreementCalculator::levelLabel(AgreementLevel level)
{
    return level == AgreementLevel::Paragraph ? tr("Paragraphs") : tr("Characters");
}

QVector<AgreementCalculator::DocumentCoding> AgreementCalculator::codings(const QStringList& coders) const
{
    QHash<QString, int> coderIndex;
    for (int i = 0; i < coders.size(); ++i)
        coderIndex.insert(coders.at(i), i);
    QHash<qint64, QVector<const Annotation*>> byArticle;
    for (const Annotation& annotation : m_input.annotations) {
        if (coderIndex.contains(annotation.author))
            byArticle[annotation.articleId].append(&annotation);
    }
    QVector<DocumentCoding> result;
    for (const AgreementDocument& document : m_input.documents) {
        DocumentCoding coding;
        coding.document = &document;
        coding.coded = QVector<bool>(coders.size(), false);
        const int length = int(document.body.size());
        for (const Annotation* annotation : byArticle.value(document.articleId)) {
            const int coder = coderIndex.value(annotation->author);
            coding.coded[coder] = true;
            const Span span{std::clamp(annotation->anchor.start, 0, length),
                            std::clamp(annotation->anchor.end, 0, length)};
            for (const qint64 tagId : annotation->tagIds) {
                QVector<Spans>& perCoder = coding.tags[tagId];
                if (perCoder.isEmpty())
                    perCoder.resize(coders.size());
                perCoder[coder].append(span);
            }
        }
        for (QVector<Spans>& perCoder : coding.tags) {
            for (Spans& spans : perCoder)
                spans = merged(spans);
        }
        result.append(coding);
    }
    return result;
}

QVector<qint64> AgreementCalculator::tagsToList(const QVector<DocumentCoding>& codings,
                                                const QVector<qint64>& tagIds) const
{
    QVector<qint64> result;
    for (const AgreementTag& tag : m_input.tags) {
        if (!tagIds.isEmpty()) {
            if (tagIds.contains(tag.id))
                result.append(tag.id);
            continue;
        }
        const bool applied = std::any_of(codings.cbegin(), codings.cend(),
                                         [&tag](const DocumentCoding& c) { return c.tags.contains(tag.id); });
        if (applied)
            result.append(tag.id);
    }
    return result;
}

void AgreementCalculator::addUnits(AgreementLevel level, const DocumentCoding& coding,
                                   const QVector<Spans>& spans, ReliabilityData* data)
{
    const int coders = int(coding.coded.size());
    QVector<int> values(coders);
    const auto valuesFor = [&](int start, int end) {
        for (int c = 0; c < coders; ++c)
            values[c] = !coding.coded.at(c)                 ? ReliabilityData::missing
                        : overlaps(spans.at(c), start, end) ? 1
                                                            : 0;
    };
    if (level == AgreementLevel::Paragraph) {
        for (const Span& paragraph : paragraphsOf(*coding.document)) {
            valuesFor(paragraph.first, paragraph.second);
            data->add(values);
        }
        return;
    }
    // Characters: between two consecutive ends of any coder's ranges every character is coded alike, so
    // each such segment adds its length of identical units.
    QVector<int> bounds{0, int(coding.document->body.size())};
    for (const Spans& coderSpans : spans) {
        for (const Span& span : coderSpans)
            bounds << span.first << span.second;
    }
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
    for (int i = 0; i + 1 < bounds.size(); ++i) {
        valuesFor(bounds.at(i), bounds.at(i + 1));
        data->add(values, bounds.at(i + 1) - bounds.at(i));
    }
}

void AgreementCalculator::addDisagreements(AgreementLevel level, const DocumentCoding& coding,
                                           const QVector<Spans>& spans, const AgreementTag& tag,
                                           QVector<Disagreement>* disagreements)
{
    const AgreementDocument& document = *coding.document;
    const int coders = int(coding.coded.size());
    Spans passages;
    if (level == AgreementLevel::Paragraph) {
        passages = paragraphsOf(document);
    } else {
        // A passage is a stretch of overlapping ranges of any coder.
        Spans all;
        for (int c = 0; c < coders; ++c) {
            if (coding.coded.at(c))
                all += spans.at(c);
        }
        passages = merged(all);
    }
    for (const Span& passage : std::as_const(passages)) {
        Disagreement disagreement;
        disagreement.spans.resize(coders);
        disagreement.codedText = QStringList(QVector<QString>(coders));
        std::optional<Spans> first;
        bool differ = false;
        for (int c = 0; c < coders; ++c) {
            if (!coding.coded.at(c))
                continue;
            disagreement.spans[c] = clipped(spans.at(c), passage.first, passage.second);
            disagreement.codedText[c] = textOf(disagreement.spans.at(c), document.body);
            // Paragraph level compares coded or not; character level compares the very characters.
            const Spans compared = level == AgreementLevel::Paragraph
                                       ? (disagreement.spans.at(c).isEmpty() ? Spans{} : Spans{passage})
                                       : disagreement.spans.at(c);
            if (!first)
                first = compared;
            else if (*first != compared)
                differ = true;
        }
        if (!differ)
            continue;
        disagreement.articleId = document.articleId;
        disagreement.articleTitle = document.title;
        disagreement.tagId = tag.id;
        disagreement.tagPath = tag.path;
        disagreement.start = passage.first;
        disagreement.end = passage.second;
        disagreement.text = document.body.mid(passage.first, passage.second - passage.first);
        disagreement.coded = coding.coded;
        disagreements->append(disagreement);
    }
}

AgreementResult AgreementCalculator::compute(AgreementLevel level, const QStringList& coders,
                                             const QVector<qint64>& tagIds) const
{
    AgreementResult result = computeRows(level, coders.isEmpty() ? m_input.authors() : coders, tagIds, true);
    if (result.coders.size() <= 2)
        return result;
    // Cohen's κ needs two coders: with more, every pair is compared on the same tags too.
    QVector<qint64> listed;
    for (const AgreementRow& row : std::as_const(result.tags))
        listed.append(row.tagId);
    for (int a = 0; a < result.coders.size(); ++a) {
        for (int b = a + 1; b < result.coders.size(); ++b) {
            const AgreementResult pair =
                computeRows(level, {result.coders.at(a), result.coders.at(b)}, listed, false);
            for (const AgreementRow& row : pair.tags)
                result.pairs[row.tagId].append(row);
            result.pairs[0].append(pair.overall);
        }
    }
    return result;
}

AgreementResult AgreementCalculator::computeRows(AgreementLevel level, const QStringList& coders,
                                                 const QVector<qint64>& tagIds, bool details) const
{
    AgreementResult result;
    result.level = level;
    result.coders = coders;
    const int coderCount = int(result.coders.size());
    const QVector<DocumentCoding> documents = codings(result.coders);

    ReliabilityData overall(coderCount);
    QVector<ReliabilityData> perReport(documents.size(), ReliabilityData(coderCount));
    for (const qint64 tagId : tagsToList(documents, tagIds)) {
        const auto tag = std::find_if(m_input.tags.cbegin(), m_input.tags.cend(),
                                      [tagId](const AgreementTag& t) { return t.id == tagId; });
        ReliabilityData tagData(coderCount);
        QVector<AgreementRow> reportRows;
        for (int d = 0; d < documents.size(); ++d) {
            const DocumentCoding& coding = documents.at(d);
            if (codedCount(coding.coded) < 2)
                continue; // nothing to compare: no unit is pairable
            const QVector<Spans> spans = coding.tags.value(tagId, QVector<Spans>(coderCount));
            ReliabilityData data(coderCount);
            addUnits(level, coding, spans, &data);
            tagData.add(data);
            if (!details)
                continue;
            addDisagreements(level, coding, spans, *tag, &result.disagreements);
            reportRows.append(
                makeRow(*tag, coding.document, participants(result.coders, coding.coded), data.figures()));
            perReport[d].add(data);
        }
        if (details)
            result.reports.insert(tagId, reportRows);
        result.tags.append(makeRow(*tag, nullptr, result.coders, tagData.figures()));
        overall.add(tagData);
    }
    const AgreementTag every{0, tr("All tags")};
    result.overall = makeRow(every, nullptr, result.coders, overall.figures());
    if (!details)
        return result;
    QVector<AgreementRow>& allReports = result.reports[0];
    for (int d = 0; d < documents.size(); ++d) {
        if (!perReport.at(d).isEmpty())
            allReports.append(makeRow(every, documents.at(d).document,
                                      participants(result.coders, documents.at(d).coded),
                                      perReport.at(d).figures()));
    }
    return result;
}

} // namespace rs
