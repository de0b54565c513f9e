#include "RepeatCollapser.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace rs {

namespace {

// Headings like "一、" repeat legitimately; only lines this long can anchor a copy.
constexpr int kMinAnchorLength = 8;
// Too little text to call it a repeated article.
constexpr int kMinCopyLength = 100;
constexpr int kMaxCandidates = 4;

bool isDateline(const QString& line)
{
    static const QRegularExpression re(
        QStringLiteral("\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}"));
    return line.size() <= 50 && re.match(line).hasMatch();
}

qsizetype weight(const TextLines& lines, qsizetype from, qsizetype to)
{
    qsizetype w = 0;
    for (qsizetype i = from; i < to; ++i)
        w += lines[i].text.size();
    return w;
}

} // namespace

RepeatCollapser::Result RepeatCollapser::collapse(TextLines& lines)
{
    Result result;
    const qsizetype n = lines.size();
    QHash<QString, qsizetype> firstIndex;
    firstIndex.reserve(n);
    int candidates = 0;

    for (qsizetype j = 0; j < n && candidates < kMaxCandidates; ++j) {
        const QString& text = lines[j].text;
        const auto it = firstIndex.constFind(text);
        if (it == firstIndex.constEnd()) {
            firstIndex.insert(text, j);
            continue;
        }
        if (text.size() < kMinAnchorLength)
            continue;
        ++candidates;
        const qsizetype f = *it;

        QSet<QString> first;
        for (qsizetype k = f; k < j; ++k)
            first.insert(lines[k].text);
        QSet<QString> second;
        for (qsizetype k = j; k < n; ++k)
            second.insert(lines[k].text);

        const qsizetype firstWeight = weight(lines, f, j);
        const qsizetype secondWeight = weight(lines, j, n);
        if (firstWeight < kMinCopyLength || secondWeight < kMinCopyLength)
            continue;
        qsizetype firstMatched = 0;
        for (qsizetype k = f; k < j; ++k)
            firstMatched += second.contains(lines[k].text) ? lines[k].text.size() : 0;
        qsizetype secondMatched = 0;
        for (qsizetype k = j; k < n; ++k)
            secondMatched += first.contains(lines[k].text) ? lines[k].text.size() : 0;
        if (firstMatched < kMinOverlap * firstWeight || secondMatched < kMinOverlap * secondWeight)
            continue;

        // Keep the first copy. Of the second, keep only what the first lacks and is worth keeping:
        // its dateline goes to metadata, longer unmatched lines (added paragraphs, credits) stay.
        TextLines kept = lines.mid(0, j);
        // The copy's dateline may also sit between the copies, ending the first block.
        for (qsizetype k = j - 1; k >= qMax(f + 1, j - 2) && result.dateline.isEmpty(); --k) {
            if (isDateline(lines[k].text) && !second.contains(lines[k].text)) {
                result.dateline = lines[k].text;
                kept.remove(k);
            }
        }
        for (qsizetype k = j; k < n; ++k) {
            const TextLine& line = lines[k];
            if (result.dateline.isEmpty() && k < j + 4 && isDateline(line.text)) {
                result.dateline = line.text;
                continue;
            }
            if (!first.contains(line.text) && line.text.size() > 30)
                kept.append(line);
        }
        lines = std::move(kept);
        result.collapsed = true;
        return result;
    }
    return result;
}

} // namespace rs
