#include "UnitReader.h"

#include "CharClass.h"

#include <QHash>
#include <QVector>

#include <algorithm>

namespace rs {

namespace {

struct UnitEntry
{
    QString text;
    UnitKind kind;
};

struct UnitRow
{
    const char16_t* text;
    UnitKind kind;
};

const UnitRow kUnitRows[] = {
    // counts
    {u"人次", UnitKind::Count},
    {u"人", UnitKind::Count},
    {u"名", UnitKind::Count},
    {u"位", UnitKind::Count},
    {u"户", UnitKind::Count},
    {u"家", UnitKind::Count},
    {u"个", UnitKind::Count},
    {u"场次", UnitKind::Count},
    {u"场", UnitKind::Count},
    {u"期", UnitKind::Count},
    {u"班", UnitKind::Count},
    {u"支", UnitKind::Count},
    {u"项", UnitKind::Count},
    {u"条", UnitKind::Count},
    {u"所", UnitKind::Count},
    {u"次", UnitKind::Count},
    {u"件", UnitKind::Count},
    {u"座", UnitKind::Count},
    {u"处", UnitKind::Count},
    {u"套", UnitKind::Count},
    {u"间", UnitKind::Count},
    {u"栋", UnitKind::Count},
    {u"台", UnitKind::Count},
    {u"辆", UnitKind::Count},
    {u"门", UnitKind::Count},
    {u"篇", UnitKind::Count},
    {u"本", UnitKind::Count},
    {u"册", UnitKind::Count},
    {u"份", UnitKind::Count},
    {u"张", UnitKind::Count},
    {u"株", UnitKind::Count},
    {u"头", UnitKind::Count},
    {u"只", UnitKind::Count},
    {u"棵", UnitKind::Count},
    {u"批次", UnitKind::Count},
    {u"节", UnitKind::Count},
    {u"堂", UnitKind::Count},
    {u"课时", UnitKind::Count},
    {u"款", UnitKind::Count},
    {u"倍", UnitKind::Count}, // 2.3倍, 增长一倍: a multiple
    {u"宗", UnitKind::Count}, // 申请28万宗 (Hong Kong usage: cases)
    {u"枚", UnitKind::Count},
    // money, area, physical
    {u"元", UnitKind::Money},
    {u"美元", UnitKind::Money},
    {u"港元", UnitKind::Money},
    {u"港币", UnitKind::Money},
    {u"澳门元", UnitKind::Money},
    {u"澳元", UnitKind::Money},
    {u"平方公里", UnitKind::Area},
    {u"平方千米", UnitKind::Area},
    {u"平方米", UnitKind::Area},
    {u"公顷", UnitKind::Area},
    {u"亩", UnitKind::Area},
    {u"吨", UnitKind::Physical},
    {u"公里", UnitKind::Physical},
    {u"千米", UnitKind::Physical},
    {u"米", UnitKind::Physical},
    {u"千瓦时", UnitKind::Physical},
    {u"千瓦", UnitKind::Physical},
    {u"立方米", UnitKind::Physical},
    {u"千克", UnitKind::Physical},
    {u"公斤", UnitKind::Physical},
    // percentages
    {u"%", UnitKind::Percent},
    {u"个百分点", UnitKind::Percent},
    {u"百分点", UnitKind::Percent},
    // time: dates, durations, ages
    {u"年", UnitKind::Time},
    {u"年度", UnitKind::Time},
    {u"周年", UnitKind::Time},
    {u"月", UnitKind::Time},
    {u"月份", UnitKind::Time},
    {u"日", UnitKind::Time},
    {u"天", UnitKind::Time},
    {u"周", UnitKind::Time},
    {u"小时", UnitKind::Time},
    {u"分钟", UnitKind::Time},
    {u"分", UnitKind::Time},
    {u"秒", UnitKind::Time},
    {u"时", UnitKind::Time},
    {u"岁", UnitKind::Time},
    {u"季度", UnitKind::Time},
    {u"个月", UnitKind::Time},
    {u"个小时", UnitKind::Time},
    {u"个工作日", UnitKind::Time},
    {u"个星期", UnitKind::Time},
    {u"个季度", UnitKind::Time},
    {u"个年头", UnitKind::Time},
    {u"点", UnitKind::Time},
    {u"世纪", UnitKind::Time},
    {u"旬", UnitKind::Time},
    {u"载", UnitKind::Time},
    // levels, editions, addresses, ranks
    {u"级", UnitKind::NotMetric},
    {u"届", UnitKind::NotMetric},
    {u"版", UnitKind::NotMetric},
    {u"号", UnitKind::NotMetric},
    {u"层", UnitKind::NotMetric},
    {u"楼", UnitKind::NotMetric},
    {u"代", UnitKind::NotMetric},
    {u"轮", UnitKind::NotMetric},
    {u"批", UnitKind::NotMetric},
    {u"类", UnitKind::NotMetric},
    {u"大", UnitKind::NotMetric},
    {u"星", UnitKind::NotMetric},
    {u"路", UnitKind::NotMetric},
};

// Candidates by first character, longest first, so 人次 wins over 人 and 个月 over 个.
const QHash<QChar, QVector<UnitEntry>>& unitTable()
{
    static const QHash<QChar, QVector<UnitEntry>> table = [] {
        QHash<QChar, QVector<UnitEntry>> t;
        for (const UnitRow& r : kUnitRows) {
            const QString s = QString::fromUtf16(r.text);
            t[s.at(0)].append({s, r.kind});
        }
        for (auto& list : t)
            std::sort(list.begin(), list.end(),
                      [](const UnitEntry& a, const UnitEntry& b) { return a.text.size() > b.text.size(); });
        return t;
    }();
    return table;
}

} // namespace

UnitMatch UnitReader::read(QStringView text, int pos)
{
    UnitMatch m;
    if (pos >= text.size())
        return m;
    const auto& table = unitTable();
    const auto it = table.constFind(text[pos]);
    if (it == table.constEnd())
        return m;
    for (const UnitEntry& e : *it) {
        if (CharClass::matchesAt(text, pos, e.text)) {
            m.unit = e.text;
            m.length = int(e.text.size());
            m.kind = e.kind;
            break;
        }
    }
    // 3个多月 / 两个半小时: 多/余/半 split the time unit 个月, the figure is still a duration.
    if (m.unit == u"个" && pos + 2 < text.size() &&
        (text[pos + 1] == u'多' || text[pos + 1] == u'余' || text[pos + 1] == u'半')) {
        static const QStringView timeWords[] = {u"月", u"小时", u"星期", u"工作日", u"季度", u"年头"};
        for (QStringView w : timeWords) {
            if (CharClass::matchesAt(text, pos + 2, w))
                m.kind = UnitKind::Time;
        }
    }
    return m;
}

bool UnitReader::isPeopleUnit(QStringView unit)
{
    return unit == u"人" || unit == u"名" || unit == u"人次" || unit == u"位" || unit == u"户";
}

} // namespace rs
