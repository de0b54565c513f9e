#include "BoilerplateFilter.h"

#include "util/HanScriptFold.h"
#include "util/Utf8Tables.h"

#include <QRegularExpression>
#include <QSet>

namespace rs {

namespace {

// Prose (a real paragraph) ends with sentence punctuation and is longer than any chrome label.
bool isProse(const QString& line)
{
    if (line.size() < 40)
        return false;
    const QChar last = line.back();
    return last == u'。' || last == u'!' || last == u'?' || last == u'”' || last == u'\uFF01' ||
           last == u'\uFF1F' || last == u'…';
}

// Widgets and labels that make up a whole line, alone or in groups ("【打印本页】【关闭窗口】").
const QSet<QString>& chromeWords()
{
    static const QSet<QString> set = utf8Set(
        {"通知公告", "公告", "相关阅读", "相关新闻", "相关链接", "相关文章", "相关报道", "推荐阅读",
         "延伸阅读", "热点推荐", "热门推荐", "热点新闻", "热门文章", "最新动态", "最新文章", "图片新闻",
         "留言箱", "留言板", "我要留言", "网友评论", "发表评论", "评论", "打印本页", "打印", "打印此页",
         "打印文章", "关闭窗口", "关闭本页", "关闭", "返回顶部", "返回首页", "返回列表", "返回", "顶部",
         "收藏", "收藏本页", "收藏本站", "加入收藏", "分享", "分享到", "设为首页", "网站地图", "联系我们",
         "关于我们", "正文", "纠错", "我要纠错", "扫一扫", "用手机看", "手机版", "手机扫码", "无障碍",
         "无障碍浏览", "长者模式", "繁体", "繁體", "简体", "English", "TOP", "top", "字体", "字号", "大",
         "中", "小", "默认", "保存", "保存本页", "视力保护色", "更多", "更多>>", "more", "More", "MORE",
         "首页", "上一篇", "下一篇", "上一条", "下一条", "微信", "微博", "QQ空间", "QQ好友", "朋友圈",
         "新浪微博", "腾讯微博", "登录", "注册", "搜索", "站内搜索", "点赞", "取消", "确定", "查看原文",
         "阅读原文",
         // e-paper pages, WeChat articles and news sites' article tools
         "上一版", "下一版", "版面导航", "标题导航", "往期回顾", "往期", "PDF版", "放大", "缩小", "在看",
         "写留言", "留言", "赞", "往期推荐", "推荐", "纠错", "关注", "关注我们", "二维码", "全文阅读",
         "返回目录", "本版目录", "下载", "附件", "听新闻", "语音播报", "朗读", "复制链接", "小程序"});
    return set;
}

bool isChromeWordLine(const QString& line)
{
    if (line.size() > 60)
        return false;
    static const QRegularExpression separators(
        QStringLiteral("[\\s【】\\[\\]||/·•、>>»::()()\\x{FF1A}\\x{FF08}\\x{FF09}\\x{FF5C}\\x{FF1E}]+"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QStringList tokens = line.split(separators, Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return line.size() <= 3; // lone separators like ">>" or "|"
    for (const QString& t : tokens) {
        if (!chromeWords().contains(t))
            return false;
    }
    return true;
}

// A site's menu: three or more short labels between bars ("首页 | 头条 | 时讯 | 公告 |", "网站地图 | 联系我们
// | 网站声明"), or four or more set apart by wide gaps. Labels are a few characters and never sentences; a
// title with bars ("金湾区 | 以高质量组织力…") has longer parts or fewer of them.
bool isMenuLine(const QString& line)
{
    if (line.size() > 120)
        return false;
    static const QRegularExpression bars(QStringLiteral("\\s*[|\\x{FF5C}\\x{00A6}\\x{4E28}]\\s*"));
    static const QRegularExpression gaps(QStringLiteral("[\\s\\x{3000}]{2,}"));
    static const QRegularExpression sentencePunctuation(
        QStringLiteral("[,。;!?:,;!?\\x{FF0C}\\x{FF1B}\\x{FF01}\\x{FF1F}\\x{FF1A}“”]"));
    auto allLabels = [](const QStringList& parts, int longest) {
        static const QRegularExpression digit(QStringLiteral("\\d"));
        // Digits make a table row of figures ("2021年  2022年  增长"), which is text, not a menu.
        return std::all_of(parts.cbegin(), parts.cend(), [longest](const QString& part) {
            return part.size() <= longest && !part.contains(sentencePunctuation) && !part.contains(digit);
        });
    };
    const QStringList barred = line.split(bars, Qt::SkipEmptyParts);
    if (line.contains(bars) && barred.size() >= 3 && allLabels(barred, 8))
        return true;
    const QStringList spaced = line.split(gaps, Qt::SkipEmptyParts);
    return spaced.size() >= 4 && allLabels(spaced, 6);
}

// A breadcrumb trail: "人民网>>山东频道>>青岛", "网站首页 > 新闻中心 > 区县动态", "某某网站 > 市县动态".
bool isBreadcrumbLine(const QString& line)
{
    if (line.size() > 80)
        return false;
    static const QRegularExpression arrows(
        QStringLiteral("\\s*(?:>>?|\\x{FF1E}{1,2}|\\x{00BB}|\\x{203A}|\\x{2192})\\s*"));
    const QStringList parts = line.split(arrows, Qt::SkipEmptyParts);
    const qsizetype separators = line.count(arrows);
    if (parts.size() < 2 || separators < 1)
        return false;
    static const QRegularExpression sentencePunctuation(
        QStringLiteral("[,。;!?,;!?\\x{FF0C}\\x{FF1B}\\x{FF01}\\x{FF1F}“”]"));
    for (const QString& part : parts) {
        if (part.size() > 14 || part.contains(sentencePunctuation))
            return false;
    }
    static const QRegularExpression siteLabel(QStringLiteral("首页|主页|位置|网站|网$|频道|门户"));
    return separators >= 2 || parts.first().contains(siteLabel);
}

bool isAddressOnlyLine(const QString& line)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(?:https?://|www\\.)[\\w./?=&%#-]+$|^[\\w-]+(?:\\.[\\w-]+)*\\.(?:gov|com|org|net)\\.cn$"),
        QRegularExpression::CaseInsensitiveOption);
    return line.size() <= 120 && re.match(line).hasMatch();
}

// Lines that begin like chrome. Disclaimers are long, so these apply whatever the length.
const QRegularExpression& startRule()
{
    static const QRegularExpression re(
        QStringLiteral(
            "^[\\[【(( \\x{FF08}]*(?:"
            "当前位置|当前所在|您的位置|您现在的位置|你的位置|你现在的位置|你当前的位置|您当前的位置|"
            "所在位置|现在位置|"
            "首页\\s*[>>»/→\\x{FF1E}]|欢迎来到|欢迎访问|欢迎光临|欢迎进入|"
            "免责声明|本站声明|本网声明|版权声明|法律声明|特别声明|声明[::\\x{FF1A}]|本站部分|本网部分|"
            "本站所有|本网所有|"
            "本网站部分|本网站所有|本站转载|本网转载|本站信息|凡本网|凡本站|凡注明|转载请注明|未经授权|"
            "未经许可|"
            "如有侵权|如涉及作品|友情链接|分享到|分享至|扫一扫|微信扫一扫|用微信扫|扫描二维码|"
            "点击蓝字|点击上方|点击关注|长按识别|长按二维码|长按扫码|预览时标签不可点|喜欢此内容的人还喜欢|"
            "继续滑动看下一个|向上滑动看下一个|轻触阅读原文|微信扫描|人民日报社概况|纠错】|"
            "点击[::数量率\\x{FF1A}]|浏览次数|浏览量|浏览[::\\x{FF1A}]|阅读次数|阅读量|访问量|访问次数|【?"
            "字体[::\\x{FF1A}]|【?字号[::\\x{FF1A}]|"
            "网站标识码|技术支持|建议使用|推荐分辨率|最佳浏览|为了获得最佳|"
            "联系电话|联系方式|联系我们[::\\x{FF1A}]|监督电话|举报电话|投诉电话|咨询电话|服务热线|值班电话|"
            "办公电话|"
            "违法和不良信息|不良信息举报|传真[::\\x{FF1A}]|电话[::\\x{FF1A}]|邮箱[::\\x{FF1A}]|电子邮箱|"
            "电子邮件[::\\x{FF1A}]|E-?mail|邮编|邮政编码|"
            "地址[::\\x{FF1A}]|联系地址|通讯地址|办公地址|第[一二三四五]办公区|客服QQ|通联QQ|QQ[::\\x{FF1A}]|"
            "QQ群|"
            "微信公众号|官方微信|官方微博|\\S{0,3}ICP|公网安备|\\S{1,2}公网安备|Copyright|版权所有|©|\\(C\\)|"
            "主办单位|承办单位|主管单位|协办单位|主办[::\\x{FF1A}]|主管[::\\x{FF1A}]|承办[::\\x{FF1A}]|协办[:"
            ":\\x{FF1A}]|运维单位|网站维护)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Markers that make a short, non-prose line chrome wherever they appear in it.
const QRegularExpression& containsRule()
{
    static const QRegularExpression re(
        QStringLiteral("版权所有|版权归|Copyright|©|ICP备|ICP证|公网安备|网站标识码|"
                       "(?:主办|承办|主管|协办)(?:单位)?\\s*(?:[||\\x{FF5C}]|$)|"
                       "(?:电话|热线|传真|邮箱|E-?mail|QQ)\\s*[::\\x{FF1A}]\\s*[\\d\\w(\\x{FF08}]|"
                       "[\\w.+-]+@[\\w-]+\\.[\\w.]+|"
                       "(?:>|\\x{FF1E}|»)\\s*正文\\s*$|"
                       "(?:上一篇|下一篇|分享到|浏览次数|点击数|阅读次数)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& metadataKeyRule()
{
    static const QRegularExpression re(QStringLiteral(
        "^[\\[【(( \\x{FF08}]*(?:发布时间|发布日期|发表时间|发稿时间|更新时间|时间|日期|来源于|来源|稿源|"
        "信息来源|文章来源|作者|记者|通讯员|责编|责任编辑|编辑|文字|采写|撰文|摄影|图片|"
        "原文链接|原文地址|原文网址)\\s*[::\\x{FF1A}|\\x{FF5C}]"));
    return re;
}

bool looksLikeDate(const QString& line)
{
    static const QRegularExpression re(
        QStringLiteral("\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}"));
    return re.match(line).hasMatch();
}

} // namespace

bool BoilerplateFilter::startsWithMetadataKey(const QString& line)
{
    return metadataKeyRule().match(line).hasMatch();
}

bool BoilerplateFilter::looksLikeSiteName(const QString& line)
{
    static const QRegularExpression re(
        QStringLiteral("^[\\w\\s·-]{2,14}(?:网|网站|门户|门户网站|中心|频道|在线|平台|官网)$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return line.size() <= 16 && re.match(line).hasMatch();
}

bool BoilerplateFilter::isBoilerplate(const QString& written)
{
    if (written.isEmpty())
        return false;
    // Keys and chrome words may be written in traditional characters (發布時間, 【關閉】).
    const QString line = HanScriptFold::fold(written);
    // A line opening with a date is a dateline ("2023-10-09 某某融媒体中心 点击数：358"), even with a
    // counter or widget in it: MetadataDetector takes what it states and drops it.
    static const QRegularExpression leadingDate(
        QStringLiteral("^(?:19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}"));
    if (startsWithMetadataKey(line) || leadingDate.match(line).hasMatch())
        return false;
    if (isChromeWordLine(line) || isMenuLine(line) || isBreadcrumbLine(line) || isAddressOnlyLine(line))
        return true;
    if (line.size() <= 400 && startRule().match(line).hasMatch())
        return true;
    if (line.size() <= 150 && !isProse(line)) {
        // Footers spaced out letter by letter ("人 民 网 … 版 权 所 有") read the same without the spaces.
        QString unspaced = line;
        static const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}]"));
        unspaced.remove(spaces);
        if (containsRule().match(line).hasMatch() || containsRule().match(unspaced).hasMatch())
            return true;
    }
    return false;
}

namespace {

// Table debris around a line ("| 晋江市召开… | |||||||||") is markup lost in copying, never text.
void trimTableDebris(TextLines& lines)
{
    static const QRegularExpression edges(
        QStringLiteral("^[\\s\\x{3000}|\\x{FF5C}\\x{00A6}]+|[\\s\\x{3000}|\\x{FF5C}\\x{00A6}]+$"));
    for (TextLine& line : lines) {
        if (line.text.startsWith(u'|') || line.text.endsWith(u'|') || line.text.startsWith(u'\uFF5C') ||
            line.text.endsWith(u'\uFF5C'))
            line.text.remove(edges);
    }
    lines.erase(
        std::remove_if(lines.begin(), lines.end(), [](const TextLine& l) { return l.text.isEmpty(); }),
        lines.end());
}

// "相关新闻", "往期推荐": after the article, such a label heads a list of other articles' titles. The label
// and the short lines after it go, up to the next paragraph of prose.
void removeRelatedLists(TextLines& lines)
{
    static const QRegularExpression label(QStringLiteral(
        "^[【\\[]?(?:相关新闻|相关阅读|相关链接|相关文章|相关报道|往期推荐|往期回顾|推荐阅读|延伸阅读|"
        "热点推荐|"
        "热门推荐|热门文章|精彩推荐|更多精彩|猜你喜欢|你可能还喜欢|阅读推荐)[】\\]]?[::\\x{FF1A}]?$"));
    bool seenProse = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (isProse(lines[i].text)) {
            seenProse = true;
            continue;
        }
        if (!seenProse || !label.match(HanScriptFold::fold(lines[i].text)).hasMatch())
            continue;
        qsizetype end = i + 1;
        while (end < lines.size() && !isProse(lines[end].text))
            ++end;
        lines.remove(i, end - i);
        --i;
    }
}

} // namespace

int BoilerplateFilter::filter(TextLines& lines)
{
    const int before = int(lines.size());
    trimTableDebris(lines);
    removeRelatedLists(lines);
    lines.erase(std::remove_if(lines.begin(), lines.end(),
                               [](const TextLine& l) { return !l.caption && isBoilerplate(l.text); }),
                lines.end());

    // A bare site name above the title is chrome; the title itself is the last short line before
    // the prose starts, so a site name is only dropped when another heading-like line follows it.
    for (qsizetype i = 0; i + 1 < lines.size() && i < 6;) {
        const QString& text = lines[i].text;
        if (isProse(text))
            break;
        if (!looksLikeDate(text) && looksLikeSiteName(text) && !isProse(lines[i + 1].text)) {
            lines.remove(i);
            continue;
        }
        ++i;
    }
    return before - int(lines.size());
}

} // namespace rs
