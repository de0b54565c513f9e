#include "SharedPhrases.h"

#include "metrics/WidthFolder.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace rs {
namespace {

constexpr quint64 base = 0x100000001B3ull; // FNV prime: odd, so powers never vanish modulo 2^64

QChar foldForPhrase(QChar c)
{
    c = WidthFolder::foldChar(c);
    const char16_t u = c.unicode();
    if (u >= 'A' && u <= 'Z')
        return QChar(char16_t(u + 32));
    return c;
}

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

} // namespace

std::vector<std::pair<int, quint64>> SharedPhrases::windows(QStringView body, int length)
{
    std::vector<std::pair<int, quint64>> out;
    const int n = int(body.size());
    if (length <= 0 || n < length)
        return out;
    out.reserve(size_t(n));
    quint64 top = 1; // base^(length-1)
    for (int i = 1; i < length; ++i)
        top *= base;
    quint64 hash = 0;
    int words = 0;
    int lastBreak = -1; // position of the last line break seen
    for (int i = 0; i < n; ++i) {
        const QChar c = foldForPhrase(body[i]);
        if (i >= length) {
            const QChar gone = foldForPhrase(body[i - length]);
            hash -= top * gone.unicode();
            if (gone.isLetterOrNumber())
                --words;
        }
        hash = hash * base + c.unicode();
        if (c.isLetterOrNumber())
            ++words;
        if (isLineBreak(c))
            lastBreak = i;
        const int start = i - length + 1;
        if (start >= 0 && lastBreak < start && words * 2 >= length)
            out.emplace_back(start, hash);
    }
    return out;
}

QVector<TextRange> SharedPhrases::merge(const std::vector<int>& windowStarts, int length)
{
    QVector<TextRange> ranges;
    for (const int start : windowStarts) {
        if (!ranges.isEmpty() && start <= ranges.last().end)
            ranges.last().end = std::max(ranges.last().end, start + length);
        else
            ranges.append(TextRange{start, start + length});
    }
    return ranges;
}

QVector<QVector<TextRange>> SharedPhrases::shared(const QVector<QString>& bodies, int length,
                                                  const QVector<QVector<TextRange>>& exclude)
{
    std::vector<std::vector<std::pair<int, quint64>>> all;
    all.reserve(size_t(bodies.size()));
    std::unordered_map<quint64, int> reportsWith; // distinct reports containing each window
    for (const QString& body : bodies) {
        all.push_back(windows(body, length));
        std::unordered_set<quint64> seen;
        seen.reserve(all.back().size());
        for (const auto& window : all.back()) {
            if (seen.insert(window.second).second)
                ++reportsWith[window.second];
        }
    }
    QVector<QVector<TextRange>> out;
    for (int r = 0; r < bodies.size(); ++r) {
        const QVector<TextRange> excluded = r < exclude.size() ? exclude.at(r) : QVector<TextRange>();
        std::vector<int> starts;
        int e = 0;
        for (const auto& [start, hash] : all[size_t(r)]) {
            if (reportsWith[hash] < 2)
                continue;
            while (e < excluded.size() && excluded.at(e).end < start + length)
                ++e;
            if (e < excluded.size() && excluded.at(e).start <= start && start + length <= excluded.at(e).end)
                continue;
            starts.push_back(start);
        }
        out.append(merge(starts, length));
    }
    return out;
}

void PhraseFrequency::addReport(QStringView body)
{
    ++m_reports;
    std::unordered_set<quint64> seen;
    for (const auto& window : SharedPhrases::windows(body, m_length)) {
        if (seen.insert(window.second).second)
            ++m_counts[window.second];
    }
}

int PhraseFrequency::reportsContaining(QStringView phrase) const
{
    const auto windows = SharedPhrases::windows(phrase, m_length);
    if (windows.empty())
        return 0;
    int least = m_reports;
    for (const auto& window : windows)
        least = std::min(least, m_counts.value(window.second, 0));
    return least;
}

QVector<TextRange> PhraseFrequency::boilerplate(QStringView body, double minShare, int minReports) const
{
    if (m_reports < minReports)
        return {};
    const int needed = std::max(minReports, int(std::ceil(minShare * m_reports - 1e-9)));
    std::vector<int> starts;
    for (const auto& [start, hash] : SharedPhrases::windows(body, m_length)) {
        if (m_counts.value(hash, 0) >= needed)
            starts.push_back(start);
    }
    return SharedPhrases::merge(starts, m_length);
}

} // namespace rs
