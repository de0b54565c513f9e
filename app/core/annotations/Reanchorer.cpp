#include "Reanchorer.h"

#include "storage/AnnotationStore.h"

#include <QHash>
#include <QSet>
#include <QVector>

#include <algorithm>
#include <cstdlib>

namespace rs {
namespace {

QHash<quint32, int> bigrams(const QString& text)
{
    QHash<quint32, int> counts;
    if (text.size() == 1)
        counts[text.at(0).unicode()] += 1;
    for (int i = 0; i + 1 < text.size(); ++i)
        counts[(quint32(text.at(i).unicode()) << 16) | text.at(i + 1).unicode()] += 1;
    return counts;
}

int totalOf(const QHash<quint32, int>& counts)
{
    int total = 0;
    for (int count : counts)
        total += count;
    return total;
}

// Every position of needle in haystack.
QVector<int> occurrences(const QString& haystack, const QString& needle)
{
    QVector<int> found;
    if (needle.isEmpty())
        return found;
    for (int from = haystack.indexOf(needle); from >= 0; from = haystack.indexOf(needle, from + 1))
        found.append(from);
    return found;
}

double contextScore(const TextAnchor& old, const QString& body, int start, int end)
{
    const QString prefix =
        body.mid(std::max(0, start - int(old.prefix.size())), std::min(start, int(old.prefix.size())));
    const QString suffix = body.mid(end, old.suffix.size());
    const double prefixScore = old.prefix.isEmpty() ? 1.0 : Reanchorer::similarity(old.prefix, prefix);
    const double suffixScore = old.suffix.isEmpty() ? 1.0 : Reanchorer::similarity(old.suffix, suffix);
    return (prefixScore + suffixScore) / 2;
}

// Fuzzy candidates: ranges whose start follows a piece of the old prefix or of the quote's head, and
// whose end precedes a piece of the old suffix or the quote's tail, within twice the quote's length.
QVector<QPair<int, int>> fuzzyCandidates(const TextAnchor& old, const QString& body)
{
    const int length = old.quote.size();
    const int probe = std::clamp(length / 3, 2, 12);
    QSet<int> starts;
    QSet<int> ends;
    for (int at : occurrences(body, old.prefix.right(probe)))
        starts.insert(at + std::min(probe, int(old.prefix.size())));
    for (int at : occurrences(body, old.quote.left(probe)))
        starts.insert(at);
    for (int at : occurrences(body, old.suffix.left(probe)))
        ends.insert(at);
    for (int at : occurrences(body, old.quote.right(probe)))
        ends.insert(at + std::min(probe, length));

    QVector<QPair<int, int>> candidates;
    for (int start : std::as_const(starts)) {
        bool paired = false;
        for (int end : std::as_const(ends)) {
            if (end > start && end - start <= 2 * length + 2) {
                candidates.append({start, end});
                paired = true;
            }
        }
        if (!paired)
            candidates.append({start, std::min(int(body.size()), start + length)});
    }
    for (int end : std::as_const(ends)) {
        if (end - length >= 0)
            candidates.append({end - length, end});
    }
    return candidates;
}

} // namespace

double Reanchorer::similarity(const QString& a, const QString& b)
{
    if (a == b)
        return 1.0;
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    const QHash<quint32, int> left = bigrams(a);
    const QHash<quint32, int> right = bigrams(b);
    int shared = 0;
    for (auto it = left.constBegin(); it != left.constEnd(); ++it)
        shared += std::min(it.value(), right.value(it.key()));
    return 2.0 * shared / (totalOf(left) + totalOf(right));
}

Reanchorer::Result Reanchorer::reanchor(const TextAnchor& old, const QString& newBody)
{
    Result result;
    result.anchor = old;
    if (old.quote.isEmpty())
        return result;

    if (newBody.mid(old.start, old.quote.size()) == old.quote) {
        result.method = Method::Position;
        result.score = 1;
        result.anchor = TextAnchor::fromBody(newBody, old.start, old.start + int(old.quote.size()));
        return result;
    }

    // A quote that occurs several times: the context decides, then the distance to the old position.
    const QVector<int> exact = occurrences(newBody, old.quote);
    if (!exact.isEmpty()) {
        int best = exact.first();
        double bestContext = -1;
        for (int at : exact) {
            const double context = contextScore(old, newBody, at, at + int(old.quote.size()));
            if (context > bestContext + 1e-9 || (std::abs(context - bestContext) <= 1e-9 &&
                                                 std::abs(at - old.start) < std::abs(best - old.start))) {
                best = at;
                bestContext = context;
            }
        }
        result.method = Method::ExactQuote;
        result.score = 1;
        result.anchor = TextAnchor::fromBody(newBody, best, best + int(old.quote.size()));
        return result;
    }

    double bestScore = 0;
    int bestStart = -1;
    int bestEnd = -1;
    for (const auto& [start, end] : fuzzyCandidates(old, newBody)) {
        const double quoteScore = similarity(old.quote, newBody.mid(start, end - start));
        if (quoteScore < 0.5)
            continue;
        const double score = 0.7 * quoteScore + 0.3 * contextScore(old, newBody, start, end);
        if (score > bestScore + 1e-9 || (std::abs(score - bestScore) <= 1e-9 &&
                                         std::abs(start - old.start) < std::abs(bestStart - old.start))) {
            bestScore = score;
            bestStart = start;
            bestEnd = end;
        }
    }
    if (bestStart >= 0 && bestScore >= fuzzyThreshold) {
        result.method = Method::Fuzzy;
        result.score = bestScore;
        result.anchor = TextAnchor::fromBody(newBody, bestStart, bestEnd);
    }
    return result;
}

bool Reanchorer::reanchorArticle(Database& database, qint64 articleId, const QString& newBody,
                                 ReanchorSummary* summary, QString* error)
{
    AnnotationStore store(database);
    QVector<QPair<qint64, TextAnchor>> anchors;
    if (!store.anchors(articleId, &anchors, error))
        return false;
    for (const auto& [id, anchor] : std::as_const(anchors)) {
        const Result result = reanchor(anchor, newBody);
        if (result.method == Method::Position)
            ++summary->unchanged;
        else if (result.found())
            ++summary->moved;
        else
            ++summary->orphaned;
        if (!store.setAnchor(id, result.anchor, !result.found(), error))
            return false;
    }
    return true;
}

} // namespace rs
