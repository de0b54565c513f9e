#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace rs {

struct PeriodInfo
{
    QString period; // "2022", or empty
    bool isTarget = false;
};

// Works out which year a figure refers to and whether it is a plan or target. The nearest year
// before the number in its sentence wins, then the nearest in its paragraph; 去年/今年/前年/明年
// resolve against the publication date. 计划/力争/目标/预计/将 + verb / 到2025年 mark targets.
class PeriodResolver
{
public:
    static PeriodInfo resolve(QStringView text, int pos, int sentenceStart, const QDate& publishedOn);
    // The year that dates a report's figures that name none: its publication year, else the year
    // its title or opening says it covers (2023年度人才工作述职报告, 2023年以来, 截至2023年底), else
    // empty.
    static QString reportPeriod(QStringView text, const QDate& publishedOn);

private:
    // Year of the last year expression in [from, to), or 0.
    static int lastYear(QStringView text, int from, int to, const QDate& publishedOn);
    static bool targetCue(QStringView text, int from, int to);
};

} // namespace rs
