#include "ImportPipeline.h"

#include "gazetteer/Gazetteer.h"
#include "gazetteer/RegionDetector.h"
#include "gazetteer/RegionNames.h"
#include "ingest/ReportParser.h"
#include "metrics/MetricExtractor.h"
#include "metrics/Taxonomy.h"
#include "metrics/TaxonomyFile.h"
#include "util/PinyinCollator.h"

#include <QFileInfo>

namespace rs {

ImportPipeline::ImportPipeline(const Gazetteer& gazetteer)
    : m_gazetteer(gazetteer), m_parser(std::make_unique<ReportParser>()),
      m_regionDetector(std::make_unique<RegionDetector>(gazetteer)), m_taxonomy(TaxonomyFile::load()),
      m_metricExtractor(std::make_unique<MetricExtractor>(*m_taxonomy)),
      m_collator(std::make_unique<PinyinCollator>())
{}

ImportPipeline::~ImportPipeline() = default;

void ImportPipeline::setTimings(ImportTimings* timings)
{
    m_timings = timings;
    m_parser->setTimings(timings);
}

ImportPipeline::Result ImportPipeline::prepareBytes(const QByteArray& bytes, const QString& filePath) const
{
    Result result;
    const ReportParser::Result parsed = m_parser->parse(bytes, filePath);
    if (!parsed.ok) {
        result.error = parsed.error;
        return result;
    }
    result.ok = true;
    result.article.report = parsed.report;
    result.article.filePath = filePath;
    result.article.originalBytes = bytes;
    return finish(std::move(result));
}

ImportPipeline::Result ImportPipeline::prepareText(const QString& text, const QString& label) const
{
    Result result;
    const bool looksLikeHtml = text.trimmed().startsWith(QLatin1Char('<'));
    const ReportParser::Result parsed = m_parser->parseText(text, looksLikeHtml);
    if (!parsed.ok) {
        result.error = parsed.error;
        return result;
    }
    result.ok = true;
    result.article.report = parsed.report;
    result.article.filePath = label;
    result.article.originalBytes = text.toUtf8();
    return finish(std::move(result));
}

ImportPipeline::Result ImportPipeline::finish(Result result) const
{
    NewArticle& article = result.article;
    if (article.report.metadata.title.isEmpty()) {
        // Not even a first sentence with words in it: the file's name is the best title there is.
        const QString baseName = QFileInfo(article.filePath).completeBaseName().trimmed();
        article.report.metadata.title = !baseName.isEmpty() ? baseName : tr("Untitled report");
        article.report.metadata.titleGuessed = true;
    }
    const ReportMetadata& meta = article.report.metadata;
    ImportTimings::Scope detecting(m_timings, ImportTimings::Stage::Region);
    const RegionGuess guess = m_regionDetector->detect(meta.title, article.report.body);
    if (guess.region.isValid()) {
        article.regionCode = guess.region.code;
        article.regionSortKey = regionSortKey(guess.region.code);
    }
    detecting.stop();
    ImportTimings::Scope extracting(m_timings, ImportTimings::Stage::Extract);
    article.metrics = m_metricExtractor->extract(article.report.body, meta.publishedOn, meta.title);
    return result;
}

QByteArray ImportPipeline::regionSortKey(const QString& regionCode) const
{
    return RegionNames::sortKey(m_gazetteer, *m_collator, regionCode);
}

} // namespace rs
