#pragma once

#include "ComparisonQuery.h"
#include "ComparisonRow.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVector>

namespace rs {

class ArticleStore;
class Gazetteer;
class AnnotationStore;
struct ArticleSummary;
class MetricStore;

// Collects the figures a comparison needs from the stores: reviewed figures of the chosen keys,
// the region and report of each, for one period. Rejected figures and targets are left out;
// figures in another unit than the key's usual one, and caps (最高20万元), are listed but flagged.
class ComparisonSource
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonSource)

public:
    ComparisonSource(const MetricStore& metrics, const ArticleStore& articles, const Gazetteer& gazetteer);

    struct Result
    {
        QVector<ComparisonRow> rows;
        QString period;      // the period used (the query's, or the one most regions report)
        QStringList periods; // every period with data for the keys, latest first
    };
    Result load(const ComparisonQuery& query) const;

    // Tags can be compared too: the key "#父/子" counts, per region, the passages carrying that tag or
    // one of its sub-tags (each row traceable to its first passage). Needs the annotations.
    void setAnnotations(const AnnotationStore* annotations) { m_annotations = annotations; }
    static QString tagKey(const QString& tagPath) { return QLatin1Char('#') + tagPath; }
    static bool isTagKey(const QString& key) { return key.startsWith(QLatin1Char('#')); }

    // "珠海·金湾区": county names repeat across China, so a county is shown with its city (or
    // province, for municipalities); a city or province by its own name.
    static QString regionLabel(const Gazetteer& gazetteer, const QString& code);
    // The regions of a query for a chart's filter note ("广东省", "金湾区、湘桥区"); empty for all.
    static QString scopeDescription(const Gazetteer& gazetteer, const ComparisonQuery& query);

private:
    const MetricStore& m_metrics;
    const ArticleStore& m_articles;
    const Gazetteer& m_gazetteer;
    const AnnotationStore* m_annotations = nullptr;

    void appendTagRows(const QString& key, const ComparisonQuery& query,
                       const QHash<qint64, ArticleSummary>& articles, Result* result) const;
};

} // namespace rs
