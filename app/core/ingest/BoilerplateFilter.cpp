#include "BoilerplateFilter.h"

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
    static const QSet<QString> set = {
        "通知公告", "公告",     "相关阅读", "相关新闻", "相关链接",   "相关文章", "相关报道", "推荐阅读",
        "延伸阅读", "热点推荐", "热门推荐", "热点新闻", "热门文章",   "最新动态", "最新文章", "图片新闻",
        "留言箱",   "留言板",   "我要留言", "网友评论", "发表评论",   "评论",     "打印本页", "打印",
        "打印此页", "打印文章", "关闭窗口", "关闭本页", "关闭",       "返回顶部", "返回首页", "返回列表",
        "返回",     "顶部",     "收藏",     "收藏本页", "收藏本站",   "加入收藏", "分享",     "分享到",
        "设为首页", "网站地图", "联系我们", "关于我们", "正文",       "纠错",     "我要纠错", "扫一扫",
        "用手机看", "手机版",   "手机扫码", "无障碍",   "无障碍浏览", "长者模式", "繁体",     "繁體",
        "简体",     "English",  "TOP",      "top",      "字体",       "字号",     "大",       "中",
        "小",       "默认",     "保存",     "保存本页", "视力保护色", "更多",     "更多>>",   "more",
        "More",     "MORE",     "首页",     "上一篇",   "下一篇",     "上一条",   "下一条",   "微信",
        "微博",     "QQ空间",   "QQ好友",   "朋友圈",   "新浪微博",   "腾讯微博", "登录",     "注册",
        "搜索",     "站内搜索", "点赞",     "取消",     "确定",       "查看原文", "阅读原文"};
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
        "原文链接|原文地址|原文网址)\\s*[::\\x{FF1A}]"));
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

bool BoilerplateFilter::isBoilerplate(const QString& line)
{
    if (line.isEmpty())
        return false;
    if (startsWithMetadataKey(line))
        return false;
    if (isChromeWordLine(line))
        return true;
    if (line.size() <= 400 && startRule().match(line).hasMatch())
        return true;
    if (line.size() <= 150 && !isProse(line) && containsRule().match(line).hasMatch())
        return true;
    return false;
}

int BoilerplateFilter::filter(TextLines& lines)
{
    const int before = int(lines.size());
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
