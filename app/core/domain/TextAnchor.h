#pragma once

#include <QString>

namespace rs {

// Where a passage sits in a report body: UTF-16 offsets, the exact quote and up to contextLength
// characters either side, so the passage can be found again after the body changes (Reanchorer).
struct TextAnchor
{
    static constexpr int contextLength = 32;

    int start = 0; // UTF-16 units into the body
    int end = 0;   // exclusive
    QString quote;
    QString prefix;
    QString suffix;

    // Clamps the range to the body and takes quote and context from it.
    static TextAnchor fromBody(const QString& body, int start, int end);
    bool isEmpty() const { return end <= start; }

    bool operator==(const TextAnchor& other) const
    {
        return start == other.start && end == other.end && quote == other.quote && prefix == other.prefix &&
               suffix == other.suffix;
    }
    bool operator!=(const TextAnchor& other) const { return !(*this == other); }
};

} // namespace rs
