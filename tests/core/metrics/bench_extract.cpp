// Throughput benchmark for rs::MetricExtractor: builds ~20 MB of report-like text from templates
// and prints MB/s (UTF-8 megabytes of input per second on one core).

#include "metrics/MetricExtractor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>

namespace {

const char* const kTemplates[] = {
    "%R累计培训%S干部%N余人次,覆盖%N个村(社区)。",
    "兑现各类人才奖补资金%D亿元,发放人才政策补贴近%D万元。",
    "%Y年,全区新增高技能人才%D万人,同比增长%D%。",
    "建成党群服务中心%N个、红色驿站%N个,组建功能型党支部%N个。",
    "举办招才引智活动%N场次,吸引%N多名高校毕业生参加。",
    "近三年来,%R坚持“%N+%N+N”工作体系,深入实施“百千万工程”,落实“两个确立”。",
    "全市有高新技术企业%N家、专精特新企业%N家,其中“小巨人”企业%N家。",
    "到%Y年,力争引进博士%N人以上、高层次人才%N名。",
    "占全区总数的%D%,较上年提高%D个百分点。",
    "联系电话:0756-%N%N,邮箱:office%N@example.cn,第%N届大会于%Y年%N月%N日召开。",
    "组织%N名村(社区)书记开展专题培训%N期,走访企业近百家,解决问题上百个。",
    "区域总面积约%N平方公里,耕地%D万亩,常住人口%D万人。",
    "开展“三会一课”%N场,发展党员%N名,培训入党积极分子三五百人次。",
    "这是一段没有数字的叙述文字,介绍了组织工作的总体思路和主要做法,强调要坚持问题导向、目标导向和结果导向。",
};

QString fill(const char* tpl, QRandomGenerator& rng)
{
    static const QStringList regions = {QStringLiteral("金湾区"), QStringLiteral("湘桥区"),
                                        QStringLiteral("蓬江区"), QStringLiteral("嘉兴港区"),
                                        QStringLiteral("全县")};
    static const QStringList scopes = {QStringLiteral("基层"), QStringLiteral("村"), QStringLiteral("年轻"),
                                       QStringLiteral("")};
    const QString t = QString::fromUtf8(tpl);
    QString out;
    out.reserve(t.size() + 32);
    for (int i = 0; i < t.size(); ++i) {
        if (t[i] != u'%' || i + 1 >= t.size()) {
            out.append(t[i]);
            continue;
        }
        const QChar code = t[++i];
        if (code == u'N')
            out += QString::number(rng.bounded(1, 5000));
        else if (code == u'D')
            out += QString::number(rng.bounded(1, 999) / 10.0, 'f', 1);
        else if (code == u'Y')
            out += QString::number(rng.bounded(2018, 2026));
        else if (code == u'R')
            out += regions[rng.bounded(int(regions.size()))];
        else if (code == u'S')
            out += scopes[rng.bounded(int(scopes.size()))];
        else {
            out.append(u'%');
            out.append(code);
        }
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 targetBytes = 20LL * 1024 * 1024;
    QRandomGenerator rng(20240601);
    // Documents of a few kilobytes each, as reports are extracted one by one.
    QStringList docs;
    qint64 bytes = 0;
    while (bytes < targetBytes) {
        QString doc;
        while (doc.size() < 3000) {
            doc += fill(kTemplates[rng.bounded(int(sizeof(kTemplates) / sizeof(kTemplates[0])))], rng);
            if (rng.bounded(4) == 0)
                doc += QLatin1Char('\n');
        }
        bytes += doc.toUtf8().size();
        docs << doc;
    }

    const rs::MetricExtractor extractor;
    QElapsedTimer timer;
    timer.start();
    qint64 metrics = 0;
    for (const QString& d : docs)
        metrics += extractor.extract(d, QDate(2024, 6, 1)).size();
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double mb = bytes / (1024.0 * 1024.0);
    std::printf("extracted %lld metrics from %.1f MB (%lld documents) in %.2f s: %.1f MB/s\n",
                static_cast<long long>(metrics), mb, static_cast<long long>(docs.size()), seconds,
                mb / seconds);
    return 0;
}
