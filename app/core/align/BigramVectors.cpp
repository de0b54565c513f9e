#include "BigramVectors.h"

#include "gazetteer/SimplifiedChineseFolder.h"
#include "metrics/WidthFolder.h"

#include <algorithm>
#include <cmath>

namespace rs {

QChar BigramCounter::fold(QChar c)
{
    c = WidthFolder::foldChar(c);
    const char16_t u = c.unicode();
    if (u >= 'A' && u <= 'Z')
        return QChar(char16_t(u + 32));
    if (u >= '0' && u <= '9')
        return QChar(u'0');
    if (u >= 0x80 && c.isDigit())
        return QChar(u'0');
    return c;
}

BigramCounter::Counts BigramCounter::count(QStringView original, float weight)
{
    // Traditional and simplified script align alike: 幹部培訓 counts as 干部培训. The folder skips
    // text without a traditional character, so simplified reports pay one table lookup per character.
    static const SimplifiedChineseFolder folder;
    const QString folded = folder.fold(original.toString());
    const QStringView text(folded);
    std::vector<quint32> keys;
    keys.reserve(size_t(text.size()));
    QChar previous;
    bool previousIsWord = false;
    for (const QChar raw : text) {
        const QChar c = fold(raw);
        const bool isWord = isWordChar(c);
        if (isWord && previousIsWord)
            keys.push_back((quint32(previous.unicode()) << 16) | quint32(c.unicode()));
        previous = c;
        previousIsWord = isWord;
    }
    std::sort(keys.begin(), keys.end());
    Counts counts;
    for (size_t i = 0; i < keys.size();) {
        size_t j = i;
        while (j < keys.size() && keys[j] == keys[i])
            ++j;
        counts.emplace_back(keys[i], float(j - i) * weight);
        i = j;
    }
    return counts;
}

void BigramCounter::add(Counts& into, const Counts& more)
{
    if (more.empty())
        return;
    if (into.empty()) {
        into = more;
        return;
    }
    Counts merged;
    merged.reserve(into.size() + more.size());
    size_t i = 0, j = 0;
    while (i < into.size() || j < more.size()) {
        if (j == more.size() || (i < into.size() && into[i].first < more[j].first)) {
            merged.push_back(into[i++]);
        } else if (i == into.size() || more[j].first < into[i].first) {
            merged.push_back(more[j++]);
        } else {
            merged.emplace_back(into[i].first, into[i].second + more[j].second);
            ++i;
            ++j;
        }
    }
    into.swap(merged);
}

double SparseVector::norm() const
{
    double sum = 0;
    for (const float w : weights)
        sum += double(w) * double(w);
    return std::sqrt(sum);
}

double SparseVector::dot(const SparseVector& a, const SparseVector& b)
{
    double sum = 0;
    size_t i = 0, j = 0;
    while (i < a.terms.size() && j < b.terms.size()) {
        if (a.terms[i] < b.terms[j]) {
            ++i;
        } else if (b.terms[j] < a.terms[i]) {
            ++j;
        } else {
            sum += double(a.weights[i]) * double(b.weights[j]);
            ++i;
            ++j;
        }
    }
    return sum;
}

double SparseVector::cosine(const SparseVector& a, const SparseVector& b)
{
    const double n = a.norm() * b.norm();
    return n > 0 ? dot(a, b) / n : 0.0;
}

void BigramModel::addDocument(const BigramCounter::Counts& counts, int source)
{
    ++m_documents;
    const quint32 bit = quint32(1) << (source & 31);
    for (const auto& [key, count] : counts) {
        auto it = m_terms.find(key);
        if (it == m_terms.end())
            it = m_terms.insert(key, Term{int(m_terms.size()), 0, 0});
        ++it->documents;
        it->sources |= bit;
    }
}

double BigramModel::idf(quint32 bigram) const
{
    const auto it = m_terms.constFind(bigram);
    const int df = it == m_terms.cend() ? 0 : it->documents;
    return std::log((double(m_documents) + 1.0) / (double(df) + 1.0));
}

SparseVector BigramModel::vector(const BigramCounter::Counts& counts) const
{
    std::vector<std::pair<int, float>> entries;
    entries.reserve(counts.size());
    double sum = 0;
    for (const auto& [key, count] : counts) {
        const auto it = m_terms.constFind(key);
        if (it == m_terms.cend() || count <= 0)
            continue;
        const double idf = std::log((double(m_documents) + 1.0) / (double(it->documents) + 1.0));
        const double weight = (1.0 + std::log(double(count))) * idf;
        if (weight <= 1e-9)
            continue;
        sum += weight * weight;
        // A term of one report only never adds to a product between passages of different reports:
        // it counts in the norm (what else the passage is about) but is not stored.
        if ((it->sources & (it->sources - 1)) == 0)
            continue;
        entries.emplace_back(it->index, float(weight));
    }
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    SparseVector vector;
    vector.terms.reserve(entries.size());
    vector.weights.reserve(entries.size());
    const double norm = std::sqrt(sum);
    for (const auto& [index, weight] : entries) {
        vector.terms.push_back(index);
        vector.weights.push_back(float(weight / norm));
    }
    return vector;
}

SimilarityMatrix::SimilarityMatrix(const std::vector<SparseVector>& rows,
                                   const std::vector<SparseVector>& columns, int vocabularySize)
    : m_rows(int(rows.size())), m_columns(int(columns.size())), m_values(rows.size() * columns.size(), 0.0f)
{
    std::vector<float> dense(size_t(std::max(vocabularySize, 0)), 0.0f);
    for (int r = 0; r < m_rows; ++r) {
        const SparseVector& row = rows[size_t(r)];
        if (row.isEmpty())
            continue;
        for (size_t k = 0; k < row.terms.size(); ++k)
            dense[size_t(row.terms[k])] = row.weights[k];
        float* out = &m_values[size_t(r) * size_t(m_columns)];
        for (int c = 0; c < m_columns; ++c) {
            const SparseVector& column = columns[size_t(c)];
            float sum = 0;
            for (size_t k = 0; k < column.terms.size(); ++k)
                sum += dense[size_t(column.terms[k])] * column.weights[k];
            out[c] = sum;
        }
        for (const int term : row.terms)
            dense[size_t(term)] = 0.0f;
    }
}

} // namespace rs
