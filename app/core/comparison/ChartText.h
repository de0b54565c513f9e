#pragma once

#include <QCoreApplication>
#include <QString>

namespace rs {

// The words a chart carries into a deck or sheet (unit line, source note, no-data mark, mean and
// median). They belong to the document, whose language is the reports' language, not the UI's:
// a deck for Chinese readers says "单位:万元" whatever language the analyst's desktop uses. The
// English forms go through tr() like any UI text; Chinese is the document default.
struct ChartText
{
    Q_DECLARE_TR_FUNCTIONS(ChartText)

public:
    enum class Language
    {
        Chinese,
        Interface
    };

    QString unitLine;     // "单位:%1"
    QString sourcePrefix; // "来源:"
    QString regionsPrefix;
    QString periodPrefix;
    QString allRegions;
    QString topN;    // "前%1名" (of %2)
    QString bottomN; // "后%1名" (of %2)
    QString noData;
    QString mean;
    QString median;
    QString conflictNote;  // explains the * mark
    QString moreReports;   // "等%1篇报告"
    QString latestPeriod;  // "各地区最新年份": each bar of its own year
    QString yearLabel;     // "%1 (%2)": a region and the year of its bar
    QString leftOutPrefix; // "未计入:"
    QString noRegion;      // "无地区%1项"
    QString noYear;
    QString targets;
    QString otherUnit;
    QString otherPeriod;
    QString datedByReport; // "年份据报告发布日期推定" (a mark for figures without a year of their own)

    static ChartText forLanguage(Language language);
};

} // namespace rs
