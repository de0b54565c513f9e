#pragma once

#include "domain/TextAnchor.h"

#include <QCoreApplication>

namespace rs {

class Database;

// How many annotations of one article kept, moved or lost their passage when its body changed.
struct ReanchorSummary
{
    int unchanged = 0;
    int moved = 0; // found by exact quote or fuzzy match
    int orphaned = 0;
};

// Finds a passage again after its report's body changed (re-import with better cleaning): first the
// old position, then the exact quote nearest the old position, then a fuzzy match scored on quote and
// context. What cannot be found is reported as such: the caller orphans it, never deletes it.
class Reanchorer
{
    Q_DECLARE_TR_FUNCTIONS(Reanchorer)

public:
    enum class Method
    {
        Position,
        ExactQuote,
        Fuzzy,
        NotFound
    };
    struct Result
    {
        Method method = Method::NotFound;
        TextAnchor anchor; // in the new body; unchanged when NotFound
        double score = 0;  // 1 for position and exact quote
        bool found() const { return method != Method::NotFound; }
    };

    // Minimum combined score of a fuzzy match (quote similarity weighs 0.7, context 0.3).
    static constexpr double fuzzyThreshold = 0.6;

    static Result reanchor(const TextAnchor& old, const QString& newBody);

    // Re-anchors every stored annotation of an article to its new body, inside the caller's write
    // transaction; nothing is deleted, what cannot be found is flagged orphaned.
    static bool reanchorArticle(Database& database, qint64 articleId, const QString& newBody,
                                ReanchorSummary* summary, QString* error = nullptr);

    // Dice coefficient over character bigrams (characters for one-character texts), 0..1.
    static double similarity(const QString& a, const QString& b);
};

} // namespace rs
