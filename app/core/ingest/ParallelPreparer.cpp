#include "ParallelPreparer.h"

#include "storage/ArticleStore.h"
#include "util/ImportTimings.h"

#include <QThread>

#include <chrono>
#include <system_error>

namespace rs {

ParallelPreparer::ParallelPreparer(int count, Reader read, const ImportPipeline& pipeline, int threads,
                                   ImportTimings* timings)
    : m_count(count), m_read(std::move(read)), m_pipeline(pipeline), m_timings(timings)
{
    if (threads <= 0)
        threads = qMax(1, QThread::idealThreadCount());
    threads = qMin(threads, qMax(1, count));
    m_window = maxReportsAhead;
    m_slots.resize(size_t(m_window));
    m_ready.assign(size_t(m_window), 0);
    for (int i = 0; i < threads && count > 0; ++i) {
        try {
            m_threads.emplace_back([this, i] {
                if (i == 0) {
                    work(m_pipeline);
                    return;
                }
                // ICU's transliterator and collator are per thread: each thread its own pipeline.
                ImportPipeline own(m_pipeline.gazetteer());
                own.setTimings(m_timings);
                work(own);
            });
        } catch (const std::system_error&) {
            break; // no more threads to be had: fewer (or none, see take()) prepare
        }
    }
}

ParallelPreparer::~ParallelPreparer()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    for (std::thread& thread : m_threads)
        thread.join();
}

ParallelPreparer::Item ParallelPreparer::prepare(int index, const ImportPipeline& pipeline) const
{
    Item item;
    QByteArray bytes;
    {
        const ImportTimings::Scope reading(m_timings, ImportTimings::Stage::Read);
        item.read = m_read(index, &bytes, &item.path, &item.unreadable);
    }
    if (!item.read)
        return item;
    item.result = pipeline.prepareBytes(bytes, item.path);
    bytes = QByteArray();
    if (item.result.ok) {
        const ImportTimings::Scope packing(m_timings, ImportTimings::Stage::Compress);
        ArticleStore::pack(&item.result.article);
    }
    return item;
}

void ParallelPreparer::work(const ImportPipeline& pipeline)
{
    for (;;) {
        int index = 0;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            // The report the writer waits for is always started, however much waits already.
            m_changed.wait(lock, [this] {
                return m_stopping || m_next >= m_count ||
                       (m_next < m_taken + m_window && (m_bytesAhead < maxBytesAhead || m_next == m_taken));
            });
            if (m_stopping || m_next >= m_count)
                return;
            index = m_next++;
        }
        Item item = prepare(index, pipeline);
        const qint64 itemWeight = weight(item);
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_bytesAhead += itemWeight;
            // Source index - m_window was taken before a thread could start on index: the slot is free.
            m_slots[size_t(index % m_window)] = std::move(item);
            m_ready[size_t(index % m_window)] = 1;
        }
        m_changed.notify_all();
    }
}

qint64 ParallelPreparer::weight(const Item& item)
{
    const NewArticle& article = item.result.article;
    const ParsedReport& report = article.report;
    return qint64(sizeof(Item)) + 2 * (item.path.size() + report.body.size() + report.metadata.title.size()) +
           article.originalBytes.size() + article.packedOriginal.size() +
           qint64(article.metrics.size()) * qint64(sizeof(Metric) + 96) +
           qint64(report.paragraphs.size()) * qint64(sizeof(Paragraph));
}

bool ParallelPreparer::take(int index, Item* item, int timeoutMilliseconds)
{
    if (m_threads.empty()) {
        *item = prepare(index, m_pipeline);
        return true;
    }
    const size_t slot = size_t(index % m_window);
    std::unique_lock<std::mutex> lock(m_mutex);
    if (!m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMilliseconds),
                            [&] { return m_ready[slot] != 0; }))
        return false;
    *item = std::move(m_slots[slot]);
    m_slots[slot] = Item();
    m_ready[slot] = 0;
    m_bytesAhead -= weight(*item);
    m_taken = index + 1;
    lock.unlock();
    m_changed.notify_all();
    return true;
}

} // namespace rs
