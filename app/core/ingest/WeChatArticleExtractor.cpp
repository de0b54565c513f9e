#include "WeChatArticleExtractor.h"

#include "HtmlTextExtractor.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace rs {
namespace {

QString firstMatch(const QString& html, const QRegularExpression& re)
{
    const QRegularExpressionMatch m = re.match(html);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString plainText(const QString& markup)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return HtmlTextExtractor::decodeEntities(QString(markup).remove(tags)).simplified();
}

// The markup between the element that opens at openEnd and its matching </div>.
QString innerDiv(const QString& html, qsizetype openEnd)
{
    static const QRegularExpression divs(QStringLiteral("<(/?)div\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    int depth = 1;
    QRegularExpressionMatchIterator it = divs.globalMatch(html, openEnd);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        depth += m.captured(1).isEmpty() ? 1 : -1;
        if (depth == 0)
            return html.mid(openEnd, m.capturedStart() - openEnd);
    }
    return html.mid(openEnd); // unclosed: the rest of the page
}

QString jsContent(const QString& html)
{
    static const QRegularExpression open(
        QStringLiteral("<div\\b[^>]*\\bid\\s*=\\s*[\"']js_content[\"'][^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = open.match(html);
    return m.hasMatch() ? innerDiv(html, m.capturedEnd()) : QString();
}

QString scriptString(const QString& html, const char* name)
{
    // var nickname = htmlDecode("某某发布"); var ct = "1700000000"; nickname: '…' (newer pages)
    const QRegularExpression re(QStringLiteral("\\b%1\\s*[=:]\\s*(?:htmlDecode\\()?\\s*[\"']([^\"']*)[\"']")
                                    .arg(QLatin1String(name)));
    return HtmlTextExtractor::decodeEntities(firstMatch(html, re)).trimmed();
}

} // namespace

bool WeChatArticleExtractor::isWeChatPage(const QString& html)
{
    static const QRegularExpression marks(
        QStringLiteral("id\\s*=\\s*[\"'](?:js_content|activity-name|js_name)[\"']|class\\s*=\\s*[\"'][^\"']*"
                       "rich_media_(?:title|content)|mp\\.weixin\\.qq\\.com/s|"
                       "weui-msg__title[^>]*>[^<]*(?:已被发布者删除|违规无法查看)"),
        QRegularExpression::CaseInsensitiveOption);
    return marks.match(html).hasMatch();
}

WeChatArticleExtractor::Result WeChatArticleExtractor::extract(const QString& html)
{
    Result r;
    const QString content = jsContent(html);
    if (plainText(content).isEmpty()) {
        if (html.contains(QStringLiteral("已被发布者删除")))
            r.error = tr("WeChat article deleted by its publisher (已被发布者删除)");
        else if (html.contains(QStringLiteral("违规无法查看")))
            r.error = tr("WeChat article blocked for violating the platform's rules (违规无法查看)");
        else
            r.error = tr("WeChat page without an article body (no #js_content)");
        return r;
    }

    static const QRegularExpression titleRe(
        QStringLiteral(
            "<h[12]\\b[^>]*class\\s*=\\s*[\"'][^\"']*rich_media_title[^\"']*[\"'][^>]*>(.*?)</h[12]>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression ogTitleRe(
        QStringLiteral(
            "<meta\\b[^>]*property\\s*=\\s*[\"']og:title[\"'][^>]*content\\s*=\\s*[\"']([^\"']*)[\"']"),
        QRegularExpression::CaseInsensitiveOption);
    r.title = plainText(firstMatch(html, titleRe));
    if (r.title.isEmpty())
        r.title = HtmlTextExtractor::decodeEntities(firstMatch(html, ogTitleRe)).simplified();
    if (r.title.isEmpty())
        r.title = scriptString(html, "msg_title");

    bool stampOk = false;
    qint64 stamp = scriptString(html, "ct").toLongLong(&stampOk);
    if (!stampOk)
        stamp = scriptString(html, "create_time").toLongLong(&stampOk);
    if (stampOk && stamp > 0)
        r.published = QDateTime::fromSecsSinceEpoch(stamp, QTimeZone(8 * 3600));

    static const QRegularExpression nameRe(
        QStringLiteral("<(?:a|span|strong)\\b[^>]*(?:id\\s*=\\s*[\"']js_name[\"']|class\\s*=\\s*[\"']"
                       "profile_nickname[\"'])[^>]*>(.*?)</(?:a|span|strong)>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    r.account = plainText(firstMatch(html, nameRe));
    if (r.account.isEmpty())
        r.account = scriptString(html, "nickname");

    static const QRegularExpression originalRe(
        QStringLiteral("id\\s*=\\s*[\"']copyright_logo[\"'][^>]*>\\s*原创"),
        QRegularExpression::CaseInsensitiveOption);
    r.original =
        originalRe.match(html).hasMatch() || scriptString(html, "copyright_stat") == QLatin1String("1");
    static const QRegularExpression repostRe(
        QStringLiteral("以下文章来源于\\s*(?:<[^>]*>\\s*)*([^<\\s][^<]*)"),
        QRegularExpression::DotMatchesEverythingOption);
    r.repostedFrom = HtmlTextExtractor::decodeEntities(firstMatch(html, repostRe)).simplified();

    r.bodyHtml = QStringLiteral("<h1>%1</h1>\n").arg(r.title.toHtmlEscaped()) + content;
    r.ok = true;
    return r;
}

} // namespace rs
