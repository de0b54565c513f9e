#include "metrics/MetricExtractor.h"

#include <QThread>
#include <QtTest>

#include <cmath>

using namespace rs;

// Sentences → the metric expected at a given position in the output (value, unit, qualifier,
// bounds, taxonomy key, period, target flag). Published on 2023-06-01 for 去年/今年.
class TestMetricExtractor : public QObject
{
    Q_OBJECT

private slots:
    void sentences_data();
    void sentences();
    void heldOut_data();
    void heldOut();
    void offsetsPointIntoOriginalText();
    void countsEveryFigureInAList();
    void subjectStartsAtAWord();
    void concurrentUse();
    void figuresWithoutYearAreDatedByReport();
    void keysReadTheListClauseAndHeading_data();
    void keysReadTheListClauseAndHeading();

private:
    static void addColumns();
    static void check();
};

namespace {

const double kNone = std::nan("");

struct Row
{
    const char* name;
    const char* text;
    int nth; // which metric of the sentence
    double value;
    const char* unit;
    const char* qualifier;
    double low;
    double high;
    const char* key;
    const char* period;
    bool target;
};

void addRows(const Row* rows, int count)
{
    for (int i = 0; i < count; ++i) {
        const Row& r = rows[i];
        QTest::newRow(r.name) << QString::fromUtf8(r.text) << r.nth << r.value << QString::fromUtf8(r.unit)
                              << QString::fromUtf8(r.qualifier) << r.low << r.high << QString::fromUtf8(r.key)
                              << QString::fromUtf8(r.period) << r.target;
    }
}

} // namespace

void TestMetricExtractor::addColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("nth");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("period");
    QTest::addColumn<bool>("target");
}

void TestMetricExtractor::check()
{
    QFETCH(QString, text);
    QFETCH(int, nth);
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, qualifier);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(QString, key);
    QFETCH(QString, period);
    QFETCH(bool, target);
    const QVector<Metric> got = MetricExtractor().extract(text, QDate(2023, 6, 1));
    QVERIFY2(got.size() > nth, qPrintable(QStringLiteral("only %1 metrics").arg(got.size())));
    const Metric& m = got[nth];
    const QString where = QStringLiteral("「%1」 subject %2").arg(m.quote, m.subject);
    QVERIFY2(std::fabs(m.value - value) < 1e-6, qPrintable(QString::number(m.value, 'g', 12) + where));
    QCOMPARE(m.unit, unit);
    QCOMPARE(qualifierName(m.qualifier), qualifier);
    QCOMPARE(m.low.has_value(), !std::isnan(low));
    if (m.low) {
        QVERIFY(std::fabs(*m.low - low) < 1e-6);
        QVERIFY(std::fabs(*m.high - high) < 1e-6);
    }
    QVERIFY2(m.key == key, qPrintable(m.key + where));
    // A figure that names no year is dated by its report (published 2023-06-01); the table lists
    // the year a sentence gives itself.
    QCOMPARE(m.periodByReport ? QString() : m.period, period);
    if (m.periodByReport)
        QCOMPARE(m.period, QStringLiteral("2023"));
    QCOMPARE(m.isTarget, target);
    QCOMPARE(m.quote, text.mid(m.start, m.end - m.start));
}

void TestMetricExtractor::sentences_data()
{
    addColumns();
    static const Row rows[] = {
        {"exact 人次", "开展学习培训37场,覆盖干部4998人次。", 1, 4998, "人次", "exact", kNone, kNone,
         "cadre_training_attendance", "", false},
        {"sessions 场", "开展学习培训37场,覆盖干部4998人次。", 0, 37, "场", "exact", kNone, kNone,
         "training_sessions", "", false},
        {"1万余", "去年培训全区干部1万余人次。", 0, 10000, "人次", "at_least", kNone, kNone,
         "cadre_training_attendance", "2022", false},
        {"近1.5亿元", "去年累计发放人才政策补贴近1.5亿元。", 0, 150000000, "元", "at_most", kNone, kNone,
         "talent_subsidy_amount", "2022", false},
        {"最高20万元", "给予企业最高20万元引才补贴。", 0, 200000, "元", "max", kNone, kNone,
         "talent_subsidy_amount", "", false},
        {"约 平方公里", "区域总面积约23平方公里。", 0, 23, "平方公里", "approx", kNone, kNone, "", "", false},
        {"左右", "今年新增就业3000人左右。", 0, 3000, "人", "approx", kNone, kNone, "people_served", "2023",
         false},
        {"上下", "每期学员50人上下。", 0, 50, "人", "approx", kNone, kNone, "", "", false},
        {"大约", "大约200名党员参加。", 0, 200, "名", "approx", kNone, kNone, "party_members", "", false},
        {"超", "开展学习培训超1900场次。", 0, 1900, "场次", "at_least", kNone, kNone, "training_sessions", "",
         false},
        {"超过", "服务企业超过300家。", 0, 300, "家", "at_least", kNone, kNone, "enterprises", "", false},
        {"逾", "吸引逾千名人才报名。", 0, 1000, "名", "at_least", kNone, kNone, "talent_count", "", false},
        {"多", "带动300多名村民就业。", 0, 300, "名", "at_least", kNone, kNone, "people_served", "", false},
        {"以上", "每年引进100名以上医疗卫生人才。", 0, 100, "名", "at_least", kNone, kNone, "talent_count",
         "", false},
        {"至少", "至少举办5场招聘会。", 0, 5, "场", "at_least", kNone, kNone, "events", "", false},
        {"不少于", "每名党员学习不少于32学时的课程,开展培训不少于10期。", 0, 10, "期", "at_least", kNone,
         kNone, "training_sessions", "", false},
        {"上万", "向全区上万名党员推送学习内容。", 0, 10000, "名", "at_least", kNone, kNone, "party_members",
         "", false},
        {"上百", "协调解决基层治理问题上百个。", 0, 100, "个", "at_least", kNone, kNone, "", "", false},
        {"近 with bare 千", "解决群众反映问题近千件。", 0, 1000, "件", "at_most", kNone, kNone, "", "",
         false},
        {"近百家", "走访了近百家区内重点企业。", 0, 100, "家", "at_most", kNone, kNone, "enterprises", "",
         false},
        {"不到", "不到30人的小微企业。", 0, 30, "人", "at_most", kNone, kNone, "", "", false},
        {"不足", "覆盖不足50家企业。", 0, 50, "家", "at_most", kNone, kNone, "enterprises", "", false},
        {"以下", "年龄35岁以下的干部占比达60%。", 0, 60, "%", "exact", kNone, kNone, "share_rate", "", false},
        {"以下 count", "规模在20人以下。", 0, 20, "人", "at_most", kNone, kNone, "", "", false},
        {"不超过", "人才安家补贴不超过30万元。", 0, 300000, "元", "at_most", kNone, kNone,
         "talent_subsidy_amount", "", false},
        {"最多", "引进人才每人最多可获5万元奖励。", 0, 50000, "元", "max", kNone, kNone,
         "talent_subsidy_amount", "", false},
        {"range 3-5万元", "给予3-5万元安家补贴。", 0, 30000, "元", "range", 30000, 50000,
         "talent_subsidy_amount", "", false},
        {"range 1万-5万元", "按1万-5万元给予奖励。", 0, 10000, "元", "range", 10000, 50000, "", "", false},
        {"range 两到三万", "每人两到三万元。", 0, 20000, "元", "range", 20000, 30000, "", "", false},
        {"range 三五百", "每场吸引三五百人参加。", 0, 300, "人", "range", 300, 500, "", "", false},
        {"range 2——3万", "辐射2——3万人。", 0, 20000, "人", "range", 20000, 30000, "", "", false},
        {"range 数十", "推动示范县数十项具体指标落实。", 0, 10, "项", "range", 10, 100, "", "", false},
        {"range 十几", "成立十几个工作专班。", 0, 11, "个", "range", 11, 19, "", "", false},
        {"growth %", "专业技术人员2.09万,同比增长8.3%。", 1, 8.3, "%", "exact", kNone, kNone, "growth_rate",
         "", false},
        {"growth 增幅超", "科技型中小企业447家,增幅超21%。", 1, 21, "%", "at_least", kNone, kNone,
         "growth_rate", "", false},
        {"share 占", "招录紧缺专业公务员人数占计划总数的70%。", 0, 70, "%", "exact", kNone, kNone,
         "share_rate", "", false},
        {"share 100%交叉任职", "村“两委”班子成员100%交叉任职。", 0, 100, "%", "exact", kNone, kNone,
         "share_rate", "", false},
        {"百分之八", "服务业增加值增长百分之八。", 0, 8, "%", "exact", kNone, kNone, "growth_rate", "",
         false},
        {"三分之二", "三分之二的村实现集体经济增收。", 0, 66.67, "%", "exact", kNone, kNone, "share_rate", "",
         false},
        {"implied unit", "就业人数达13.41万人,其中专业技术人员2.09万,同比增长8.3%。", 1, 20900, "人", "exact",
         kNone, kNone, "talent_count", "", false},
        {"亩", "全镇2.7万亩海上养殖基地迎来丰收。", 0, 27000, "亩", "exact", kNone, kNone, "", "", false},
        {"money 亿元", "黄立鱼产值达3亿元。", 0, 300000000, "元", "exact", kNone, kNone, "", "", false},
        {"spoken 一百五", "培训党员一百五十名,其中一百五人次参加线上学习。", 0, 150, "名", "exact", kNone,
         kNone, "cadre_training_attendance", "", false},
        {"spoken 三万五", "发放人才补贴三万五元。", 0, 35000, "元", "exact", kNone, kNone,
         "talent_subsidy_amount", "", false},
        {"spoken 两千六", "培育乡土人才两千六百人。", 0, 2600, "人", "exact", kNone, kNone, "talent_count",
         "", false},
        {"financial", "拨付人才专项资金壹佰贰拾万元。", 0, 1200000, "元", "exact", kNone, kNone,
         "talent_subsidy_amount", "", false},
        {"两个", "新增企业博士后工作站两个。", 0, 2, "个", "exact", kNone, kNone, "research_workstations", "",
         false},
        {"forward 名", "全区有99名珠海工匠。", 0, 99, "名", "exact", kNone, kNone, "skilled_talent", "",
         false},
        {"backward 人", "引进博士45人。", 0, 45, "人", "exact", kNone, kNone, "talent_count", "", false},
        {"period explicit", "2022年,服务产业人才超3800人次。", 0, 3800, "人次", "at_least", kNone, kNone,
         "people_served", "2022", false},
        {"period 年度", "2022年度招录紧缺专业公务员人数占计划总数的70%。", 0, 70, "%", "exact", kNone, kNone,
         "share_rate", "2022", false},
        {"period 今年", "今年举办人才沙龙6期。", 0, 6, "期", "exact", kNone, kNone, "events", "2023", false},
        {"target 计划", "2024年计划开展职业技能培训1000人以上,新增技能人才800人以上。", 1, 800, "人",
         "at_least", kNone, kNone, "skilled_talent", "2024", true},
        {"target 力争", "力争新增高技能人才400人。", 0, 400, "人", "exact", kNone, kNone, "skilled_talent",
         "", true},
        {"target 到2025年", "到2025年新增高级技师30人以上。", 0, 30, "人", "at_least", kNone, kNone,
         "skilled_talent", "2025", true},
        {"full-width", "培训干部１２３人次，增长８．３％。", 1, 8.3, "%", "exact", kNone, kNone,
         "growth_rate", "", false},
        {"thousands separator", "全市就业人数82,225人。", 0, 82225, "人", "exact", kNone, kNone,
         "people_served", "", false},
    };
    addRows(rows, int(sizeof(rows) / sizeof(rows[0])));
}

void TestMetricExtractor::sentences()
{
    check();
}

// Sentences written in the style of other provinces' reports, not taken from the seeds.
void TestMetricExtractor::heldOut_data()
{
    addColumns();
    static const Row rows[] = {
        {"村干部3200余人次", "全县累计培训村干部3200余人次。", 0, 3200, "人次", "at_least", kNone, kNone,
         "cadre_training_attendance", "", false},
        {"奖补资金2.3亿元", "兑现各类人才奖补资金2.3亿元。", 0, 230000000, "元", "exact", kNone, kNone,
         "talent_subsidy_amount", "", false},
        {"高技能人才1.2万人", "新增高技能人才1.2万人。", 0, 12000, "人", "exact", kNone, kNone,
         "skilled_talent", "", false},
        {"党群服务中心128个", "建成党群服务中心128个。", 0, 128, "个", "exact", kNone, kNone,
         "service_stations", "", false},
        {"小巨人企业23家", "全市新培育国家级专精特新“小巨人”企业23家。", 0, 23, "家", "exact", kNone, kNone,
         "enterprises", "", false},
        {"发展党员1.8万名", "2023年,全省新发展党员1.8万名。", 0, 18000, "名", "exact", kNone, kNone,
         "party_members", "2023", false},
        {"招才引智活动46场次", "举办各类招才引智活动46场次。", 0, 46, "场次", "exact", kNone, kNone, "events",
         "", false},
        {"博士后科研工作站5个", "新设立博士后科研工作站5个、院士专家工作站3个。", 0, 5, "个", "exact", kNone,
         kNone, "research_workstations", "", false},
        {"院士专家工作站3个", "新设立博士后科研工作站5个、院士专家工作站3个。", 1, 3, "个", "exact", kNone,
         kNone, "research_workstations", "", false},
        {"突破1.5万人", "全市高层次人才总量突破1.5万人。", 0, 15000, "人", "at_least", kNone, kNone,
         "high_level_talent", "", false},
        {"专题培训班86期", "组织开展各类专题培训班86期,培训党员干部1.1万人次。", 0, 86, "期", "exact", kNone,
         kNone, "training_sessions", "", false},
        {"党员干部1.1万人次", "组织开展各类专题培训班86期,培训党员干部1.1万人次。", 1, 11000, "人次", "exact",
         kNone, kNone, "cadre_training_attendance", "", false},
        {"增加值增长12.5%", "全区规上工业增加值同比增长12.5%。", 0, 12.5, "%", "exact", kNone, kNone,
         "growth_rate", "", false},
        {"学历占比68.3%", "村党组织书记中大专以上学历占比达68.3%。", 0, 68.3, "%", "exact", kNone, kNone,
         "share_rate", "", false},
        {"接待来访群众2.6万人次", "去年累计接待来访群众2.6万人次。", 0, 26000, "人次", "exact", kNone, kNone,
         "people_served", "2022", false},
        {"功能型党支部36个", "组建功能型党支部36个,覆盖流动党员920名。", 0, 36, "个", "exact", kNone, kNone,
         "party_organizations", "", false},
        {"流动党员920名", "组建功能型党支部36个,覆盖流动党员920名。", 1, 920, "名", "exact", kNone, kNone,
         "party_members", "", false},
        {"购房补贴1200余万元", "发放人才购房补贴1200余万元。", 0, 12000000, "元", "at_least", kNone, kNone,
         "talent_subsidy_amount", "", false},
        {"紧缺人才近600名", "引进各类紧缺人才近600名。", 0, 600, "名", "at_most", kNone, kNone,
         "talent_count", "", false},
        {"技能大师工作室4个", "全镇共有技能大师工作室4个。", 0, 4, "个", "exact", kNone, kNone,
         "research_workstations", "", false},
        {"计划引育高层次人才", "计划到2025年引育高层次人才300名以上。", 0, 300, "名", "at_least", kNone,
         kNone, "high_level_talent", "2025", true},
        {"新增就业1.3万人", "全年城镇新增就业1.3万人。", 0, 13000, "人", "exact", kNone, kNone,
         "people_served", "", false},
        {"乡村振兴示范村", "创建市级乡村振兴示范村15个。", 0, 15, "个", "exact", kNone, kNone, "", "", false},
        {"九成以上", "参训学员结业考核合格率达九成以上。", 0, 90, "%", "at_least", kNone, kNone, "share_rate",
         "", false},
        {"近七成", "领办合作社的村党支部占总数的近七成。", 0, 70, "%", "at_most", kNone, kNone, "share_rate",
         "", false},
        {"2.3倍", "兑现人才奖补资金1860.5万元,是2020年的2.3倍。", 1, 2.3, "倍", "exact", kNone, kNone, "",
         "2020", false},
        {"增长一倍", "引进硕士67名,同比增长一倍。", 1, 1, "倍", "exact", kNone, kNone, "growth_rate", "",
         false},
        {"新增一个", "今年新增一个院士工作站。", 0, 1, "个", "exact", kNone, kNone, "research_workstations",
         "2023", false},
        {"基地一个,", "新建人才孵化基地一个,入驻团队17支。", 0, 1, "个", "exact", kNone, kNone, "", "",
         false},
        {"5千元至2万元", "对返乡创业人才给予5千元至2万元一次性创业补贴。", 0, 5000, "元", "range", 5000,
         20000, "talent_subsidy_amount", "", false},
        {"百万元以上", "集体经济收入百万元以上的村37个。", 0, 1000000, "元", "at_least", kNone, kNone, "", "",
         false},
        {"3.2个和2.8个百分点", "满意率分别提升3.2个和2.8个百分点。", 0, 3.2, "个百分点", "exact", kNone,
         kNone, "growth_rate", "", false},
        {"40万元、20万元购房补贴", "对新引进的博士、硕士分别给予40万元、20万元购房补贴。", 0, 400000, "元",
         "exact", kNone, kNone, "talent_subsidy_amount", "", false},
        {"其中国家级3家", "龙头企业达到137家,其中国家级3家、省级21家。", 2, 21, "家", "exact", kNone, kNone,
         "enterprises", "", false},
        {"predicate not key", "组织2600名党员干部下沉一线。", 0, 2600, "名", "exact", kNone, kNone,
         "party_members", "", false},
        {"units each founding", "16个社区全部建立网格党组织。", 0, 16, "个", "exact", kNone, kNone,
         "party_organizations", "", false},
        {"/月 then noun", "对引进人才给予3000-5000元/月生活补贴。", 0, 3000, "元", "range", 3000, 5000,
         "talent_subsidy_amount", "", false},
        {"money named after verb", "对柔性引进人才按每人每月2000元标准发放工作补贴。", 0, 2000, "元", "exact",
         kNone, kNone, "talent_subsidy_amount", "", false},
    };
    addRows(rows, int(sizeof(rows) / sizeof(rows[0])));
}

void TestMetricExtractor::heldOut()
{
    check();
}

void TestMetricExtractor::offsetsPointIntoOriginalText()
{
    const QString text = QStringLiteral("　　今年，全区接待群众超３．２万人次，解决问题近千件。");
    const QVector<Metric> got = MetricExtractor().extract(text);
    QCOMPARE(got.size(), 2);
    QCOMPARE(got[0].quote, QStringLiteral("超３．２万人次"));
    QCOMPARE(got[0].value, 32000.0);
    QCOMPARE(text.mid(got[0].start, got[0].end - got[0].start), got[0].quote);
    QCOMPARE(got[1].quote, QStringLiteral("近千件"));
}

void TestMetricExtractor::countsEveryFigureInAList()
{
    const QString text =
        QStringLiteral("金湾区有专精特新“小巨人”企业14家、省级专精特新企业263家、高新技术企业599家。");
    const QVector<Metric> got = MetricExtractor().extract(text);
    QCOMPARE(got.size(), 3);
    for (const Metric& m : got)
        QCOMPARE(m.key, QStringLiteral("enterprises"));
}

// The Figures pane shows the subject: a list of things counted together is named whole, and an item
// after a figure of its own is not joined to it.
void TestMetricExtractor::subjectStartsAtAWord()
{
    const QString text =
        QStringLiteral("实施至善教育人才培育工程,培育出优秀名校长、名教师8人;设立11个博士工作站。");
    const QVector<Metric> got = MetricExtractor().extract(text);
    QVERIFY(!got.isEmpty());
    QCOMPARE(got[0].quote, QStringLiteral("8人"));
    QCOMPARE(got[0].subject, QStringLiteral("优秀名校长、名教师"));

    const QVector<Metric> list = MetricExtractor().extract(
        QStringLiteral("金湾区有专精特新“小巨人”企业14家、省级专精特新企业263家、高新技术企业599家。"));
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[1].subject, QStringLiteral("省级专精特新企业"));
    QCOMPARE(list[2].subject, QStringLiteral("高新技术企业"));

    // A count of times an action happened names the action with its actor and setting, not the verb
    // phrase alone; the same shape in another sentence.
    const QVector<Metric> visits = MetricExtractor().extract(
        QStringLiteral("我们将始终牢记总书记在浙江工作期间5次调研指导港区时的殷殷嘱托。"));
    QCOMPARE(visits.size(), 1);
    QCOMPARE(visits[0].subject, QStringLiteral("总书记在浙江工作期间调研指导港区"));
    const QVector<Metric> trips = MetricExtractor().extract(
        QStringLiteral("回顾省委书记去年3次调研园区企业时提出的要求,区里制定了新的举措。"));
    QCOMPARE(trips.size(), 1);
    QCOMPARE(trips[0].subject, QStringLiteral("省委书记去年调研园区企业"));
}

void TestMetricExtractor::figuresWithoutYearAreDatedByReport()
{
    const MetricExtractor extractor;
    // Publication date first.
    const QString text = QStringLiteral("近年来,引进博士45人。2022年,培训干部300人次。");
    QVector<Metric> got = extractor.extract(text, QDate(2024, 3, 1));
    QCOMPARE(got.size(), 2);
    QCOMPARE(got[0].period, QStringLiteral("2024"));
    QVERIFY(got[0].periodByReport);
    QCOMPARE(got[1].period, QStringLiteral("2022")); // its own year
    QVERIFY(!got[1].periodByReport);

    // No date: the year the title or opening says the report covers; dates, spans and deadlines
    // ahead do not count.
    got = extractor.extract(QStringLiteral("沙河市2023年度人才工作述职报告\n全年引进各类人才1650人。"));
    QCOMPARE(got.size(), 1);
    QCOMPARE(got[0].period, QStringLiteral("2023"));
    QVERIFY(got[0].periodByReport);
    got = extractor.extract(QStringLiteral("2021—2025年人才规划\n2022年10月发布\n引进博士45人。"));
    QCOMPARE(got.size(), 1);
    QVERIFY(got[0].period.isEmpty());
    QVERIFY(!got[0].periodByReport);
    got = extractor.extract(QStringLiteral("力争到2025年人才总量突破5万人。"));
    QCOMPARE(got.size(), 1);
    QCOMPARE(got[0].period, QStringLiteral("2025")); // its own year, a target
    QVERIFY(!got[0].periodByReport);
    // Nothing to go by: no year.
    got = extractor.extract(QStringLiteral("近年来,引进博士45人。"));
    QCOMPARE(got.size(), 1);
    QVERIFY(got[0].period.isEmpty());
}

void TestMetricExtractor::keysReadTheListClauseAndHeading_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("nth");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("subKey");
    QTest::addColumn<QString>("place"); // where the reason says the cue was read
    // The shapes issue 14 names.
    QTest::newRow("分别 list of people")
        << QStringLiteral("化工、机械两个行业分别有5人、3人获评省级技术能手。") << 1 << "skilled_talent"
        << "contest_winners"
        << "list";
    QTest::newRow("分别 list, last item")
        << QStringLiteral("化工、机械两个行业分别有5人、3人获评省级技术能手。") << 2 << "skilled_talent"
        << "contest_winners"
        << "after";
    QTest::newRow("分别 amounts") << QStringLiteral(
                                         "对乡土人才和工匠分别给予每人每年3000元、2000元的津贴补助。")
                                  << 0 << "talent_subsidy_amount"
                                  << ""
                                  << "list";
    QTest::newRow("分别 amounts after 的")
        << QStringLiteral("对乡土人才和工匠分别给予每人每年3000元、2000元的津贴补助。") << 1
        << "talent_subsidy_amount"
        << ""
        << "after";
    QTest::newRow("programme trainees")
        << QStringLiteral("青年英才计划遴选培养对象48名。") << 0 << "talent_count"
        << "trainees"
        << "phrase";
    QTest::newRow("cadres with other groups")
        << QStringLiteral("全年培训村干部和群众800人次。") << 0 << "cadre_training_attendance"
        << ""
        << "training";
    QTest::newRow("civil servants on a study trip")
        << QStringLiteral("安排约680名公务员到内地机构交流学习。") << 0 << "cadre_training_attendance"
        << ""
        << "training";
    QTest::newRow("members studying online")
        << QStringLiteral("全县9800余名党员参与线上学习。") << 0 << "party_members"
        << ""
        << "after";
    QTest::newRow("fund under a talent heading")
        << QStringLiteral("二、强化人才投入\n市财政每年安排专项资金2300万元。") << 0
        << "talent_subsidy_amount"
        << ""
        << "phrase";
    QTest::newRow("fund without talent")
        << QStringLiteral("二、改善交通\n市财政每年安排专项资金2300万元。") << 0 << ""
        << ""
        << "";
    QTest::newRow("prize in a skills contest")
        << QStringLiteral("举办职业技能大赛3场,决出一等奖8名。") << 1 << "skilled_talent"
        << "contest_winners"
        << "phrase";
    QTest::newRow("prize elsewhere") << QStringLiteral("举办创业大赛3场,决出一等奖8名。") << 1 << ""
                                     << ""
                                     << "";
    QTest::newRow("enterprise kind") << QStringLiteral("全县新认定高新技术企业158家。") << 0 << "enterprises"
                                     << "high_tech"
                                     << "phrase";
    QTest::newRow("enterprise kind 2") << QStringLiteral("入库科技型中小企业447家。") << 0 << "enterprises"
                                       << "tech_sme"
                                       << "phrase";
    QTest::newRow("total of the figure before")
        << QStringLiteral("新认定高新技术企业158家,总数达599家。") << 1 << "enterprises"
        << "high_tech"
        << "list-previous";
    QTest::newRow("part of the figure before")
        << QStringLiteral("设立人才发展专项资金2000万元,其中600万元用于支持返乡创业。") << 1
        << "talent_subsidy_amount"
        << ""
        << "list-previous";
    QTest::newRow("rural talents") << QStringLiteral("认定农村实用人才2100名。") << 0 << "talent_count"
                                   << "rural"
                                   << "phrase";
}

void TestMetricExtractor::keysReadTheListClauseAndHeading()
{
    QFETCH(QString, text);
    QFETCH(int, nth);
    QFETCH(QString, key);
    QFETCH(QString, subKey);
    QFETCH(QString, place);
    const QVector<Metric> got = MetricExtractor().extract(text);
    QVERIFY2(got.size() > nth, qPrintable(QString::number(got.size())));
    const Metric& m = got[nth];
    const QString where = QStringLiteral(" 「%1」 subject %2 reason %3").arg(m.quote, m.subject, m.reason);
    QVERIFY2(m.key == key, qPrintable(m.key + where));
    QVERIFY2(m.subKey == subKey, qPrintable(m.subKey + where));
    QVERIFY2(m.reason.section(QLatin1Char(':'), 0, 0) == place, qPrintable(where));
    QCOMPARE(m.reason.isEmpty(), m.key.isEmpty());
}

void TestMetricExtractor::concurrentUse()
{
    const MetricExtractor extractor;
    const QString text =
        QStringLiteral("培训全区干部1万余人次,发放人才政策补贴近1.5亿元,建成党群服务中心128个。");
    const QVector<Metric> expected = extractor.extract(text);
    QCOMPARE(expected.size(), 3);
    QAtomicInt mismatches = 0;
    QVector<QThread*> threads;
    for (int t = 0; t < 4; ++t) {
        threads << QThread::create([&] {
            for (int k = 0; k < 300; ++k) {
                const QVector<Metric> got = extractor.extract(text);
                if (got.size() != expected.size() || got[1].value != expected[1].value ||
                    got[2].key != expected[2].key)
                    mismatches.fetchAndAddRelaxed(1);
            }
        });
        threads.last()->start();
    }
    for (QThread* th : threads) {
        th->wait();
        delete th;
    }
    QCOMPARE(mismatches.loadRelaxed(), 0);
}

QTEST_GUILESS_MAIN(TestMetricExtractor)
#include "tst_metricextractor.moc"
