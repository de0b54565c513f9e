#include "metrics/MetricExtractor.h"

#include <QtTest>

using namespace rs;

// Numbers that are not metrics (spec and gold README exclusion list): the extractor returns
// nothing for each text.
class TestNonMetric : public QObject
{
    Q_OBJECT

private slots:
    void noMetric_data();
    void noMetric();
    void metricNextToExcludedNumber_data();
    void metricNextToExcludedNumber();
};

void TestNonMetric::noMetric_data()
{
    QTest::addColumn<QString>("text");
    const char* const rows[][2] = {
        // years, dates, times
        {"year", "2023年,金湾区坚持改革。"},
        {"fiscal year", "总结2022年度工作。"},
        {"year and month", "2022年10月,该区召开茶话会。"},
        {"month and day", "今年2月15日,湘桥区邀请代表座谈。"},
        {"year range", "三年行动计划(2023—2025年)"},
        {"year span", "2022年至2023年间,红旗镇实施结对。"},
        {"timestamp", "珠海特区报 2023-03-24 11:35"},
        {"publication date", "发布时间:2023-04-24 来源:省委组织部"},
        {"chinese year", "二〇二三年工作要点"},
        // durations and frequencies
        {"近三年", "近三年,依托驿站开展工作。"},
        {"近两个月", "近两个月,夜校持续开课。"},
        {"20多年来", "20多年来,全省上下坚定前行。"},
        {"为期6个月", "开展为期6个月的轮岗交流。"},
        {"共用3年时间", "共用3年时间完成建设。"},
        {"经过三年建设", "力争经过三年建设,构建平台。"},
        {"仅去年一年", "仅去年一年,各项工作稳步推进。"},
        {"每月一期", "每月一期的专题培训吸引了不少职工。"},
        {"每月2期", "坚持每月2期开展交流。"},
        {"一月一帮", "业务指导一月一帮、工作引导一人一策、结对成效一年一报。"},
        {"24小时", "设立24小时网格党群服务站点。"},
        {"3个多月", "部分补贴平均滞后3个多月发放。"},
        {"两个半小时", "会议持续了两个半小时。"},
        {"四个环节", "围绕“选、育、用、留”四个环节探索经验。"},
        {"三个方面", "重点抓好三个方面工作。"},
        {"打造一个品牌", "着力打造一个党建品牌。"},
        {"其中一个,", "这是全市试点之一,其中一个,"},
        {"一成不变", "工作方法不能一成不变。"},
        {"翻了一番", "人才工作经费较2020年翻了一番。"},
        // ordinals
        {"第十四届", "服务第十四届中国航展。"},
        {"第一批", "启动第一批轮岗交流。"},
        {"首批", "入选首批典型镇。"},
        {"首个 首届 首款 第一例", "首个驿站、首届大会、首款疫苗、第一例专利。"},
        {"新一轮", "打好新一轮行动收官战。"},
        {"第3名", "综合考核获得全市第3名。"},
        // names, slogans and labels
        {"二十大", "深入学习党的二十大精神。"},
        {"5+2+N", "立足“5+2+N”产业体系。"},
        {"1+1+N unquoted", "探索建立1+1+N考核体系。"},
        {"3+2", "加强“3+2”产业集群建设。"},
        {"5+", "探索“5+”网格新机制。"},
        {"5.0产业新空间", "5.0产业新空间新进展不断。"},
        {"168工程", "深入实施“168”工程。"},
        {"“1”个总体方案", "即由“1”个总体方案统筹,部署“6”个专项任务和“8”大重点工程。"},
        {"678引才工作法", "潮州湘桥:“678”引才工作法"},
        {"百千万工程", "持续锚定“百千万工程”工作部署。"},
        {"百县千镇万村 unquoted", "推进百县千镇万村高质量发展工程。"},
        {"3个100人才引育工程", "深入实施“3个100人才引育工程”。"},
        {"百校对百企", "开展“百校对百企”系列活动。"},
        {"一村一品", "打造社区党建一村一品特色品牌。"},
        {"一社区一特色", "完善“一社区一特色”党群服务矩阵。"},
        {"两个确立 unquoted", "深刻领悟两个确立的决定性意义,增强四个意识、坚定四个自信、做到两个维护。"},
        {"两个覆盖", "“两个覆盖”工作全面推进。"},
        {"四下基层", "深入践行四下基层工作方法。"},
        {"四议两公开 五步法", "深化“四议两公开”“村组联议五步法”。"},
        {"两清单一考核", "落实“两清单一考核”机制。"},
        {"三个一肩挑", "实现书记、主任“三个一肩挑”。"},
        {"四个一", "实行“四个一”机制。"},
        {"四项工程", "实施“四项工程”强化选贤任能。"},
        {"四项行动", "推进“四项行动”持续固本强基。"},
        {"四个聚焦", "着眼“四个聚焦”用心聚才育才。"},
        {"三支队伍", "聚焦“三支队伍”建设。"},
        {"三港一城", "赋能“三港一城”。"},
        {"五大计划", "大力实施“五大计划”。"},
        {"两中心一实验室", "推进氢能“两中心一实验室”建设。"},
        {"三个区分开来", "严格落实三个区分开来。"},
        {"30分钟职业技能培训圈", "打造“30分钟职业技能培训圈”。"},
        {"315 415X", "围绕“315”科技创新体系和“415X”先进制造业集群。"},
        {"一号改革工程", "实施营商环境“一号改革工程”。"},
        {"人才政策3.0版", "健全完善港区人才政策3.0版。"},
        {"千万级机场 亿吨大港", "“千万级机场”“亿吨大港”加速扩容。"},
        {"红色三杰", "珠海“红色三杰”之一。"},
        {"三位一体", "探索“党建+企业+村居”三位一体的新路径。"},
        {"book title", "印发《关于做好2023年人才工作的十条意见》。"},
        // named policies
        {"十二条措施", "深化区管职级干部管理十二条措施。"},
        {"十件实事", "全力办好助企十件实事。"},
        // rhetorical list counts
        {"四大行动", "聚焦四大行动。"},
        {"六大领域", "推进六大领域人才行动,破解七大制约发展问题。"},
        {"八支人才队伍", "打造八支人才队伍。"},
        {"八支…队伍", "加快建设八支与发展要求相适应的高素质、专业化人才队伍。"},
        {"五大优势产业", "五大优势产业加快发展。"},
        {"三大市级产业园区", "依托三大市级产业园区。"},
        {"三类人员", "重点培育三类人员。"},
        {"四篇文章", "做优人才引育留用四篇文章。"},
        // levels and category labels
        {"三级", "建立区镇村三级联系制度。"},
        {"一二三产业", "推动农村一、二、三产业融合发展。"},
        {"两委 两新", "村两委班子和两新组织。"},
        // vague words
        {"一批", "涌现出一批典型。"},
        {"一系列", "出台一系列政策。"},
        {"若干", "若干个重大任务。"},
        {"一支队伍", "打造一支年轻化的队伍。"},
        {"一线", "扎根一线、服务民生。"},
        {"一对一", "提供一对一导办服务。"},
        // place and company names
        {"三灶镇", "三灶镇村企联动建设项目。"},
        {"三一重工", "在丽珠、三一重工等企业。"},
        {"千方百计 万众一心", "千方百计稳就业,万众一心谋发展。"},
        // section numbering
        {"一、", "一、总体要求"},
        {"(一)", "(一)加强组织领导"},
        {"1.", "1.强化思想引领"},
        {"(1)", "(1)完善工作机制"},
        // page boilerplate
        {"phones", "联系电话:010-56212745、010-53382908,监督电话:18518469856"},
        {"QQ", "客服QQ:3206414697 通联QQ:1224368922"},
        {"e-mail", "邮箱:qgfzdyzx@163.com"},
        {"URL", "原文链接:https://www.gdzz.gov.cn/rcgz/gzdt/content/post_18406.html"},
        {"address", "北京市东城区建国门内大街26号新闻大厦5层"},
        {"disclaimer", "请在30日内与本网联系"},
        {"5G", "建设5G网络。"},
    };
    for (const auto& r : rows)
        QTest::newRow(r[0]) << QString::fromUtf8(r[1]);
}

void TestNonMetric::noMetric()
{
    QFETCH(QString, text);
    const MetricExtractor extractor;
    const QVector<Metric> got = extractor.extract(text, QDate(2023, 6, 1));
    QStringList quotes;
    for (const Metric& m : got)
        quotes << m.quote;
    QVERIFY2(got.isEmpty(), qPrintable(quotes.join(QStringLiteral(" | "))));
}

void TestNonMetric::metricNextToExcludedNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::newRow("第一批20名") << QStringLiteral("启动第一批20名年轻干部为期6个月轮岗交流。") << 20.0;
    QTest::newRow("首批6名") << QStringLiteral("评选出首批6名“红色导师”。") << 6.0;
    QTest::newRow("“请进来”两场") << QStringLiteral("接连举办“走出去”“请进来”两场活动。") << 2.0;
    QTest::newRow("提出22项措施") << QStringLiteral("围绕人才引、育、用、留提出22项措施。") << 22.0;
    QTest::newRow("两个覆盖均达100%") << QStringLiteral("五大优势产业两新组织“两个覆盖”均达100%。") << 100.0;
    QTest::newRow("2024年计划") << QStringLiteral("2024年计划开展职业技能培训1000人以上。") << 1000.0;
    QTest::newRow("speech quote") << QStringLiteral("“从2023年起,全区计划每年引进100名以上医疗卫生人才。”")
                                  << 100.0;
}

void TestNonMetric::metricNextToExcludedNumber()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    const QVector<Metric> got = MetricExtractor().extract(text);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().value, value);
}

QTEST_APPLESS_MAIN(TestNonMetric)
#include "tst_nonmetric.moc"
