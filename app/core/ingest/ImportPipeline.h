#pragma once

#include "storage/ArticleStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>

namespace rs {

class Gazetteer;
class MetricExtractor;
class Taxonomy;
class PinyinCollator;
class RegionDetector;
class ReportParser;
class ImportTimings;

// Everything an import does to one report short of storing it: decode and clean, detect the region,
// extract metrics. No database, so the CLI's `extract` runs it in memory. Owns per-thread state
// (ICU transliterator and collator): create one pipeline per thread.
class ImportPipeline
{
    Q_DECLARE_TR_FUNCTIONS(ImportPipeline)

public:
    // Uses the user's taxonomy file when there is a valid one (see TaxonomyFile).
    explicit ImportPipeline(const Gazetteer& gazetteer);
    ~ImportPipeline();
    ImportPipeline(const ImportPipeline&) = delete;
    ImportPipeline& operator=(const ImportPipeline&) = delete;

    struct Result
    {
        bool ok = false;
        QString error; // without the file name
        NewArticle article;
    };

    Result prepareBytes(const QByteArray& bytes, const QString& filePath) const;
    Result prepareText(const QString& text, const QString& label) const;

    QByteArray regionSortKey(const QString& regionCode) const;
    // Adds each stage's time (decode, clean, metadata, region, figures) to timings; null stops timing.
    void setTimings(ImportTimings* timings);
    const Gazetteer& gazetteer() const { return m_gazetteer; }

private:
    Result finish(Result result) const;

    const Gazetteer& m_gazetteer;
    std::unique_ptr<ReportParser> m_parser;
    std::unique_ptr<RegionDetector> m_regionDetector;
    std::shared_ptr<const Taxonomy> m_taxonomy;
    std::unique_ptr<MetricExtractor> m_metricExtractor;
    std::unique_ptr<PinyinCollator> m_collator;
    ImportTimings* m_timings = nullptr;
};

} // namespace rs
