#include "CorpusGenerator.h"

#include "gazetteer/Gazetteer.h"

#include <QDir>
#include <QFile>

namespace rs {
namespace {

const char* const headings[] = {"培根铸魂",
                                "强基固本",
                                "选贤任能",
                                "聚才蓄能",
                                "营造良好环境“拴心留人”",
                                "实施“四项工程”",
                                "着眼“四个聚焦”",
                                "深化党建引领基层治理"};
// Titles as county sites word them: %1 is the county, %2 a figure, %3 the report's number.
const char* const titles[] = {"%1:党建引领促发展 聚力推动高质量发展(%3)",
                              "%1组织部:%2(%3)",
                              "%1召开人才工作会议(%3)",
                              "%1举办干部培训班 %2(%3)",
                              "“%1人才驿站”揭牌运行(%3)",
                              "%1:深化党建引领基层治理 %2(%3)",
                              "%1扎实推进模范机关建设(%3)",
                              "%12023年组织工作综述(%3)"};
const char* const openers[] = {"去年以来,", "2023年,", "今年以来,", "近年来,", "截至目前,", ""};
const char* const actions[] = {
    "培训全区干部", "发放人才政策补贴",     "引进博士",       "新建党群服务中心", "举办人才沙龙",
    "服务产业人才", "组建红色技术攻关小组", "认定高层次人才", "新增高新技术企业", "开展职业技能培训"};
const char* const units[] = {"人次", "元", "人", "个", "场", "人次", "个", "名", "家", "人"};
const char* const qualifiers[] = {"", "近", "超", "约", ""};
const char* const fillers[] = {"坚持围绕中心、服务大局,推动各项工作取得新进展、新成效。",
                               "进一步完善人才服务保障体系,不断提高人才获得感和归属感。",
                               "深入践行新时代党的组织路线,为高质量发展提供坚强组织保证。",
                               "持续深化模范部门和过硬队伍建设,推动组织工作全面展现新气象新作为。",
                               "聚焦产业发展需求,精准引进急需紧缺人才,打造人才集聚高地。"};
const char* const boilerplate[] = {"当前所在:首页 > 工作动态 > 正文", "分享到:", "相关阅读",
                                   "版权所有:中共某某区委组织部 备案号:粤ICP备12345678号",
                                   "联系电话:0756-1234567 地址:某某路1号"};

template <size_t N> QString pick(const char* const (&items)[N], std::mt19937& random)
{
    return QString::fromUtf8(items[random() % N]);
}

} // namespace

CorpusGenerator::CorpusGenerator(const Gazetteer& gazetteer, quint32 seed)
    : m_gazetteer(gazetteer), m_random(seed), m_seed(seed)
{
    const QVector<Region>& all = gazetteer.all();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).level == Region::Level::County)
            m_countyIndexes.append(i);
    }
}

QString CorpusGenerator::figure()
{
    const int action = int(m_random() % std::size(actions));
    QString amount = QString::number(1 + m_random() % 9000);
    if (m_random() % 3 == 0)
        amount = QStringLiteral("%1.%2万").arg(1 + m_random() % 50).arg(m_random() % 10);
    return QString::fromUtf8(actions[action]) + pick(qualifiers, m_random) + amount +
           QString::fromUtf8(units[action]);
}

QString CorpusGenerator::paragraph()
{
    QString text = pick(openers, m_random);
    const int clauses = 2 + int(m_random() % 4);
    for (int i = 0; i < clauses; ++i) {
        text += (m_random() % 2 ? figure() + QStringLiteral(",") : QString()) + pick(fillers, m_random);
    }
    return text;
}

CorpusGenerator::Report CorpusGenerator::report(int index)
{
    // A duplicate regenerates an earlier report from its own seed, so it is byte-identical.
    const int source = (duplicateEvery > 0 && index > 0 && index % duplicateEvery == 0) ? index / 2 : index;
    m_random.seed(m_seed * 7919u + quint32(source));
    const Region& region = m_gazetteer.all().at(m_countyIndexes.at(int(m_random() % m_countyIndexes.size())));
    const QString city = m_gazetteer.region(region.cityCode).name;

    QStringList lines;
    if (m_random() % 2)
        lines << pick(boilerplate, m_random);
    QString title = QString::fromUtf8(titles[m_random() % std::size(titles)]);
    const QString titleFigure = figure();
    // replace(), not arg(): a template without %2 would make arg() fill %3 with the figure.
    title.replace(QLatin1String("%1"), region.name)
        .replace(QLatin1String("%2"), titleFigure)
        .replace(QLatin1String("%3"), QString::number(source));
    lines << title;
    lines << QStringLiteral("发布时间:2023-%1-%2  来源:%3%4委组织部")
                 .arg(1 + m_random() % 12, 2, 10, QLatin1Char('0'))
                 .arg(1 + m_random() % 28, 2, 10, QLatin1Char('0'))
                 .arg(city, region.name);
    const int sections = 3 + int(m_random() % 4);
    for (int s = 0; s < sections; ++s) {
        lines << pick(headings, m_random);
        const int paragraphs = 2 + int(m_random() % 4);
        for (int p = 0; p < paragraphs; ++p)
            lines << region.name + paragraph();
    }
    for (int b = 0; b < 2; ++b)
        lines << pick(boilerplate, m_random);
    return {QStringLiteral("report-%1.txt").arg(index, 6, 10, QLatin1Char('0')),
            lines.join(QStringLiteral("\n\n"))};
}

qint64 CorpusGenerator::writeFolder(const QString& folder, int count)
{
    QDir().mkpath(folder);
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        const Report r = report(i);
        QFile file(QDir(folder).filePath(r.fileName));
        if (!file.open(QIODevice::WriteOnly))
            continue;
        bytes += file.write(r.text.toUtf8());
    }
    return bytes;
}

} // namespace rs
