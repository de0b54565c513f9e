#pragma once

#include "ComparisonQuery.h"
#include "ComparisonRow.h"
#include "storage/ComparisonStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVector>

#include <functional>

namespace rs {

class ArticleStore;

class Gazetteer;
class AnnotationStore;
struct ArticleSummary;
class MetricStore;

// Collects what a comparison draws from the stores: for one period, one row per key and region,
// aggregated by the database (ComparisonStore) with the analysts' decisions applied, the charted
// figure chosen and disagreement between reports flagged. Rejected figures and targets are left out;
// figures in another unit than the key's usual one, and caps (最高20万元), are counted but not
// charted. A region's own figures (every report, every figure) come with loadRegion().
class ComparisonSource
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonSource)

public:
    ComparisonSource(const MetricStore& metrics, const ArticleStore& articles, const Gazetteer& gazetteer);

    struct Result
    {
        QVector<ComparisonRow> rows;
        QString period; // the period used (the query's, or the one most regions report; latest per region)
        QStringList periods;                    // every period with data for the keys, latest first
        QHash<QString, QString> usualUnits;     // per key: the unit most of its figures use
        QHash<QString, FiguresLeftOut> leftOut; // per key: figures not charted and why
        bool cancelled = false;
        QString error;
    };
    Result load(const ComparisonQuery& query) const;
    // Drill-down: every figure of one key and region in the loaded period, as the table lists them.
    QVector<ComparisonRow> loadRegion(const ComparisonQuery& query, const Result& loaded, const QString& key,
                                      const QString& regionCode) const;
    // A figure of the loaded keys that the chart leaves out, and why ("no region", "another year" …),
    // as the notes count them (Result::leftOut).
    struct LeftOutFigure
    {
        ComparisonRow row;
        QString reason;
    };
    QVector<LeftOutFigure> leftOutFigures(const ComparisonQuery& query, const Result& loaded,
                                          QString* error = nullptr) const;
    // Checked while the database works; true abandons the load (Result::cancelled).
    void setCancelCheck(std::function<bool()> check) { m_cancel = std::move(check); }

    // Tags can be compared too: the key "#父/子" counts, per region, the passages carrying that tag or
    // one of its sub-tags (each row traceable to its first passage). Needs the annotations.
    void setAnnotations(const AnnotationStore* annotations) { m_annotations = annotations; }
    static QString tagKey(const QString& tagPath) { return QLatin1Char('#') + tagPath; }
    static bool isTagKey(const QString& key) { return key.startsWith(QLatin1Char('#')); }
    // The keys of figures among `keys`, tag keys left out.
    static QStringList figureKeys(const QStringList& keys);

    // "珠海·金湾区": county names repeat across China, so a county is shown with its city (or
    // province, for municipalities); a city or province by its own name.
    static QString regionLabel(const Gazetteer& gazetteer, const QString& code);
    // regionLabel() for the many rows of a load: each code's label is worked out once.
    static std::function<QString(const QString&)> regionLabeller(const Gazetteer& gazetteer);
    // What the store reads for a query's figure keys: its regions and whether targets count.
    static FigureScope scopeOf(const ComparisonQuery& query, const QStringList& metricKeys);
    // Whether a load stops here: the store was cancelled or `error` says what failed; either goes into
    // `result` (a Result of this class or of TrendSource).
    template <class LoadResult>
    static bool stopped(const ComparisonStore& store, const QString& error, LoadResult* result)
    {
        result->cancelled = store.wasCancelled();
        result->error = error;
        return result->cancelled || !error.isEmpty();
    }
    // The usual unit of each key: the one most of its figures use (ties: the first in code order).
    static QHash<QString, QString> usualUnits(const QVector<ComparisonStore::UnitCount>& units);
    // The row the database aggregated for a key and region (and period): its shown figure, counts,
    // exclusion, choice and, when its reports disagree, their range. Trends build theirs the same way.
    static ComparisonRow summaryRow(const RegionFigureSummary& summary, const QString& label);
    // The regions of a query for a chart's filter note ("广东省", "金湾区、湘桥区"); empty for all.
    static QString scopeDescription(const Gazetteer& gazetteer, const ComparisonQuery& query);

private:
    const MetricStore& m_metrics;
    const ArticleStore& m_articles;
    const Gazetteer& m_gazetteer;
    const AnnotationStore* m_annotations = nullptr;
    std::function<bool()> m_cancel;

    void appendTagRows(const QString& key, const ComparisonQuery& query, Result* result) const;
    void appendMissingRows(const ComparisonQuery& query, Result* result) const;
    static void makeLabelsUnique(QVector<ComparisonRow>* rows);
};

} // namespace rs
