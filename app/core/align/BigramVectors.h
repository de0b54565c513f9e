#pragma once

#include <QHash>
#include <QStringView>

#include <utility>
#include <vector>

namespace rs {

// Character-bigram term counts and TF-IDF vectors for topic similarity between passages.
//
// Text is folded first: full-width forms to ASCII (WidthFolder), ASCII letters to lower case and
// every digit to '0' (so "2022年" and "2023年" are the same terms and figures do not make passages
// look alike). A bigram is two adjacent word characters (letters, ideographs, digits); punctuation,
// spaces and line breaks separate terms. A bigram is stored as one 32-bit key (two UTF-16 units).
class BigramCounter
{
public:
    // (bigram key, count), ascending by key.
    using Counts = std::vector<std::pair<quint32, float>>;

    static QChar fold(QChar c);
    static bool isWordChar(QChar c) { return c.isLetterOrNumber(); }
    static Counts count(QStringView text, float weight = 1.0f);
    // Adds `more` into `into` (both ascending by key).
    static void add(Counts& into, const Counts& more);
};

// A sparse vector: ascending term indexes with their weights.
struct SparseVector
{
    std::vector<int> terms;
    std::vector<float> weights;

    bool isEmpty() const { return terms.empty(); }
    double norm() const;
    static double dot(const SparseVector& a, const SparseVector& b);
    static double cosine(const SparseVector& a, const SparseVector& b);
};

// Document frequencies over a set of documents (the paragraphs of the reports being compared) and
// the TF-IDF weighting built from them:
//     weight(t) = (1 + ln tf) · ln((N + 1) / (df + 1))
// A bigram that occurs in every document weighs zero; stock phrasing that recurs in most
// paragraphs ("高质量发展", "组织工作", the district's own name) weighs next to nothing. Terms that occur
// in only one report can never make passages of different reports alike: they count in a vector's
// norm but are not stored, so products between reports cost less and come out the same.
class BigramModel
{
public:
    // `source` says which report the document belongs to (0..31).
    void addDocument(const BigramCounter::Counts& counts, int source);

    int documentCount() const { return m_documents; }
    int vocabularySize() const { return int(m_terms.size()); }
    double idf(quint32 bigram) const;
    // L2-normalised TF-IDF vector of the counts; unknown terms are ignored.
    SparseVector vector(const BigramCounter::Counts& counts) const;

private:
    struct Term
    {
        int index = 0;
        int documents = 0;
        quint32 sources = 0; // bit per report
    };
    QHash<quint32, Term> m_terms;
    int m_documents = 0;
};

// Cosines between two lists of vectors, computed by scattering each row vector into a dense array.
class SimilarityMatrix
{
public:
    SimilarityMatrix() = default;
    SimilarityMatrix(const std::vector<SparseVector>& rows, const std::vector<SparseVector>& columns,
                     int vocabularySize);
    int rowCount() const { return m_rows; }
    int columnCount() const { return m_columns; }
    float at(int row, int column) const { return m_values[size_t(row) * size_t(m_columns) + size_t(column)]; }

private:
    int m_rows = 0;
    int m_columns = 0;
    std::vector<float> m_values;
};

} // namespace rs
