#include "ChartText.h"

namespace rs {

ChartText ChartText::forLanguage(Language language)
{
    ChartText text;
    if (language == Language::Chinese) {
        text.unitLine = QStringLiteral("单位:%1");
        text.sourcePrefix = QStringLiteral("来源:");
        text.regionsPrefix = QStringLiteral("地区:");
        text.periodPrefix = QStringLiteral("年份:");
        text.allRegions = QStringLiteral("全部");
        text.topN = QStringLiteral("前%1名(共%2个地区)");
        text.bottomN = QStringLiteral("后%1名(共%2个地区)");
        text.noData = QStringLiteral("无数据");
        text.mean = QStringLiteral("平均值");
        text.median = QStringLiteral("中位数");
        text.conflictNote = QStringLiteral(
            "* 不同报告数值不一致（细线为各报告数值的范围）；图中取已审核的数值，否则取最新报告中的最大值");
        text.moreReports = QStringLiteral("等%1篇报告");
        text.latestPeriod = QStringLiteral("各地区最新年份");
        text.yearLabel = QStringLiteral("%1 (%2)");
        text.leftOutPrefix = QStringLiteral("未计入:");
        text.noRegion = QStringLiteral("无地区%1项");
        text.noYear = QStringLiteral("无年份%1项");
        text.targets = QStringLiteral("目标%1项");
        text.otherUnit = QStringLiteral("单位不同%1项");
        text.otherPeriod = QStringLiteral("其他年份%1项");
        text.datedByReport = QStringLiteral("† 年份按报告推定");
        return text;
    }
    text.unitLine = tr("Unit: %1");
    text.sourcePrefix = tr("Source: ");
    text.regionsPrefix = tr("Regions: ");
    text.periodPrefix = tr("Year: ");
    text.allRegions = tr("all");
    text.topN = tr("top %1 (of %2 regions)");
    text.bottomN = tr("bottom %1 (of %2 regions)");
    text.noData = tr("no data");
    text.mean = tr("mean");
    text.median = tr("median");
    text.conflictNote =
        tr("* reports disagree (the thin line spans their values); the chart shows the reviewed value, "
           "else the largest in the latest report");
    text.moreReports = tr("and %1 more reports");
    text.latestPeriod = tr("latest per region");
    text.yearLabel = tr("%1 (%2)");
    text.leftOutPrefix = tr("Not charted: ");
    text.noRegion = tr("%1 without region");
    text.noYear = tr("%1 without year");
    text.targets = tr("%1 targets");
    text.otherUnit = tr("%1 in another unit");
    text.otherPeriod = tr("%1 of other years");
    text.datedByReport = tr("† year taken from the report");
    return text;
}

} // namespace rs
