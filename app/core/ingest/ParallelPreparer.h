#pragma once

#include "ImportOutcome.h"
#include "ImportPipeline.h"

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace rs {

class ImportTimings;

// Prepares an import's reports (read, decode, clean, metadata, region, figures, hash and compression) on
// a pool of threads, each with its own ImportPipeline, for one consumer that takes them in input order:
// the writer thread, the only one with the database connection. Taking them in order keeps article ids
// the same from run to run. The threads work ahead while the writer commits a batch (a second's
// worth of reports, whose search indexing and commit keep the writer busy for a good part of that
// second): up to maxReportsAhead reports or maxBytesAhead of them wait to be taken, so memory stays
// bounded whatever the number and size of the files.
class ParallelPreparer
{
public:
    struct Item
    {
        QString path;
        bool read = false;
        ImportOutcome unreadable; // when the source could not be read
        ImportPipeline::Result result;
    };
    // Reads source index: its bytes and the path (or label) it is stored under, or false with *failed
    // set. Called from several threads at once.
    using Reader = std::function<bool(int index, QByteArray* bytes, QString* path, ImportOutcome* failed)>;

    // Starts threads (0: what the machine has) preparing sources 0 … count - 1; the first thread uses
    // pipeline, the others build their own. With no thread to be had, take() prepares in turn.
    ParallelPreparer(int count, Reader read, const ImportPipeline& pipeline, int threads,
                     ImportTimings* timings = nullptr);
    // Stops: each thread finishes the report in its hands; the rest are not prepared.
    ~ParallelPreparer();
    ParallelPreparer(const ParallelPreparer&) = delete;
    ParallelPreparer& operator=(const ParallelPreparer&) = delete;

    // Waits up to timeoutMilliseconds for source index, which must be the one after the last taken;
    // false when it is not prepared by then.
    bool take(int index, Item* item, int timeoutMilliseconds);
    int threadCount() const { return int(m_threads.size()); }

    static constexpr int maxReportsAhead = 1024;
    static constexpr qint64 maxBytesAhead = 64 * 1024 * 1024;
    // What a prepared report holds in memory, roughly: its texts, original bytes and figures.
    static qint64 weight(const Item& item);

private:
    void work(const ImportPipeline& pipeline);
    Item prepare(int index, const ImportPipeline& pipeline) const;

    const int m_count;
    const Reader m_read;
    const ImportPipeline& m_pipeline;
    ImportTimings* const m_timings;
    int m_window = 1;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<Item> m_slots; // source i waits in m_slots[i % m_window]
    std::vector<char> m_ready;
    int m_next = 0;          // the next source a thread starts on
    int m_taken = 0;         // sources taken by the writer
    qint64 m_bytesAhead = 0; // the weight of the prepared reports waiting
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace rs
