#pragma once

#include <QString>

#include <array>
#include <atomic>
#include <chrono>

namespace rs {

// Where an import's time goes: nanoseconds per stage, summed over every report and thread. Only the
// benchmark asks for it (ReportImporter::setTimings); without it the stages are not timed at all.
// Threads add to it at the same time.
class ImportTimings
{
public:
    enum class Stage
    {
        Read,       // the file from disk
        Decode,     // bytes to text (or PDF/Word/WeChat extraction)
        Clean,      // lines, boilerplate, repeats, paragraphs
        Metadata,   // title, date, source
        Region,     // region detection
        Extract,    // figures
        Compress,   // the original's bytes, and the body's hash
        Wait,       // the writer waiting for the next prepared report
        Duplicate,  // the writer: is the body stored already
        Article,    // the writer: the article's row, with its indexes and both search indexes
        Original,   // the writer: the original's bytes
        Paragraphs, // the writer: the paragraph rows
        Figures,    // the writer: the figure rows and their indexes
        Savepoint,  // the writer: SAVEPOINT and RELEASE per report
        Search,     // the writer: the batch's reports into both search indexes, before its commit
        Groups, // the writer: the comparison's groups the batch changed (metric_groups), before its commit
        Commit, // the writer: committing batches (search index segments are written here)
        Count
    };

    void add(Stage stage, qint64 nanoseconds)
    {
        m_nanoseconds[size_t(stage)].fetch_add(nanoseconds, std::memory_order_relaxed);
    }
    qint64 nanoseconds(Stage stage) const
    {
        return m_nanoseconds[size_t(stage)].load(std::memory_order_relaxed);
    }
    void reset()
    {
        for (auto& value : m_nanoseconds)
            value.store(0);
    }
    static QString name(Stage stage);

    // Times a scope into a stage; does nothing when timings is null.
    class Scope
    {
    public:
        Scope(ImportTimings* timings, Stage stage) : m_timings(timings), m_stage(stage)
        {
            if (m_timings)
                m_start = std::chrono::steady_clock::now();
        }
        ~Scope() { stop(); }
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;
        // Ends the measurement before the scope does.
        void stop()
        {
            if (!m_timings)
                return;
            m_timings->add(m_stage, std::chrono::duration_cast<std::chrono::nanoseconds>(
                                        std::chrono::steady_clock::now() - m_start)
                                        .count());
            m_timings = nullptr;
        }

    private:
        ImportTimings* m_timings;
        Stage m_stage;
        std::chrono::steady_clock::time_point m_start;
    };

private:
    std::array<std::atomic<qint64>, size_t(Stage::Count)> m_nanoseconds{};
};

} // namespace rs
