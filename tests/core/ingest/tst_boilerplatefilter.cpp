#include "ingest/BoilerplateFilter.h"

#include <QTest>

using rs::BoilerplateFilter;

class TstBoilerplateFilter : public QObject
{
    Q_OBJECT
private slots:
    void boilerplate_data()
    {
        QTest::addColumn<QString>("line");
        const char* lines[] = {
            "当前所在:首页 > 勤廉风采 > 正文",
            "当前位置:首页 > 新闻中心 > 工作动态",
            "您的位置:首页 >> 政务公开",
            "您现在的位置: 首页 » 要闻",
            "首页 > 新闻 > 正文",
            "通知公告",
            "相关阅读",
            "留言箱",
            "【打印本页】【关闭窗口】",
            "[打印] [关闭]",
            "打印本页 | 关闭窗口",
            "【字体:大 中 小】",
            "字号:大 中 小",
            "分享到:微信 微博 QQ空间",
            "点击:1234",
            "浏览次数:56",
            "阅读次数:89 【字体:大 中 小】",
            "欢迎来到廉政法治网!",
            "欢迎访问某某市人民政府门户网站",
            "[免责声明] "
            "本文来源于网络转载,仅供学习交流使用,不构成商业目的。版权归原作者所有,"
            "如涉及作品内容、版权和其它问题,"
            "请在30日内与本网联系,我们将在第一时间处理。",
            "本站部分信息由相应民事主体自行提供,"
            "该信息内容的真实性、准确性和合法性应由该民事主体负责。廉政法治网 "
            "对此不承担任何保证责任。",
            "本网部分转载文章、图片等无法联系到权利人,请相关权利人联系本网站索取稿酬。",
            "北京中农兴业网络技术有限公司主办 | 政讯通-全国政务信息一体化办公室 主管",
            "廉政法治网 lzfz.org.cn 版权所有。",
            "Copyright © 2023 某某市人民政府 All Rights Reserved",
            "粤ICP备12345678号-1",
            "京公网安备 11010102000001号",
            "网站标识码:4400000001",
            "主办单位:某某市人民政府办公室 承办单位:某某市政务服务数据管理局",
            "联系电话:010-56212745、010-53382908,监督电话:18518469856,违法和不良信息举报电话:010-57028685",
            "第一办公区:北京市东城区建国门内大街26号新闻大厦5层;第二办公区:北京市西城区砖塔胡同56号西配楼",
            "邮箱:qgfzdyzx@163.com  客服QQ:3206414697 通联QQ:1224368922",
            "地址:广东省珠海市金湾区金湖路1号 邮编:519090",
            "电话:0756-7262222 传真:0756-7262223",
            "E-mail: office@example.gov.cn",
            "技术支持:某某网络科技有限公司",
            "上一篇:湘桥区召开会议",
            "下一篇:没有了",
            "扫一扫在手机打开当前页",
            "返回顶部",
            "转载请注明来源",
        };
        for (const char* l : lines)
            QTest::newRow(l) << QString::fromUtf8(l);
    }
    void boilerplate()
    {
        QFETCH(QString, line);
        QVERIFY(BoilerplateFilter::isBoilerplate(line));
    }

    void content_data()
    {
        QTest::addColumn<QString>("line");
        const char* lines[] = {
            // sentences that mention chrome words are content
            "为方便群众办事,该区开通了24小时服务热线电话,群众可通过电话、网站和微信公众号等渠道反映诉求,"
            "相关部门将在3个工作日内答复。",
            "由区委组织部主办、区人社局承办的人才交流会在金湾区举行,吸引了200多家企业参加。",
            "会议指出,要尊重知识产权,凡版权所有者依法享有的权利都应得到保护,推动形成良好创新生态。",
            "培根铸魂",
            "为高质量发展注入“红色动能”",
            "金湾区生物医药行业举行党建工作交流会。",
            // metadata lines are left for MetadataDetector
            "发布时间:2023-04-24 来源: 中共广东省委组织部 作者:佚名",
            "原文链接:https://www.gdzz.gov.cn/rcgz/gzdt/content/post_18406.html",
            "来源:某某日报 点击:120",
        };
        for (const char* l : lines)
            QTest::newRow(l) << QString::fromUtf8(l);
    }
    void content()
    {
        QFETCH(QString, line);
        QVERIFY(!BoilerplateFilter::isBoilerplate(line));
    }

    void fullWidthPunctuation()
    {
        // Real pages use full-width colons and brackets; the seeds happen to use half-width ones.
        QVERIFY(BoilerplateFilter::isBoilerplate(QStringLiteral("当前位置\uFF1A首页 \uFF1E 正文")));
        QVERIFY(BoilerplateFilter::isBoilerplate(QStringLiteral("联系电话\uFF1A0756-1234567")));
        QVERIFY(BoilerplateFilter::isBoilerplate(QStringLiteral("\uFF08C\uFF09版权所有")));
        QVERIFY(BoilerplateFilter::startsWithMetadataKey(QStringLiteral("来源\uFF1A某某日报")));
    }

    void filterCountsAndSiteName()
    {
        rs::TextLines lines;
        for (const char* l :
             {"政讯通中心", "欢迎来到廉政法治网!", "当前所在:首页 > 勤廉风采 > 正文",
              "潮州湘桥:“678”引才工作法 聚特色产业人才",
              "近年来,湘桥区实施人才强区战略,努力为推动高质量发展打下坚实的人才基础。但在发展过程中,"
              "辖区人才总量、质量和结构仍较难满足区域高质量发展的需要。",
              "相关阅读", "留言箱"})
            lines.append({QString::fromUtf8(l), false});
        QCOMPARE(BoilerplateFilter::filter(lines), 5);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first().text, QStringLiteral("潮州湘桥:“678”引才工作法 聚特色产业人才"));
    }

    void titleIsNotTakenForASiteName()
    {
        // A short heading that is the title itself (followed by prose) stays.
        rs::TextLines lines{
            {QStringLiteral("人才服务中心"), false},
            {QStringLiteral("近年来,湘桥区大力推进人才发展体制机制改革,在健全党管人才机制、开展特色活动、"
                            "服务保障、作用发挥等方面做了大量工作。"),
             false}};
        QCOMPARE(BoilerplateFilter::filter(lines), 0);
        QCOMPARE(lines.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TstBoilerplateFilter)
#include "tst_boilerplatefilter.moc"
