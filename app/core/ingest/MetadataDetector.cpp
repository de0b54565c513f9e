#include "MetadataDetector.h"

#include "BoilerplateFilter.h"
#include "util/HanScriptFold.h"
#include "util/Utf8Tables.h"

#include <QRegularExpression>
#include <QSet>

namespace rs {

namespace {

constexpr int kMaxMetadataLine = 200;
constexpr int kMaxHeading = 100;
// The title sits above the article; it is looked for among the first lines only.
constexpr int kTitleWindow = 8;

enum class Field
{
    Date,
    Source,
    Author,
    Contributor,
    Url,
    Ignored
};

struct Found
{
    QDate date;
    QString dateText;
    QString source;         // stated with a key ("来源:")
    QString datelineSource; // an outlet in front of a date ("珠海特区报 2023-03-24")
    QString contributor;    // who sent the report in ("（某某区委组织部供稿）")
    QStringList authors;
    QString url;
};

const QRegularExpression& keyRe()
{
    // Longer keys first so that "责任编辑" is not read as "编辑". Single-character keys must not
    // follow a Han character, or "中文:" would be read as the key "文".
    static const QRegularExpression re(
        QStringLiteral(
            "(发布时间|发布日期|发表时间|发稿时间|更新时间|发文日期|成文日期|时间|日期|来源于|信息来源|"
            "文章来源|新闻来源|稿件来源|来源单位|来源|稿源|出处|发布机构|发文机关|发布单位|作者|撰稿人|撰稿|"
            "撰文|采写|文字|记者|通讯员|索引号|主题分类|体裁分类|组配分类|服务对象|发文字号|文号|公开方式|"
            "公开范围|公开时限|有效性|所属机构|初审|复审|终审|一审|二审|三审|审签|签发|值班编辑|主编|监制|"
            "统筹|策划|美编|校审|核稿|"
            "文/图|(?<!\\p{Han})文|责任编辑|责编|编审|审核|编辑|校对|摄影|摄像|图片|(?<!\\p{Han})图|"
            "原文链接|原文地址|原文网址|原文|点击数|点击|浏览次数|浏览|阅读次数|阅读|访问量|字号|字体)"
            "[\\s\\x{3000}]*[::\\x{FF1A}|\\x{FF5C}]"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

Field fieldOf(const QString& key)
{
    static const QHash<QString, Field> fields = utf8Hash<Field>(
        {{"发布时间", Field::Date},   {"发布日期", Field::Date},   {"发表时间", Field::Date},
         {"发稿时间", Field::Date},   {"更新时间", Field::Date},   {"发文日期", Field::Date},
         {"成文日期", Field::Date},   {"时间", Field::Date},       {"日期", Field::Date},
         {"来源于", Field::Source},   {"信息来源", Field::Source}, {"文章来源", Field::Source},
         {"新闻来源", Field::Source}, {"稿件来源", Field::Source}, {"来源", Field::Source},
         {"稿源", Field::Source},     {"出处", Field::Source},     {"作者", Field::Author},
         {"撰稿人", Field::Author},   {"撰稿", Field::Author},     {"撰文", Field::Author},
         {"采写", Field::Author},     {"文字", Field::Author},     {"记者", Field::Author},
         {"通讯员", Field::Author},   {"文/图", Field::Author},    {"文", Field::Author},
         {"原文链接", Field::Url},    {"原文地址", Field::Url},    {"原文网址", Field::Url},
         {"原文", Field::Url},        {"来源单位", Field::Source}, {"发布机构", Field::Source},
         {"发文机关", Field::Source}, {"发布单位", Field::Source}});
    return fields.value(key, Field::Contributor);
}

bool isIgnoredKey(const QString& key)
{
    // The register fields of a government portal's disclosure table (索引号, 主题分类, 发文字号 …).
    static const QSet<QString> registerFields =
        utf8Set({"索引号", "主题分类", "体裁分类", "组配分类", "服务对象", "发文字号", "文号", "公开方式",
                 "公开范围", "公开时限", "有效性", "所属机构"});
    return key.startsWith(u'点') || key.startsWith(u'浏') || key.startsWith(u'阅') ||
           key == QStringLiteral("访问量") || key.startsWith(u'字') || registerFields.contains(key);
}

QString cleanValue(QString value)
{
    // Widgets trail metadata on the same line ("来源:某某日报 【字体:大 中 小】"); an opening
    // bracket whose key was taken as the next segment is cut off with everything after it.
    static const QRegularExpression brackets(QStringLiteral("【[^】]*】|\\[[^\\]]*\\]|[【\\[].*$"));
    value.remove(brackets);
    static const QRegularExpression edges(
        QStringLiteral("^[\\s\\x{3000}\\x{00A0}|||::\\x{FF1A}\\x{FF5C}【】\\[\\]]+|[\\s\\x{3000}\\x{00A0}|||:"
                       ":\\x{FF1A}\\x{FF5C}【】\\[\\]]+$"),
        QRegularExpression::UseUnicodePropertiesOption);
    value.remove(edges);
    return value;
}

const QRegularExpression& dateRe()
{
    static const QRegularExpression re(
        QStringLiteral("((?:19|20)\\d{2})\\s*([-/.年])\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(\\s*日)?"));
    return re;
}

// Applies "key: value key: value" segments starting at `from`. Returns false when the text there
// is not a run of metadata segments (e.g. "时间:上午九点" in a notice is content).
bool applySegments(const QString& line, qsizetype from, Found& found)
{
    // Keys may be written in traditional characters (發布時間, 來源); folding keeps every offset.
    const QString folded = HanScriptFold::fold(line);
    QRegularExpressionMatchIterator it = keyRe().globalMatch(folded, from);
    QVector<QRegularExpressionMatch> keys;
    while (it.hasNext())
        keys.append(it.next());
    if (keys.isEmpty() || !cleanValue(line.mid(from, keys.first().capturedStart() - from)).isEmpty())
        return false;

    Found local;
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const QString key = keys[k].captured(1);
        const qsizetype end = k + 1 < keys.size() ? keys[k + 1].capturedStart() : line.size();
        const QString value = cleanValue(line.mid(keys[k].capturedEnd(), end - keys[k].capturedEnd()));
        if (isIgnoredKey(key))
            continue;
        switch (fieldOf(key)) {
        case Field::Date: {
            QString written;
            const QDate date = MetadataDetector::parseDate(value, &written);
            if (!date.isValid())
                return false;
            if (!local.date.isValid()) {
                local.date = date;
                local.dateText = written;
            }
            break;
        }
        case Field::Source:
            if (local.source.isEmpty())
                local.source = value;
            break;
        case Field::Author:
            local.authors += MetadataDetector::parseAuthors(value);
            break;
        case Field::Url: {
            static const QRegularExpression url(QStringLiteral("(https?://|www\\.)[^\\s\\x{3000}<>\"]+"));
            const QRegularExpressionMatch m = url.match(value);
            if (!m.hasMatch() && k == 0)
                return false;
            if (m.hasMatch() && local.url.isEmpty())
                local.url = m.captured(0);
            break;
        }
        case Field::Contributor:
        case Field::Ignored:
            break;
        }
    }
    if (!found.date.isValid() && local.date.isValid()) {
        found.date = local.date;
        found.dateText = local.dateText;
    }
    if (found.source.isEmpty())
        found.source = local.source;
    for (const QString& a : std::as_const(local.authors)) {
        if (!found.authors.contains(a))
            found.authors.append(a);
    }
    if (found.url.isEmpty())
        found.url = local.url;
    return true;
}

const QRegularExpression& spaces()
{
    static const QRegularExpression re(QStringLiteral("[\\s\\x{3000}]+"));
    return re;
}

// The outlet written in front of a date, as the user should read it: a WeChat header's "原创" mark and
// its repeated name ("原创 江夏组工 江夏组工" → "江夏组工"), an e-paper's page ("温州日报 第03版：要闻" →
// "温州日报").
QString outletName(QString outlet, bool weChatHeader)
{
    static const QRegularExpression original(QStringLiteral("^(?:原创|转载)[\\s\\x{3000}]*"));
    static const QRegularExpression edition(QStringLiteral(
        "[\\s\\x{3000}]*第?\\s*[A-Za-z]?\\d{1,3}\\s*版(?:[\\s\\x{3000}]*[:：\\x{FF1A}]?[\\s\\x{3000}]*"
        "[^\\s\\x{3000}]{1,8})?$"));
    outlet.remove(original);
    outlet.remove(edition);
    const QStringList words = outlet.split(spaces(), Qt::SkipEmptyParts);
    // A WeChat header names the author, then the account: the account is the source.
    if (weChatHeader && words.size() >= 2)
        return words.last();
    return cleanValue(outlet);
}

// "珠海特区报 2023-03-24 11:35", "2022年10月15日 星期六 来源:…", "温州日报 第03版：要闻 2023年04月18日",
// "原创 江夏组工 江夏组工 2023-07-03 18:30 发表于湖北", "2023-10-09 兰州市城关区融媒体中心  点击数：358": a
// date at the start of the line or after a short outlet name, followed by nothing but a time, a
// weekday, where a WeChat article was posted from, an outlet's name or keyed metadata.
bool applyDateline(const QString& line, Found& found)
{
    if (line.size() > 80)
        return false;
    const QRegularExpressionMatch m = dateRe().match(line);
    if (!m.hasMatch())
        return false;
    static const QRegularExpression outletRe(QStringLiteral(
        "^[^\\d,,。;;::!!??、()()\\x{FF1A}\\x{FF0C}\\x{FF08}\\x{FF09}\\x{FF1B}\\x{FF01}\\x{FF1F}]{0,24}$"));
    static const QRegularExpression edition(QStringLiteral("第?\\s*[A-Za-z]?\\d{1,3}\\s*版"));
    const QString before = cleanValue(line.left(m.capturedStart()));
    QString withoutEdition = before;
    static const QRegularExpression editionToEnd(edition.pattern() + QStringLiteral(".*$"));
    withoutEdition.remove(editionToEnd);
    if (!outletRe.match(before).hasMatch() && !outletRe.match(withoutEdition).hasMatch())
        return false;
    static const QRegularExpression tail(QStringLiteral(
        "[\\s\\x{3000}]*(\\d{1,2}[:\\x{FF1A}]\\d{2}([:\\x{FF1A}]\\d{2})?)?[\\s\\x{3000}]*([(("
        "\\x{FF08}]?(星期|周)[一二三四五六日天][))\\x{FF09}]?)?"
        "[\\s\\x{3000}]*(发表于[^\\s\\x{3000}]{1,10})?[\\s\\x{3000}]*"
        "(第\\s*[A-Za-z]?\\d{1,3}\\s*版(?:[:：\\x{FF1A}]\\s*[^\\s\\x{3000}]{1,8})?)?[\\s\\x{3000}]*"));
    const QRegularExpressionMatch t = tail.match(line, m.capturedEnd(), QRegularExpression::NormalMatch,
                                                 QRegularExpression::AnchorAtOffsetMatchOption);
    const bool weChatHeader = t.capturedLength(5) > 0;
    qsizetype rest = t.capturedEnd();
    QString outlet = outletName(before, weChatHeader);
    Found local;
    if (rest < line.size() && !applySegments(line, rest, local)) {
        // An outlet after the date ("2023-10-09 兰州市城关区融媒体中心"), then keyed widgets or nothing.
        static const QRegularExpression outletAfter(
            QStringLiteral("[^\\d,,。;;::!!??、\\x{FF1A}\\x{FF0C}\\x{FF1B}\\x{FF01}\\x{FF1F}\\s]{2,20}"
                           "(?:报|网|台|中心|融媒|频道|发布|组工|党建|新闻|传媒|公众号|部|委|局|办|政府)(?=["
                           "\\s\\x{3000}]|$)"));
        const QRegularExpressionMatch after = outletAfter.match(
            line, rest, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!after.hasMatch() || !outlet.isEmpty())
            return false;
        const qsizetype next = after.capturedEnd();
        static const QRegularExpression visible(QStringLiteral("[^\\s\\x{3000}]"));
        const qsizetype keyed = line.indexOf(visible, next);
        if (keyed >= 0 && !applySegments(line, keyed, local))
            return false;
        outlet = after.captured(0);
        rest = keyed >= 0 ? keyed : line.size();
    }
    const QDate date = QDate(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    if (!date.isValid())
        return false;
    if (!found.date.isValid()) {
        found.date = date;
        found.dateText = m.captured(0).trimmed();
    }
    if (found.datelineSource.isEmpty() && !outlet.isEmpty())
        found.datelineSource = outlet;
    if (rest < line.size())
        applySegments(line, rest, found);
    return true;
}

// Bylines without a colon: "本报记者 张三 通讯员 李四", "文/张三".
bool applyByline(const QString& line, Found& found)
{
    if (line.size() > 40)
        return false;
    static const QRegularExpression re(
        QStringLiteral("^[((\\x{FF08}]?(?:(?:本报|本刊|本台|本网)?(?:特约|见习|实习)?(?:记者|通讯员)[\\s\\x{"
                       "3000}]+|文/|文\\s*\\|)"
                       "([^,,。;;!!??::\\x{FF1A}\\x{FF0C}\\x{FF1B}\\x{FF01}\\x{FF1F}]+?)[))\\x{FF09}]?$"),
        QRegularExpression::UseUnicodePropertiesOption);
    // 本報記者 / 通訊員 in traditional script are bylines too; the names are kept as written.
    const QRegularExpressionMatch m = re.match(HanScriptFold::fold(line));
    if (!m.hasMatch())
        return false;
    for (const QString& a :
         MetadataDetector::parseAuthors(line.mid(m.capturedStart(0), m.capturedLength(0)))) {
        if (!found.authors.contains(a))
            found.authors.append(a);
    }
    return true;
}

// "（临桂区委组织部供稿）" closing a report names who sent it: the source, unless one is stated.
bool applyContributedBy(const QString& line, Found& found)
{
    if (line.size() > 40)
        return false;
    static const QRegularExpression re(QStringLiteral("^[((\\x{FF08}]([^()()\\x{FF08}\\x{FF09},,。\\x{FF0C}]{"
                                                      "2,30}?)(?:供稿|投稿|来稿|报送)[))\\x{FF09}]$"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return false;
    if (found.contributor.isEmpty())
        found.contributor = m.captured(1).trimmed();
    return true;
}

bool isMetadataLine(const QString& line, Found& found)
{
    if (line.size() > kMaxMetadataLine)
        return false;
    static const QRegularExpression lead(QStringLiteral("^[\\[【((\\s\\x{3000}\\x{FF08}]*"));
    const qsizetype start = lead.match(line).capturedEnd();
    const QRegularExpressionMatch key = keyRe().match(HanScriptFold::fold(line), start);
    if (key.hasMatch() && key.capturedStart() == start)
        return applySegments(line, start, found);
    return applyDateline(line, found) || applyByline(line, found) || applyContributedBy(line, found);
}

QString metaValue(const QHash<QString, QString>& meta, std::initializer_list<const char*> keys)
{
    for (const char* k : keys) {
        const QString v = meta.value(QLatin1String(k)).trimmed();
        if (!v.isEmpty())
            return v;
    }
    return {};
}

bool endsSentence(const QString& line)
{
    qsizetype i = line.size() - 1;
    // Look through closing quotes and brackets: "…“红色动能”" is a heading, "…。”" is a sentence.
    while (i > 0 && QStringLiteral(u"”’\"')\uFF09】」』").contains(line[i]))
        --i;
    return i >= 0 && QStringLiteral(u"。.;\uFF1B,\uFF0C、:\uFF1A…").contains(line[i]);
}

} // namespace

QDate MetadataDetector::parseDate(const QString& text, QString* written)
{
    const QRegularExpressionMatch m = dateRe().match(text);
    if (!m.hasMatch())
        return {};
    // "2023年4-24" mixes styles and is not a date anyone writes.
    const QString sep = m.captured(2);
    const QDate date(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    if (!date.isValid())
        return {};
    if ((sep == QStringLiteral("年")) != m.captured(0).contains(u'月'))
        return {};
    if (written)
        *written = m.captured(0).trimmed();
    return date;
}

QStringList MetadataDetector::parseAuthors(const QString& value)
{
    static const QRegularExpression roles(
        QStringLiteral("(?:本报|本刊|本台|本网|本站)?(?:特约|见习|实习|首席)?(?:记者|通讯员)|^文/"
                       "|^文\\s*\\||[((\\x{FF08}][^))\\x{FF09}]*[))\\x{FF09}]"));
    // Roles are found in the folded text (本報記者), removed from the text as written.
    QString v = value;
    const QString folded = HanScriptFold::fold(value);
    QVector<QRegularExpressionMatch> found;
    QRegularExpressionMatchIterator it = roles.globalMatch(folded);
    while (it.hasNext())
        found.append(it.next());
    for (auto m = found.crbegin(); m != found.crend(); ++m)
        v.remove(m->capturedStart(), m->capturedLength());
    static const QRegularExpression separators(
        QStringLiteral("[\\s\\x{3000}\\x{00A0},,、;;/||\\x{FF0C}\\x{FF1B}\\x{FF5C}]+"));
    const QStringList tokens = v.split(separators, Qt::SkipEmptyParts);
    QStringList authors;
    QString pending;
    // Two-character names are often padded to three ("张 洲"); single characters belong together.
    for (const QString& t : tokens) {
        if (t.size() == 1) {
            pending += t;
            continue;
        }
        if (!pending.isEmpty()) {
            authors << pending;
            pending.clear();
        }
        authors << t;
    }
    if (!pending.isEmpty())
        authors << pending;
    return authors;
}

QString MetadataDetector::firstSentenceTitle(const QString& text, int maxLength)
{
    // A full stop ends an English sentence only before a space: "1.5亿" goes on.
    static const QRegularExpression sentenceEnd(
        QStringLiteral("[。!?;!?;\\x{FF01}\\x{FF1F}\\x{FF1B}…]|\\.(?=\\s|$)"));
    const qsizetype end = text.indexOf(sentenceEnd);
    QString sentence = (end < 0 ? text : text.left(end)).trimmed();
    if (sentence.size() > maxLength) {
        // The last pause within the limit keeps the title a whole clause.
        static const QRegularExpression pause(QStringLiteral("[,,、::\\x{FF0C}\\x{FF1A}\\s]"));
        const qsizetype cut = sentence.left(maxLength + 1).lastIndexOf(pause);
        sentence = cut >= maxLength / 3 ? sentence.left(cut) : sentence.left(maxLength) + QStringLiteral("…");
    }
    // Pauses and dashes at the edges go; quotes and brackets stay, or 出台“汇才十条” would lose its ”.
    static const QRegularExpression edges(QStringLiteral(
        "^[\\s,,、::;;。—\\-\\x{FF0C}\\x{FF1A}\\x{FF1B}]+|[\\s,,、::;;。—\\-\\x{FF0C}\\x{FF1A}\\x{FF1B}]+$"));
    if (!sentence.endsWith(QStringLiteral("…")))
        sentence.remove(edges);
    static const QRegularExpression word(QStringLiteral("[\\p{L}]"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    // A title needs words: "2023 15.6 8" or "…" alone says nothing.
    return word.match(sentence).hasMatch() && sentence.size() >= 2 ? sentence : QString();
}

bool MetadataDetector::isHeadingLike(const QString& line)
{
    return line.size() >= 2 && line.size() <= kMaxHeading && !endsSentence(line) && !line.contains(u'。');
}

namespace {

// HTML <meta> hints fill what the text does not state.
void fillFromMeta(const QHash<QString, QString>& meta, Found& found)
{
    if (!found.date.isValid()) {
        const QString published =
            metaValue(meta, {"article:published_time", "publishdate", "pubdate", "publishtime",
                             "og:release_date", "dc.date", "date", "firstpublishedtime", "datepublished"});
        QString written;
        const QDate date = MetadataDetector::parseDate(published, &written);
        if (date.isValid()) {
            found.date = date;
            found.dateText = written;
        }
    }
    if (found.source.isEmpty())
        found.source = metaValue(meta, {"source", "contentsource", "article:source", "copyfrom"});
    if (found.authors.isEmpty()) {
        const QString author = metaValue(meta, {"author", "article:author", "byline"});
        if (!author.isEmpty())
            found.authors = MetadataDetector::parseAuthors(author);
    }
}

// The title: the first heading-like line above the prose, a line the page title holds first; -1 if none.
qsizetype findTitleLine(const TextLines& lines, const QString& documentTitle)
{
    const qsizetype window = qMin<qsizetype>(lines.size(), kTitleWindow);
    if (!documentTitle.isEmpty()) {
        for (qsizetype i = 0; i < window; ++i) {
            const QString& t = lines[i].text;
            if (t.size() >= 4 && MetadataDetector::isHeadingLike(t) && documentTitle.contains(t))
                return i;
        }
    }
    static const QRegularExpression word(QStringLiteral("\\p{L}"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    for (qsizetype i = 0; i < window; ++i) {
        const QString& t = lines[i].text;
        // A line without a word ("2021 2022 2023", a row of figures) names nothing.
        if (!MetadataDetector::isHeadingLike(t) || lines[i].caption || !word.match(t).hasMatch()) {
            if (t.size() > 60)
                break; // the prose has started
            continue;
        }
        if (BoilerplateFilter::isBoilerplate(t) || BoilerplateFilter::looksLikeSiteName(t))
            continue;
        // A very short label directly above another heading is a section or site label.
        if (t.size() <= 6 && i + 1 < lines.size() && MetadataDetector::isHeadingLike(lines[i + 1].text))
            continue;
        return i;
    }
    return -1;
}

// Above a page's title stand its furniture: the site's name, menus, section labels, the cells of a
// disclosure table. None of it is the report's text; a paragraph of prose there would be. Returns the
// title's new index.
qsizetype dropFurniture(TextLines& lines, qsizetype titleIndex)
{
    TextLines belowFurniture;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool prose = lines[i].text.size() > 30 && endsSentence(lines[i].text);
        if (i < titleIndex && !prose)
            continue;
        if (i == titleIndex)
            titleIndex = belowFurniture.size();
        belowFurniture.append(lines[i]);
    }
    lines = std::move(belowFurniture);
    return titleIndex;
}

// Takes the title line (and a subtitle right under it) out of the body.
void takeTitle(TextLines& lines, qsizetype titleIndex, ReportMetadata& md)
{
    md.title = lines[titleIndex].text;
    // A column label in front of the title ("【基层动态】夷陵区：…") names the site's section, not the
    // report.
    static const QRegularExpression columnLabel(QStringLiteral("^【[^】]{2,8}】[\\s\\x{3000}]*(?=\\S{4})"));
    md.title.remove(columnLabel);
    lines.remove(titleIndex);
    if (titleIndex < lines.size()) {
        const QString& next = lines[titleIndex].text;
        const bool followedByProse =
            titleIndex + 1 < lines.size() && !MetadataDetector::isHeadingLike(lines[titleIndex + 1].text);
        if (!lines[titleIndex].caption && MetadataDetector::isHeadingLike(next) &&
            (next.startsWith(u'—') || (followedByProse && next.size() <= 60)))
            md.subtitle = next;
    }
}

// A page title without the site name it carries after a separator: "标题 - 某某网".
QString withoutSiteName(const QString& documentTitle)
{
    static const QRegularExpression siteSuffix(
        QStringLiteral("\\s*(?:[-_|||—\\x{FF5C}]+|\\s{2,})\\s*[^-_|||—\\x{FF5C}]*$"));
    QString t = documentTitle;
    const QRegularExpressionMatch m = siteSuffix.match(t);
    if (m.hasMatch() && m.capturedStart() >= 4)
        t.truncate(m.capturedStart());
    return t.trimmed();
}

} // namespace

ReportMetadata MetadataDetector::detect(TextLines& lines, const Hints& hints)
{
    ReportMetadata md;
    Found found;

    // Dateline of a collapsed copy first: it belongs to the article as a whole.
    if (!hints.dateline.isEmpty()) {
        md.dateline = hints.dateline;
        if (!applyDateline(hints.dateline, found))
            isMetadataLine(hints.dateline, found);
    }

    TextLines kept;
    kept.reserve(lines.size());
    for (const TextLine& line : std::as_const(lines)) {
        if (!line.caption && isMetadataLine(line.text, found))
            continue;
        kept.append(line);
    }
    lines = std::move(kept);
    fillFromMeta(hints.meta, found);

    md.publishedOn = found.date;
    md.publishedText = found.dateText;
    md.source = !found.source.isEmpty()           ? found.source
                : !found.datelineSource.isEmpty() ? found.datelineSource
                                                  : found.contributor;
    md.authors = found.authors;
    md.originalUrl = found.url;

    // A page title from HTML confirms the title line, or stands in for it.
    const QString pageTitle = metaValue(hints.meta, {"og:title", "articletitle", "title"});
    const QString documentTitle = !pageTitle.isEmpty() ? pageTitle : hints.documentTitle;
    qsizetype titleIndex = findTitleLine(lines, documentTitle);
    if (titleIndex > 0)
        titleIndex = dropFurniture(lines, titleIndex);
    if (titleIndex >= 0)
        takeTitle(lines, titleIndex, md);
    else if (!documentTitle.isEmpty())
        md.title = withoutSiteName(documentTitle);
    if (md.title.isEmpty()) {
        // No title line (a report saved from its body, one long line): the first sentence stands in, and
        // the reader says it was guessed. The sentence stays in the body: it is text of the report.
        for (const TextLine& line : std::as_const(lines)) {
            if (line.caption)
                continue;
            md.title = firstSentenceTitle(line.text);
            break;
        }
        md.titleGuessed = true;
    }
    return md;
}

} // namespace rs
